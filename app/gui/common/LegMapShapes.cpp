#include "common/LegMapShapes.h"

namespace legcare::gui::legmap {

namespace {

using kb::Location;

// The outline of the screen-left half of a view as cubic segments, from the waist down the
// outer side, round the foot (front) or heel (back) and up the inner side to the crotch.
struct Segment
{
    QPointF c1;
    QPointF c2;
    QPointF end;
};

const QPointF kWaist(60, 8);

QList<Segment> halfSegments(bool back)
{
    const auto line = [](QPointF from, QPointF to) { return Segment { from, to, to }; };
    QList<Segment> s;
    s.append({ { 50, 26 }, { 42, 46 }, { 40, 72 } }); // hip
    s.append({ { 34, 120 }, { 48, 196 }, { 56, 232 } }); // outer thigh
    s.append({ { 58, 242 }, { 58, 250 }, { 57, 258 } }); // knee
    s.append({ { 48, 296 }, { 62, 346 }, { 69, 384 } }); // outer calf
    s.append(line({ 69, 384 }, { 69, 398 })); // ankle
    if (back) {
        s.append({ { 64, 418 }, { 68, 444 }, { 81, 446 } }); // heel
        s.append({ { 94, 444 }, { 97, 418 }, { 94, 398 } });
    } else {
        s.append({ { 62, 414 }, { 50, 432 }, { 53, 448 } }); // outer edge of the foot
        s.append({ { 56, 468 }, { 100, 470 }, { 101, 452 } }); // toes
        s.append({ { 101, 436 }, { 96, 414 }, { 94, 398 } }); // inner edge of the foot
    }
    s.append(line({ 94, 398 }, { 94, 384 }));
    s.append({ { 97, 340 }, { 106, 292 }, { 100, 258 } }); // inner calf
    s.append({ { 99, 250 }, { 98, 242 }, { 98, 232 } }); // inner knee
    s.append({ { 101, 190 }, { 104, 150 }, { 107, 124 } }); // inner thigh
    s.append({ { 108, 119 }, { 109, 116 }, { 110, 116 } }); // crotch
    return s;
}

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(QList<QPointF>(points)));
    path.closeSubpath();
    return path;
}

} // namespace

// The screen-left half, closed along the body's centre line.
QPainterPath halfOutline(bool back)
{
    QPainterPath p;
    p.moveTo(110, 8);
    p.lineTo(kWaist);
    for (const Segment &segment : halfSegments(back))
        p.cubicTo(segment.c1, segment.c2, segment.end);
    p.closeSubpath();
    return p;
}

// Both legs as one outline, without a seam down the middle.
QPainterPath silhouette(bool back)
{
    const QList<Segment> segments = halfSegments(back);
    const auto mirrored = [](QPointF point) { return QPointF(220 - point.x(), point.y()); };
    QPainterPath p;
    p.moveTo(kWaist);
    for (const Segment &segment : segments)
        p.cubicTo(segment.c1, segment.c2, segment.end);
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        const QPointF start = i > 0 ? segments[i - 1].end : kWaist;
        p.cubicTo(mirrored(segments[i].c2), mirrored(segments[i].c1), mirrored(start));
    }
    p.closeSubpath();
    return p;
}

QList<Band> bands(bool back)
{
    const QPainterPath outerThigh = polygon({ { 0, 138 }, { 86, 138 }, { 84, 232 }, { 0, 232 } });
    const QPainterPath innerThigh
        = polygon({ { 86, 138 }, { 112, 138 }, { 112, 232 }, { 84, 232 } });
    QList<Band> result;
    if (back) {
        result.append({ Location::BackThigh, outerThigh });
        result.append({ Location::InnerThigh, innerThigh });
        result.append(
            { Location::Calf, polygon({ { 0, 258 }, { 112, 258 }, { 112, 390 }, { 0, 390 } }) });
        result.append(
            { Location::Foot, polygon({ { 0, 390 }, { 112, 390 }, { 112, 480 }, { 0, 480 } }) });
    } else {
        result.append(
            { Location::Groin, polygon({ { 36, 80 }, { 112, 104 }, { 112, 138 }, { 36, 138 } }) });
        result.append({ Location::FrontThigh, outerThigh });
        result.append({ Location::InnerThigh, innerThigh });
        result.append(
            { Location::Shin, polygon({ { 0, 258 }, { 112, 258 }, { 112, 390 }, { 0, 390 } }) });
        result.append(
            { Location::Foot, polygon({ { 0, 390 }, { 112, 390 }, { 112, 434 }, { 0, 434 } }) });
        result.append(
            { Location::Toes, polygon({ { 0, 434 }, { 112, 434 }, { 112, 480 }, { 0, 480 } }) });
    }
    return result;
}

QTransform mirror()
{
    return QTransform(-1, 0, 0, 1, kViewWidth, 0);
}

} // namespace legcare::gui::legmap
