#pragma once

#include "page.h"

#include <functional>

class QLabel;

namespace cii {

// An area that is planned but not built yet: says so plainly, and what it will do.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    // `title` and `plan` are called again on every language change.
    PlaceholderPage(std::function<QString()> title, std::function<QString()> plan,
                    QWidget *parent = nullptr);
    void retranslateUi() override;

private:
    std::function<QString()> m_title;
    std::function<QString()> m_plan;
    QLabel *m_heading;
    QLabel *m_text;
};

} // namespace cii
