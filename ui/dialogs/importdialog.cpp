#include "importdialog.h"

#include "domain/systeminfo.h"
#include "i18n/displaynames.h"
#include "io/atomicfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cii {

ImportDialog::ImportDialog(RegistryRepository &repo, ImportPreview::Kind kind, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_encoding(new QComboBox(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)), m_summary(new QLabel(this)),
      m_problems(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import from CSV"));
    m_kind->addItem(tr("Operators"), int(ImportPreview::Kind::Operators));
    m_kind->addItem(tr("Systems"), int(ImportPreview::Kind::Systems));
    m_kind->setCurrentIndex(kind == ImportPreview::Kind::Operators ? 0 : 1);
    m_encoding->addItem(tr("Detect (UTF-8 or GBK)"), int(Csv::Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(Csv::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("GBK / GB18030"), int(Csv::Encoding::Gbk));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("Choose file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Import"), m_kind);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Encoding"), m_encoding);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problems->setReadOnly(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 7);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    refresh();
    resize(900, 600);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    refresh();
}

QString ImportDialog::cellText(const QString &column, const QString &cell)
{
    // Keys the file may hold (sector, category, status) by their names; the rest as written.
    if (column == QLatin1String("sector"))
        return DisplayNames::sector(cell);
    if (column == QLatin1String("category"))
        return SystemInfo::categoryName(cell);
    if (column == QLatin1String("status"))
        return SystemInfo::statusName(cell);
    return cell;
}

void ImportDialog::refresh()
{
    m_preview.reset();
    m_model->clear();
    m_problems->clear();
    m_importButton->setEnabled(false);
    if (m_path->text().isEmpty()) {
        m_summary->setText(tr("Choose a CSV file. Its first row names the columns, as an export "
                              "from this application writes them."));
        return;
    }
    const Result<QByteArray> bytes = AtomicFile::read(m_path->text());
    if (!bytes) {
        m_summary->setText(bytes.error().message);
        return;
    }
    const auto kind = ImportPreview::Kind(m_kind->currentData().toInt());
    const Result<ImportPreview> preview = RegistryTransfer(m_repo).preview(
        kind, bytes.value(), Csv::Encoding(m_encoding->currentData().toInt()));
    if (!preview) {
        m_summary->setText(tr("The file cannot be read: %1").arg(preview.error().message));
        m_problems->setPlainText(preview.error().details.join(QLatin1Char('\n')));
        return;
    }
    const ImportPreview &p = preview.value();
    // The columns by their names in the current language; the file's heading is the tooltip
    // (problems below name the column as the file does).
    for (int c = 0; c < p.table.header.size(); ++c) {
        const QString key = p.table.header.at(c);
        auto *item = new QStandardItem(DisplayNames::field(key));
        item->setToolTip(tr("Column in the file: %1").arg(key));
        m_model->setHorizontalHeaderItem(c, item);
    }
    const QColor bad(255, 228, 225);
    for (int r = 0; r < p.table.rows.size(); ++r) {
        QList<QStandardItem *> items;
        const bool rowBad = p.badRows.contains(p.table.rowNumbers.at(r));
        const QStringList &cells = p.table.rows.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const QString &cell = cells.at(c);
            auto *item = new QStandardItem(
                cellText(c < p.table.header.size() ? p.table.header.at(c) : QString(), cell));
            if (rowBad)
                item->setBackground(bad);
            items << item;
        }
        m_model->appendRow(items);
        m_model->setVerticalHeaderItem(
            r, new QStandardItem(QString::number(p.table.rowNumbers.at(r))));
    }
    m_problems->setPlainText(p.errors.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.errors.isEmpty());
    if (p.ok()) {
        m_summary->setText(tr("%n row(s) ready to import. Nothing is written until you click "
                              "Import.",
                              nullptr, p.count()));
    } else {
        m_summary->setText(tr("%n problem(s) found. Nothing will be imported until the file is "
                              "corrected:",
                              nullptr, p.errors.size()));
    }
    m_importButton->setEnabled(p.ok() && p.count() > 0);
    m_preview = p;
}

void ImportDialog::accept()
{
    if (!m_preview || !m_preview->ok())
        return;
    const Result<QVector<qint64>> ids = RegistryTransfer(m_repo).commit(*m_preview);
    if (!ids) {
        m_summary->setText(tr("Nothing was imported: %1").arg(ids.error().message));
        m_problems->setPlainText(ids.error().details.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    m_imported = ids.value().size();
    QDialog::accept();
}

} // namespace cii
