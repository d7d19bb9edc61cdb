#pragma once

#include <QLabel>
#include <QPointer>

class QAction;

namespace dpdesk::gui {

// The line of text under an input field: a problem in red, a hint in grey or
// a confirmation in green. It is the field's accessible description too, so
// a screen reader says the problem when the field gets focus, and a
// QLineEdit shows an error mark inside while there is a problem.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { None, Hint, Error, Success };

    explicit FieldMessage(QWidget *parent = nullptr);

    // The input this message describes (once; the field outlives the message
    // or goes with it).
    void setField(QWidget *field);
    QWidget *field() const { return m_field; }

    void showMessage(Tone tone, const QString &text);
    void clearMessage() { showMessage(Tone::None, {}); }

    Tone tone() const { return m_tone; }
    bool hasError() const { return m_tone == Tone::Error; }

    // The height of the wrapped text at the current width, so that a
    // window's layout makes room for a message of two lines (top-level
    // layouts ignore heightForWidth).
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QPointer<QWidget> m_field;
    QString m_fieldDescription; // the field's own accessible description
    QAction *m_errorMark = nullptr;
    Tone m_tone = Tone::None;
    int m_wrappedHeight = -1;
};

} // namespace dpdesk::gui
