#pragma once

#include "i18n/Language.h"
#include "kb/KnowledgeBase.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace legcare::kb {

// Backgrounds of the boxes that stand out in a page. The defaults are light tints for dark
// text on white (paper, light themes); a viewer on a dark palette passes darker ones that keep
// its text readable (the GUI derives them from its palette).
struct PageColours
{
    QColor caution { 0xff, 0xf4, 0xe5 }; // "Take care", "When to see a doctor"
    QColor warning { 0xfd, 0xec, 0xea }; // emergencies and warning signs
};

// Renders knowledge-base items as HTML for QTextBrowser / QTextDocument, in one language.
// Links between items use the scheme "legcare": legcare:condition/ID, legcare:exercise/ID,
// legcare:topic/ID, legcare:routine/ID. Illustrations are <img src="illustration:ID">, which
// the viewer resolves (QTextBrowser::loadResource) to a crisp rendering of the SVG.
class HtmlRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlRenderer)

public:
    using Colours = PageColours;

    HtmlRenderer(const KnowledgeBase &knowledgeBase, i18n::Language language,
                 const Colours &colours = {});

    void setColours(const Colours &colours) { m_colours = colours; }
    const Colours &colours() const { return m_colours; }

    QString condition(const Condition &condition) const;
    QString exercise(const Exercise &exercise) const;
    QString routine(const Routine &routine) const;
    QString topic(const Topic &topic) const;
    // The page for a legcare: link; empty when the link names nothing.
    QString page(const QUrl &link) const;

    static QUrl link(ItemKind kind, const QString &id);
    // Parses a legcare: link; false when it is not one.
    static bool parseLink(const QUrl &link, ItemKind *kind, QString *id);

    // Pixel width at which illustrations are shown in pages.
    static constexpr int kIllustrationWidth = 360;

private:
    QString text(const LocalizedText &text) const;
    QString list(const LocalizedList &items, bool numbered = false) const;
    QString section(const QString &heading, const LocalizedList &items, bool numbered = false) const;
    QString sources(const QStringList &sources) const;

    const KnowledgeBase &m_kb;
    i18n::Language m_language;
    Colours m_colours;
};

} // namespace legcare::kb
