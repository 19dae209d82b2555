#include "report/RoutineHandout.h"

#include "kb/KnowledgeBase.h"
#include "report/PdfFile.h"
#include "report/ReportPages.h"
#include "report/ReportStyle.h"
#include "routines/RoutineText.h"
#include "routines/Timing.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

namespace legcare::report {

namespace {

constexpr qreal kIllustrationWidthMm = 35;
constexpr qreal kColumnGapMm = 5;

// A part of an exercise's block, measured once when the pages are laid out and painted, at the
// place it landed on, when they are printed. Measuring and painting share the same code, so a
// block can never come out taller than the room it was given.
struct Piece
{
    qreal height = 0;
    std::function<void(QPainter &, const QPointF &)> paint; // empty for a gap
};

Piece gap(qreal height)
{
    return { height, {} };
}

// Lays the handout out for one device; print() then draws every page.
class Composer final
{
    // Its words belong to the handout's context.
    Q_DECLARE_TR_FUNCTIONS(RoutineHandout)

public:
    Composer(const QPaintDevice &device, const routines::Routine &routine,
             const kb::KnowledgeBase &kb, i18n::Language language, const QDate &date)
        : m_style(device, language)
        , m_routine(routine)
        , m_kb(kb)
        , m_date(date.isValid() ? date : QDate::currentDate())
        , m_page(0, 0, device.width(), device.height())
        , m_pages(ReportPages::framed(m_page, m_style.runningHeaderHeight(),
                                      m_style.footerHeight(m_page.width())))
    {
    }

    const ReportPages &layout();
    void paintFrame(QPainter &painter, int index, int count) const;

private:
    QString text(const kb::LocalizedText &localized) const
    {
        return localized.text(m_style.language());
    }
    QString totalText() const;
    QString countText() const;

    void titleBlock();
    void exerciseBlock(int number, const kb::RoutineItem &item, const kb::Exercise &exercise);

    Piece textPiece(const QString &text, const QFont &font, qreal width, const QColor &color) const;
    // A list with a hanging indent: "1." … or "•" before each item.
    Piece listPiece(const QStringList &items, bool numbered, const QFont &font, qreal width) const;
    Piece cautionsPiece(const QStringList &cautions, qreal width) const;
    Piece tickRowPiece(qreal width) const;
    void paintWarningSign(QPainter &painter, const QRectF &rect) const;

