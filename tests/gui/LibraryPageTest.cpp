#include "pages/LibraryPage.h"
#include "common/Illustration.h"
#include "kb/HtmlRenderer.h"
#include "pages/library/KbBrowser.h"
#include "pages/library/LibraryModel.h"

#include "ExpectedWarnings.h"
#include "TestKnowledgeBase.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using legcare::gui::KbBrowser;
using legcare::gui::LibraryModel;
using legcare::gui::LibraryPage;
using legcare::i18n::Language;
using legcare::kb::HtmlRenderer;
using legcare::kb::ItemKind;

namespace {

QUrl conditionLink(const QString &id)
{
    return HtmlRenderer::link(ItemKind::Condition, id);
}

QUrl exerciseLink(const QString &id)
{
    return HtmlRenderer::link(ItemKind::Exercise, id);
}

class LibraryPageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { legcare::test::bundledKnowledgeBase(); }

    void SetUp() override
    {
        page.resize(1000, 700);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        tree = page.findChild<QTreeView *>(QStringLiteral("libraryTree"));
        view = page.findChild<KbBrowser *>(QStringLiteral("libraryView"));
        ASSERT_TRUE(search && tree && view);
        model = qobject_cast<LibraryModel *>(tree->model());
        ASSERT_NE(model, nullptr);
    }

    void clickItem(const QUrl &link)
    {
        const QModelIndex index = model->indexOf(link);
        ASSERT_TRUE(index.isValid()) << link.toString().toStdString();
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

    QString shownText() const { return view->toPlainText(); }

    LibraryPage page{legcare::test::bundledKnowledgeBase(), Language::English};
    QLineEdit *search = nullptr;
    QTreeView *tree = nullptr;
    KbBrowser *view = nullptr;
    LibraryModel *model = nullptr;
};

} // namespace

TEST_F(LibraryPageTest, TreeListsEveryConditionAndExercise)
{
    EXPECT_EQ(model->itemCount(LibraryModel::Group::Conditions), 18);
    EXPECT_EQ(model->itemCount(LibraryModel::Group::Exercises), 12);
    EXPECT_GT(model->itemCount(LibraryModel::Group::WarningSigns), 0);
    EXPECT_GT(model->itemCount(LibraryModel::Group::FactsAndAdvice), 0);
    EXPECT_GT(model->itemCount(LibraryModel::Group::Routines), 0);

    // Emergencies carry a text tag, not only a colour.
    const QModelIndex emergency
        = model->indexOf(conditionLink(QStringLiteral("cauda_equina_syndrome")));
    ASSERT_TRUE(emergency.isValid());
    EXPECT_TRUE(emergency.data().toString().startsWith(QStringLiteral("Emergency: ")));
    const QModelIndex ordinary = model->indexOf(conditionLink(QStringLiteral("dehydration")));
    EXPECT_FALSE(ordinary.data().toString().contains(QStringLiteral("Emergency")));

    // Exercises show their illustration as an icon.
    const QModelIndex exercise = model->indexOf(exerciseLink(QStringLiteral("calf_stretch")));
    EXPECT_FALSE(exercise.data(Qt::DecorationRole).value<QIcon>().isNull());

    EXPECT_FALSE(search->accessibleName().isEmpty());
    EXPECT_FALSE(tree->accessibleName().isEmpty());
    EXPECT_FALSE(view->accessibleName().isEmpty());
    EXPECT_FALSE(search->placeholderText().isEmpty());
}

TEST_F(LibraryPageTest, SelectingAConditionShowsItsPage)
{
    clickItem(conditionLink(QStringLiteral("nocturnal_leg_cramps")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("Night leg cramps")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("When to see a doctor")));
    EXPECT_EQ(page.currentItem(), conditionLink(QStringLiteral("nocturnal_leg_cramps")));
}

