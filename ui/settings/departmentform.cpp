#include "departmentform.h"

#include "domain/sector.h"
#include "domain/textfield.h"
#include "i18n/language.h"
#include "services/issuingdepartment.h"
#include "storage/noticerepository.h"

#include <QCheckBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cii {

DepartmentForm::DepartmentForm(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_form(new QFormLayout), m_keyLabel(new QLabel(this)),
      m_key(new QLineEdit(this)), m_nameZhLabel(new QLabel(this)), m_nameZh(new QLineEdit(this)),
      m_nameEnLabel(new QLabel(this)), m_nameEn(new QLineEdit(this)),
      m_sectorsLabel(new QLabel(this)), m_sectorsBox(new QWidget(this)),
      m_docPrefixLabel(new QLabel(this)), m_docPrefix(new QLineEdit(this)),
      m_preview(new QLabel(this)), m_contactNameLabel(new QLabel(this)),
      m_contactName(new QLineEdit(this)), m_contactPhoneLabel(new QLabel(this)),
      m_contactPhone(new QLineEdit(this)), m_missing(new QLabel(this)), m_problem(new QLabel(this))
{
    m_key->setObjectName(QStringLiteral("departmentKey"));
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_docPrefix->setObjectName(QStringLiteral("docPrefix"));
    m_contactName->setObjectName(QStringLiteral("contactName"));
    m_contactPhone->setObjectName(QStringLiteral("contactPhone"));
    m_preview->setObjectName(QStringLiteral("numberPreview"));
    m_missing->setObjectName(QStringLiteral("missing"));
    m_problem->setObjectName(QStringLiteral("departmentProblem"));
    m_key->setMaxLength(Department::MaxKeyLength);
    m_nameZh->setMaxLength(TextField::NameLength);
    m_nameEn->setMaxLength(TextField::NameLength);
    m_docPrefix->setMaxLength(TextField::ShortLength);
    m_contactName->setMaxLength(TextField::ShortLength);
    m_contactPhone->setMaxLength(TextField::PhoneLength);
    m_preview->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    // The sectors by their names in the current language, two to a row; the key stays data.
    auto *grid = new QGridLayout(m_sectorsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    const QVector<Sector> &sectors = Sector::all();
    for (int i = 0; i < sectors.size(); ++i) {
        auto *box = new QCheckBox(m_sectorsBox);
        box->setObjectName(QStringLiteral("sector-") + sectors.at(i).key);
        box->setProperty("sector", sectors.at(i).key);
        grid->addWidget(box, i / 2, i % 2);
        m_sectors << box;
        connect(box, &QCheckBox::toggled, this, &DepartmentForm::updateState);
    }

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_keyLabel, m_key);
    m_form->addRow(m_nameZhLabel, m_nameZh);
    m_form->addRow(m_nameEnLabel, m_nameEn);
    m_form->addRow(m_sectorsLabel, m_sectorsBox);
    m_form->addRow(m_docPrefixLabel, m_docPrefix);
    m_form->addRow(QString(), m_preview);
    m_form->addRow(m_contactNameLabel, m_contactName);
    m_form->addRow(m_contactPhoneLabel, m_contactPhone);
    // The own department's key is fixed ("own"); other bodies protect no sector of their own.
    m_form->setRowVisible(m_key, false);
    m_form->setRowVisible(m_sectorsBox, kind == Kind::Own);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_missing);
    layout->addWidget(m_problem);

    for (QLineEdit *e : {m_key, m_nameZh, m_nameEn, m_docPrefix, m_contactName, m_contactPhone})
        connect(e, &QLineEdit::textChanged, this, &DepartmentForm::updateState);
    retranslateUi();
}

void DepartmentForm::setDepartment(const Department &department, bool newKey)
{
    m_shown = department;
    m_newKey = newKey && m_kind == Kind::Other;
    const QSignalBlocker blocker(this);
    m_key->setText(department.key);
    m_key->setReadOnly(!m_newKey);
    m_form->setRowVisible(m_key, m_kind == Kind::Other);
    m_nameZh->setText(department.nameZh);
    m_nameEn->setText(department.nameEn);
    m_docPrefix->setText(department.docPrefix);
    m_contactName->setText(department.contactName);
    m_contactPhone->setText(department.contactPhone);
    for (QCheckBox *box : m_sectors) {
        const QSignalBlocker b(box);
        box->setChecked(department.sectors.contains(box->property("sector").toString()));
    }
    updateState();
}

Department DepartmentForm::department() const
{
    Department d = m_shown;
    if (m_newKey)
        d.key = m_key->text().trimmed();
    d.nameZh = m_nameZh->text().trimmed();
    d.nameEn = m_nameEn->text().trimmed();
    d.docPrefix = m_docPrefix->text().trimmed();
    d.contactName = m_contactName->text().trimmed();
    d.contactPhone = m_contactPhone->text().trimmed();
    if (m_kind == Kind::Own) {
        d.sectors.clear();
        for (QCheckBox *box : m_sectors)
            if (box->isChecked())
                d.sectors << box->property("sector").toString();
    }
    return d;
}

