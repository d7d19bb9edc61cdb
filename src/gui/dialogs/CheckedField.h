#pragma once

#include "gui/dialogs/FieldCheck.h"

#include <QObject>

#include <functional>

class QLineEdit;

namespace dpdesk::gui {

class FieldMessage;

// Ties a QLineEdit to its FieldMessage and a check, and decides when to say
// what ("reward early, punish late"): a definite problem (Invalid) shows as
// the user types; an unfinished entry (Incomplete) shows as a grey hint while
// typing and as a problem once the user has left the field or revealed it;
// a fix clears the problem at once.
class CheckedField : public QObject
{
    Q_OBJECT

public:
    using Check = std::function<FieldCheck(const QString &text)>;

    CheckedField(QLineEdit *edit, FieldMessage *message, Check check, QObject *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    FieldCheck current() const { return m_check(currentText()); }
    // Valid, or Empty (an optional field left empty).
    bool isAcceptable() const;

    // Shows an Incomplete problem as a problem now (an empty required field).
    void reveal();
    // A problem found elsewhere (the wire check, the server); stays until the
    // text changes.
    void showExternalError(const QString &message);
    // Runs the check again (after something it depends on changed).
    void refresh();
    // Clears the text and starts afresh, as if never visited.
    void reset();

signals:
    void changed();

private:
    QString currentText() const;

    QLineEdit *m_edit;
    FieldMessage *m_message;
    Check m_check;
    bool m_touched = false;
    bool m_externalError = false;
};

} // namespace dpdesk::gui