TEST_F(LibraryPageTest, LinksNavigateAndBackReturns)
{
    clickItem(conditionLink(QStringLiteral("nocturnal_leg_cramps")));
    auto *back = page.findChild<QToolButton *>(QStringLiteral("libraryBack"));
    auto *forward = page.findChild<QToolButton *>(QStringLiteral("libraryForward"));
    ASSERT_TRUE(back && forward);
    EXPECT_FALSE(back->isEnabled());

    emit view->anchorClicked(exerciseLink(QStringLiteral("calf_stretch")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("Calf stretch")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("Steps")));
    EXPECT_EQ(tree->currentIndex(), model->indexOf(exerciseLink(QStringLiteral("calf_stretch"))));
    EXPECT_TRUE(back->isEnabled());

    QTest::mouseClick(back, Qt::LeftButton);
    EXPECT_TRUE(shownText().contains(QStringLiteral("Night leg cramps")));
    EXPECT_EQ(tree->currentIndex(),
              model->indexOf(conditionLink(QStringLiteral("nocturnal_leg_cramps"))));
    EXPECT_TRUE(forward->isEnabled());

    // Alt+Right and Alt+Left do the same from the keyboard.
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(page.currentItem(), exerciseLink(QStringLiteral("calf_stretch")));
    QTest::keyClick(tree, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(page.currentItem(), conditionLink(QStringLiteral("nocturnal_leg_cramps")));

    // Links that lead nowhere in the knowledge base are not followed, and the log says so.
    {
        legcare::test::ExpectedWarnings expected;
        const QString category = QStringLiteral("legcare.gui.library");
        expected.expect(category, QStringLiteral("Not following a link outside"));
        expected.expect(category, QStringLiteral("No knowledge-base page for"));
        emit view->anchorClicked(QUrl(QStringLiteral("https://example.org/")));
        emit view->anchorClicked(exerciseLink(QStringLiteral("no_such_exercise")));
    }
    EXPECT_EQ(page.currentItem(), conditionLink(QStringLiteral("nocturnal_leg_cramps")));
}

TEST_F(LibraryPageTest, SearchFiltersTheTreeAndClearingRestoresIt)
{
    const int all = model->itemCount();
    QTest::keyClicks(search, QStringLiteral("calf"));
    const int hits = model->itemCount();
    EXPECT_GT(hits, 0);
    EXPECT_LT(hits, all);
    EXPECT_TRUE(model->indexOf(conditionLink(QStringLiteral("nocturnal_leg_cramps"))).isValid());
    EXPECT_TRUE(model->indexOf(exerciseLink(QStringLiteral("calf_stretch"))).isValid());
    EXPECT_FALSE(model->indexOf(exerciseLink(QStringLiteral("butterfly_stretch"))).isValid());

    // Enter opens the best hit.
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_FALSE(page.currentItem().isEmpty());
    EXPECT_TRUE(tree->currentIndex().isValid());

    search->clear();
    EXPECT_EQ(model->itemCount(), all);
    EXPECT_FALSE(model->isFiltered());
    // The page shown stays marked in the full tree.
    EXPECT_EQ(tree->currentIndex(), model->indexOf(page.currentItem()));
}

TEST_F(LibraryPageTest, BestHitComesFirstAndEnterOpensIt)
{
    QTest::keyClicks(search, QStringLiteral("calf stretch"));
    const QModelIndex firstGroup = model->index(0, 0);
    EXPECT_EQ(firstGroup.data(LibraryModel::GroupRole).toInt(),
              static_cast<int>(LibraryModel::Group::Exercises));
    EXPECT_EQ(model->index(0, 0, firstGroup).data(LibraryModel::LinkRole).toUrl(),
              exerciseLink(QStringLiteral("calf_stretch")));

    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(page.currentItem(), exerciseLink(QStringLiteral("calf_stretch")));
    EXPECT_TRUE(shownText().contains(QStringLiteral("Calf stretch")));
}

TEST_F(LibraryPageTest, SearchFindsChineseWords)
{
    // Chinese arrives through an input method, not as key clicks (QTest::keyClicks types
    // ASCII only): a preedit while the reader picks characters, then the committed word.
    search->setFocus();
    QInputMethodEvent preedit(QStringLiteral("chou jin"), {});
    QApplication::sendEvent(search, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("抽筋"));
    QApplication::sendEvent(search, &commit);
    ASSERT_EQ(search->text(), QStringLiteral("抽筋"));
    EXPECT_GT(model->itemCount(), 0);
    EXPECT_TRUE(model->indexOf(conditionLink(QStringLiteral("nocturnal_leg_cramps"))).isValid());
}

TEST_F(LibraryPageTest, SearchWithoutHitsSaysSo)
{
    QTest::keyClicks(search, QStringLiteral("xyzzyq"));
    EXPECT_EQ(model->itemCount(), 0);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("No matches"));
    EXPECT_FALSE(model->index(0, 0).flags().testFlag(Qt::ItemIsSelectable));
}

TEST_F(LibraryPageTest, IllustrationsRenderAtTheRequestedWidth)
{
    const QVariant resource = view->loadResource(QTextDocument::ImageResource,
                                                 QUrl(QStringLiteral("illustration:calf_stretch")));
    const QImage image = resource.value<QImage>();
    ASSERT_FALSE(image.isNull());
    const qreal ratio = view->devicePixelRatioF();
    EXPECT_EQ(image.width(), qRound(HtmlRenderer::kIllustrationWidth * ratio));
    EXPECT_GT(image.height(), 0);
    EXPECT_LT(image.height(), image.width()); // kept its landscape aspect ratio

    const QImage sharp = view->illustration(QStringLiteral("calf_stretch"), 100, 2.0);
    EXPECT_EQ(sharp.width(), 200);
    EXPECT_EQ(sharp.devicePixelRatio(), 2.0);
    EXPECT_EQ(sharp.pixelColor(0, 0), QColor(Qt::white)); // printable: white, not transparent

    EXPECT_TRUE(view->illustration(QStringLiteral("no_such_exercise"), 100, 1.0).isNull());

    // An exercise page asks for its illustration, and gets it.
    page.showItem(exerciseLink(QStringLiteral("calf_stretch")));
    const QVariant shown = view->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("illustration:calf_stretch")));
    EXPECT_FALSE(shown.value<QImage>().isNull());
}

