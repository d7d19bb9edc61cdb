#pragma once

#include <QByteArray>

namespace dpdesk::server::web {

// The customer pages' own style sheet and script (served from this service:
// no external assets). The pages work without the script; it only runs the
// countdown after signing (S8) and moves focus to the first error.
QByteArray customerStyleSheet();
QByteArray customerScript();

} // namespace dpdesk::server::web
