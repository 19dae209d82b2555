#include "common/LegMapWidget.h"

#include <QComboBox>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using legcare::gui::LegMapCanvas;
using legcare::gui::LegMapWidget;
using legcare::gui::LegSide;
using legcare::kb::Location;
using View = LegMapCanvas::View;

namespace {

class LegMapWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        map.resize(520, 700);
        map.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&map));
        canvas = map.canvas();
        place = map.findChild<QComboBox *>(QStringLiteral("legMapPlace"));
        ASSERT_TRUE(canvas && place);
    }

    void clickRegion(View view, LegSide leg, Location location)
    {
        const QPoint centre = canvas->regionCentre(view, leg, location);
        ASSERT_FALSE(centre.isNull());
        QTest::mouseClick(canvas, Qt::LeftButton, {}, centre);
    }

    QRadioButton *sideButton(const char *id)
    {
        return map.findChild<QRadioButton *>(
            QStringLiteral("legMapSide_%1").arg(QLatin1String(id)));
    }

    LegMapWidget map;
    LegMapCanvas *canvas = nullptr;
    QComboBox *place = nullptr;
};

} // namespace

TEST_F(LegMapWidgetTest, ClickingARegionChoosesPlaceAndLeg)
{
    EXPECT_FALSE(map.location().has_value());
    clickRegion(View::Back, LegSide::Left, Location::Calf);
    EXPECT_EQ(map.location(), Location::Calf);
    EXPECT_EQ(map.side(), LegSide::Left);
    // The plain controls follow the drawing.
    EXPECT_EQ(place->currentData().toString(), QStringLiteral("calf"));
    EXPECT_TRUE(sideButton("left")->isChecked());
    EXPECT_TRUE(canvas->accessibleDescription().contains(QStringLiteral("Calf")));

    // The same place on the other leg: both legs; again: only the first leg is left.
    clickRegion(View::Back, LegSide::Right, Location::Calf);
    EXPECT_EQ(map.side(), LegSide::Both);
    EXPECT_TRUE(sideButton("both")->isChecked());
    clickRegion(View::Back, LegSide::Right, Location::Calf);
    EXPECT_EQ(map.side(), LegSide::Left);

    // Another place starts afresh, on the leg clicked.
    clickRegion(View::Front, LegSide::Right, Location::Shin);
    EXPECT_EQ(map.location(), Location::Shin);
    EXPECT_EQ(map.side(), LegSide::Right);
}

TEST_F(LegMapWidgetTest, EveryPlaceCanBeClickedInAView)
{
    for (Location location : legcare::kb::allLocations()) {
        const bool backOnly = canvas->regionCentre(View::Front, LegSide::Left, location).isNull();
        const View view = backOnly ? View::Back : View::Front;
        for (LegSide leg : { LegSide::Left, LegSide::Right }) {
            map.setSelection(std::nullopt, std::nullopt);
            clickRegion(view, leg, location);
            EXPECT_EQ(map.location(), location) << legcare::kb::locationId(location).toStdString();
            EXPECT_EQ(map.side(), leg);
        }
    }
    // Toes are only on the front; the back of the thigh only on the back.
    EXPECT_TRUE(canvas->regionCentre(View::Back, LegSide::Left, Location::Toes).isNull());
    EXPECT_TRUE(canvas->regionCentre(View::Front, LegSide::Left, Location::BackThigh).isNull());
}

TEST_F(LegMapWidgetTest, KeyboardMovesChoosesAndPicksTheSide)
{
    canvas->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return canvas->hasFocus(); }));
    EXPECT_EQ(canvas->focusPolicy(), Qt::StrongFocus);

    QTest::keyClick(canvas, Qt::Key_Space);
    ASSERT_TRUE(map.location().has_value());
    const Location first = *map.location();
    const QString before = canvas->cursorDescription();

    QTest::keyClick(canvas, Qt::Key_Down);
    QTest::keyClick(canvas, Qt::Key_Down);
    EXPECT_NE(canvas->cursorDescription(), before);
    QTest::keyClick(canvas, Qt::Key_Return);
    ASSERT_TRUE(map.location().has_value());
    EXPECT_NE(*map.location(), first);

    QTest::keyClick(canvas, Qt::Key_B);
    EXPECT_EQ(map.side(), LegSide::Both);
    QTest::keyClick(canvas, Qt::Key_L);
    EXPECT_EQ(map.side(), LegSide::Left);
    QTest::keyClick(canvas, Qt::Key_R);
    EXPECT_EQ(map.side(), LegSide::Right);
    EXPECT_TRUE(canvas->accessibleDescription().contains(QStringLiteral("right leg")));

    // Right arrow reaches the back view.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(canvas, Qt::Key_Right);
    EXPECT_TRUE(canvas->cursorDescription().contains(QStringLiteral("from the back")));
}

TEST_F(LegMapWidgetTest, PlainControlsChooseWithoutTheDrawing)
{
    EXPECT_FALSE(place->accessibleName().isEmpty());
    place->setCurrentIndex(place->findData(QStringLiteral("inner_thigh")));
    EXPECT_EQ(map.location(), Location::InnerThigh);
    EXPECT_FALSE(map.side().has_value()); // "Not sure" until a side is picked
    EXPECT_TRUE(sideButton("unknown")->isChecked());
    QTest::mouseClick(sideButton("both"), Qt::LeftButton);
    EXPECT_EQ(map.side(), LegSide::Both);
    EXPECT_EQ(canvas->location(), Location::InnerThigh);
    for (const char *id : { "left", "right", "both", "unknown" })
        EXPECT_FALSE(sideButton(id)->accessibleName().isEmpty()) << id;
}

TEST_F(LegMapWidgetTest, DrawingScalesWithTheWidget)
{
    const QPoint small = canvas->regionCentre(View::Front, LegSide::Right, Location::Shin);
    map.resize(1040, 1400);
    QTest::qWait(20);
    const QPoint large = canvas->regionCentre(View::Front, LegSide::Right, Location::Shin);
    EXPECT_GT(large.y(), small.y());
    QTest::mouseClick(canvas, Qt::LeftButton, {}, large);
    EXPECT_EQ(map.location(), Location::Shin);
}
