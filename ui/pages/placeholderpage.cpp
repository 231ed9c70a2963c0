#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cii {

PlaceholderPage::PlaceholderPage(std::function<QString()> title, std::function<QString()> plan,
                                 QWidget *parent)
    : Page(parent), m_title(std::move(title)), m_plan(std::move(plan)), m_heading(new QLabel(this)),
      m_text(new QLabel(this))
{
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    layout->addWidget(m_text);
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_heading->setText(m_title());
    m_text->setText(tr("<p><b>Not built yet.</b> This area is planned and will arrive in a later "
                       "release; nothing here works today.</p><p>%1</p>")
                        .arg(m_plan()));
}

} // namespace cii
