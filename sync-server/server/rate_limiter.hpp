// Fixed-window rate limits per key (device, client address, API user). Thread-safe.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace cardex::server {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    RateLimiter(int per_window, std::chrono::seconds window = std::chrono::seconds(60));

    /// Counts one event for `key`. Returns 0 when allowed, else the seconds until the window ends
    /// (the Retry-After value).
    long hit(const std::string& key, Clock::time_point now = Clock::now());
    /// Seconds to wait if `key` is over its limit now, without counting an event (0: allowed).
    long blocked_for(const std::string& key, Clock::time_point now = Clock::now());

private:
    struct Window {
        Clock::time_point start;
        int count = 0;
    };
    void forget_old(Clock::time_point now);

    int per_window_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::map<std::string, Window> windows_;
    Clock::time_point last_sweep_{};
};

}  // namespace cardex::server
