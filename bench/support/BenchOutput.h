#pragma once

// Output of the benchmarks: one "name: value unit" line per figure on stdout,
// progress on stderr prefixed with the program's name.
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstdio>

namespace bench_support {

inline void progress(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(text));
    std::fflush(stderr);
}

inline void figure(const char *name, double value, const char *unit)
{
    const bool whole = value >= 100 || value == double(qint64(value));
    std::printf("%s: %.*f %s\n", name, whole ? 0 : 2, value, unit);
    std::fflush(stdout);
}

// CPU time (user + system) a process has used so far, in ms; -1 when it
// cannot be read (not Linux). Tells the server's own cost per request apart
// from waiting on a busy machine.
inline double processCpuMs(qint64 pid)
{
#ifndef Q_OS_LINUX
    Q_UNUSED(pid);
    return -1;
#else
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()); // utime, stime
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
#endif
}

} // namespace bench_support
