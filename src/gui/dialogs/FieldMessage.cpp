#include "gui/dialogs/FieldMessage.h"

#include "gui/dialogs/DialogStyle.h"

#include <QAction>
#include <QLineEdit>
#include <QResizeEvent>

namespace dpdesk::gui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    hide();
}

void FieldMessage::setField(QWidget *field)
{
    m_field = field;
    m_fieldDescription = field->accessibleDescription();
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        m_errorMark = edit->addAction(DialogStyle::errorIcon(), QLineEdit::TrailingPosition);
        m_errorMark->setVisible(false);
    }
}

void FieldMessage::showMessage(Tone tone, const QString &text)
{
    m_tone = text.isEmpty() ? Tone::None : tone;
    setText(text);
    QPalette pal = palette();
    switch (m_tone) {
    case Tone::Error:
        pal.setColor(QPalette::WindowText, DialogStyle::errorColor());
        break;
    case Tone::Success:
        pal.setColor(QPalette::WindowText, DialogStyle::successColor());
        break;
    case Tone::Hint:
    case Tone::None:
        pal.setColor(QPalette::WindowText, DialogStyle::hintColor(palette()));
        break;
    }
    setPalette(pal);
    setVisible(m_tone != Tone::None);
    updateGeometry();
    DialogStyle::fitHeight(window(), DialogStyle::Fit::GrowOnly);
    if (m_errorMark)
        m_errorMark->setVisible(m_tone == Tone::Error);
    if (m_field) {
        QString description = m_fieldDescription;
        if (m_tone != Tone::None)
            description = description.isEmpty() ? text : description + QLatin1Char(' ') + text;
        m_field->setAccessibleDescription(description);
    }
}

} // namespace dpdesk::gui

namespace dpdesk::gui {

QSize FieldMessage::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    if (width() > 0 && !text().isEmpty())
        size.setHeight(qMax(size.height(), heightForWidth(width())));
    return size;
}

void FieldMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    const int wrapped = heightForWidth(event->size().width());
    if (wrapped != m_wrappedHeight) {
        m_wrappedHeight = wrapped;
        updateGeometry();
    }
}

} // namespace dpdesk::gui
