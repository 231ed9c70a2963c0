#pragma once

#include "domain/incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cii {

class ChinaTimeEdit;
class Database;

// Records that a report was received or sent, at an instant in China time: the onward report
// sent to the CAC and the MPS (which ends its 30-minute clock and the banner), a follow-up
// (补报) received or sent on, the summary report. The timeline keeps every entry.
class ReportRecordDialog : public QDialog
{
    Q_OBJECT

public:
    // `kind`: the report chosen at first (e.g. onward-report when that one is due).
    ReportRecordDialog(Database &db, const Incident &incident, const QString &kind,
                       QWidget *parent = nullptr);

    IncidentReport report() const;
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *actionBox() const { return m_action; }
    ChinaTimeEdit *atEdit() const { return m_at; }
    QLineEdit *partyEdit() const { return m_party; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

private:
    void suggestAction();

    Database &m_db;
    Incident m_incident;
    QComboBox *m_kind;
    QComboBox *m_action;
    ChinaTimeEdit *m_at;
    QLineEdit *m_party;
    QLineEdit *m_note;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cii
