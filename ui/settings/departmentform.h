#pragma once

#include "domain/department.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace cii {

// The fields of one department as every place that edits one shows them (the first-run
// assistant, the Settings page, Edit ▸ Department settings, adding another department): key,
// names, the sectors it protects (own department), document-number prefix with a preview of
// the number, contact. Says as the user types what stops saving and what numbered documents
// still lack.
class DepartmentForm : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Own, Other };

    explicit DepartmentForm(Kind kind, QWidget *parent = nullptr);

    // Shows `department`; its key can be typed only for a department being added.
    void setDepartment(const Department &department, bool newKey = false);
    // What is typed, on top of the department shown (its id and flags kept).
    Department department() const;
    // Keys a new department may not take.
    void setTakenKeys(const QStringList &keys);
    // Why what is typed cannot be saved, one sentence each; empty when it can.
    QStringList problems() const;
    bool isAcceptable() const { return problems().isEmpty(); }
    void setReadOnly(bool readOnly);

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QLineEdit *docPrefixEdit() const { return m_docPrefix; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QLineEdit *contactPhoneEdit() const { return m_contactPhone; }
    QCheckBox *sectorBox(const QString &key) const;
    QLabel *previewLabel() const { return m_preview; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Kind m_kind;
    Department m_shown;
    bool m_newKey = false;
    QStringList m_takenKeys;
    QFormLayout *m_form;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QLabel *m_nameZhLabel;
    QLineEdit *m_nameZh;
    QLabel *m_nameEnLabel;
    QLineEdit *m_nameEn;
    QLabel *m_sectorsLabel;
    QWidget *m_sectorsBox;
    QVector<QCheckBox *> m_sectors;
    QLabel *m_docPrefixLabel;
    QLineEdit *m_docPrefix;
    QLabel *m_preview;
    QLabel *m_contactNameLabel;
    QLineEdit *m_contactName;
    QLabel *m_contactPhoneLabel;
    QLineEdit *m_contactPhone;
    QLabel *m_missing;
    QLabel *m_problem;
};

} // namespace cii
