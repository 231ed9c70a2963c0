#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace cii {

// The one clock of incidents and their reports (the 2025 reporting measures count in hours
// and minutes). Instants are stored as UTC and shown in China Standard Time, the
// Asia/Shanghai zone: UTC+08:00 without daylight saving since 1991, kept here as a fixed
// offset so that no workstation's zone database or TZ variable can move a deadline.
class ChinaTime
{
    Q_DECLARE_TR_FUNCTIONS(ChinaTime)

public:
    static QTimeZone zone();
    // The instant in China time, ISO 8601 with offset: 2026-11-26T09:30+08:00 (seconds only
    // where there are any). Empty for an invalid instant.
    static QString iso(const QDateTime &instant);
    // As a person reads it: 2026-11-26 09:30.
    static QString display(const QDateTime &instant);
    // What the store keeps: UTC, ISO 8601 with seconds and Z (sorts as text).
    static QString stored(const QDateTime &instant);
    static QDateTime fromStored(const QString &text);
    // The calendar day the instant falls on in China.
    static QDate localDate(const QDateTime &instant);
    // The instant at the given wall-clock time in China.
    static QDateTime at(const QDate &date, const QTime &time);
    // A date-time a person or a script typed: YYYY-MM-DDTHH:MM[:SS] with an offset (+08:00,
    // Z) or none, which means China time; a space may stand for the T. A date alone is
    // refused: a clock in minutes needs the minute. Returns UTC; invalid with *error set.
    static QDateTime parse(const QString &text, QString *error = nullptr);
};

} // namespace cii
