#include "helpwindow.h"

#include "helpcatalogue.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cii {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_contents(new QListWidget(this)),
      m_browser(new QTextBrowser(this)), m_search(new QLineEdit(this)), m_matches(new QLabel(this)),
      m_language(HelpCatalogue::language())
{
    setObjectName(QStringLiteral("helpWindow"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setClearButtonEnabled(true);
    m_contents->setMinimumWidth(190);
    m_contents->setMaximumWidth(280);
    // Links to the guide's own pages open here; the app makes no network connections, so
    // nothing else is followed.
    m_browser->setOpenLinks(false);
    m_browser->setSearchPaths({QStringLiteral(":/help")});

    m_back = addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), m_browser,
                       &QTextBrowser::backward);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    m_forward = addAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), m_browser,
                          &QTextBrowser::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setEnabled(false);
    m_home = addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), QString(), this,
                       [this] { showPage(HelpCatalogue::pages().constFirst()); });
    m_search->setMinimumWidth(320);
    m_matches->setContentsMargins(4, 0, 8, 0);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 8, 4);
    // Plain tool buttons, not a QToolBar: a toolbar elides its buttons' texts when they are
    // set after it was laid out (a language switch).
    for (QAction *a : {m_back, m_forward, m_home}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        top->addWidget(button);
    }
    top->addStretch(1);
    top->addWidget(m_search);
    top->addWidget(m_matches);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::pageShown);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const QUrl target = m_browser->source().resolved(link);
        if (target.scheme() == QLatin1String("qrc"))
            m_browser->setSource(target);
    });
    connect(m_contents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showPage(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showPage(item->data(Qt::UserRole).toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, &HelpWindow::findNext);

    resize(1040, 680);
    retranslateUi();
    showPage(HelpCatalogue::pages().constFirst());
}

void HelpWindow::showPage(const QString &page, const QString &anchor)
{
    QUrl url = HelpCatalogue::url(page, m_language);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    if (url == m_browser->source())
        return;
    m_browser->setSource(url);
}

void HelpWindow::pageShown(const QUrl &url)
{
    m_page = HelpCatalogue::pageOf(url);
    const int row = HelpCatalogue::pages().indexOf(m_page);
    const QSignalBlocker block(m_contents);
    m_contents->setCurrentRow(row);
    setWindowTitle(tr("CII Workbench user guide — %1").arg(m_browser->documentTitle()));
    // The search term stays highlighted on the page it leads to.
    if (!m_search->text().isEmpty())
        m_browser->find(m_search->text());
}

void HelpWindow::fillContents()
{
    m_contents->clear();
    for (const QString &page : HelpCatalogue::pages()) {
        auto *item = new QListWidgetItem(HelpCatalogue::title(page, m_language), m_contents);
        item->setData(Qt::UserRole, page);
    }
    search(m_search->text());
}

void HelpWindow::search(const QString &text)
{
    const QString term = text.trimmed();
    int found = 0;
    for (int i = 0; i < m_contents->count(); ++i) {
        QListWidgetItem *item = m_contents->item(i);
        const bool match = term.isEmpty() ||
                           HelpCatalogue::plainText(item->data(Qt::UserRole).toString(), m_language)
                               .contains(term, Qt::CaseInsensitive);
        item->setHidden(!match);
        found += match ? 1 : 0;
    }
    m_matches->setText(term.isEmpty() ? QString() : tr("%n page(s)", nullptr, found));
    if (!term.isEmpty()) {
        // From the top of the page, so the first occurrence is the one shown.
        m_browser->moveCursor(QTextCursor::Start);
        m_browser->find(term);
    }
}

void HelpWindow::findNext()
{
    const QString term = m_search->text().trimmed();
    if (term.isEmpty())
        return;
    if (m_browser->find(term))
        return;
    // Past the last occurrence on this page: the next page that has the term.
    const QStringList pages = HelpCatalogue::pages();
    const int at = pages.indexOf(m_page);
    for (int step = 1; step <= pages.size(); ++step) {
        const QString next = pages.at((at + step) % pages.size());
        if (HelpCatalogue::plainText(next, m_language).contains(term, Qt::CaseInsensitive)) {
            if (next == m_page)
                m_browser->moveCursor(QTextCursor::Start);
            else
                showPage(next);
            m_browser->find(term);
            return;
        }
    }
}

void HelpWindow::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the previous page (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The first page of the guide"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setToolTip(tr("Pages without the words are hidden from the contents; Enter goes "
                            "to the next place they occur"));
    const QString language = HelpCatalogue::language();
    const bool switched = language != m_language;
    m_language = language;
    fillContents();
    if (switched && !m_page.isEmpty()) {
        // The same page in the new language; the history holds the old language's pages.
        const QString page = m_page;
        m_page.clear();
        m_browser->setSource(HelpCatalogue::url(page, m_language));
        m_browser->clearHistory();
    } else if (!m_page.isEmpty()) {
        pageShown(m_browser->source());
    }
}

void HelpWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace cii
