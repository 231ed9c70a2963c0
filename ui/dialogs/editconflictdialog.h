#pragma once

#include "storage/editconflict.h"

#include <QDialog>
#include <QVector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cii {

// Shown when a save met a record another workstation changed after the editor read it
// (EditConflict): field by field, what the user typed beside what the store holds now (who
// changed it and when), the fields that differ highlighted, and three ways on: keep theirs
// (discard mine, reload), overwrite with mine (save again over the new version, audited as
// any edit) or edit again (back to the editor, filled with the stored values). Closing the
// dialog is "edit again": nothing typed is lost.
class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepTheirs, OverwriteWithMine, EditAgain };
    // One row: the field's label and its two values as the user reads them.
    struct Field
    {
        QString label;
        QString mine;
        QString theirs;
    };

    EditConflictDialog(const EditConflict &conflict, const QVector<Field> &fields,
                       QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    QPushButton *button(Choice choice) const;
    // The rows whose two values differ.
    QVector<int> differingRows() const { return m_differing; }

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::EditAgain;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_keepTheirs;
    QPushButton *m_overwrite;
    QPushButton *m_editAgain;
    QVector<int> m_differing;
};

} // namespace cii
