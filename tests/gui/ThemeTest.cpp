// Light and dark themes: the boxes of knowledge-base pages, the warning banners, the diary's
// prompt, the quick log's error and the disclaimer keep their text readable (WCAG contrast of
// 4.5:1 or more) in a light and in a dark palette, and paper stays light.

#include "common/DisclaimerBanner.h"
#include "common/ThemeColors.h"
#include "diary/FrequencyPrompt.h"
#include "diary/QuickLogDialog.h"
#include "pages/library/KbBrowser.h"
#include "report/DocumentPrinter.h"
#include "triage/TriageEngine.h"
#include "wizard/AssessAnswers.h"
#include "wizard/AssessmentView.h"
#include "wizard/WarningBanner.h"

#include "TestKnowledgeBase.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <gtest/gtest.h>

namespace legcare::gui {
namespace {

using test::bundledKnowledgeBase;

constexpr double kReadable = 4.5;

QPalette darkPalette()
{
    QPalette palette;
    const QColor text(0xee, 0xee, 0xee);
    const QColor muted(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x36));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, muted);
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::ButtonText, Qt::black);
    return palette;
}

// The background colours of the tables and table cells of a document (the page's boxes).
QList<QColor> boxBackgrounds(QTextFrame *frame)
{
    QList<QColor> colours;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            if (table->format().background().style() != Qt::NoBrush)
                colours.append(table->format().background().color());
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QBrush cell = table->cellAt(row, column).format().background();
                    if (cell.style() != Qt::NoBrush)
                        colours.append(cell.color());
                }
            }
        }
        colours += boxBackgrounds(child);
    }
    return colours;
}

// A colour inside a painted notice: just within its bottom-right corner, clear of the border.
QColor insideNotice(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(
        QPoint(int((widget->width() - 6) * ratio), int((widget->height() - 6) * ratio)));
}

class ThemeTest : public ::testing::TestWithParam<bool>
{
protected:
    static void SetUpTestSuite() { bundledKnowledgeBase(); }

    void SetUp() override
    {
        m_saved = QApplication::palette();
        QApplication::setPalette(dark() ? darkPalette() : lightPalette());
    }
    void TearDown() override { QApplication::setPalette(m_saved); }

    bool dark() const { return GetParam(); }
    std::string theme() const { return dark() ? "dark" : "light"; }

private:
    QPalette m_saved;
};

INSTANTIATE_TEST_SUITE_P(LightAndDark, ThemeTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &param) {
                             return param.param ? std::string("Dark") : std::string("Light");
                         });

TEST_P(ThemeTest, KnowledgeBasePageBoxesKeepTheirTextReadable)
{
    KbBrowser browser(bundledKnowledgeBase(), i18n::Language::English);
    browser.resize(700, 600);
    browser.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&browser));
    EXPECT_EQ(theme::isDark(browser.palette()), dark());
    const QColor text = browser.palette().color(QPalette::Text);

    // An emergency condition (red box, "when to see a doctor" box), an exercise with cautions
    // and a warning-sign topic.
    int boxes = 0;
    QStringList pages = { QStringLiteral("legcare:condition/acute_limb_ischaemia"),
                          QStringLiteral("legcare:condition/nocturnal_leg_cramps") };
    for (const kb::Exercise &exercise : bundledKnowledgeBase().exercises()) {
        if (!exercise.cautions.isEmpty()) {
            pages.append(kb::HtmlRenderer::link(kb::ItemKind::Exercise, exercise.id).toString());
            break;
        }
    }
    for (const kb::Topic &topic : bundledKnowledgeBase().topics()) {
        if (topic.kind == kb::TopicKind::WarningSign) {
            pages.append(kb::HtmlRenderer::link(kb::ItemKind::Topic, topic.id).toString());
            break;
        }
    }
    ASSERT_EQ(pages.size(), 4);
    for (const QString &page : pages) {
        ASSERT_TRUE(browser.open(QUrl(page))) << page.toStdString();
        const QList<QColor> colours = boxBackgrounds(browser.document()->rootFrame());
        for (const QColor &background : colours) {
            ++boxes;
            EXPECT_GE(theme::contrastRatio(text, background), kReadable)
                << theme() << " " << page.toStdString() << ": text " << text.name().toStdString()
                << " on " << background.name().toStdString();
            // Still a tint, not the page's own background.
            EXPECT_NE(background, browser.palette().color(QPalette::Base)) << page.toStdString();
        }
    }
    EXPECT_GE(boxes, 4);
}

