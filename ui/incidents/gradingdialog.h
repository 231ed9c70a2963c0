#pragma once

#include "domain/incident.h"
#include "domain/incidentcriterion.h"
#include "rules/incidentgrader.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace cii {

class Database;

// Grades an incident by the grading guide (the annex of the 2025 Reporting Measures): the
// facts on the left — figures in their units, the qualitative ones asserted or not — and,
// live as they are typed, the proposed grade with the trace on the right (which criterion
// decided it; disabled, unconfirmed figures shown as such). The department accepts the
// proposal or sets another grade with a reason.
class GradingDialog : public QDialog
{
    Q_OBJECT

public:
    GradingDialog(Database &db, qint64 incidentId, QWidget *parent = nullptr);

    // The facts as entered (empty fields left out).
    QMap<QString, QString> facts() const;
    const IncidentGrading &proposal() const { return m_proposal; }
    QString chosenGrade() const;

    // The input of a fact, by its key: a QLineEdit for a figure, a QComboBox for an assertion.
    QWidget *factInput(const QString &fact) const { return m_inputs.value(fact); }
    QTextBrowser *trace() const { return m_trace; }
    QComboBox *gradeBox() const { return m_grade; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *proposalLabel() const { return m_proposalLabel; }
    QPushButton *okButton() const;

public slots:
    void accept() override;
    // Grades the facts as they stand (each edit calls it).
    void propose();

private:
    void updateState();

    Database &m_db;
    qint64 m_id;
    Incident m_incident;
    QVector<IncidentCriterion> m_criteria;
    QMap<QString, QWidget *> m_inputs;
    QStringList m_qualitative;
    IncidentGrading m_proposal;
    QTextBrowser *m_trace;
    QLabel *m_proposalLabel;
    QComboBox *m_grade;
    QLineEdit *m_reason;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_gradeTouched = false;
};

} // namespace cii
