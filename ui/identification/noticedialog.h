#pragma once

#include "services/noticeissuer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace cii {

class Database;

// Issue Art. 10 notices for decided cases: to the operators (one each) or one notification
// to the MPS; language, format, folder; a live preview of the first notice.
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

public slots:
    void accept() override;

private:
    void updatePreview();

    Database &m_db;
    QVector<qint64> m_caseIds;
    QComboBox *m_to;
    QComboBox *m_language;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QTextBrowser *m_preview;
    QLabel *m_summary;
    QVector<IssuedNotice> m_issued;
};

} // namespace cii
