// Decision expressions ("harm or (core and cross_sector)"). One that parses is evaluated under
// a valuation derived from the input, and rendered in words that must parse back to an
// expression that evaluates the same.

#include "fuzzsupport.h"
#include "rules/expression.h"

#include <QHash>

using namespace cii;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Expression> e = Expression::parse(text);
    if (!e) {
        fuzz::check(!e.error().message.isEmpty(), "a parse error has a message");
        return 0;
    }
    const auto valueOf = [](const QString &name) {
        switch (qHash(name, 7) % 3) {
        case 0:
            return Tri::False;
        case 1:
            return Tri::True;
        default:
            return Tri::Unknown;
        }
    };
    for (const Expression::NameRef &n : e->names())
        fuzz::check(n.position >= 0 && n.position < text.size(),
                    "a name's position is in the text");
    const Expression::Evaluation v = e->evaluate(valueOf);

    const QString words = e->toWords([](const QString &name) { return name; },
                                     QStringLiteral(" and "), QStringLiteral(" or "),
                                     QStringLiteral("not ")); // as the filing document does
    const Result<Expression> back = Expression::parse(words);
    fuzz::check(back.ok(), "toWords gives an expression that parses",
                words + QLatin1String(" — ") + (back.ok() ? QString() : back.error().message));
    fuzz::check(back->evaluate(valueOf).value == v.value, "toWords keeps the meaning",
                text + QLatin1String(" → ") + words);
    return 0;
}
