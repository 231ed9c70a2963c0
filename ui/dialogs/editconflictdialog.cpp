#include "editconflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cii {

EditConflictDialog::EditConflictDialog(const EditConflict &conflict, const QVector<Field> &fields,
                                       QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_table(new QTableWidget(this)),
      m_keepTheirs(new QPushButton(tr("Keep theirs"), this)),
      m_overwrite(new QPushButton(tr("Overwrite with mine"), this)),
      m_editAgain(new QPushButton(tr("Edit again"), this))
{
    setWindowTitle(tr("Changed on another workstation"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        conflict.knowsWho()
            ? tr("This record was changed by %1 at %2 after you opened it. Nothing of yours was "
                 "saved yet. The fields that differ are highlighted.")
                  .arg(conflict.changedBy, conflict.changedAtText())
            : tr("This record was changed by another client after you opened it. Nothing of "
                 "yours was saved yet. The fields that differ are highlighted."));

    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"),
                                        conflict.knowsWho()
                                            ? tr("Now in the store\n(changed by %1 at %2)")
                                                  .arg(conflict.changedBy, conflict.changedAtText())
                                            : tr("Now in the store\n(changed by another client)")});
    m_table->setRowCount(int(fields.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const QColor highlight(0xff, 0xf0, 0xc2); // a light amber, readable in both themes' text
    for (int row = 0; row < fields.size(); ++row) {
        const Field &f = fields.at(row);
        const bool differs = f.mine != f.theirs;
        const QStringList cells = {f.label, f.mine, f.theirs};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (differs) {
                item->setBackground(highlight);
                item->setForeground(QColor(0x20, 0x20, 0x20));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
        if (differs)
            m_differing << row;
    }

    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_overwrite->setObjectName(QStringLiteral("overwriteWithMine"));
    m_editAgain->setObjectName(QStringLiteral("editAgain"));
    m_keepTheirs->setToolTip(tr("Discard your changes and show the stored record."));
    m_overwrite->setToolTip(
        tr("Save your version over the one now in the store (recorded in the audit log)."));
    m_editAgain->setToolTip(tr("Back to the editor, filled with the stored values."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::RejectRole);
    buttons->addButton(m_overwrite, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_editAgain, QDialogButtonBox::ResetRole);
    m_editAgain->setDefault(true);
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { choose(Choice::KeepTheirs); });
    connect(m_overwrite, &QPushButton::clicked, this,
            [this] { choose(Choice::OverwriteWithMine); });
    connect(m_editAgain, &QPushButton::clicked, this, [this] { choose(Choice::EditAgain); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, qMin(560, 200 + m_table->verticalHeader()->length()));
}

QPushButton *EditConflictDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::KeepTheirs:
        return m_keepTheirs;
    case Choice::OverwriteWithMine:
        return m_overwrite;
    case Choice::EditAgain:
        break;
    }
    return m_editAgain;
}

void EditConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    QDialog::accept();
}

void EditConflictDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Once the columns have their widths: long descriptions wrap onto more lines.
    m_table->resizeRowsToContents();
}

void EditConflictDialog::reject()
{
    m_choice = Choice::EditAgain;
    QDialog::reject();
}

} // namespace cii
