#pragma once

#include "services/registrytransfer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cii {

// Shows what a CSV import would write, row by row with its problems, before anything is
// written; Import is enabled only when every row is good, and then writes all of them.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(RegistryRepository &repo, ImportPreview::Kind kind, QWidget *parent = nullptr);

    void setFile(const QString &path);
    int importedCount() const { return m_imported; }
    void accept() override;

private:
    static QString cellText(const QString &column, const QString &cell);
    void browse();
    void refresh();

    RegistryRepository &m_repo;
    QComboBox *m_kind;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    std::optional<ImportPreview> m_preview;
    int m_imported = 0;
};

} // namespace cii
