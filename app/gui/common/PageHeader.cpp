#include "common/PageHeader.h"

#include "common/ParagraphLabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace legcare::gui {

PageHeader::PageHeader(const QString &title, const QString &introduction, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(title);

    auto *intro = new ParagraphLabel(introduction, this);
    intro->setObjectName(QStringLiteral("pageIntroduction"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_title);
    layout->addWidget(intro);
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace legcare::gui
