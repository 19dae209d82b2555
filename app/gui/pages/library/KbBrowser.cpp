#include "pages/library/KbBrowser.h"

#include "common/Illustration.h"
#include "common/ThemeColors.h"
#include "kb/KnowledgeBase.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <cmath>

namespace legcare::gui {

namespace {

Q_LOGGING_CATEGORY(lcLibrary, "legcare.gui.library")

const QString kLinkScheme = QStringLiteral("legcare");
const QString kIllustrationScheme = QStringLiteral("illustration");

// Page typography: QTextBrowser's defaults leave headings cramped and lists far indented.
const QString kStyleSheet = QStringLiteral("h1 { margin-top: 4px; margin-bottom: 6px; }"
                                           "h3 { margin-top: 16px; margin-bottom: 4px; }"
                                           "p { margin-top: 4px; margin-bottom: 4px; }"
                                           "li { margin-bottom: 3px; }"
                                           "img { margin-top: 8px; margin-bottom: 8px; }");

} // namespace

KbBrowser::KbBrowser(const kb::KnowledgeBase &knowledgeBase, i18n::Language language,
                     QWidget *parent)
    : QTextBrowser(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
    , m_renderer(knowledgeBase, language, theme::htmlColours(palette()))
{
    setObjectName(QStringLiteral("libraryView"));
    setAccessibleName(tr("Library page"));
    document()->setDefaultStyleSheet(kStyleSheet);
    document()->setDocumentMargin(12);
    // Links are followed here rather than by QTextBrowser, so that only knowledge-base pages
    // open and a test (or any caller) can follow a link by emitting anchorClicked.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &KbBrowser::followLink);
}

bool KbBrowser::open(const QUrl &link)
{
    if (m_renderer.page(link).isEmpty()) {
        qCWarning(lcLibrary) << "No knowledge-base page for" << link.toString();
        return false;
    }
    if (link != source())
        setSource(link, QTextDocument::HtmlResource);
    return true;
}

void KbBrowser::followLink(const QUrl &link)
{
    if (link.scheme() == kLinkScheme) {
        open(link);
    } else if (link.isRelative() && link.hasFragment()) {
        scrollToAnchor(link.fragment());
    } else {
        // LegCare never goes online; the knowledge base links only to itself.
        qCWarning(lcLibrary) << "Not following a link outside the knowledge base:"
                             << link.toString();
    }
}

QVariant KbBrowser::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::HtmlResource && name.scheme() == kLinkScheme)
        return m_renderer.page(name);
    if (type == QTextDocument::ImageResource && name.scheme() == kIllustrationScheme) {
        const QImage image = illustration(name.path(), requestedWidth(name), devicePixelRatioF());
        if (!image.isNull())
            return image;
        qCWarning(lcLibrary) << "No illustration for" << name.toString();
        return {};
    }
    return QTextBrowser::loadResource(type, name);
}

void KbBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Light / dark switch: the page's boxes take the new colours.
    m_renderer.setColours(theme::htmlColours(palette()));
    if (source().scheme() == kLinkScheme)
        reload();
}

std::unique_ptr<QTextDocument> KbBrowser::printDocument() const
{
    auto paper = std::make_unique<QTextDocument>();
    paper->setDefaultStyleSheet(kStyleSheet);
    paper->setDocumentMargin(0);
    QFont font = paper->defaultFont();
    font.setPointSizeF(10.5);
    // Simplified Chinese glyph forms on paper, whatever CJK font the system would pick first.
    if (m_language == i18n::Language::SimplifiedChinese)
        font.setFamilies({ font.family(), QStringLiteral("Noto Sans CJK SC") });
    paper->setDefaultFont(font);

    const kb::HtmlRenderer light(m_kb, m_language); // the default colours are for paper
    const QString page = source().scheme() == kLinkScheme ? light.page(source()) : QString();
    paper->setHtml(page.isEmpty() ? toHtml() : page);

    theme::inkForPaper(*paper);

    // Illustrations at 300 dpi-ish: the document does not ask the browser for them.
    constexpr qreal kPrintRatio = 3.0;
    for (QTextBlock block = paper->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl name(format.toImageFormat().name());
            if (name.scheme() != kIllustrationScheme)
                continue;
            const double shown = format.toImageFormat().width();
            const int width = shown > 0 ? static_cast<int>(std::lround(shown))
                                        : kb::HtmlRenderer::kIllustrationWidth;
            const QImage image = illustration(name.path(), width, kPrintRatio);
            if (!image.isNull())
                paper->addResource(QTextDocument::ImageResource, name, image);
        }
    }
    return paper;
}

QImage KbBrowser::illustration(const QString &exerciseId, int width, qreal devicePixelRatio) const
{
    const kb::Exercise *exercise = m_kb.exercise(exerciseId);
    return exercise ? renderIllustration(exercise->illustration, width, devicePixelRatio) : QImage();
}

int KbBrowser::requestedWidth(const QUrl &image) const
{
    // The width attribute of the <img> that asks for this image, if the page gives one.
    const QString source = image.toString();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QTextImageFormat imageFormat = format.toImageFormat();
            if (imageFormat.name() == source && imageFormat.width() > 0)
                return static_cast<int>(std::lround(imageFormat.width()));
        }
    }
    return kb::HtmlRenderer::kIllustrationWidth;
}

} // namespace legcare::gui
