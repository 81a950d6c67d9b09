// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeschema.h"

#include "sqlite.h"

namespace phenomap {

const char *ExchangeSchema::recipientsSql()
{
    return "CREATE TABLE IF NOT EXISTS phenomap_recipients (\n"
           "  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
           "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,\n"
           "  secret BLOB NOT NULL CHECK (length(secret) = 32),\n"
           "  created_at TEXT NOT NULL)";
}

const char *ExchangeSchema::commentsSql()
{
    return "CREATE TABLE IF NOT EXISTS phenomap_comments (\n"
           "  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
           "  uuid TEXT NOT NULL UNIQUE,\n"
           "  picture_uuid TEXT NOT NULL,\n"
           "  author TEXT NOT NULL,\n"
           "  agency TEXT,\n"
           "  created_at TEXT NOT NULL,\n"
           "  text TEXT NOT NULL,\n"
           "  merged_at TEXT)";
}

void ExchangeSchema::ensure(Database &db)
{
    db.exec(recipientsSql());
    db.exec(commentsSql());
}

void ExchangeSchema::ensureComments(Database &db)
{
    db.exec(commentsSql());
}

} // namespace phenomap
