#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>
#include <QString>

namespace legcare::gui {

// A word-wrapped plain-text label that remembers its height at each width. Qt's layouts ask a
// label for its height at the same widths again and again while a window is laid out, and QLabel
// lays its text out anew for every question (shaping it with HarfBuzz each time): in the Symptom
// check's first frame, 120 of the 270 text layouts were such repeats (docs/performance.md,
// "Startup"). The heights are forgotten when the text, the font, the margins or the style change.
class ParagraphLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParagraphLabel)

public:
    explicit ParagraphLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Window resizes bring many widths; at most this many are kept.
    static constexpr qsizetype kMaxWidths = 16;

    mutable QHash<int, int> m_heights;
    // What the heights were measured with (QLabel::setText is not virtual, so the text is compared).
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable QMargins m_measuredMargins;
    mutable int m_measuredMargin = 0;
    mutable int m_measuredIndent = 0;
};

} // namespace legcare::gui
