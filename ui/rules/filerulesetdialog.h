#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;

namespace cii {

// Asks for the MPS filing reference and date before a version is filed (made immutable).
class FileRuleSetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FileRuleSetDialog(int version, QWidget *parent = nullptr);
    QString reference() const;
    QDate date() const;

private:
    QLineEdit *m_reference;
    QDateEdit *m_date;
    QPushButton *m_ok;
};

} // namespace cii
