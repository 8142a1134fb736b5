#pragma once

#include <QStringList>

namespace k12 {

// The headless side of k12-teacher: finds the command in the arguments and runs it.
class Cli
{
public:
    // args: everything after the program name, global options already removed.
    static int run(const QString &profileDir, bool verbose, const QStringList &args);
    static QString overview();
};

} // namespace k12
