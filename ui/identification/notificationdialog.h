#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace cii {

// The day the operator or the MPS was notified of a decided case.
class NotificationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationDialog(QWidget *parent = nullptr);
    QString to() const;
    QDate date() const;

private:
    QComboBox *m_to;
    QDateEdit *m_date;
};

} // namespace cii
