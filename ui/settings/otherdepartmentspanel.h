#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cii {

class Database;
class DepartmentTableModel;

// The Settings page's other departments (public security, state security, secrecy,
// cryptography, CAC and any added): a table, where one is added or edited in an
// OtherDepartmentDialog. Every write is audited.
class OtherDepartmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OtherDepartmentsPanel(Database &db, QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    QTableView *view() const { return m_view; }
    DepartmentTableModel *model() const { return m_model; }
    // Opens the dialog for a new department / the selected one; true when it was saved.
    bool addDepartment();
    bool editSelected();

signals:
    void statusMessage(const QString &message);
    void departmentsChanged();

private:
    void updateState();

    Database &m_db;
    QLabel *m_intro;
    DepartmentTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace cii
