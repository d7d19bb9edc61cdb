#pragma once

#include "core/Result.h"

#include <QString>

#include <vector>

namespace dpdesk::server {

class Database;

// Numbered schema migrations, applied at start-up in one transaction.
// Several instances may start at once against one PostgreSQL database: an
// advisory lock serialises them, and each applies only what is missing.
struct Migration
{
    int version;
    QString name;
    QString sql; // statements separated by ";\n"; {pk} {blob} {bigint} are dialect placeholders
};

const std::vector<Migration> &migrations();

// Applies every migration newer than the database's version. Returns the
// version the database has afterwards.
Result<int> migrate(Database &db);

} // namespace dpdesk::server
