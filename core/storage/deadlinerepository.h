#pragma once

#include "result.h"
#include "schedule/deadlinefacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVector>

namespace cii {

class Database;

// An operator's Art. 11 report of a major change to CII systems.
struct ChangeReport
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QDate received;
    QVector<qint64> systemIds;
    QString description;
    QString attachments; // references to the papers received (file names, archive numbers)
    QJsonObject toJson() const;
};

// An operator's Art. 17 annual risk-assessment report for one system.
struct AssessmentReport
{
    qint64 id = 0;
    qint64 systemId = 0;
    QString systemName;
    int year = 0;
    QDate received;
    int findings = 0;
    QString rectification;
    QJsonObject toJson() const;
};

// An incident or threat (Art. 18) or a merger, separation or dissolution (Art. 21).
struct OperatorEvent
{
    qint64 id = 0;
    qint64 operatorId = 0;
    QString operatorName;
    QString kind; // incident | threat | merger | separation | dissolution
    QDate occurred;
    QString description;
    QDate followUpDue;
    QDate closed;
    static QStringList kinds();
    QJsonObject toJson() const;
};

// The facts deadlines come from, and their settings. Writes are audited.
class DeadlineRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRepository)

public:
    explicit DeadlineRepository(Database &db) : m_db(db) {}

    Result<DeadlineSettings> settings() const;
    Status saveSettings(const DeadlineSettings &settings);
    Result<DeadlineFacts> facts() const;

    Result<qint64> addChangeReport(const ChangeReport &report);
    Result<QVector<ChangeReport>> changeReports() const;
    Result<qint64> addAssessment(const AssessmentReport &report);
    Result<QVector<AssessmentReport>> assessments() const;
    Result<qint64> addEvent(const OperatorEvent &event);
    Status closeEvent(qint64 id, const QDate &closed);
    Result<QVector<OperatorEvent>> events() const;

private:
    Database &m_db;
};

} // namespace cii
