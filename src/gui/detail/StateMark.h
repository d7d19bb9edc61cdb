#pragma once

#include "gui/text/ChecklistTexts.h"

#include <QColor>
#include <QWidget>

namespace dpdesk::gui {

// The round mark in front of a checklist line: a green tick (done), three blue
// dots (under way), a red exclamation mark (action for the office) or an empty
// grey ring (open). Painted, so it looks the same with any font; the state
// is also in its accessible name and in the words next to it, never in the
// colour alone.
class StateMark : public QWidget
{
    Q_OBJECT

public:
    explicit StateMark(QWidget *parent = nullptr);

    void setMark(CheckMark mark);
    CheckMark mark() const { return m_mark; }

    // The colour of each mark, shared with texts that want to match it.
    static QColor colour(CheckMark mark, const QPalette &palette);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CheckMark m_mark = CheckMark::Open;
};

} // namespace dpdesk::gui
