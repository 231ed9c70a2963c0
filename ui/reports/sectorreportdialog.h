#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace cii {

class Database;

// File ▸ Sector report…: the annual report on one sector for the department's leadership
// (SectorReport) — sector (by its name), year, language, format, folder, and a preview of the
// report as it will be written. Says when the department has no Chinese name (the report's
// author) and opens its settings. Writes one file and records the export.
class SectorReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SectorReportDialog(Database &db, QWidget *parent = nullptr);

    QComboBox *sectorBox() const { return m_sector; }
    QSpinBox *yearBox() const { return m_year; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *folderEdit() const { return m_folder; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *departmentWarning() const { return m_departmentWarning; }
    QPushButton *writeButton() const { return m_write; }
    // The file written by accept().
    QString writtenFile() const { return m_written; }

public slots:
    void editDepartment();
    void accept() override;

private:
    void updatePreview();

    Database &m_db;
    QComboBox *m_sector;
    QSpinBox *m_year;
    QComboBox *m_language;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QTextBrowser *m_preview;
    QLabel *m_departmentWarning;
    QPushButton *m_departmentButton;
    QPushButton *m_write = nullptr;
    QString m_written;
};

} // namespace cii
