#pragma once

#include "page.h"

class QTabWidget;

namespace cii {

class OperatorsPage;
class RegistryRepository;
class SystemsPage;

// Operators and their systems, one tab each.
class RegistryPage : public Page
{
    Q_OBJECT

public:
    explicit RegistryPage(RegistryRepository &repo, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    OperatorsPage *operatorsPage() const { return m_operators; }
    SystemsPage *systemsPage() const { return m_systems; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    // An indicator value was saved, changed or cleared (not otherwise a storeChanged()).
    void indicatorValuesChanged();

private:
    QTabWidget *m_tabs;
    OperatorsPage *m_operators;
    SystemsPage *m_systems;
};

} // namespace cii
