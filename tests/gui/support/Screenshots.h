#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace dpdesk::test {

// Saves a picture of a dialog to $DPDESK_SCREENSHOT_DIR/<name>.png when that
// variable is set (for looking at the dialogs, and for the manual); does
// nothing otherwise. Shows the widget first so that its layout is final.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (!widget->isVisible()) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
    }
    // Layouts that depend on wrapped text settle over a few passes.
    for (int pass = 0; pass < 5; ++pass)
        QCoreApplication::processEvents();
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

} // namespace dpdesk::test
