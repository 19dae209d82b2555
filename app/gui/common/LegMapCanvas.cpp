#include "common/LegMapCanvas.h"

#include "common/LegMapShapes.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace legcare::gui {

namespace {

using kb::Location;
using legmap::Band;
using legmap::bands;
using legmap::halfOutline;
using legmap::kViewWidth;
using legmap::mirror;
using legmap::silhouette;

// The drawing's logical square: two views of 220 × 470 units side by side, titles above them
// and the leg names below.
constexpr qreal kWidth = 500;
constexpr qreal kHeight = 530;
constexpr qreal kBodyTop = 32;
constexpr qreal kFrontX = 15;
constexpr qreal kBackX = 265;

const QColor kSkin(0xf6, 0xeb, 0xe1);
const QColor kOutline(0x6b, 0x74, 0x80);
const QColor kRegionLine(0xc9, 0xb8, 0xa8);
const QColor kHover(0xcf, 0xe2, 0xfa);
const QColor kSelected(0x5b, 0x9b, 0xe8);
const QColor kSelectedEdge(0x0b, 0x3d, 0x7a);

QTransform viewOffset(LegMapCanvas::View view)
{
    return QTransform::fromTranslate(view == LegMapCanvas::View::Front ? kFrontX : kBackX,
                                     kBodyTop);
}

// The person's leg drawn on the screen-left half: seen from the front, their right leg.
LegSide legOnScreenLeft(LegMapCanvas::View view)
{
    return view == LegMapCanvas::View::Front ? LegSide::Right : LegSide::Left;
}

LegSide otherLeg(LegSide leg)
{
    return leg == LegSide::Left ? LegSide::Right : LegSide::Left;
}

} // namespace

QString legSideId(LegSide side)
{
    switch (side) {
    case LegSide::Left:
        return QStringLiteral("left");
    case LegSide::Right:
        return QStringLiteral("right");
    case LegSide::Both:
        return QStringLiteral("both");
    }
    return {};
}

std::optional<LegSide> parseLegSide(const QString &id)
{
    for (LegSide side : { LegSide::Left, LegSide::Right, LegSide::Both }) {
        if (legSideId(side) == id)
            return side;
    }
    return std::nullopt;
}

QString legSideName(LegSide side)
{
    switch (side) {
    case LegSide::Left:
        return LegMapCanvas::tr("left leg");
    case LegSide::Right:
        return LegMapCanvas::tr("right leg");
    case LegSide::Both:
        return LegMapCanvas::tr("both legs");
    }
    return {};
}

LegMapCanvas::LegMapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("legMapCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Leg map"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    for (View view : { View::Front, View::Back }) {
        const bool back = view == View::Back;
        const QPainterPath left = halfOutline(back);
        const QPainterPath right = mirror().map(left);
        const QTransform offset = viewOffset(view);
        (back ? m_bodyBack : m_bodyFront) = offset.map(silhouette(back));
        for (const Band &band : bands(back)) {
            const QPainterPath onLeft = left.intersected(band.area);
            m_regions.append({ view, legOnScreenLeft(view), band.location, offset.map(onLeft) });
        }
        for (const Band &band : bands(back)) {
            const QPainterPath onRight = right.intersected(mirror().map(band.area));
            m_regions.append(
                { view, otherLeg(legOnScreenLeft(view)), band.location, offset.map(onRight) });
        }
    }
}

void LegMapCanvas::setSelection(std::optional<kb::Location> location, std::optional<LegSide> side)
{
    if (m_location == location && m_side == side)
        return;
    m_location = location;
    m_side = side;
    update();
}