TEST_P(ThemeTest, PrintedPagesStayLight)
{
    KbBrowser browser(bundledKnowledgeBase(), i18n::Language::English);
    ASSERT_TRUE(browser.open(QUrl(QStringLiteral("legcare:condition/acute_limb_ischaemia"))));
    const std::unique_ptr<QTextDocument> paper = browser.printDocument();
    const QList<QColor> colours = boxBackgrounds(paper->rootFrame());
    ASSERT_FALSE(colours.isEmpty());
    const kb::HtmlRenderer::Colours light;
    for (const QColor &background : colours) {
        EXPECT_TRUE(background == light.warning || background == light.caution)
            << background.name().toStdString();
        EXPECT_GE(theme::contrastRatio(Qt::black, background), kReadable);
    }
    EXPECT_TRUE(paper->toPlainText().contains(QStringLiteral("Emergency.")));
}

TEST(ThemeSwitch, APageShownFollowsASwitchToDark)
{
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(lightPalette());
    KbBrowser browser(bundledKnowledgeBase(), i18n::Language::English);
    ASSERT_TRUE(browser.open(QUrl(QStringLiteral("legcare:condition/acute_limb_ischaemia"))));
    const QList<QColor> before = boxBackgrounds(browser.document()->rootFrame());
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QList<QColor> after = boxBackgrounds(browser.document()->rootFrame());
    QApplication::setPalette(saved);
    ASSERT_FALSE(before.isEmpty());
    ASSERT_EQ(before.size(), after.size());
    EXPECT_NE(before, after);
    for (const QColor &background : after)
        EXPECT_GE(theme::contrastRatio(darkPalette().color(QPalette::Text), background), kReadable);
}

TEST_P(ThemeTest, WarningBannersAndTheDiaryPromptAreReadable)
{
    for (WarningBanner::Kind kind :
         { WarningBanner::Kind::Urgent, WarningBanner::Kind::Emergency }) {
        WarningBanner banner;
        banner.setKind(kind);
        banner.resize(640, banner.sizeHint().height());
        banner.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&banner));
        const QColor background = insideNotice(&banner);
        auto *label = banner.findChild<QLabel *>(QStringLiteral("warningBannerText"));
        ASSERT_TRUE(label);
        const QColor text = label->palette().color(QPalette::WindowText);
        EXPECT_GE(theme::contrastRatio(text, background), kReadable)
            << theme() << ": " << text.name().toStdString() << " on "
            << background.name().toStdString();
        EXPECT_NE(background, banner.palette().color(QPalette::Window))
            << "the banner is not tinted";
    }

    FrequencyPrompt prompt;
    prompt.update(true, 5, 4.2);
    prompt.resize(800, prompt.sizeHint().height());
    prompt.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&prompt));
    const QColor background = insideNotice(&prompt);
    for (QLabel *label : prompt.findChildren<QLabel *>()) {
        if (label->text().isEmpty())
            continue; // the icon
        const QColor text = label->palette().color(QPalette::WindowText);
        EXPECT_GE(theme::contrastRatio(text, background), kReadable)
            << theme() << " " << label->objectName().toStdString() << ": "
            << text.name().toStdString() << " on " << background.name().toStdString();
    }
}

TEST_P(ThemeTest, TheDisclaimerAndTheQuickLogErrorAreReadable)
{
    DisclaimerBanner banner;
    banner.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&banner));
    auto *text = banner.findChild<QLabel *>(QStringLiteral("disclaimerText"));
    ASSERT_TRUE(text);
    EXPECT_GE(theme::contrastRatio(text->palette().color(QPalette::WindowText),
                                   banner.palette().color(QPalette::Window)),
              kReadable)
        << theme();

    QuickLogDialog dialog(QuickLogDialog::Mode::New, std::nullopt,
                          [](const diary::Episode &, QString *error) {
                              *error = QStringLiteral("the disk is full");
                              return false;
                          });
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("quickLogError"));
    ASSERT_TRUE(error && error->isVisible());
    EXPECT_GE(theme::contrastRatio(error->palette().color(QPalette::WindowText),
                                   dialog.palette().color(QPalette::Window)),
              kReadable)
        << theme() << ": " << error->palette().color(QPalette::WindowText).name().toStdString();
}

