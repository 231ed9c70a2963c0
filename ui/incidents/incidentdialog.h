#pragma once

#include "domain/incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cii {

class ChinaTimeEdit;
class Database;

// Records an incident an operator reports (Regulations Art. 18): the operator and which of
// its systems are affected, the type, place and description, and the times to the minute in
// China time — occurred (if known), discovered by the operator, received by the department.
// A receipt before the discovery is refused as it is typed; the repository's own checks run
// on OK and keep the dialog open with what they say.
class IncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IncidentDialog(Database &db, QWidget *parent = nullptr);

    Incident incident() const;
    qint64 storedId() const { return m_storedId; }

    QComboBox *operatorBox() const { return m_operator; }
    QListWidget *systemsList() const { return m_systems; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *placeEdit() const { return m_place; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QCheckBox *occurredKnown() const { return m_occurredKnown; }
    ChinaTimeEdit *occurredEdit() const { return m_occurred; }
    ChinaTimeEdit *discoveredEdit() const { return m_discovered; }
    ChinaTimeEdit *receivedEdit() const { return m_received; }
    QLineEdit *partyEdit() const { return m_party; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

private:
    void fillSystems();
    // The order of the times, said as soon as it is wrong.
    void checkTimes();

    Database &m_db;
    QComboBox *m_operator;
    QListWidget *m_systems;
    QComboBox *m_type;
    QLineEdit *m_place;
    QPlainTextEdit *m_description;
    QCheckBox *m_occurredKnown;
    ChinaTimeEdit *m_occurred;
    ChinaTimeEdit *m_discovered;
    ChinaTimeEdit *m_received;
    QLineEdit *m_party;
    QLabel *m_late;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    qint64 m_storedId = 0;
};

} // namespace cii
