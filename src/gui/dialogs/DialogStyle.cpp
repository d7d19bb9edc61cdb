#include "gui/dialogs/DialogStyle.h"

#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPixmap>

// The resources live in the static gui library, whose initialiser the linker
// may drop; Q_INIT_RESOURCE must be called outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace dpdesk::gui::DialogStyle {

QIcon appIcon()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/dpdesk.svg"));
}

QColor brandColor()
{
    return QColor(0x1d, 0x4e, 0x89);
}

QColor errorColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor successColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor hintColor(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QIcon errorIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(errorColor());
        const qreal margin = size / 16.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.setBrush(Qt::white);
        const qreal barWidth = size / 8.0;
        const qreal x = (size - barWidth) / 2;
        painter.drawRoundedRect(QRectF(x, size * 0.22, barWidth, size * 0.36), barWidth / 2, barWidth / 2);
        painter.drawEllipse(QRectF(x, size * 0.66, barWidth, barWidth));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void makeTitle(QLabel *label, qreal scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

void makeSubtitle(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, hintColor(pal));
    label->setPalette(pal);
    label->setWordWrap(true);
}

void fitHeight(QWidget *window, Fit fit)
{
    if (!window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    const int height = window->layout()->totalHeightForWidth(window->width());
    if (height <= 0)
        return;
    window->setMinimumHeight(height);
    if (fit == Fit::Exact || window->height() < height)
        window->resize(window->width(), height);
}

void makeBanner(QFrame *frame, Banner kind)
{
    const char *background = "#e8f0fa";
    const char *border = "#b5c8e3";
    const char *text = "#0f2a4a";
    switch (kind) {
    case Banner::Info:
        break;
    case Banner::Warning:
        background = "#fff4e0";
        border = "#e9c46a";
        text = "#4a3300";
        break;
    case Banner::Error:
        background = "#fdecea";
        border = "#eeb4ae";
        text = "#5f1a16";
        break;
    }
    if (frame->objectName().isEmpty())
        frame->setObjectName(QStringLiteral("banner"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 6px; }"
                       " QFrame#%1 QLabel { color: %4; background: transparent; }")
            .arg(frame->objectName(), QLatin1String(background), QLatin1String(border), QLatin1String(text)));
}

} // namespace dpdesk::gui::DialogStyle
