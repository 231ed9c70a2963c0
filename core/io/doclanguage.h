#pragma once

#include <QString>

namespace cii {

// The language of an official document, chosen per document and independent of the UI's:
// a regulator working in English may still issue a Chinese filing. Document wording is
// therefore held as zh/en pairs rather than through tr().
class DocLanguage
{
public:
    enum Value { Zh, En, Bilingual };

    DocLanguage(Value v = Zh) : m_value(v) {}
    static bool fromKey(const QString &key, DocLanguage *out)
    {
        if (key == QLatin1String("zh"))
            *out = Zh;
        else if (key == QLatin1String("en"))
            *out = En;
        else if (key == QLatin1String("bilingual"))
            *out = Bilingual;
        else
            return false;
        return true;
    }
    Value value() const { return m_value; }
    // The text in this language; bilingual puts the English under the Chinese.
    QString text(const QString &zh, const QString &en) const
    {
        switch (m_value) {
        case Zh:
            return zh;
        case En:
            return en;
        case Bilingual:
            return zh == en ? zh
                            : QStringLiteral("%1<br/><span style=\"font-size:small\">%2</span>")
                                  .arg(zh, en);
        }
        return zh;
    }
    // Same, on one line (for table cells and short labels).
    QString inline_(const QString &zh, const QString &en) const
    {
        return m_value == Bilingual && zh != en ? QStringLiteral("%1 / %2").arg(zh, en)
                                                : text(zh, en);
    }
    bool chinese() const { return m_value != En; }

private:
    Value m_value;
};

} // namespace cii
