// ParagraphLabel remembers its height at each width: the heights it gives are always those a
// QLabel with the same text, font and margins gives, also after any of them changes.

#include "common/ParagraphLabel.h"

#include <QLabel>

#include <gtest/gtest.h>

namespace legcare::gui {
namespace {

const QString kShort = QStringLiteral("Fever with a red, warm, painful area");
const QString kLong = QStringLiteral(
    "It takes about three minutes. Every question can be answered \"Don't know\", and Back "
    "keeps your answers. You can print the result or save it as a PDF to show a doctor.");
const QList<int> kWidths = { 60, 120, 240, 480, 960, 120, 60 };

// A QLabel set up as the ParagraphLabel is now.
void expectHeightsOfAQLabel(const ParagraphLabel &label, const char *when)
{
    QLabel reference(label.text());
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(true);
    reference.setFont(label.font());
    reference.setContentsMargins(label.contentsMargins());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    for (const int width : kWidths)
        EXPECT_EQ(label.heightForWidth(width), reference.heightForWidth(width))
            << when << ", width " << width;
}

TEST(ParagraphLabelTest, IsAWordWrappedPlainTextLabel)
{
    ParagraphLabel label(QStringLiteral("<b>not bold</b>"));
    EXPECT_TRUE(label.wordWrap());
    EXPECT_EQ(label.textFormat(), Qt::PlainText);
    EXPECT_TRUE(label.hasHeightForWidth());
}

TEST(ParagraphLabelTest, GivesAQLabelsHeightsAsTheTextFontAndMarginsChange)
{
    ParagraphLabel label(kShort);
    expectHeightsOfAQLabel(label, "at first");
    expectHeightsOfAQLabel(label, "asked again");
    const int narrow = label.heightForWidth(120);

    label.setText(kLong);
    expectHeightsOfAQLabel(label, "after a longer text");
    EXPECT_GT(label.heightForWidth(120), narrow);

    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    const int before = label.heightForWidth(240);
    label.setFont(larger);
    expectHeightsOfAQLabel(label, "after a larger font");
    EXPECT_GT(label.heightForWidth(240), before);

    label.setContentsMargins(10, 20, 10, 20);
    expectHeightsOfAQLabel(label, "after margins");
    label.setMargin(6);
    expectHeightsOfAQLabel(label, "after a margin");
    label.setIndent(30);
    expectHeightsOfAQLabel(label, "after an indent");
}

TEST(ParagraphLabelTest, KeepsGivingTheRightHeightsAcrossManyWidths)
{
    // A window being resized: more widths than are remembered.
    ParagraphLabel label(kLong);
    QLabel reference(kLong);
    reference.setTextFormat(Qt::PlainText);
    reference.setWordWrap(true);
    for (int round = 0; round < 2; ++round) {
        for (int width = 50; width <= 1000; width += 25)
            EXPECT_EQ(label.heightForWidth(width), reference.heightForWidth(width)) << width;
    }
}

} // namespace
} // namespace legcare::gui
