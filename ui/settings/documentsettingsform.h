#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cii {

// How the department's documents are printed, as the first-run assistant, the Settings page
// and Edit ▸ Department settings show it: the classification marking (SecuritySettings) and
// the Chinese body font, chosen from the families installed that write Simplified Chinese.
class DocumentSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentSettingsForm(QWidget *parent = nullptr);

    void setValues(const QString &classification, const QString &bodyFamily);
    QString classification() const;
    // Empty: the default (Noto Serif CJK SC).
    QString bodyFamily() const;
    // Why what is typed cannot be saved; empty when it can.
    QStringList problems() const;
    void setReadOnly(bool readOnly);

    QLineEdit *classificationEdit() const { return m_classification; }
    QComboBox *fontBox() const { return m_font; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSample();

    QLabel *m_classificationLabel;
    QLineEdit *m_classification;
    QLabel *m_fontLabel;
    QComboBox *m_font;
    QLabel *m_sample;
};

} // namespace cii
