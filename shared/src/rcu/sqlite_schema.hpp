// Schema and migrations of the SQLite register (internal).
#pragma once

#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cardex/result.hpp"

namespace cardex::rcu::sqlite_schema {

/// The schema version this build writes.
int version();
/// Refuses a file that is an SQLite database but not a register (schema version 0 with tables of
/// its own): migrating it would write the register's tables into someone else's database.
Result<bool, std::string> check_is_register(SQLite::Database& db, const std::string& path);
/// Brings `db` up to version(); refuses a file from a newer release. Errors name `path`.
Result<bool, std::string> migrate(SQLite::Database& db, const std::string& path);

}  // namespace cardex::rcu::sqlite_schema
