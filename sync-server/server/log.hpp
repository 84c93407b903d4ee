// cardex-server's structured log: one JSON object per line on standard output, for journald or any
// log shipper, e.g.
//   {"ts":"2026-12-01T08:00:00.123Z","level":"info","event":"request","route":"/v1/submissions:batch",…}
//
// What may go in: events, routes (the template, never the query string: a look-up's carries a last
// name), statuses, durations, sizes, counts, ids of devices, records and profiles, and the
// register's error messages (they name ids, files and fields, never values). Never a guest's name,
// e-mail, phone or document, a token, a request body or a client address.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace cardex::server::log {

enum class Level { debug, info, warn, error };

/// "debug", "info", "warn" or "error": lines below it are dropped. False for another name.
bool set_level(std::string_view name);

/// Writes one line (thread-safe, flushed at once) when `level` is not below the set level.
/// `fields` is a JSON object, or null.
void write(Level level, std::string_view event, const nlohmann::json& fields = nullptr);

/// The server's life (ready, listening, stopping, stopped): written at info whatever the level,
/// since scripts wait for "listening".
void lifecycle(std::string_view event, const nlohmann::json& fields = nullptr);

inline void info(std::string_view event, const nlohmann::json& fields = nullptr) { write(Level::info, event, fields); }
inline void warn(std::string_view event, const nlohmann::json& fields = nullptr) { write(Level::warn, event, fields); }
inline void error(std::string_view event, const nlohmann::json& fields = nullptr) { write(Level::error, event, fields); }

}  // namespace cardex::server::log
