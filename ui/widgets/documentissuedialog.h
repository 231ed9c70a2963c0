#pragma once

#include "io/doclanguage.h"
#include "io/documentfile.h"
#include "result.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace cii {

class Database;

// The one dialog for issuing numbered documents (Art. 10 notices, inspection notices):
// language, format and folder on the left with what the kind of document adds, a live
// preview of what would be numbered on the right. Says when the department's settings are
// incomplete (nothing can be numbered) and opens them; the issue button is enabled only
// when the issuer would accept the request, so a refusal is read before anything is chosen.
// Subclasses add their rows to form(), render the preview and issue; they call refresh()
// at the end of their constructor and when their own choices change the document.
class DocumentIssueDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentIssueDialog(Database &db, const QString &title, QWidget *parent = nullptr);

    DocumentFile::Format format() const;
    DocLanguage language() const;
    QString folder() const;

    QTextBrowser *preview() const { return m_preview; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *formatBox() const { return m_format; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *departmentWarning() const { return m_departmentWarning; }
    QPushButton *issueButton() const { return m_issue; }

public slots:
    // Opens the department settings; the dialog follows what was saved.
    void editDepartment();
    void accept() override;

protected:
    struct Preview
    {
        QString summary; // e.g. "3 notices will be numbered"
        QString html;    // the first document
    };
    // What would be issued now, or the issuer's refusal (shown in place of the summary).
    virtual Result<Preview> makePreview() = 0;
    // Numbers and writes; the error is shown and the dialog stays open.
    virtual Status issueDocuments() = 0;
    // The subclass's own conditions (e.g. a reissue's reason), on top of the preview's.
    virtual bool readyToIssue() const { return true; }

    Database &db() const { return m_db; }
    QFormLayout *form() const { return m_form; }
    void refresh();
    void updateState();

private:
    Database &m_db;
    QFormLayout *m_form;
    QComboBox *m_language;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QTextBrowser *m_preview;
    QLabel *m_summary;
    QLabel *m_departmentWarning;
    QPushButton *m_departmentButton;
    QPushButton *m_issue = nullptr;
    bool m_departmentComplete = false;
    bool m_previewOk = false;
};

} // namespace cii
