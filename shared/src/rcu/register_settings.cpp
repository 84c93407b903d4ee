// The register's settings: the dedup thresholds an operator sets for every program that opens the
// register (the server, cardexctl import), kept in the register itself so that they cannot differ
// between them, and read again at each transaction so that a change needs no restart.
#include <charconv>
#include <cmath>
#include <optional>
#include <string_view>

#include "rcu/register_impl.hpp"

namespace cardex::rcu {

namespace {

std::optional<double> parse_number(std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

Result<bool, std::string> validate(const dedup::Thresholds& t) {
    if (auto e = dedup::threshold_error(t); !e.empty()) return fail(e);
    return true;
}

}  // namespace

Result<bool, std::string> Register::Impl::load_settings() {
    dedup::Thresholds t = default_thresholds;
    for (const auto& [name, value] : store->settings()) {
        for (const auto& s : dedup::kNamedThresholds) {
            if (name != s.name) continue;
            auto v = parse_number(value);
            if (!v) return fail("register setting " + name + ": '" + value + "' is not a number");
            t.*s.field = *v;
        }
    }
    if (auto ok = validate(t); !ok) return fail("register settings: " + ok.error());
    options.match.thresholds = t;
    return true;
}

Result<dedup::Thresholds, std::string> Register::thresholds() {
    auto r = impl_->transaction<bool>([] { return Result<bool, std::string>(true); });
    if (!r) return fail(r.error());
    return impl_->options.match.thresholds;
}

Result<bool, std::string> Register::set_thresholds(const dedup::Thresholds& t, const Actor& actor) {
    if (auto ok = validate(t); !ok) return ok;
    return impl_->transaction<bool>([&]() -> Result<bool, std::string> {
        std::string detail;
        for (const auto& s : dedup::kNamedThresholds) {
            impl_->store->put_setting(s.name, dedup::format_threshold(t.*s.field));
            detail += (detail.empty() ? "" : " ") + std::string(s.name) + "=" + dedup::format_threshold(t.*s.field);
        }
        impl_->store->audit({0, now_rfc3339(), actor, "settings.thresholds", "register", detail});
        impl_->options.match.thresholds = t;
        return true;
    }, false);
}

}  // namespace cardex::rcu
