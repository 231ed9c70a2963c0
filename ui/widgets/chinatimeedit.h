#pragma once

#include <QDateTimeEdit>

namespace cii {

// A date and time to the minute, typed and shown in China time (UTC+8) whatever the
// workstation's zone, read back as the UTC instant (ChinaTime). Qt 6.4's QDateTimeEdit has
// no time zone of its own: the wall-clock time is kept as a zone-free value (UTC spec, so no
// daylight-saving gap of the local zone can shift it) and converted here.
class ChinaTimeEdit : public QDateTimeEdit
{
    Q_OBJECT

public:
    explicit ChinaTimeEdit(QWidget *parent = nullptr);

    QDateTime instant() const;
    void setInstant(const QDateTime &instant);

signals:
    void instantChanged(const QDateTime &instant);
};

} // namespace cii
