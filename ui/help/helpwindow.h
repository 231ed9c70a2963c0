#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace cii {

// The user guide: the contents on the left, the page on the right, back and forward, and a
// search of every page. It shows the guide in the application's current language and follows
// a language switch on the page it is at.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows a page of the guide (an id of HelpCatalogue::pages()), at `anchor` if given.
    void showPage(const QString &page, const QString &anchor = QString());
    QString currentPage() const { return m_page; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *searchEdit() const { return m_search; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillContents();
    void pageShown(const QUrl &url);
    void search(const QString &text);
    void findNext();

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QLabel *m_matches;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_home;
    QString m_page;
    QString m_language;
};

} // namespace cii
