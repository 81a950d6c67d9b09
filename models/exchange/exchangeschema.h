// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace phenomap {

class Database;

/// The private tables the exchange layer needs beyond schema version 2 (per-recipient secrets
/// and partner comments). Created on demand with CREATE TABLE IF NOT EXISTS until the project
/// schema takes them over in a migration; the SQL here is what that migration must create.
class ExchangeSchema
{
public:
    /// Creates phenomap_recipients and phenomap_comments when missing (inside the caller's transaction).
    static void ensure(Database &db);
    /// Creates only phenomap_comments (packages carry it empty for partner feedback).
    static void ensureComments(Database &db);
    /// The DDL of both tables, for the schema migration.
    static const char *recipientsSql();
    static const char *commentsSql();
};

} // namespace phenomap
