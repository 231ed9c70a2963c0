#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cii {

class Database;
class DepartmentForm;
class DocumentSettingsForm;

// The Settings page's own department: who it is (DepartmentForm) and how its documents print
// (DocumentSettingsForm), saved together in one audited write (DepartmentSetup).
class OwnDepartmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OwnDepartmentPanel(Database &db, QWidget *parent = nullptr);

    void reload();
    void retranslateUi();
    DepartmentForm *form() const { return m_form; }
    DocumentSettingsForm *documentsForm() const { return m_documents; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void statusMessage(const QString &message);
    void saved();

private:
    void save();
    void updateState();

    Database &m_db;
    QLabel *m_intro;
    DepartmentForm *m_form;
    QLabel *m_documentsTitle;
    DocumentSettingsForm *m_documents;
    QLabel *m_saveError;
    QPushButton *m_save;
};

} // namespace cii