QTransform LegMapCanvas::toWidget() const
{
    const qreal scale = std::min(width() / kWidth, height() / kHeight);
    const qreal dx = (width() - kWidth * scale) / 2;
    const qreal dy = (height() - kHeight * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

QPoint LegMapCanvas::regionCentre(View view, LegSide leg, kb::Location location) const
{
    for (const Region &region : m_regions) {
        if (region.view == view && region.leg == leg && region.location == location) {
            QPointF centre = region.path.boundingRect().center();
            if (!region.path.contains(centre))
                centre = region.path.pointAtPercent(0.5);
            return toWidget().map(centre).toPoint();
        }
    }
    return {};
}

int LegMapCanvas::regionAt(const QPoint &widgetPos) const
{
    const QPointF logical = toWidget().inverted().map(QPointF(widgetPos));
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        if (m_regions[i].path.contains(logical))
            return static_cast<int>(i);
    }
    return -1;
}

QString LegMapCanvas::regionName(const Region &region) const
{
    const QString view
        = region.view == View::Front ? tr("seen from the front") : tr("seen from the back");
    return tr("%1, %2 (%3)").arg(kb::locationName(region.location), legSideName(region.leg), view);
}

QString LegMapCanvas::cursorDescription() const
{
    if (m_cursor < 0 || m_cursor >= m_regions.size())
        return {};
    return regionName(m_regions[m_cursor]);
}

bool LegMapCanvas::isSelected(const Region &region) const
{
    if (!m_location || *m_location != region.location)
        return false;
    return !m_side || *m_side == LegSide::Both || *m_side == region.leg;
}

// Clicking a place picks it on that leg; clicking the same place on the other leg makes it
// both legs, and clicking a chosen leg again takes it away.
void LegMapCanvas::activate(int regionIndex)
{
    if (regionIndex < 0 || regionIndex >= m_regions.size())
        return;
    const Region &region = m_regions[regionIndex];
    m_cursor = regionIndex;
    if (m_location != region.location || !m_side) {
        m_location = region.location;
        m_side = region.leg;
    } else if (*m_side == LegSide::Both) {
        m_side = otherLeg(region.leg);
    } else if (*m_side == region.leg) {
        m_location.reset();
        m_side.reset();
    } else {
        m_side = LegSide::Both;
    }
    update();
    emit selectionChanged();
}

void LegMapCanvas::chooseSide(LegSide side)
{
    m_side = side;
    update();
    emit selectionChanged();
}

void LegMapCanvas::moveCursor(int dx, int dy)
{
    if (m_regions.isEmpty())
        return;
    const QPointF from = m_regions[m_cursor].path.boundingRect().center();
    int best = -1;
    qreal bestScore = 0;
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        const QPointF delta = m_regions[i].path.boundingRect().center() - from;
        const qreal along = dx != 0 ? delta.x() * dx : delta.y() * dy;
        if (along <= 1)
            continue;
        const qreal across = std::abs(dx != 0 ? delta.y() : delta.x());
        const qreal score = along + 2 * across;
        if (best < 0 || score < bestScore) {
            best = static_cast<int>(i);
            bestScore = score;
        }
    }
    if (best >= 0) {
        m_cursor = best;
        update();
        emit cursorMoved();
    }
}

QSize LegMapCanvas::sizeHint() const
{
    // Modest: the drawing grows into whatever room the layout gives it, and a tall hint would
    // push the controls under it out of view in a small window.
    return { 420, 320 };
}

QSize LegMapCanvas::minimumSizeHint() const
{
    return { 280, 300 };
}

bool LegMapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = regionAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), regionName(m_regions[index]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void LegMapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const int index = regionAt(event->position().toPoint());
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void LegMapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int index = regionAt(event->position().toPoint());
    if (index >= 0)
        activate(index);
    event->accept();
}

void LegMapCanvas::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void LegMapCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(-1, 0);
        break;
    case Qt::Key_Right:
        moveCursor(1, 0);
        break;
    case Qt::Key_Up:
        moveCursor(0, -1);
        break;
    case Qt::Key_Down:
        moveCursor(0, 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_cursor);
        break;
    case Qt::Key_L:
        chooseSide(LegSide::Left);
        break;
    case Qt::Key_R:
        chooseSide(LegSide::Right);
        break;
    case Qt::Key_B:
        chooseSide(LegSide::Both);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LegMapCanvas::focusInEvent(QFocusEvent *event)
{
    update();
    emit cursorMoved();
    QWidget::focusInEvent(event);
}

