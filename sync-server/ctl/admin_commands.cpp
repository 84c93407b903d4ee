// cardexctl device enroll|list|revoke, user add|list|revoke, stats, backup: operating the server's
// data directory (the server may be running: SQLite WAL lets both work on it).
#include <charconv>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cardex/country.hpp"
#include "cardex/text.hpp"
#include "commands.hpp"
#include "credentials.hpp"
#include "retention_purge.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

using nlohmann::json;

struct AdminArgs {
    std::string hotel, name, id, role, to, country, config;
    bool json = false, dry_run = false;
};

int run_enroll(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "device enroll", IfMissing::create);
    if (!reg) return kExitUsage;
    std::string code;
    auto tx = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto issued = server::issue_enrolment_code(store, a.hotel, a.name);
        if (!issued) return fail(issued.error());
        code = issued->value;
        store.audit({0, server::rfc3339_utc(std::chrono::system_clock::now()), g.actor_or_default(), "device.code",
                     "hotel:" + a.hotel, "enrolment code issued"});
        return true;
    });
    if (!tx) return report_error("device enroll", tx.error());
    if (a.json) std::cout << json{{"code", code}, {"hotel_id", a.hotel}, {"valid_hours", 24}}.dump() << '\n';
    else std::cout << "Enrolment code for \"" << a.name << "\" (hotel " << a.hotel << "), valid 24 h, usable once:\n  " << code << '\n';
    return 0;
}

int run_device_list(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "device list");
    if (!reg) return kExitUsage;
    auto devices = reg->store().devices();
    if (a.json) {
        for (const auto& d : devices)
            std::cout << json{{"device_id", d.id}, {"hotel_id", d.hotel_id}, {"name", d.name}, {"enrolled_at", d.enrolled_at},
                              {"last_seen_at", d.last_seen_at}, {"revoked_at", d.revoked_at},
                              {"status", d.revoked_at.empty() ? "active" : "revoked"}}
                             .dump()
                      << '\n';
        return 0;
    }
    std::cout << std::left << std::setw(38) << "DEVICE" << std::setw(8) << "HOTEL" << std::setw(20) << "NAME" << std::setw(9)
              << "STATUS" << "LAST SEEN\n";
    for (const auto& d : devices)
        std::cout << std::setw(38) << d.id << std::setw(8) << d.hotel_id << std::setw(20) << d.name << std::setw(9)
                  << (d.revoked_at.empty() ? "active" : "revoked") << d.last_seen_at << '\n';
    return 0;
}

int run_device_revoke(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "device revoke");
    if (!reg) return kExitUsage;
    bool found = false;
    auto tx = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto now = server::rfc3339_utc(std::chrono::system_clock::now());
        found = store.revoke_device(a.id, now);
        if (found) store.audit({0, now, g.actor_or_default(), "device.revoke", "device:" + a.id, ""});
        return true;
    });
    if (!tx) return report_error("device revoke", tx.error());
    if (!found) return report_error("device revoke", "no device " + a.id + " (see cardexctl device list)");
    std::cout << "Device " << a.id << " revoked: its token is refused from now on.\n";
    return 0;
}

int run_user_add(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "user add", IfMissing::create);
    if (!reg) return kExitUsage;
    std::pair<std::int64_t, std::string> user;
    auto tx = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto created = server::create_api_user(store, a.name, a.role, a.hotel);
        if (!created) return fail(created.error());
        user = *created;
        store.audit({0, server::rfc3339_utc(std::chrono::system_clock::now()), g.actor_or_default(), "user.add",
                     "user:" + std::to_string(user.first), a.role});
        return true;
    });
    if (!tx) return report_error("user add", tx.error());
    if (a.json) std::cout << json{{"user_id", user.first}, {"token", user.second}, {"role", a.role}}.dump() << '\n';
    else std::cout << "API token for " << a.name << " (" << a.role << "), shown once:\n  " << user.second << '\n';
    return 0;
}

int run_user_list(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "user list");
    if (!reg) return kExitUsage;
    auto users = reg->store().api_users();
    if (a.json) {
        for (const auto& u : users)
            std::cout << json{{"user_id", u.id}, {"name", u.name}, {"role", u.role}, {"hotel_id", u.hotel_id},
                              {"created_at", u.created_at}, {"revoked_at", u.revoked_at},
                              {"status", u.revoked_at.empty() ? "active" : "revoked"}}
                             .dump()
                      << '\n';
        return 0;
    }
    std::cout << std::left << std::setw(8) << "USER" << std::setw(20) << "NAME" << std::setw(12) << "ROLE" << std::setw(8)
              << "HOTEL" << std::setw(9) << "STATUS" << "CREATED\n";
    for (const auto& u : users)
        std::cout << std::setw(8) << u.id << std::setw(20) << u.name << std::setw(12) << u.role << std::setw(8)
                  << (u.hotel_id.empty() ? "all" : u.hotel_id) << std::setw(9)
                  << (u.revoked_at.empty() ? "active" : "revoked") << u.created_at << '\n';
    return 0;
}

