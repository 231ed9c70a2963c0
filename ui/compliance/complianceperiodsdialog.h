#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QSpinBox;

namespace cii {

class Database;

// The department's renewal periods of the background checks (Art. 14) and the emergency drill
// (Art. 15(3)): the articles set none, so these are targets the department sets itself; a
// record older than its period shows as overdue. 0 months: no period.
class CompliancePeriodsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompliancePeriodsDialog(Database &db, QWidget *parent = nullptr);

    QSpinBox *monthsBox(const QString &duty) const { return m_months.value(duty); }

public slots:
    void accept() override;

private:
    Database &m_db;
    QHash<QString, QSpinBox *> m_months;
    QHash<QString, int> m_before;
    QLabel *m_message;
};

} // namespace cii
