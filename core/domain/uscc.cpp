#include "uscc.h"

#include "domain/textfield.h"

namespace cii {
namespace {

const QString &charset()
{
    static const QString chars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return chars;
}

constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

QChar Uscc::checkCharacter(const QString &first17)
{
    if (first17.size() != Length - 1)
        return {};
    int sum = 0;
    for (int i = 0; i < Length - 1; ++i) {
        const int v = charset().indexOf(first17.at(i));
        if (v < 0)
            return {};
        sum += v * Weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return charset().at(check);
}

Status Uscc::validate(const QString &code)
{
    if (code.size() != Length)
        return Error::input(
            tr("a unified social credit code has 18 characters, this one has %1").arg(code.size()));
    if (code != code.toUpper())
        return Error::input(tr("the code must be written in upper case"));
    for (int i = 0; i < Length; ++i) {
        if (charset().indexOf(code.at(i)) < 0)
            return Error::input(
                tr("character %1 ('%2') is not allowed (I, O, Z, S and V are never used)")
                    .arg(i + 1)
                    .arg(TextField::shown(code.at(i))));
    }
    for (int i = 2; i < 8; ++i) {
        if (!code.at(i).isDigit())
            return Error::input(
                tr("characters 3 to 8 are the administrative division code and must be digits"));
    }
    const QChar expected = checkCharacter(code.left(Length - 1));
    if (code.at(Length - 1) != expected)
        return Error::input(tr("wrong check character: '%1', expected '%2'")
                                .arg(code.at(Length - 1))
                                .arg(expected));
    return {};
}

} // namespace cii
