// Schema and migrations of the SQLite register (internal).
#pragma once

#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cardex/result.hpp"

namespace cardex::rcu::sqlite_schema {

/// The schema version this build writes.
int version();
/// Brings `db` up to version(); refuses a file from a newer release. Errors name `path`.
Result<bool, std::string> migrate(SQLite::Database& db, const std::string& path);

}  // namespace cardex::rcu::sqlite_schema
