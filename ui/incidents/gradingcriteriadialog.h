#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace cii {

class Database;
class GradingCriteriaModel;

// The grading guide's criteria as the store holds them (the annex of the 2025 Reporting
// Measures), each with its source — confirmed, secondary, not confirmed (未核实) or the
// department's — and whether it counts. The department confirms a figure by entering or
// checking it and enabling the criterion; each saved change is one audited write.
class GradingCriteriaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GradingCriteriaDialog(Database &db, QWidget *parent = nullptr);

    GradingCriteriaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *saveButton() const { return m_save; }
    int savedCount() const { return m_saved; }

public slots:
    // Stores every edited criterion; refused rows keep the dialog open with the reason.
    bool save();

private:
    void load();
    void updateState();

    Database &m_db;
    GradingCriteriaModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_save;
    int m_saved = 0;
};

} // namespace cii
