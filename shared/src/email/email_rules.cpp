// EmailRules: the OTA relay domains and role local parts, in hash sets for lookups without
// allocation (every imported record is classified), and the parser of the rules text format.
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cardex/email.hpp"

namespace cardex::detail {
extern const char* const builtin_email_rules_text;  // generated from shared/data/email-rules.txt
}  // namespace cardex::detail

namespace cardex {

namespace {

// Heterogeneous lookup: find a std::string_view in a set of std::string without building a string.
struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using StringSet = std::unordered_set<std::string, ViewHash, std::equal_to<>>;

// A role local part is at most 64 octets; rules are compared lower-cased in this buffer size.
constexpr std::size_t max_local_part = 64;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

std::string_view strip_comment_and_spaces(std::string_view line) {
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    return line;
}

std::vector<std::string_view> split_words(std::string_view line) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && is_space(line[i])) ++i;
        const std::size_t start = i;
        while (i < line.size() && !is_space(line[i])) ++i;
        if (i > start) words.push_back(line.substr(start, i - start));
    }
    return words;
}

// A rule domain: dot-separated non-empty labels of letters, digits, hyphens or non-ASCII bytes
// (IDN). Rejecting "@booking.com" or "booking..com" catches an operator's typo at load time.
bool is_rule_domain(std::string_view d) {
    if (d.empty() || d.size() > 253 || d.front() == '.' || d.back() == '.') return false;
    char prev = '.';
    for (char c : d) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
        if (!ok || (c == '.' && prev == '.')) return false;
        prev = c;
    }
    return true;
}

// A rule local part: what may appear before "@" in a dot-atom, without "+" (the tag separator).
bool is_rule_local(std::string_view l) {
    if (l.empty() || l.size() > max_local_part) return false;
    for (char c : l)
        if (c == '@' || c == '+' || c == '"' || c == '\\' || c == ',') return false;
    return true;
}

std::string line_error(std::size_t line_no, const std::string& what) {
    return "line " + std::to_string(line_no) + ": " + what;
}

}  // namespace

struct EmailRules::Impl {
    StringSet ota_domains;
    StringSet role_locals;
};

// A moved-from EmailRules has no Impl (moves must not allocate): it reads as empty rules, and
// add_rules or a copy assignment gives it one again.
EmailRules::EmailRules() : impl_(std::make_unique<Impl>()) {}
EmailRules::~EmailRules() = default;
EmailRules::EmailRules(const EmailRules& other)
    : impl_(other.impl_ ? std::make_unique<Impl>(*other.impl_) : std::make_unique<Impl>()) {}
EmailRules& EmailRules::operator=(const EmailRules& other) {
    if (this != &other) *this = EmailRules(other);
    return *this;
}
EmailRules::EmailRules(EmailRules&&) noexcept = default;
EmailRules& EmailRules::operator=(EmailRules&&) noexcept = default;

const EmailRules& EmailRules::builtin() {
    // Parsed once, on first use; C++ guarantees the initialisation is thread-safe. The text is
    // covered by a unit test, so a failure here cannot ship unnoticed; the rules parsed before a
    // bad line would still be lost, hence the all-or-nothing add_rules.
    static const EmailRules rules = [] {
        EmailRules r;
        (void)r.add_rules(detail::builtin_email_rules_text);
        return r;
    }();
    return rules;
}

Result<bool, std::string> EmailRules::add_rules(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 BOM from an editor
    Impl added;  // all or nothing: a file with an error changes nothing
    std::size_t line_no = 0;
    while (!text.empty()) {
        ++line_no;
        const std::size_t eol = text.find('\n');
        const std::string_view line = strip_comment_and_spaces(text.substr(0, eol));
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
        if (line.empty()) continue;
        const auto words = split_words(line);
        const std::string directive(words[0]);
        if (directive != "ota_domain" && directive != "role_local")
            return fail(line_error(line_no, "unknown directive '" + directive + "'"));
        if (words.size() != 2) return fail(line_error(line_no, directive + " takes exactly one value"));
        if (directive == "ota_domain") {
            if (!is_rule_domain(words[1])) return fail(line_error(line_no, "invalid domain '" + std::string(words[1]) + "'"));
            added.ota_domains.insert(lower(words[1]));
        } else {
            if (!is_rule_local(words[1])) return fail(line_error(line_no, "invalid local part '" + std::string(words[1]) + "'"));
            added.role_locals.insert(lower(words[1]));
        }
    }
    if (!impl_) impl_ = std::make_unique<Impl>();
    impl_->ota_domains.merge(added.ota_domains);
    impl_->role_locals.merge(added.role_locals);
    return true;
}

Result<bool, std::string> EmailRules::add_rules_file(const std::string& path) {
    std::error_code ec;  // a directory opens as a stream on Linux, then reads as empty: refuse it
    std::ifstream in(path, std::ios::binary);
    if (!std::filesystem::is_regular_file(path, ec) || !in) return fail("cannot read '" + path + "'");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return fail("cannot read '" + path + "'");
    auto added = add_rules(text.str());
    if (!added) return fail(path + ": " + added.error());
    return true;
}

bool EmailRules::is_ota_domain(std::string_view domain) const {
    // The domain itself, then each parent: "a.guest.booking.com", "guest.booking.com", "booking.com".
    // A lone top-level label ("com") is never an OTA.
    if (!impl_) return false;
    while (true) {
        const std::size_t dot = domain.find('.');
        if (dot == std::string_view::npos) return false;
        if (impl_->ota_domains.contains(domain)) return true;
        domain.remove_prefix(dot + 1);
    }
}

bool EmailRules::is_role_local_part(std::string_view local) const {
    if (const std::size_t plus = local.find('+'); plus != std::string_view::npos) local = local.substr(0, plus);
    if (!impl_ || local.empty() || local.size() > max_local_part) return false;
    char buffer[max_local_part];
    for (std::size_t i = 0; i < local.size(); ++i) buffer[i] = ascii_lower(local[i]);
    return impl_->role_locals.contains(std::string_view(buffer, local.size()));
}

}  // namespace cardex