    ReportStyle m_style;
    const routines::Routine &m_routine;
    const kb::KnowledgeBase &m_kb;
    QDate m_date;
    QRectF m_page;
    ReportPages m_pages;
    int m_exerciseCount = 0;
    int m_lastBlockPage = -1; // the page the previous exercise went on (for the divider)
};

QString Composer::totalText() const
{
    return tr("Total time: about %1")
        .arg(routines::DurationText::format(routines::totalSeconds(m_routine, m_kb)));
}

QString Composer::countText() const
{
    return tr("Exercises: %1").arg(m_exerciseCount);
}

void Composer::paintFrame(QPainter &painter, int index, int count) const
{
    m_style.paintFooter(painter, m_page, tr("LegCare · printed %1").arg(m_style.longDate(m_date)),
                        tr("Page %1 of %2").arg(index + 1).arg(count));
    if (index > 0)
        m_style.paintRunningHeader(painter, m_page, text(m_routine.name), totalText());
}

Piece Composer::textPiece(const QString &content, const QFont &font, qreal width,
                          const QColor &color) const
{
    return { m_style.textHeight(content, font, width),
             [=, this](QPainter &painter, const QPointF &at) {
                 painter.setPen(color);
                 m_style.drawText(painter, QRectF(at, QSizeF(width, 0)), content, font);
             } };
}

Piece Composer::listPiece(const QStringList &items, bool numbered, const QFont &font,
                          qreal width) const
{
    const QFontMetricsF metrics = m_style.metrics(font);
    const qreal markerWidth = numbered
        ? metrics.horizontalAdvance(QStringLiteral("%1.").arg(items.size()))
        : metrics.horizontalAdvance(QStringLiteral("•"));
    const qreal indent = markerWidth + m_style.mm(1.8);
    const qreal gap = m_style.mm(0.9);
    QList<qreal> heights;
    QList<qreal> baselines; // where each marker goes down to sit on its item's first baseline
    qreal total = 0;
    for (const QString &item : items) {
        heights.append(m_style.textHeight(item, font, width - indent));
        baselines.append(m_style.firstAscent(item, font, width - indent) - metrics.ascent());
        total += heights.constLast();
    }
    total += gap * static_cast<qreal>(std::max<qsizetype>(0, items.size() - 1));
    return { total, [=, this](QPainter &painter, const QPointF &at) {
                painter.setPen(ReportStyle::ink());
                qreal y = at.y();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QString marker
                        = numbered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•");
                    m_style.drawLine(
                        painter, QRectF(at.x(), y + baselines.at(i), markerWidth, metrics.height()),
                        marker, font, Qt::AlignRight | Qt::AlignTop);
                    m_style.drawText(painter, QRectF(at.x() + indent, y, width - indent, 0),
                                     items.at(i), font);
                    y += heights.at(i) + gap;
                }
            } };
}

void Composer::paintWarningSign(QPainter &painter, const QRectF &rect) const
{
    // A triangle with an exclamation mark, drawn rather than typed: no font is needed for it,
    // and it prints the same in black and white.
    QPainterPath triangle;
    triangle.moveTo(rect.center().x(), rect.top());
    triangle.lineTo(rect.right(), rect.bottom());
    triangle.lineTo(rect.left(), rect.bottom());
    triangle.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(ReportStyle::ink());
    painter.drawPath(triangle);
    const qreal x = rect.center().x();
    const qreal stroke = rect.width() * 0.12;
    painter.setPen(QPen(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(x, rect.top() + rect.height() * 0.38),
                     QPointF(x, rect.top() + rect.height() * 0.68));
    painter.drawPoint(QPointF(x, rect.top() + rect.height() * 0.84));
}

Piece Composer::cautionsPiece(const QStringList &cautions, qreal width) const
{
    const QFont labelFont = m_style.font(9, true);
    const QFont font = m_style.font(8.5);
    const qreal bar = m_style.mm(1.2);
    const qreal pad = m_style.mm(2);
    const qreal inner = width - bar - 2 * pad;
    const qreal labelHeight = m_style.metrics(labelFont).height();
    const Piece list = listPiece(cautions, false, font, inner);
    const qreal height = pad + labelHeight + m_style.mm(1) + list.height + pad;
    return { height, [=, this](QPainter &painter, const QPointF &at) {
                const QRectF box(at, QSizeF(width, height));
                painter.fillRect(box, ReportStyle::shade());
                // The thick bar and the sign mark the cautions without relying on colour.
                painter.fillRect(QRectF(box.topLeft(), QSizeF(bar, height)), ReportStyle::ink());
                const qreal x = box.left() + bar + pad;
                const qreal sign = labelHeight * 0.78;
                paintWarningSign(
                    painter,
                    QRectF(x, box.top() + pad + (labelHeight - sign) / 2, sign * 1.1, sign));
                painter.setPen(ReportStyle::ink());
                m_style.drawLine(
                    painter,
                    QRectF(x + sign * 1.1 + m_style.mm(1.5), box.top() + pad, inner, labelHeight),
                    tr("Take care"), labelFont);
                list.paint(painter, QPointF(x, box.top() + pad + labelHeight + m_style.mm(1)));
            } };
}

Piece Composer::tickRowPiece(qreal width) const
{
    const QString label = tr("Tick a box each day you do it:");
    const QFont labelFont = m_style.font(8.5);
    const QFont dayFont = m_style.font(7.5);
    QStringList days;
    qreal widest = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        days.append(m_style.locale().dayName(day, QLocale::ShortFormat));
        widest = std::max(widest, m_style.metrics(dayFont).horizontalAdvance(days.constLast()));
    }
    const qreal box = m_style.mm(4.5);
    const qreal cell = std::max(m_style.mm(9), widest + m_style.mm(2));
    const qreal dayHeight = m_style.metrics(dayFont).height();
    const qreal row = dayHeight + m_style.mm(0.6) + box;
    const qreal labelWidth = m_style.metrics(labelFont).horizontalAdvance(label) + m_style.mm(3);
    const bool inlineLabel = labelWidth + 7 * cell <= width;
    const qreal labelHeight
        = inlineLabel ? 0 : m_style.textHeight(label, labelFont, width) + m_style.mm(1);
    return { labelHeight + row, [=, this](QPainter &painter, const QPointF &at) {
                painter.setPen(ReportStyle::mutedInk());
                qreal x = at.x();
                qreal y = at.y();
                if (inlineLabel) {
                    m_style.drawLine(painter,
                                     QRectF(x, y + dayHeight + m_style.mm(0.6), labelWidth, box),
                                     label, labelFont);
                    x += labelWidth;
                } else {
                    m_style.drawText(painter, QRectF(x, y, width, 0), label, labelFont);
                    y += labelHeight;
                }
                for (qsizetype i = 0; i < days.size(); ++i) {
                    const qreal left = x + cell * static_cast<qreal>(i);
                    painter.setPen(ReportStyle::ink());
                    m_style.drawLine(painter, QRectF(left, y, cell, dayHeight), days.at(i), dayFont,
                                     Qt::AlignHCenter | Qt::AlignVCenter);
                    painter.setPen(QPen(ReportStyle::ink(), m_style.pt(0.8)));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(
                        QRectF(left + (cell - box) / 2, y + dayHeight + m_style.mm(0.6), box, box));
                }
            } };
}

void Composer::titleBlock()
{
    const qreal width = m_pages.body().width();
    const QFont kickerFont = m_style.font(9, true);
    const QFont titleFont = m_style.font(20, true);
    const QFont factsFont = m_style.font(9.5);
    const QString name = text(m_routine.name);
    const qreal kicker = m_style.metrics(kickerFont).height() * 1.2;
    const qreal title = m_style.textHeight(name, titleFont, width) + m_style.mm(1);
    const qreal facts = m_style.metrics(factsFont).height() * 1.3;
    const QString left = totalText() + QStringLiteral("   ·   ") + countText();
    const QString right = tr("Printed: %1").arg(m_style.longDate(m_date));
    m_pages.place(kicker + title + facts, [=, this](QPainter &painter, const QRectF &rect) {
        painter.setPen(ReportStyle::mutedInk());
        m_style.drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), kicker),
                         tr("Stretching routine"), kickerFont);
        painter.setPen(ReportStyle::ink());
        m_style.drawText(painter, QRectF(rect.left(), rect.top() + kicker, rect.width(), 0), name,
                         titleFont);
        const QRectF line(rect.left(), rect.top() + kicker + title, rect.width(), facts);
        const qreal rightWidth
            = m_style.metrics(factsFont).horizontalAdvance(right) + m_style.pt(1);
        m_style.drawLine(painter, line.adjusted(0, 0, -(rightWidth + m_style.mm(4)), 0), left,
                         factsFont);
        painter.setPen(ReportStyle::mutedInk());
        m_style.drawLine(painter, line, right, factsFont, Qt::AlignRight | Qt::AlignVCenter);
    });

    // Why and when, for the built-in routines; a custom routine has neither.
    QList<std::pair<QString, QString>> rows;
    if (!text(m_routine.purpose).isEmpty())
        rows.append({ tr("Purpose"), text(m_routine.purpose) });
    if (!text(m_routine.when).isEmpty())
        rows.append({ tr("When"), text(m_routine.when) });
    const QFont labelFont = m_style.font(9.5, true);
    const QFont valueFont = m_style.font(10);
    qreal labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, m_style.metrics(labelFont).horizontalAdvance(row.first));
    labelWidth += m_style.mm(4);
    if (!rows.isEmpty())
        m_pages.skip(m_style.mm(2));
    for (const auto &row : rows) {
        const qreal height = m_style.textHeight(row.second, valueFont, width - labelWidth);
        // The label sits on the value's first baseline.
        const qreal offset = m_style.firstAscent(row.second, valueFont, width - labelWidth)
            - m_style.metrics(labelFont).ascent();
        m_pages.place(height + m_style.mm(1.5), [=, this](QPainter &painter, const QRectF &rect) {
            painter.setPen(ReportStyle::ink());
            m_style.drawLine(painter,
                             QRectF(rect.left(), rect.top() + offset, labelWidth,
                                    m_style.metrics(labelFont).height()),
                             row.first, labelFont, Qt::AlignLeft | Qt::AlignTop);
            m_style.drawText(painter,
                             QRectF(rect.left() + labelWidth, rect.top(), width - labelWidth, 0),
                             row.second, valueFont);
        });
    }
    m_pages.place(m_style.mm(4), [this](QPainter &painter, const QRectF &rect) {
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.5)));
        const qreal y = rect.top() + m_style.mm(1);
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    });
}

