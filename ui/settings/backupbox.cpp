#include "backupbox.h"

#include "storage/database.h"
#include "storage/storebackup.h"
#include "widgets/writecontrols.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cii {

BackupBox::BackupBox(Database &db, QWidget *parent)
    : QGroupBox(parent), m_db(db), m_intro(new QLabel(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)), m_keepLabel(new QLabel(this)),
      m_keep(new QSpinBox(this)), m_last(new QLabel(this)), m_save(new QPushButton(this)),
      m_now(new QPushButton(this)), m_restore(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_last->setWordWrap(true);
    m_last->setObjectName(QStringLiteral("lastBackup"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_now->setObjectName(QStringLiteral("backUpNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_save->setObjectName(QStringLiteral("saveBackupSettings"));
    WriteControls::mark({m_save, m_restore});
    m_keep->setRange(1, 1000);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_keepLabel, m_keep);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_now);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_last);
    layout->addLayout(buttons);
    connect(m_browse, &QPushButton::clicked, this, &BackupBox::chooseFolder);
    connect(m_save, &QPushButton::clicked, this, &BackupBox::save);
    connect(m_now, &QPushButton::clicked, this, &BackupBox::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupBox::chooseBackup);
    retranslateUi();
}

void BackupBox::reload()
{
    m_folder->setText(StoreBackup::folderOf(m_db));
    m_keep->setValue(StoreBackup::keepOf(m_db));
    const QString newest = StoreBackup::newest(m_db.location(), m_folder->text());
    m_last->setText(newest.isEmpty() ? tr("No automatic backup yet.")
                                     : tr("Newest automatic backup: %1 (%2)")
                                           .arg(QFileInfo(newest).fileName(),
                                                QFileInfo(newest).lastModified().toString(
                                                    QStringLiteral("yyyy-MM-dd HH:mm"))));
    const bool writable = !m_db.isReadOnly();
    m_save->setEnabled(writable);
}

void BackupBox::retranslateUi()
{
    setTitle(tr("Backups"));
    m_intro->setText(tr("A verified copy of the store is made every day while the program "
                        "runs and before every upgrade; the newest are kept. Backups are "
                        "readable by you only. Restoring keeps the current store beside the "
                        "restored one as a dated copy."));
    m_folderLabel->setText(tr("Folder:"));
    m_browse->setText(tr("Choose…"));
    m_keepLabel->setText(tr("Backups kept:"));
    m_save->setText(tr("Save"));
    m_now->setText(tr("Back up now"));
    m_restore->setText(tr("Restore from a backup…"));
    m_now->setToolTip(tr("Make a verified copy of the store in the backup folder now"));
    m_restore->setToolTip(
        tr("Replace the store with a verified backup; the replaced store is kept beside it"));
    m_restore->setWhatsThis(tr(
        "The backup’s integrity, schema and audit chain are checked before anything is changed."));
    m_folder->setToolTip(tr("Where backups are kept (default: backups/ beside the store)"));
    m_keep->setToolTip(tr("How many automatic backups are kept; older ones are removed"));
    m_save->setToolTip(tr("Save the folder and the number of backups kept"));
    reload();
}

void BackupBox::save()
{
    if (Status s = StoreBackup::saveSettings(m_db, m_folder->text().trimmed(), m_keep->value());
        !s) {
        QMessageBox::warning(this, tr("Settings not saved"), s.error().message);
        return;
    }
    emit statusMessage(tr("Backup settings saved."));
    reload();
}

void BackupBox::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

QString BackupBox::backUpNow()
{
    Result<QString> file = StoreBackup::rotate(m_db, m_folder->text().trimmed(),
                                               QStringLiteral("manual"), m_keep->value());
    if (!file) {
        QMessageBox::warning(this, tr("No backup made"), file.error().message);
        return {};
    }
    emit statusMessage(tr("Backed up to %1.").arg(file.value()));
    reload();
    return file.value();
}

void BackupBox::chooseBackup()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), m_folder->text(),
                                     tr("Backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    Result<BackupCheck> check = StoreBackup::verify(file);
    if (!check) {
        QMessageBox::warning(this, tr("This backup cannot be restored"), check.error().message);
        return;
    }
    const QString when =
        check->lastAuditAt.isValid()
            ? check->lastAuditAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
            : tr("unknown");
    if (QMessageBox::question(
            this, tr("Restore from a backup"),
            tr("The backup is intact: %n audit record(s), the newest from %1. Replace the "
               "current store with it? Changes made since then are not in the backup; the "
               "current store is kept beside it as a dated copy.",
               nullptr, int(check->auditRecords))
                .arg(when)) == QMessageBox::Yes)
        emit restoreRequested(file);
}

} // namespace cii
