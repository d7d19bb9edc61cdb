#pragma once

#include "gui/models/ListStates.h"

#include <QStyledItemDelegate>

namespace dpdesk::gui {

// Paints the checklist marks of ApplicationListModel's step columns: one mark
// per applicant (StepMarksRole), each with its own shape as well as colour,
// so that the state never depends on colour alone:
//   done         a filled green disc with a white tick
//   in progress  a blue ring, half filled
//   to do        an empty grey ring
//   needs action a filled orange-red triangle with a white "!"
// The words are in the model's tooltip (and accessible text).
class StepMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Draws one mark centred in rect (also used by legends).
    static void paintMark(QPainter *painter, const QRectF &rect, StepMark mark);
};

} // namespace dpdesk::gui
