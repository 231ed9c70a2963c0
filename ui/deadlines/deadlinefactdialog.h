#pragma once

#include "storage/deadlinerepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace cii {

class Database;

// Records one of the facts deadlines come from: an operator's change report (Art. 11), an
// annual assessment report (Art. 17), or an operator event (Art. 18, 21). One form, its
// fields chosen by the kind; every problem is shown inline before anything is written.
class DeadlineFactDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { ChangeReport, Assessment, Event };
    DeadlineFactDialog(Database &db, Kind kind, QWidget *parent = nullptr);

    // The stored id after accept().
    qint64 storedId() const { return m_storedId; }

    QComboBox *operatorBox() const { return m_operator; }
    QListWidget *systemList() const { return m_systems; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

public slots:
    void accept() override;

private:
    void fillSystems();

    Database &m_db;
    Kind m_kind;
    QComboBox *m_operator = nullptr;
    QListWidget *m_systems = nullptr;
    QComboBox *m_system = nullptr;
    QComboBox *m_eventKind = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_due = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_findings = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_attachments = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_storedId = 0;
};

} // namespace cii
