#include "gui/dialogs/CheckedField.h"

#include "gui/dialogs/FieldMessage.h"

#include <QLineEdit>

namespace dpdesk::gui {

CheckedField::CheckedField(QLineEdit *edit, FieldMessage *message, Check check, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_message(message)
    , m_check(std::move(check))
{
    m_message->setField(edit);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        m_externalError = false;
        refresh();
        emit changed();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        refresh();
    });
}

bool CheckedField::isAcceptable() const
{
    if (m_externalError)
        return false;
    const FieldCheck::State state = current().state;
    return state == FieldCheck::State::Valid || state == FieldCheck::State::Empty;
}

void CheckedField::reveal()
{
    m_touched = true;
    refresh();
}

void CheckedField::showExternalError(const QString &message)
{
    m_externalError = true;
    m_touched = true;
    m_message->showMessage(FieldMessage::Tone::Error, message);
    emit changed();
}

void CheckedField::reset()
{
    m_edit->clear();
    m_touched = false;
    m_externalError = false;
    m_message->clearMessage();
}

void CheckedField::refresh()
{
    if (m_externalError)
        return;
    const FieldCheck check = current();
    switch (check.state) {
    case FieldCheck::State::Empty:
        m_message->clearMessage();
        break;
    case FieldCheck::State::Valid:
        m_message->showMessage(FieldMessage::Tone::Success, check.message);
        break;
    case FieldCheck::State::Invalid:
        m_message->showMessage(FieldMessage::Tone::Error, check.message);
        break;
    case FieldCheck::State::Incomplete:
        if (m_touched)
            m_message->showMessage(FieldMessage::Tone::Error, check.message);
        else if (!currentText().trimmed().isEmpty())
            m_message->showMessage(FieldMessage::Tone::Hint, check.message);
        else
            m_message->clearMessage();
        break;
    }
}

QString CheckedField::currentText() const
{
    return m_edit->text();
}

} // namespace dpdesk::gui
