#include "common/BulletList.h"

#include "common/ParagraphLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

BulletList::BulletList(const QString &heading, const QStringList &items, QWidget *parent)
    : QWidget(parent)
    , m_heading(new ParagraphLabel(heading, this))
{
    setAccessibleName(heading);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    // As a rich-text list is drawn: indented by about two characters, the bullet, then the text.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto *list = new QGridLayout;
    list->setContentsMargins(2 * em, 0, 0, 0);
    list->setHorizontalSpacing(em / 2);
    list->setVerticalSpacing(2);
    for (const QString &item : items) {
        const int row = static_cast<int>(m_items.size());
        auto *bullet = plainLabel(QStringLiteral("\u2022"), this);
        auto *text = new ParagraphLabel(item, this);
        list->addWidget(bullet, row, 0, Qt::AlignTop);
        list->addWidget(text, row, 1);
        m_items.append(text);
    }
    list->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, em / 2);
    layout->setSpacing(em / 2);
    layout->addWidget(m_heading);
    layout->addLayout(list);
}

QString BulletList::heading() const
{
    return m_heading->text();
}

QStringList BulletList::items() const
{
    QStringList texts;
    texts.reserve(m_items.size());
    for (const QLabel *item : m_items)
        texts.append(item->text());
    return texts;
}

} // namespace legcare::gui
