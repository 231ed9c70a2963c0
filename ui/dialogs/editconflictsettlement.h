#pragma once

#include "dialogs/editconflictdialog.h"
#include "result.h"

#include <QString>
#include <QVector>

#include <functional>

class QWidget;

namespace cii {

// What came of an edit conflict (EditConflictDialog) over one record of the editors: the
// record dialogs share the dialog and the retry, and differ only in how they read, show and
// save their record.
template <typename Record> struct EditConflictSettlement
{
    enum class Next {
        Saved,      // "overwrite with mine" was saved over the stored version
        KeptTheirs, // the user keeps what the store holds
        Overwrite,  // "overwrite with mine", for the caller to save (no save was given)
        EditAgain,  // back to the editor, filled with theirs
        Failed,     // reading or saving failed: error says why
    };
    Next next = Next::Failed;
    Record theirs;
    QString error;
};

// Reads the stored record, shows the conflict field by field and follows the user's choice.
// "Overwrite with mine" saves mine over the version just read, and asks again when the record
// changed once more meanwhile. While the conflict dialog is open, shown points to it (tests
// drive it).
template <typename Record>
EditConflictSettlement<Record> settleEditConflict(
    QWidget *parent, EditConflictDialog *&shown, Record mine, EditConflict conflict,
    const std::function<Result<Record>()> &fetch,
    const std::function<QVector<EditConflictDialog::Field>(const Record &mine,
                                                           const Record &theirs)> &fields,
    const std::function<Status(const Record &)> &save = {})
{
    using Next = typename EditConflictSettlement<Record>::Next;
    for (;;) {
        const Result<Record> now = fetch();
        if (!now)
            return {Next::Failed, Record(), now.error().message};
        const Record &theirs = now.value();
        EditConflictDialog dialog(conflict, fields(mine, theirs), parent);
        shown = &dialog;
        dialog.exec();
        shown = nullptr;
        switch (dialog.choice()) {
        case EditConflictDialog::Choice::KeepTheirs:
            return {Next::KeptTheirs, theirs, {}};
        case EditConflictDialog::Choice::EditAgain:
            return {Next::EditAgain, theirs, {}};
        case EditConflictDialog::Choice::OverwriteWithMine:
            break;
        }
        mine.rowVersion = theirs.rowVersion;
        if (!save)
            return {Next::Overwrite, theirs, {}};
        const Status saved = save(mine);
        if (saved)
            return {Next::Saved, theirs, {}};
        if (!saved.error().isConflict())
            return {Next::Failed, theirs, saved.error().message};
        conflict = *saved.error().conflict; // changed once more meanwhile
    }
}

} // namespace cii
