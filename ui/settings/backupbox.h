#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cii {

class Database;

// Where automatic backups go and how many are kept (store settings, so every workstation
// backs up to the same place), a backup now, and restoring one.
class BackupBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit BackupBox(Database &db, QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepBox() const { return m_keep; }
    // Writes a backup now into the folder; returns the file, empty when refused (said why).
    QString backUpNow();

signals:
    // The user chose a verified backup to restore; the main window closes and reopens the
    // store around it.
    void restoreRequested(const QString &file);
    void statusMessage(const QString &message);

private:
    void save();
    void chooseFolder();
    void chooseBackup();

    Database &m_db;
    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_keepLabel;
    QSpinBox *m_keep;
    QLabel *m_last;
    QPushButton *m_save;
    QPushButton *m_now;
    QPushButton *m_restore;
};

} // namespace cii
