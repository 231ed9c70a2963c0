#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cii {

// Format, language and issuing department of a filing document.
class FilingDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    FilingDocumentDialog(const QString &departmentZh, const QString &departmentEn,
                         QWidget *parent = nullptr);
    DocumentFile::Format format() const;
    DocLanguage language() const;
    QString departmentZh() const;
    QString departmentEn() const;

private:
    QComboBox *m_format;
    QComboBox *m_language;
    QLineEdit *m_departmentZh;
    QLineEdit *m_departmentEn;
};

} // namespace cii