int run_user_revoke(const GlobalOptions& g, const AdminArgs& a) {
    const std::string cmd = "user revoke";
    std::int64_t id = 0;
    if (auto [end, ec] = std::from_chars(a.id.data(), a.id.data() + a.id.size(), id);
        ec != std::errc{} || end != a.id.data() + a.id.size() || id <= 0)
        return report_error(cmd, "'" + a.id + "' is not a user id (see cardexctl user list)");
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    bool found = false;
    auto tx = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        auto now = server::rfc3339_utc(std::chrono::system_clock::now());
        found = store.revoke_api_user(id, now);
        if (found) store.audit({0, now, g.actor_or_default(), "user.revoke", "user:" + a.id, ""});
        return true;
    });
    if (!tx) return report_error(cmd, tx.error());
    if (!found) return report_error(cmd, "no active user " + a.id + " (see cardexctl user list)");
    std::cout << "User " << a.id << " revoked: their token is refused from now on.\n";
    return 0;
}

int run_stats(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "stats");
    if (!reg) return kExitUsage;
    auto s = reg->store().stats();
    auto rate = [&](std::int64_t n) { return s.profiles ? static_cast<double>(n) / static_cast<double>(s.profiles) : 0.0; };
    if (a.json) {
        std::cout << json{{"source_records", s.source_records}, {"profiles", s.profiles}, {"devices", s.devices},
                          {"open_reviews", s.open_reviews},
                          {"fill_rates", {{"email", rate(s.with_email)}, {"personal_email", rate(s.with_personal_email)},
                                          {"phone", rate(s.with_phone)}, {"language", rate(s.with_language)}}}}
                         .dump()
                  << '\n';
        return 0;
    }
    auto pct = [&](std::int64_t n) { return std::to_string(static_cast<int>(rate(n) * 1000 + 0.5) / 10.0).substr(0, 5) + " %"; };
    std::cout << "source records   " << s.source_records << "\nprofiles         " << s.profiles << "\nactive devices   "
              << s.devices << "\nopen reviews     " << s.open_reviews << "\ne-mail           " << pct(s.with_email)
              << "\npersonal e-mail  " << pct(s.with_personal_email) << "\nphone            " << pct(s.with_phone)
              << "\nlanguage         " << pct(s.with_language) << '\n';
    return 0;
}

int run_backup(const GlobalOptions& g, const AdminArgs& a) {
    auto reg = open_register(g, "backup");
    if (!reg) return kExitUsage;
    // Audited first, so that the backup holds its own entry: a copy of every guest left the register.
    auto audited = reg->with_transaction([&](rcu::Store& store) -> Result<bool, std::string> {
        store.audit({0, server::rfc3339_utc(std::chrono::system_clock::now()), g.actor_or_default(), "backup", "register",
                     "backup written"});
        return true;
    });
    if (!audited) return report_error("backup", audited.error());
    auto done = reg->store().backup_to(a.to);
    if (!done) return report_error("backup", done.error());
    std::cout << "Backup written to " << a.to << " (restore: stop the server, copy it to "
              << g.data_dir << "/register.sqlite)\n";
    return 0;
}

// The hotels' country, which sets how long cards are kept: --country, else the default-country of
// the server's configuration file. Never a default: a guess of FR on a Spanish register would
// purge cards after 6 months instead of 3 years.
// Either is read as cardex-server reads its default-country (a code or a country's name).
Result<std::string, std::string> purge_country(const AdminArgs& a) {
    auto resolved = [](const std::string& where, const std::string& value) -> Result<std::string, std::string> {
        if (auto code = country_to_alpha2(value)) return *code;
        return fail(where + ": \"" + value + "\" is not a country (an ISO 3166 code such as FR, ES, IT, DE, PT, or a country's name)");
    };
    if (!a.country.empty()) return resolved("--country", a.country);
    if (a.config.empty())
        return fail(std::string("give --country CC or --config FILE (the server's configuration, for its "
                                "default-country): the keeping period depends on the hotels' country"));
    try {
        for (const auto& item : CLI::ConfigTOML().from_file(a.config))
            if (item.parents.empty() && item.name == "default-country" && item.inputs.size() == 1)
                return resolved("--config " + a.config + ": default-country", item.inputs[0]);
    } catch (const CLI::Error& e) {
        return fail("--config " + a.config + ": " + e.what());
    }
    return fail("--config " + a.config + ": no default-country in it: set it (cardex-server reads it too) or give --country");
}

