#pragma once

// Output of the benchmarks: one "name: value unit" line per figure on stdout,
// progress on stderr prefixed with the program's name.
#include <QCoreApplication>
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

} // namespace bench_support