TEST_P(ThemeTest, TheSymptomCheckResultIsShownAsPaper)
{
    AssessmentView view(bundledKnowledgeBase(), i18n::Language::English);
    auto *browser = view.findChild<QTextBrowser *>(QStringLiteral("assessmentBrowser"));
    ASSERT_TRUE(browser);
    // Its level colours are chosen for white, so it keeps dark text on white in every theme.
    EXPECT_EQ(browser->palette().color(QPalette::Base), QColor(Qt::white));
    EXPECT_GE(theme::contrastRatio(browser->palette().color(QPalette::Text), Qt::white), 12.0);
}

TEST(ThemeColours, ContrastFollowsWcag)
{
    EXPECT_NEAR(theme::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(theme::contrastRatio(Qt::white, Qt::white), 1.0, 0.001);
    EXPECT_NEAR(theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.02);
    EXPECT_GE(theme::contrastRatio(theme::readableOn(theme::kDangerHue, QColor(0x2b, 0x2b, 0x2e)),
                                   QColor(0x2b, 0x2b, 0x2e)),
              kReadable);
    EXPECT_GE(theme::contrastRatio(theme::readableOn(theme::kCautionHue, Qt::white), Qt::white),
              kReadable);
}

} // namespace
} // namespace legcare::gui

namespace legcare::gui {
namespace {

// Dark ink on a page: the share of pixels of page 1 of a PDF darker than mid-grey.
double inkOnFirstPage(const QString &pdf)
{
    QTemporaryDir dir;
    const QString stem = dir.filePath(QStringLiteral("page"));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
                 { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, stem });
    if (!render.waitForFinished(30000) || render.exitCode() != 0)
        return -1;
    const QImage page(stem + QStringLiteral(".png"));
    if (page.isNull())
        return -1;
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    }
    return double(dark) / double(page.width() * page.height());
}

// Paper does not follow the screen: what is printed in a dark theme has the same dark ink on
// white as in a light one.
TEST(ThemePaper, PrintsTheSameInkInADarkTheme)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is missing";
    const QPalette saved = QApplication::palette();
    QTemporaryDir dir;
    const auto inkWith = [&](const QPalette &palette, const QString &name) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        KbBrowser browser(bundledKnowledgeBase(), i18n::Language::English);
        EXPECT_TRUE(browser.open(QUrl(QStringLiteral("legcare:condition/nocturnal_leg_cramps"))));
        const std::unique_ptr<QTextDocument> paper = browser.printDocument();
        const report::DocumentPrinter printer(QStringLiteral("note"), QStringLiteral("line"));
        const QString path = dir.filePath(name);
        QString error;
        EXPECT_TRUE(printer.writePdf(*paper, path, QStringLiteral("t"), &error))
            << error.toStdString();
        return inkOnFirstPage(path);
    };
    const double light = inkWith(lightPalette(), QStringLiteral("light.pdf"));
    const double dark = inkWith(darkPalette(), QStringLiteral("dark.pdf"));

    // The symptom check's result, printed or saved as PDF.
    const triage::TriageEngine engine(bundledKnowledgeBase());
    const triage::SymptomProfile answers;
    const triage::Assessment assessment = assessAnswers(engine, answers, i18n::Language::English);
    const QDateTime when(QDate(2025, 3, 1), QTime(9, 30));
    const auto resultInkWith = [&](const QPalette &palette, const QString &name) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        AssessmentView view(bundledKnowledgeBase(), i18n::Language::English);
        view.setResult(assessment, answers, false, when);
        const QString path = dir.filePath(name);
        QString error;
        EXPECT_TRUE(view.savePdf(path, &error)) << error.toStdString();
        return inkOnFirstPage(path);
    };
    const double resultLight = resultInkWith(lightPalette(), QStringLiteral("result-light.pdf"));
    const double resultDark = resultInkWith(darkPalette(), QStringLiteral("result-dark.pdf"));
    QApplication::setPalette(saved);

    ASSERT_GT(light, 0.005);
    EXPECT_NEAR(dark, light, light * 0.1)
        << "page: light ink " << light << ", dark-theme ink " << dark;
    ASSERT_GT(resultLight, 0.005);
    EXPECT_NEAR(resultDark, resultLight, resultLight * 0.1)
        << "result: light ink " << resultLight << ", dark-theme ink " << resultDark;
}

} // namespace
} // namespace legcare::gui
