#include "log.hpp"

#include <atomic>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cardex::server::log {

namespace {

spdlog::logger& logger() {
    static const std::shared_ptr<spdlog::logger> instance = [] {
        auto l = std::make_shared<spdlog::logger>("cardex-server", std::make_shared<spdlog::sinks::stdout_sink_mt>());
        // spdlog writes the time and level; the message is the rest of the object's members.
        l->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})", spdlog::pattern_time_type::utc);
        l->set_level(spdlog::level::trace);  // the level is applied in write()
        l->flush_on(spdlog::level::debug);  // every line reaches journald (or a test) at once
        return l;
    }();
    return *instance;
}

spdlog::level::level_enum to_spdlog(Level level) {
    switch (level) {
        case Level::debug: return spdlog::level::debug;
        case Level::info: return spdlog::level::info;
        case Level::warn: return spdlog::level::warn;
        case Level::error: return spdlog::level::err;
    }
    return spdlog::level::err;
}

std::string json_string(std::string_view s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::atomic<Level> threshold{Level::info};

void emit(Level level, std::string_view event, const nlohmann::json& fields) {
    std::string members = "\"event\":" + json_string(event);
    if (fields.is_object())
        for (const auto& [key, value] : fields.items())
            members += "," + json_string(key) + ":" + value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    logger().log(to_spdlog(level), "{}", members);
}

}  // namespace

bool set_level(std::string_view name) {
    for (auto level : {Level::debug, Level::info, Level::warn, Level::error}) {
        static constexpr std::string_view names[] = {"debug", "info", "warn", "error"};
        if (names[static_cast<int>(level)] == name) {
            threshold = level;
            return true;
        }
    }
    return false;
}

void write(Level level, std::string_view event, const nlohmann::json& fields) {
    if (level >= threshold.load()) emit(level, event, fields);
}

void lifecycle(std::string_view event, const nlohmann::json& fields) { emit(Level::info, event, fields); }

}  // namespace cardex::server::log
