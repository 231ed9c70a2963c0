#include "registrypage.h"

#include "operatorspage.h"
#include "systemspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace cii {

RegistryPage::RegistryPage(RegistryRepository &repo, QWidget *parent)
    : Page(parent), m_tabs(new QTabWidget(this)), m_operators(new OperatorsPage(repo, this)),
      m_systems(new SystemsPage(repo, this))
{
    m_tabs->addTab(m_operators, QString());
    m_tabs->addTab(m_systems, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (Page *p : {static_cast<Page *>(m_operators), static_cast<Page *>(m_systems)}) {
        connect(p, &Page::statusMessage, this, &Page::statusMessage);
        connect(p, &Page::storeChanged, this, &Page::storeChanged);
    }
    // A new or renamed operator shows in the systems tab when it is next on screen.
    connect(m_operators, &Page::storeChanged, m_systems, &Page::reloadWhenVisible);
    connect(m_systems, &Page::storeChanged, m_operators, &Page::reloadWhenVisible);
    connect(m_systems, &SystemsPage::indicatorValuesChanged, this,
            &RegistryPage::indicatorValuesChanged);
    retranslateUi();
}

void RegistryPage::reload()
{
    // Each tab reads the store when it is on screen (the tab shown first reads it at once).
    m_operators->reloadWhenVisible();
    m_systems->reloadWhenVisible();
}

void RegistryPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Operators"));
    m_tabs->setTabText(1, tr("Systems"));
}

} // namespace cii