// An illustration as the Library shows it: the drawing centred on white, its aspect ratio kept.
QImage drawingOnWhite(const QString &svgPath, const QSize &pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QSvgRenderer drawing(svgPath);
    EXPECT_TRUE(drawing.isValid()) << svgPath.toStdString();
    drawing.setAspectRatioMode(Qt::KeepAspectRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    drawing.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

QImage shownAt(const QIcon &icon, const QSize &size, qreal ratio)
{
    QImage canvas(size * ratio, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(ratio);
    canvas.fill(Qt::transparent);
    {
        QPainter painter(&canvas);
        icon.paint(&painter, QRect(QPoint(0, 0), size));
    }
    canvas.setDevicePixelRatio(1.0);
    return canvas;
}

TEST_F(LibraryPageTest, AnExercisesIconIsItsDrawingOnWhiteWhereverItIsShown)
{
    const QSize size = LibraryModel::kIconSize;
    for (const legcare::kb::Exercise &exercise : legcare::test::bundledKnowledgeBase().exercises()) {
        SCOPED_TRACE(exercise.id.toStdString());
        const QIcon icon
            = model->indexOf(exerciseLink(exercise.id)).data(Qt::DecorationRole).value<QIcon>();
        EXPECT_EQ(icon.actualSize(size), size);
        // Rendered at build time for the sizes the tree shows it at, at 1x and 2x.
        const QString stem = QFileInfo(exercise.illustration).completeBaseName();
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/illustration-icons/%1-48x32.png").arg(stem)));
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/illustration-icons/%1-96x64.png").arg(stem)));

        const QImage shown = shownAt(icon, size, 1.0);
        EXPECT_EQ(shown, drawingOnWhite(exercise.illustration, size));
        EXPECT_EQ(shown.pixelColor(0, 0), QColor(Qt::white));
        int drawn = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x)
                drawn += shown.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
        EXPECT_GT(drawn, 50);
        // On a screen of twice the density, drawn for it rather than scaled up.
        EXPECT_EQ(shownAt(icon, size, 2.0), drawingOnWhite(exercise.illustration, size * 2));
    }

    const QIcon icon = model->indexOf(exerciseLink(QStringLiteral("calf_stretch")))
                           .data(Qt::DecorationRole)
                           .value<QIcon>();
    // In a smaller box, scaled to fit; selected, tinted as the style tints any icon.
    EXPECT_EQ(icon.actualSize(QSize(24, 24)), QSize(24, 16));
    EXPECT_NE(icon.pixmap(size, QIcon::Selected).toImage(), icon.pixmap(size).toImage());
}

TEST(LibraryIllustrationIcon, DrawsAnyOtherDrawingFromItsSvgAndNothingForABrokenOne)
{
    // A drawing that was not rendered at build time (a knowledge base from elsewhere, or another
    // size) is drawn from its SVG, the same way.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("calf.svg"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/illustrations/calf_stretch.svg"), copy));
    const QSize size = LibraryModel::kIconSize;
    const QIcon elsewhere = legcare::gui::illustrationIcon(copy, size);
    EXPECT_EQ(shownAt(elsewhere, size, 1.0), drawingOnWhite(copy, size));
    const QIcon bundled
        = legcare::gui::illustrationIcon(QStringLiteral(":/illustrations/calf_stretch.svg"), size);
    EXPECT_EQ(shownAt(bundled, QSize(60, 40), 1.0),
              drawingOnWhite(QStringLiteral(":/illustrations/calf_stretch.svg"), QSize(60, 40)));

    legcare::test::ExpectedWarnings expected;
    expected.expect(QStringLiteral("qt.svg"), QStringLiteral("Cannot open file"));
    const QIcon missing = legcare::gui::illustrationIcon(QStringLiteral(":/no/such.svg"), size);
    EXPECT_TRUE(missing.pixmap(size).isNull());
}

TEST(LibraryPageChinese, ShowsChineseNames)
{
    LibraryPage page(legcare::test::bundledKnowledgeBase(), Language::SimplifiedChinese);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("libraryTree"));
    ASSERT_NE(tree, nullptr);
    auto *model = qobject_cast<LibraryModel *>(tree->model());
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(
        model->indexOf(conditionLink(QStringLiteral("nocturnal_leg_cramps"))).data().toString(),
        QStringLiteral("夜间腿抽筋"));
    ASSERT_TRUE(page.showItem(exerciseLink(QStringLiteral("calf_stretch"))));
    auto *view = page.findChild<KbBrowser *>(QStringLiteral("libraryView"));
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("小腿拉伸")));
}
