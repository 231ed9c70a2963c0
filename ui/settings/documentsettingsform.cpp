#include "documentsettingsform.h"

#include "domain/securitysettings.h"
#include "domain/textfield.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace cii {
namespace {

const QString DefaultFamily = QStringLiteral("Noto Serif CJK SC");

} // namespace

DocumentSettingsForm::DocumentSettingsForm(QWidget *parent)
    : QWidget(parent), m_classificationLabel(new QLabel(this)),
      m_classification(new QLineEdit(this)), m_fontLabel(new QLabel(this)),
      m_font(new QComboBox(this)), m_sample(new QLabel(this))
{
    m_classification->setObjectName(QStringLiteral("classification"));
    m_classification->setMaxLength(SecuritySettings::ClassificationLength);
    m_font->setObjectName(QStringLiteral("bodyFamily"));
    m_sample->setObjectName(QStringLiteral("fontSample"));
    // The default first (its data empty: nothing is stored), then every installed family that
    // writes Simplified Chinese: a 仿宋 such as FangSong is what GB/T 9704 asks for.
    m_font->addItem(QString(), QString());
    for (const QString &family : QFontDatabase::families(QFontDatabase::SimplifiedChinese))
        if (family != DefaultFamily && !QFontDatabase::isPrivateFamily(family))
            m_font->addItem(family, family);
    m_font->setMaxVisibleItems(16);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_classificationLabel, m_classification);
    form->addRow(m_fontLabel, m_font);
    form->addRow(QString(), m_sample);
    connect(m_classification, &QLineEdit::textChanged, this, &DocumentSettingsForm::changed);
    connect(m_font, &QComboBox::currentIndexChanged, this, [this] {
        updateSample();
        emit changed();
    });
    retranslateUi();
}

void DocumentSettingsForm::setValues(const QString &classification, const QString &bodyFamily)
{
    const QSignalBlocker blocker(this);
    m_classification->setText(classification);
    int index = m_font->findData(bodyFamily);
    if (index < 0) {
        // A family the store names that this workstation lacks stays chosen (documents fall
        // back to the default here), so that saving does not change it unasked.
        m_font->addItem(bodyFamily, bodyFamily);
        index = m_font->count() - 1;
        retranslateUi();
    }
    m_font->setCurrentIndex(index);
    updateSample();
}

QString DocumentSettingsForm::classification() const
{
    return m_classification->text().trimmed();
}

QString DocumentSettingsForm::bodyFamily() const
{
    return m_font->currentData().toString();
}

QStringList DocumentSettingsForm::problems() const
{
    QStringList out;
    if (classification().isEmpty())
        out << tr("The classification marking is required, e.g. %1.")
                   .arg(SecuritySettings::defaultClassification());
    else if (const QString p =
                 TextField::problem(classification(), SecuritySettings::ClassificationLength);
             !p.isEmpty())
        out << tr("%1 %2").arg(m_classificationLabel->text(), p);
    return out;
}

void DocumentSettingsForm::setReadOnly(bool readOnly)
{
    m_classification->setReadOnly(readOnly);
    m_font->setEnabled(!readOnly);
}

void DocumentSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DocumentSettingsForm::retranslateUi()
{
    m_classificationLabel->setText(tr("Classification marking:"));
    m_classification->setToolTip(tr("Printed at the top left of every document and export, as "
                                    "GB/T 9704 places the marking."));
    m_fontLabel->setText(tr("Chinese body font:"));
    m_font->setToolTip(tr("The font of the body text of official documents: FangSong, size 3 "
                          "(3号 仿宋) in GB/T 9704; titles and headings keep their own."));
    m_font->setItemText(0, tr("%1 (default)").arg(DefaultFamily));
    for (int i = 1; i < m_font->count(); ++i) {
        const QString family = m_font->itemData(i).toString();
        m_font->setItemText(i, QFontDatabase::hasFamily(family)
                                   ? family
                                   : tr("%1 (not installed here)").arg(family));
    }
    updateSample();
}

void DocumentSettingsForm::updateSample()
{
    const QString family = bodyFamily().isEmpty() ? DefaultFamily : bodyFamily();
    QFont font(family);
    font.setPointSize(12);
    m_sample->setFont(font);
    // A document's title words, in the body font: what the choice looks like in Chinese.
    m_sample->setText(QStringLiteral("关键信息基础设施认定结果通知书"));
}

} // namespace cii
