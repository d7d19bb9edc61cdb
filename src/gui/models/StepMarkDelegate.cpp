#include "gui/models/StepMarkDelegate.h"

#include "gui/models/ApplicationListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace dpdesk::gui {

namespace {
constexpr int kMarkSize = 14; // px, one mark
constexpr int kMarkGap = 4; // px between the marks of two applicants

// Colours readable on white and on the selection highlight; the shapes carry
// the meaning for those who cannot tell them apart.
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kProgress(0x15, 0x65, 0xc0);
const QColor kToDo(0x75, 0x75, 0x75);
const QColor kAction(0xd8, 0x43, 0x15);
} // namespace

void StepMarkDelegate::paintMark(QPainter *painter, const QRectF &rect, StepMark mark)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF disc = box.adjusted(1, 1, -1, -1);
    switch (mark) {
    case StepMark::Done: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kDone);
        painter->drawEllipse(disc);
        QPen tick(Qt::white, side / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(tick);
        painter->setBrush(Qt::NoBrush);
        QPainterPath path;
        path.moveTo(box.left() + side * 0.28, box.top() + side * 0.52);
        path.lineTo(box.left() + side * 0.44, box.top() + side * 0.68);
        path.lineTo(box.left() + side * 0.73, box.top() + side * 0.35);
        painter->drawPath(path);
        break;
    }
    case StepMark::InProgress: {
        painter->setPen(QPen(kProgress, side / 8.0));
        painter->setBrush(Qt::NoBrush);
        const QRectF ring = disc.adjusted(side / 16.0, side / 16.0, -side / 16.0, -side / 16.0);
        painter->drawEllipse(ring);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kProgress);
        painter->drawPie(ring, 90 * 16, 180 * 16); // the left half filled
        break;
    }
    case StepMark::ToDo: {
        painter->setPen(QPen(kToDo, side / 9.0, Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(disc.adjusted(side / 8.0, side / 8.0, -side / 8.0, -side / 8.0));
        break;
    }
    case StepMark::NeedsAction: {
        QPainterPath triangle;
        triangle.moveTo(box.center().x(), box.top() + 0.5);
        triangle.lineTo(box.right() - 0.5, box.bottom() - 1);
        triangle.lineTo(box.left() + 0.5, box.bottom() - 1);
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(kAction);
        painter->drawPath(triangle);
        painter->setPen(QPen(Qt::white, side / 8.0, Qt::SolidLine, Qt::RoundCap));
        const qreal x = box.center().x();
        painter->drawLine(QPointF(x, box.top() + side * 0.35), QPointF(x, box.top() + side * 0.62));
        painter->drawPoint(QPointF(x, box.top() + side * 0.80));
        break;
    }
    }
    painter->restore();
}

void StepMarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant value = index.data(ApplicationListModel::StepMarksRole);
    if (!value.canConvert<StepMarks>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background, selection and focus as for any cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const StepMarks marks = value.value<StepMarks>();
    const int count = int(marks.size());
    const int width = count * kMarkSize + std::max(0, count - 1) * kMarkGap;
    qreal x = option.rect.center().x() - width / 2.0;
    const qreal y = option.rect.center().y() - kMarkSize / 2.0;
    for (const StepMark mark : marks) {
        paintMark(painter, QRectF(x, y, kMarkSize, kMarkSize), mark);
        x += kMarkSize + kMarkGap;
    }
}

QSize StepMarkDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(ApplicationListModel::StepMarksRole);
    if (!value.canConvert<StepMarks>())
        return QStyledItemDelegate::sizeHint(option, index);
    const int count = std::max<int>(1, int(value.value<StepMarks>().size()));
    return {count * kMarkSize + (count - 1) * kMarkGap + 8, kMarkSize + 6};
}

} // namespace dpdesk::gui
