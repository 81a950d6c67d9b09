// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeschema.h"

#include "schema.h"
#include "sqlite.h"

namespace phenomap {

// The DDL lives in the core schema (migration 4) so projects and packages share one definition.
const char *ExchangeSchema::recipientsSql() { return schema::recipientsSql(); }
const char *ExchangeSchema::commentsSql() { return schema::commentsSql(); }

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