void Composer::exerciseBlock(int number, const kb::RoutineItem &item, const kb::Exercise &exercise)
{
    const qreal width = m_pages.body().width();
    const qreal illustrationWidth = m_style.mm(kIllustrationWidthMm);
    const qreal columnLeft = illustrationWidth + m_style.mm(kColumnGapMm);
    const qreal column = width - columnLeft;

    // The illustration keeps its aspect ratio; a missing one leaves an empty frame of the usual
    // shape.
    auto renderer = std::make_shared<QSvgRenderer>(exercise.illustration);
    const QRectF viewBox = renderer->isValid() ? renderer->viewBoxF() : QRectF();
    const qreal illustrationHeight = viewBox.width() > 0
        ? illustrationWidth * viewBox.height() / viewBox.width()
        : illustrationWidth * 2 / 3;

    const QFont nameFont = m_style.font(12.5, true);
    const QFont badgeFont = m_style.font(10, true);
    const QFont timeFont = m_style.font(8.5);
    const qreal header = std::max(m_style.mm(7), m_style.metrics(nameFont).height());

    QList<Piece> pieces;
    pieces.append(textPiece(routines::RoutineText::dose(item, exercise), m_style.font(10, true),
                            column, ReportStyle::ink()));
    pieces.append(gap(m_style.mm(1.5)));
    pieces.append(
        listPiece(kb::texts(exercise.steps, m_style.language()), true, m_style.font(9.5), column));
    if (!exercise.cautions.isEmpty()) {
        pieces.append(gap(m_style.mm(2.5)));
        pieces.append(cautionsPiece(kb::texts(exercise.cautions, m_style.language()), column));
    }
    pieces.append(gap(m_style.mm(3)));
    pieces.append(tickRowPiece(column));
    qreal columnHeight = 0;
    for (const Piece &piece : std::as_const(pieces))
        columnHeight += piece.height;

    const qreal bodyOffset = header + m_style.mm(3);
    const qreal content = bodyOffset + std::max(illustrationHeight, columnHeight);
    const qreal room = m_style.mm(6); // between two exercises, with a divider in it

    // Never split: the whole block moves to the next page when it does not fit.
    m_pages.ensure(room + content);
    const qreal top = m_pages.atPageTop() ? 0 : room;
    const qreal bodyTop = top + bodyOffset;
    const qreal height = top + content;
    const bool divider = m_lastBlockPage == m_pages.pageCount();
    m_lastBlockPage = m_pages.pageCount();
    const QString name = text(exercise.name);
    const QString duration
        = tr("about %1").arg(routines::DurationText::format(routines::itemSeconds(item, exercise)));
    m_pages.place(height, [=, this](QPainter &painter, const QRectF &rect) {
        if (divider) {
            painter.setPen(QPen(ReportStyle::grid(), m_style.pt(0.75)));
            const qreal y = rect.top() + top / 2;
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
        // The number in a dark square, then the name, and on the right how long it takes.
        const qreal y = rect.top() + top;
        const qreal badge = m_style.mm(7);
        const QRectF badgeRect(rect.left(), y + (header - badge) / 2, badge, badge);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportStyle::ink());
        painter.drawRoundedRect(badgeRect, m_style.mm(1), m_style.mm(1));
        painter.setPen(Qt::white);
        m_style.drawLine(painter, badgeRect, QString::number(number), badgeFont, Qt::AlignCenter);
        const qreal durationWidth
            = m_style.metrics(timeFont).horizontalAdvance(duration) + m_style.pt(1);
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(
            painter,
            QRectF(rect.left() + badge + m_style.mm(3), y,
                   rect.width() - badge - m_style.mm(3) - durationWidth - m_style.mm(4), header),
            name, nameFont);
        painter.setPen(ReportStyle::mutedInk());
        m_style.drawLine(painter, QRectF(rect.right() - durationWidth, y, durationWidth, header),
                         duration, timeFont, Qt::AlignRight | Qt::AlignVCenter);

        const QRectF picture(rect.left(), rect.top() + bodyTop, illustrationWidth,
                             illustrationHeight);
        if (renderer->isValid())
            renderer->render(&painter, picture);
        painter.setPen(QPen(ReportStyle::grid(), m_style.pt(0.75)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(picture, m_style.mm(1.5), m_style.mm(1.5));

        qreal at = rect.top() + bodyTop;
        for (const Piece &piece : pieces) {
            if (piece.paint) {
                painter.save();
                piece.paint(painter, QPointF(rect.left() + columnLeft, at));
                painter.restore();
            }
            at += piece.height;
        }
    });
}

const ReportPages &Composer::layout()
{
    for (const kb::RoutineItem &item : m_routine.items)
        m_exerciseCount += m_kb.exercise(item.exerciseId) ? 1 : 0;
    titleBlock();
    if (m_exerciseCount == 0) {
        const QFont font = m_style.font(10);
        const QString note = tr("This routine has no exercises yet.");
        m_pages.place(m_style.textHeight(note, font, m_pages.body().width()),
                      [=, this](QPainter &painter, const QRectF &rect) {
                          painter.setPen(ReportStyle::ink());
                          m_style.drawText(painter, rect, note, font);
                      });
        return m_pages;
    }
    int number = 0;
    for (const kb::RoutineItem &item : m_routine.items) {
        // An exercise the knowledge base no longer holds is left out, as when the routine is
        // played.
        if (const kb::Exercise *exercise = m_kb.exercise(item.exerciseId))
            exerciseBlock(++number, item, *exercise);
    }
    return m_pages;
}

} // namespace

RoutineHandout::RoutineHandout(routines::Routine routine, const kb::KnowledgeBase &kb,
                               i18n::Language language, QDate date)
    : m_routine(std::move(routine))
    , m_kb(kb)
    , m_language(language)
    , m_date(date)
{
}

bool RoutineHandout::paint(QPagedPaintDevice &device, QString *error) const
{
    Composer composer(device, m_routine, m_kb, m_language, m_date);
    const ReportPages &pages = composer.layout();
    const ReportPages::Messages messages { tr("Could not start printing the routine."),
                                           tr("Could not start page %1 of the routine."),
                                           tr("Could not finish printing the routine.") };
    return pages.print(
        device,
        [&composer](QPainter &painter, int index, int count) {
            composer.paintFrame(painter, index, count);
        },
        messages, error);
}

bool RoutineHandout::writePdf(const QString &path, QPageSize::PageSizeId pageSize,
                              QString *error) const
{
    return PdfFile::write(
        path, m_routine.name.text(m_language), ReportStyle::pageLayout(pageSize),
        [this](QPdfWriter &writer, QString *paintError) { return paint(writer, paintError); },
        error);
}

} // namespace legcare::report
