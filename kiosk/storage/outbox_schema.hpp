// Schema of the kiosk store (internal to outbox_store.cpp).
#pragma once

namespace SQLite {
class Database;
}

namespace cardex::kiosk::outbox_schema {

/// The schema version this release writes.
int latest_version();
/// Brings the store up to latest_version(); throws SQLite::Exception or std::runtime_error.
void migrate(SQLite::Database& db);

}  // namespace cardex::kiosk::outbox_schema
