#pragma once

#include "domain/inspection.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cii {

class Database;

// Plans an inspection (ours or another department's), or — given originals — sets up the
// joint inspection they are merged into: lead, window, and for a new one operator, kind,
// participants, systems and team.
class InspectionDialog : public QDialog
{
    Q_OBJECT

public:
    // A new inspection.
    explicit InspectionDialog(Database &db, QWidget *parent = nullptr);
    // The joint inspection for `originals`: lead and window only.
    InspectionDialog(Database &db, const QVector<Inspection> &originals, QWidget *parent = nullptr);

    Inspection inspection() const;
    qint64 storedId() const { return m_storedId; }

public slots:
    void accept() override;

private:
    void build(bool merging);
    void fillSystems();

    Database &m_db;
    QVector<Inspection> m_originals;
    QComboBox *m_operator = nullptr;
    QComboBox *m_lead = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_participants = nullptr;
    QListWidget *m_systems = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_team = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_storedId = 0;
};

} // namespace cii
