#include "gui/detail/StateMark.h"

#include <QPainter>
#include <QPainterPath>

namespace dpdesk::gui {

StateMark::StateMark(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setMark(CheckMark::Open);
}

void StateMark::setMark(CheckMark mark)
{
    m_mark = mark;
    switch (mark) {
    case CheckMark::Open:
        setAccessibleName(tr("Open"));
        break;
    case CheckMark::Busy:
        setAccessibleName(tr("Under way"));
        break;
    case CheckMark::Done:
        setAccessibleName(tr("Done"));
        break;
    case CheckMark::Action:
        setAccessibleName(tr("Needs your action"));
        break;
    }
    update();
}

QColor StateMark::colour(CheckMark mark, const QPalette &palette)
{
    switch (mark) {
    case CheckMark::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case CheckMark::Busy:
        return QColor(0x1e, 0x6f, 0xc8);
    case CheckMark::Action:
        return QColor(0xc6, 0x28, 0x28);
    case CheckMark::Open:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QSize StateMark::sizeHint() const
{
    const int side = fontMetrics().height() + 2;
    return {side, side};
}

void StateMark::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height()) - 2.0;
    const QRectF box((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    const QColor c = colour(m_mark, palette());

    if (m_mark == CheckMark::Open) {
        p.setPen(QPen(c, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(1, 1, -1, -1));
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(box);

    QPen ink(Qt::white, side / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(ink);
    p.setBrush(Qt::NoBrush);
    const qreal x = box.left();
    const qreal y = box.top();
    const qreal s = side;
    switch (m_mark) {
    case CheckMark::Done: {
        QPainterPath tick;
        tick.moveTo(x + 0.27 * s, y + 0.52 * s);
        tick.lineTo(x + 0.44 * s, y + 0.68 * s);
        tick.lineTo(x + 0.74 * s, y + 0.35 * s);
        p.drawPath(tick);
        break;
    }
    case CheckMark::Busy: // three dots: waiting for someone
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        for (const qreal f : {0.28, 0.5, 0.72})
            p.drawEllipse(QPointF(x + f * s, y + 0.5 * s), s * 0.07, s * 0.07);
        break;
    case CheckMark::Action:
        p.drawLine(QPointF(x + 0.5 * s, y + 0.25 * s), QPointF(x + 0.5 * s, y + 0.56 * s));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(x + 0.5 * s, y + 0.73 * s), s * 0.065, s * 0.065);
        break;
    case CheckMark::Open:
        break;
    }
}

} // namespace dpdesk::gui
