#pragma once

#include "i18n/Language.h"
#include "kb/HtmlRenderer.h"

#include <QImage>
#include <QTextBrowser>

#include <memory>

namespace legcare::kb {
class KnowledgeBase;
}

namespace legcare::gui {

// Shows knowledge-base pages. Its sources are legcare: links (legcare:condition/ID, ...), which
// it renders with kb::HtmlRenderer, so QTextBrowser's own history gives Back and Forward; the
// illustrations (<img src="illustration:ID">) are drawn from their SVGs at the width the page
// asks for, times the screen's device-pixel ratio, so they stay crisp on any display. The boxes
// of a page take their colours from the palette and follow a switch between light and dark.
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

    // The page shown, for paper: light boxes whatever the screen's theme, the illustrations
    // drawn at print resolution.
    std::unique_ptr<QTextDocument> printDocument() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLink(const QUrl &link);
    int requestedWidth(const QUrl &image) const;

    const kb::KnowledgeBase &m_kb;
    i18n::Language m_language;
    kb::HtmlRenderer m_renderer; // in the colours of the widget's palette
};

} // namespace legcare::gui
