#pragma once

#include <QWidget>

namespace cii {

// One area of the main window. Pages re-read the store on reload() (first when they are
// first shown) and re-label themselves on a language change.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void reload() {}
    virtual void retranslateUi() = 0;
    // Reloads now if the page is on screen, otherwise the next time it is shown: a write on
    // one page need not make every hidden page re-read the store.
    void reloadWhenVisible();
    // True while the page's data is still being read (by a worker or in increments); the
    // page emits loadingFinished() when what it shows is complete.
    virtual bool isLoading() const { return false; }

signals:
    // Something this page wrote; other pages may want to reload.
    void storeChanged();
    void statusMessage(const QString &message);
    void loadingFinished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool isStale() const { return m_stale; }

private:
    // A page reads the store the first time it is shown, not when the window is built.
    bool m_stale = true;
};

} // namespace cii
