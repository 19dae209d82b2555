#pragma once

#include <QWidget>

class QLabel;

namespace legcare::gui {

// A page's title and one-line introduction, in the same style on every page.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString &title, const QString &introduction, QWidget *parent = nullptr);

    QString title() const;

private:
    QLabel *m_title;
};

} // namespace legcare::gui