int run_purge(const GlobalOptions& g, const AdminArgs& a) {
    auto country = purge_country(a);
    if (!country) return report_error("purge", country.error());
    auto retention = card_retention_for(*country);
    if (!retention) return report_error("purge", retention.error());
    if (!retention->own_rules)
        std::cerr << "cardexctl purge: warning: no registration-card rules for " << *country
                  << "; its hotels use France's card and keep it " << retention->days << " days, as France does\n";
    auto reg = open_register(g, "purge");
    if (!reg) return kExitUsage;
    auto r = server::purge_expired_cards(*reg, *country, std::chrono::system_clock::now(), g.actor_or_default(), a.dry_run);
    if (!r) return report_error("purge", r.error());
    for (auto record : r->failed)
        std::cerr << "cardexctl purge: record " << record << " is damaged and was not purged: restore it from a "
                  << "backup or erase its profile (cardexctl profile erase --record …)\n";
    if (a.json)
        std::cout << json{{"cards", r->cards}, {"cutoff", r->cutoff}, {"keep_days", r->retention.days}, {"country", *country},
                          {"own_rules", r->retention.own_rules}, {"dry_run", a.dry_run}, {"damaged", r->failed}}
                         .dump()
                  << '\n';
    else
        std::cout << (a.dry_run ? "would purge " : "purged ") << r->cards
                  << " registration cards whose stay ended (or which were received) before " << r->cutoff << " ("
                  << *country << ": kept " << r->retention.days << " days)\n";
    return r->failed.empty() ? 0 : 1;
}

}  // namespace

void register_admin_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto* device = app.add_subcommand("device", "Kiosk tablets: enrol, list, revoke");
    device->require_subcommand(1);
    auto enroll = std::make_shared<AdminArgs>();
    auto* e = device->add_subcommand("enroll", "Issue a one-time enrolment code (valid 24 h) for a new tablet");
    e->add_option("--hotel", enroll->hotel, "Hotel id the tablet belongs to")->required();
    e->add_option("--name", enroll->name, "Tablet name, e.g. \"Lobby 1\"")->required();
    e->add_flag("--json", enroll->json, "Print {\"code\": \"…\"}");
    e->callback([g, enroll] { throw CLI::RuntimeError(run_enroll(*g, *enroll)); });
    auto list = std::make_shared<AdminArgs>();
    auto* l = device->add_subcommand("list", "List enrolled tablets");
    l->add_flag("--json", list->json, "One JSON object per line");
    l->callback([g, list] { throw CLI::RuntimeError(run_device_list(*g, *list)); });
    auto revoke = std::make_shared<AdminArgs>();
    auto* r = device->add_subcommand("revoke", "Revoke a tablet's token at once");
    r->add_option("id", revoke->id, "Device id (cardexctl device list)")->required();
    r->callback([g, revoke] { throw CLI::RuntimeError(run_device_revoke(*g, *revoke)); });

    auto* user = app.add_subcommand("user", "Operator and supervisor API credentials");
    user->require_subcommand(1);
    auto add = std::make_shared<AdminArgs>();
    auto* u = user->add_subcommand("add", "Create an API user and print their token (shown once)");
    u->add_option("--name", add->name, "Who it is")->required();
    u->add_option("--role", add->role, "operator (all hotels) or supervisor (one hotel, read-only)")->required();
    u->add_option("--hotel", add->hotel, "The supervisor's hotel (an operator has every hotel: refused with operator)");
    u->add_flag("--json", add->json, "Print {\"user_id\": …, \"token\": \"…\"}");
    u->callback([g, add] { throw CLI::RuntimeError(run_user_add(*g, *add)); });
    auto ulist = std::make_shared<AdminArgs>();
    auto* ul = user->add_subcommand("list", "List API users (never their tokens)");
    ul->add_flag("--json", ulist->json, "One JSON object per line");
    ul->callback([g, ulist] { throw CLI::RuntimeError(run_user_list(*g, *ulist)); });
    auto urevoke = std::make_shared<AdminArgs>();
    auto* ur = user->add_subcommand("revoke", "Revoke an API user's token at once (a running server refuses it)");
    ur->add_option("id", urevoke->id, "User id (cardexctl user list)")->required();
    ur->callback([g, urevoke] { throw CLI::RuntimeError(run_user_revoke(*g, *urevoke)); });

    auto stats = std::make_shared<AdminArgs>();
    auto* s = app.add_subcommand("stats", "Counts and fill rates of the register");
    s->add_flag("--json", stats->json, "Print one JSON object");
    s->callback([g, stats] { throw CLI::RuntimeError(run_stats(*g, *stats)); });

    auto purge = std::make_shared<AdminArgs>();
    auto* p = app.add_subcommand("purge", "Remove registration-card data past the country's keeping period");
    p->add_option("--country", purge->country, "Hotels' country (FR 6 months, ES 3 years, DE 12 months, IT/PT 30 days)");
    p->add_option("--config", purge->config,
                  "cardex-server's configuration file: its default-country is the hotels' country (without --country)");
    p->add_flag("--dry-run", purge->dry_run, "Count what is due, change nothing");
    p->add_flag("--json", purge->json, "Print one JSON object");
    p->callback([g, purge] { throw CLI::RuntimeError(run_purge(*g, *purge)); });

    auto backup = std::make_shared<AdminArgs>();
    auto* b = app.add_subcommand("backup", "Consistent online copy of the register (the server may keep running)");
    b->add_option("--to", backup->to, "Backup file to write (must not exist)")->required();
    b->callback([g, backup] { throw CLI::RuntimeError(run_backup(*g, *backup)); });
}

}  // namespace cardex::ctl