void LegMapCanvas::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void LegMapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    paintView(painter, View::Front);
    paintView(painter, View::Back);

    // Titles and leg names in the widget's own font, placed by the drawing's transform.
    const QTransform transform = toWidget();
    QFont titleFont = font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    painter.setPen(palette().color(QPalette::Text));
    for (View view : { View::Front, View::Back }) {
        const qreal x = view == View::Front ? kFrontX : kBackX;
        const QPointF top = transform.map(QPointF(x + kViewWidth / 2, 4));
        painter.setFont(titleFont);
        const QString title = view == View::Front ? tr("Front") : tr("Back");
        const int titleWidth = titleMetrics.horizontalAdvance(title);
        painter.drawText(QPointF(top.x() - titleWidth / 2.0, top.y() + titleMetrics.ascent()),
                         title);

        painter.setFont(font());
        const QFontMetrics metrics(font());
        for (bool screenLeft : { true, false }) {
            const LegSide leg
                = screenLeft ? legOnScreenLeft(view) : otherLeg(legOnScreenLeft(view));
            const QString name = leg == LegSide::Left ? tr("Left") : tr("Right");
            const QPointF at
                = transform.map(QPointF(x + (screenLeft ? 78 : kViewWidth - 78), kBodyTop + 476));
            painter.drawText(
                QPointF(at.x() - metrics.horizontalAdvance(name) / 2.0, at.y() + metrics.ascent()),
                name);
        }
    }
}

void LegMapCanvas::paintView(QPainter &painter, View view) const
{
    const QTransform transform = toWidget();
    painter.save();
    painter.setTransform(transform);

    const QPainterPath &body = view == View::Front ? m_bodyFront : m_bodyBack;
    painter.fillPath(body, kSkin);

    QPen regionPen(kRegionLine, 1);
    regionPen.setCosmetic(true);
    for (qsizetype i = 0; i < m_regions.size(); ++i) {
        const Region &region = m_regions[i];
        if (region.view != view)
            continue;
        if (isSelected(region)) {
            painter.fillPath(region.path, kSelected);
            // A hatch as well as the colour, so the choice does not rest on colour alone.
            painter.fillPath(region.path, QBrush(kSelectedEdge, Qt::BDiagPattern));
        } else if (i == m_hover) {
            painter.fillPath(region.path, kHover);
        }
        painter.strokePath(region.path, regionPen);
    }

    // A few anatomical landmarks so the drawing reads as legs at a glance.
    QPen detailPen(kOutline, 1.2);
    detailPen.setCosmetic(true);
    painter.setPen(detailPen);
    painter.setBrush(Qt::NoBrush);
    const QTransform offset = viewOffset(view);
    for (const QTransform &side : { QTransform(), mirror() }) {
        const QTransform map = side * offset;
        QPainterPath detail;
        if (view == View::Front) {
            detail.addEllipse(QRectF(68, 237, 19, 17)); // kneecap
        } else {
            detail.moveTo(46, 112); // fold under the buttock
            detail.quadTo(74, 134, 108, 124);
            detail.moveTo(64, 246); // back of the knee
            detail.quadTo(78, 250, 94, 246);
        }
        painter.drawPath(map.map(detail));
    }
    if (view == View::Back) {
        QPainterPath cleft;
        cleft.moveTo(kViewWidth / 2, 56);
        cleft.lineTo(kViewWidth / 2, 112);
        painter.drawPath(offset.map(cleft));
    }

    QPen outlinePen(kOutline, 2);
    outlinePen.setCosmetic(true);
    painter.strokePath(body, outlinePen);

    QPen selectedPen(kSelectedEdge, 2.5);
    selectedPen.setCosmetic(true);
    for (const Region &region : m_regions) {
        if (region.view == view && isSelected(region))
            painter.strokePath(region.path, selectedPen);
    }

    if (hasFocus() && m_cursor >= 0 && m_cursor < m_regions.size()
        && m_regions[m_cursor].view == view) {
        QPen focusPen(palette().color(QPalette::Highlight), 2.5, Qt::DashLine);
        focusPen.setCosmetic(true);
        painter.strokePath(m_regions[m_cursor].path, focusPen);
    }
    painter.restore();
}

} // namespace legcare::gui
