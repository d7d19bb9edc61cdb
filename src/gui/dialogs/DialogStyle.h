#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QFrame;
class QLabel;

namespace dpdesk::gui::DialogStyle {

// The few looks the dialogs share, so they read as one product.

QColor brandColor(); // the blue of the application icon
QColor errorColor();
QColor successColor();
QColor hintColor(const QPalette &palette);

// The application's icon (resources/icons/dpdesk.svg).
QIcon appIcon();

// A round red mark with "!", drawn (no theme needed), for fields with a problem.
QIcon errorIcon();

// A dialog's headline: larger and bold.
void makeTitle(QLabel *label, qreal scale = 1.35);
// Smaller secondary text in the hint colour.
void makeSubtitle(QLabel *label);

// Fits a visible window's height to what its layout needs at its current
// width, wrapped text included (top-level windows ignore heightForWidth, so
// wrapped labels would be squeezed or leave a gap), and makes that the
// minimum. Exact also shrinks (a new step, a banner gone); GrowOnly never
// shrinks, so the window does not jump while the user types. Does nothing
// for a hidden window.
enum class Fit { Exact, GrowOnly };
void fitHeight(QWidget *window, Fit fit = Fit::Exact);

enum class Banner { Info, Warning, Error };
// A tinted, rounded box for a message that must be seen (an error after
// signing in, "shown only once"). Its labels take a dark text colour.
void makeBanner(QFrame *frame, Banner kind);

} // namespace dpdesk::gui::DialogStyle
