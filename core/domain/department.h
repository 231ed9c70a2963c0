#pragma once

#include <QString>
#include <QVector>

namespace cii {

// A protection work department (the user's own, key "own") or another body that inspects
// CII operators (Art. 28: public security, state security, secrecy, cryptography; CAC).
struct Department
{
    qint64 id = 0;
    QString key;
    QString nameZh;
    QString nameEn;
    bool own = false;
    // Prefix of the department's document numbers (发文字号), e.g. 某网安 in 某网安〔2026〕12号.
    QString docPrefix;

    QString displayName() const;
    // The departments every new store starts with.
    static QVector<Department> defaults();
};

} // namespace cii
