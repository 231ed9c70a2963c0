#pragma once

#include "services/noticeissuer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace cii {

class Database;

// Issue Art. 10 notices for decided cases: to the operators (one each) or one notification
// to the MPS; language, format, folder; a live preview of the first notice. Says when the
// department's settings are incomplete (nothing can be issued) and opens them; a reissue
// of notices already issued needs its reason.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(Database &db, QVector<qint64> caseIds, QWidget *parent = nullptr);

    NoticeRequest request() const;
    const QVector<IssuedNotice> &issued() const { return m_issued; }
    QTextBrowser *preview() const { return m_preview; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *toBox() const { return m_to; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *reissueBox() const { return m_reissue; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *departmentWarning() const { return m_departmentWarning; }
    QPushButton *issueButton() const { return m_issue; }

public slots:
    // Opens the department settings; the dialog follows what was saved.
    void editDepartment();

    void accept() override;

private:
    void updatePreview();
    void updateState();

    Database &m_db;
    QVector<qint64> m_caseIds;
    QComboBox *m_to;
    QComboBox *m_language;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QTextBrowser *m_preview;
    QLabel *m_summary;
    QCheckBox *m_reissue;
    QLineEdit *m_reason;
    QLabel *m_departmentWarning;
    QPushButton *m_departmentButton;
    QPushButton *m_issue;
    bool m_departmentComplete = false;
    QVector<IssuedNotice> m_issued;
};

} // namespace cii
