#pragma once

#include <QWidget>

namespace cii {

// One area of the main window. Pages re-read the store on reload() and re-label themselves
// on a language change.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void reload() {}
    virtual void retranslateUi() = 0;

signals:
    // Something this page wrote; other pages may want to reload.
    void storeChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace cii
