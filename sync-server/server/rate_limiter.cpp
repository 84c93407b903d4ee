#include "rate_limiter.hpp"

namespace cardex::server {

RateLimiter::RateLimiter(int per_window, std::chrono::seconds window) : per_window_(per_window), window_(window) {}

void RateLimiter::forget_old(Clock::time_point now) {
    // Keys of devices that stopped calling would pile up for ever otherwise.
    if (now - last_sweep_ < window_) return;
    last_sweep_ = now;
    for (auto it = windows_.begin(); it != windows_.end();)
        it = now - it->second.start >= window_ ? windows_.erase(it) : std::next(it);
}

long RateLimiter::blocked_for(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto it = windows_.find(key);
    if (it == windows_.end() || now - it->second.start >= window_ || it->second.count < per_window_) return 0;
    auto left = std::chrono::ceil<std::chrono::seconds>(it->second.start + window_ - now).count();
    return left < 1 ? 1 : left;
}

long RateLimiter::hit(const std::string& key, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    forget_old(now);
    auto& w = windows_[key];
    if (w.count == 0 || now - w.start >= window_) w = {now, 0};
    if (w.count >= per_window_) {
        auto left = std::chrono::ceil<std::chrono::seconds>(w.start + window_ - now).count();
        return left < 1 ? 1 : left;
    }
    ++w.count;
    return 0;
}

}  // namespace cardex::server
