#pragma once

#include "i18n/Language.h"
#include "kb/HtmlRenderer.h"

#include <QImage>
#include <QTextBrowser>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// Shows knowledge-base pages. Its sources are legcare: links (legcare:condition/ID, ...), which
// it renders with kb::HtmlRenderer, so QTextBrowser's own history gives Back and Forward; the
// illustrations (<img src="illustration:ID">) are drawn from their SVGs at the width the page
// asks for, times the screen's device-pixel ratio, so they stay crisp on any display.
class KbBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KbBrowser)

public:
    KbBrowser(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
              QWidget *parent = nullptr);

    // Shows the page behind a legcare: link and adds it to the history; false when the link
    // names nothing in the knowledge base.
    bool open(const QUrl &link);

    QVariant loadResource(int type, const QUrl &name) override;

    // An exercise's illustration on white, `width` logical pixels wide at `devicePixelRatio`;
    // a null image when there is no such exercise or its SVG does not load.
    QImage illustration(const QString &exerciseId, int width, qreal devicePixelRatio) const;

private:
    void followLink(const QUrl &link);
    int requestedWidth(const QUrl &image) const;

    const kb::KnowledgeBase &m_kb;
    kb::HtmlRenderer m_renderer;
};

} // namespace legcare::gui
