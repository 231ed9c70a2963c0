#pragma once

#include <QString>
#include <QStringList>
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
    // Whom an operator calls about the department's documents (shown on each of them).
    QString contactName;
    QString contactPhone;
    // Keys of the sectors (Sector::all) whose CII the department protects; for the own
    // department, what it regulates. Empty: not stated.
    QStringList sectors;
    // The row version the record was read at (schema 13): an edit saves only over that
    // version, else it meets a conflict (EditConflict). 0: not read, saved unconditionally.
    qint64 rowVersion = 0;

    QString displayName() const;
    // What a numbered document needs and this department lacks, as option names
    // ("name-zh", "doc-prefix", "contact-name", "contact-phone"); the seeded placeholder
    // name of "own" counts as no name.
    QStringList missingForNumberedDocuments() const;
    // A key a department can be added under: 2 to 32 lower-case ASCII letters, digits and
    // hyphens, starting with a letter (it names the department in files and the CLI).
    static bool isValidKey(const QString &key);
    static constexpr int MaxKeyLength = 32;
    // The departments every new store starts with.
    static QVector<Department> defaults();
};

} // namespace cii
