#pragma once

#include <QList>
#include <QStringList>

namespace k12 {

// Forward-only schema migrations of the local store, keyed on PRAGMA user_version.
// A migration, once released, is never edited: later changes add a new one.
struct Migration
{
    int version;
    QStringList statements;
};

class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();
};

} // namespace k12