void DepartmentForm::setTakenKeys(const QStringList &keys)
{
    m_takenKeys = keys;
    updateState();
}

QCheckBox *DepartmentForm::sectorBox(const QString &key) const
{
    for (QCheckBox *box : m_sectors)
        if (box->property("sector").toString() == key)
            return box;
    return nullptr;
}

QStringList DepartmentForm::problems() const
{
    QStringList out;
    const Department d = department();
    if (m_newKey) {
        if (d.key.isEmpty())
            out << tr("The key is required: it names the department in files and on the command "
                      "line, e.g. %1.")
                       .arg(QStringLiteral("energy-bureau"));
        else if (!Department::isValidKey(d.key))
            out << tr("The key “%1” is not valid: use 2 to %2 lower-case letters, digits or "
                      "hyphens, beginning with a letter.")
                       .arg(TextField::shown(d.key))
                       .arg(Department::MaxKeyLength);
        else if (m_takenKeys.contains(d.key))
            out << tr("A department with the key “%1” exists already.").arg(d.key);
    }
    if (d.nameZh.isEmpty())
        out << tr("The Chinese name is required.");
    const QVector<QPair<QLabel *, QString>> fields = {{m_nameZhLabel, d.nameZh},
                                                      {m_nameEnLabel, d.nameEn},
                                                      {m_docPrefixLabel, d.docPrefix},
                                                      {m_contactNameLabel, d.contactName},
                                                      {m_contactPhoneLabel, d.contactPhone}};
    const QVector<int> lengths = {TextField::NameLength, TextField::NameLength,
                                  TextField::ShortLength, TextField::ShortLength,
                                  TextField::PhoneLength};
    for (int i = 0; i < fields.size(); ++i)
        if (const QString p = TextField::problem(fields.at(i).second, lengths.at(i)); !p.isEmpty())
            //: A field's name and what is wrong with its value.
            out << tr("%1 %2").arg(fields.at(i).first->text(), p);
    return out;
}

void DepartmentForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_nameZh, m_nameEn, m_docPrefix, m_contactName, m_contactPhone})
        e->setReadOnly(readOnly);
    m_key->setReadOnly(readOnly || !m_newKey);
    for (QCheckBox *box : m_sectors)
        box->setEnabled(!readOnly);
}

void DepartmentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DepartmentForm::retranslateUi()
{
    m_keyLabel->setText(tr("Key:"));
    m_key->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("energy-bureau")));
    m_nameZhLabel->setText(tr("Chinese name:"));
    m_nameEnLabel->setText(tr("English name:"));
    m_sectorsLabel->setText(tr("Sectors it protects:"));
    m_docPrefixLabel->setText(tr("Document-number prefix:"));
    m_docPrefix->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("某网安")));
    m_contactNameLabel->setText(tr("Contact person:"));
    m_contactPhoneLabel->setText(tr("Contact telephone:"));
    m_nameZh->setToolTip(tr("The name printed at the head of the department's documents."));
    m_docPrefix->setToolTip(
        tr("The prefix of the department's document numbers (发文字号), before the year and "
           "the number."));
    m_contactName->setToolTip(
        tr("Whom operators call about the department's documents; printed on each of them."));
    const QVector<Sector> &sectors = Sector::all();
    for (int i = 0; i < sectors.size(); ++i)
        m_sectors.at(i)->setText(sectors.at(i).displayName());
    updateState();
}

void DepartmentForm::updateState()
{
    const Department d = department();
    Notice example;
    example.docPrefix = d.docPrefix.isEmpty() ? QStringLiteral("某网安") : d.docPrefix;
    example.year = QDate::currentDate().year();
    example.number = 1;
    const QString zh = example.numberText(true);
    const QString en = example.numberText(false);
    if (d.docPrefix.isEmpty())
        m_preview->setText(tr("Numbers will read like %1 once a prefix is set.").arg(zh));
    else if (Language::isChinese())
        m_preview->setText(tr("Document numbers will read: %1").arg(zh));
    else
        //: %1 the Chinese form of a document number, %2 its English form.
        m_preview->setText(
            tr("Document numbers will read: %1\nin English documents: %2").arg(zh, en));
    const QStringList missing =
        m_kind == Kind::Own ? d.missingForNumberedDocuments() : QStringList();
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Numbered documents still need %1.")
                                               .arg(IssuingDepartment::missingItems(missing)));
    m_missing->setVisible(!missing.isEmpty());
    const QStringList wrong = problems();
    m_problem->setText(wrong.join(QLatin1Char('\n')));
    m_problem->setVisible(!wrong.isEmpty());
    emit changed();
}

} // namespace cii
