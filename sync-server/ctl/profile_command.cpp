// cardexctl profile show|export|erase, review list|decide, link, unlink — an operator's work on
// the register. Every read of personal data and every change is written to the audit log.
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctl_common.hpp"

namespace cardex::ctl {

namespace {

struct ProfileArgs {
    rcu::ProfileId id = 0;
    std::string record;  // SOURCE:ID instead of a profile id
    std::string out;
    bool json = false, yes = false;
    CLI::Option* id_option = nullptr;  // whether an id was given at all (0 is not "none")
};

// Resolves the profile named by an id or by "SOURCE:SOURCE_RECORD_ID".
// Both at once are refused: they may name two guests, and erasing the wrong one cannot be undone.
Result<rcu::ProfileId, std::string> resolve(rcu::Register& reg, const ProfileArgs& a) {
    const bool id_given = a.id_option != nullptr && a.id_option->count() > 0;
    if (id_given && !a.record.empty())
        return fail("give a profile id or --record SOURCE:ID, not both (got " + std::to_string(a.id) + " and --record " +
                    a.record + ")");
    if (a.record.empty()) {
        if (!id_given) return fail(std::string("give a profile id or --record SOURCE:ID"));
        if (a.id <= 0) return fail("profile id: " + std::to_string(a.id) + " is not a profile id");
        return a.id;
    }
    auto colon = a.record.find(':');
    if (colon == std::string::npos) return fail("--record: '" + a.record + "' is not SOURCE:ID");
    auto p = reg.profile_of(a.record.substr(0, colon), a.record.substr(colon + 1));
    if (!p) return fail("no record " + a.record + " in the register");
    return *p;
}

void print_human(const rcu::ProfileView& v) {
    const auto& g = v.golden;
    auto line = [](const char* label, const std::string& value) {
        if (!value.empty()) std::cout << "  " << label << ": " << value << "\n";
    };
    std::cout << "profile " << v.id << " (" << v.records.size() << " records)\n";
    line("name", g.first_name.value + " " + g.last_name.value);
    line("birth date", g.birth_date.value);
    line("e-mail", g.email.value.empty() ? "" : g.email.value + " (" + g.email_kind + ")");
    line("phone", g.phone.value.empty() ? "" : g.phone.value + " (" + g.phone_kind + ")");
    line("nationality", g.nationality.value);
    line("address", g.address_line1.value + (g.postcode.value.empty() ? "" : ", " + g.postcode.value + " " + g.city.value));
    line("language", g.language.value);
    for (const auto& c : g.consents)
        std::cout << "  consent " << c.purpose << ": " << (c.granted ? "granted" : "refused") << " on " << c.captured_at
                  << " (text " << c.text_id << " v" << c.text_version << ")\n";
    std::cout << "records:\n";
    for (const auto& r : v.records) {
        std::string rule;
        for (const auto& l : v.links)
            if (l.record == r.id) rule = l.rule + (l.score > 0 ? " " + std::to_string(l.score) : "") + " by " + l.decided_by;
        std::cout << "  #" << r.id << " " << r.source << ":" << r.source_record_id << " hotel " << r.hotel_id << " v"
                  << r.version << "  " << r.normalized.first_name << " " << r.normalized.last_name << "  [" << rule << "]\n";
    }
    for (const auto& s : v.stays)
        std::cout << "  stay " << s.hotel_id << " " << s.arrival << " → " << s.departure << " ref " << s.reservation_ref << "\n";
    for (const auto& gr : v.groups) std::cout << "  " << gr.kind << " #" << gr.id << " with " << gr.members.size() << " profiles\n";
}

int run_show(const GlobalOptions& g, const ProfileArgs& a, bool export_mode) {
    const std::string cmd = export_mode ? "profile export" : "profile show";
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    auto id = resolve(*reg, a);
    if (!id) return report_error(cmd, id.error());
    auto view = export_mode ? reg->access_export(*id, g.actor_or_default()) : reg->profile(*id, g.actor_or_default());
    if (!view) return report_error(cmd, view.error());
    if (!export_mode && !a.json) {
        print_human(*view);
        return 0;
    }
    std::string json = rcu::profile_to_json(*view);
    if (a.out.empty() || a.out == "-") {
        std::cout << json << "\n";
        return 0;
    }
    OutputFile out;  // written beside a.out and renamed: a failed export never leaves half a file
    if (!out.open(a.out, cmd)) return kExitUsage;
    out.stream() << json << "\n";
    return out.commit(cmd) ? 0 : kExitUsage;
}

int run_erase(const GlobalOptions& g, const ProfileArgs& a) {
    const std::string cmd = "profile erase";
    if (!a.yes) return report_error(cmd, "erasure cannot be undone: add --yes to confirm");
    auto reg = open_register(g, cmd);
    if (!reg) return kExitUsage;
    auto id = resolve(*reg, a);
    if (!id) return report_error(cmd, id.error());
    auto r = reg->erase_profile(*id, g.actor_or_default());
    if (!r) return report_error(cmd, r.error());
    std::cout << "profile " << *id << " erased\n";
    return 0;
}

void add_profile_selector(CLI::App* c, const std::shared_ptr<ProfileArgs>& a) {
    a->id_option = c->add_option("id", a->id, "Profile id");
    c->add_option("--record", a->record, "Select the profile of a source record: SOURCE:SOURCE_RECORD_ID");
}

}  // namespace

void register_profile_commands(CLI::App& app, std::shared_ptr<GlobalOptions> g) {
    auto* profile = app.add_subcommand("profile", "Show, export (access request) or erase (erasure request) a guest profile");
    profile->require_subcommand(1);

    auto show = std::make_shared<ProfileArgs>();
    auto* s = profile->add_subcommand("show", "Show a profile: golden record, linked records, stays, consents");
    add_profile_selector(s, show);
    s->add_flag("--json", show->json, "Print JSON");
    s->callback([g, show] { throw CLI::RuntimeError(run_show(*g, *show, false)); });

    auto exp = std::make_shared<ProfileArgs>();
    auto* e = profile->add_subcommand("export", "Export everything held on a guest as JSON (GDPR access request)");
    add_profile_selector(e, exp);
    e->add_option("--out", exp->out, "Output file (default: standard output)");
    e->callback([g, exp] { throw CLI::RuntimeError(run_show(*g, *exp, true)); });

    auto erase = std::make_shared<ProfileArgs>();
    auto* x = profile->add_subcommand("erase", "Erase a profile and all its records (GDPR erasure request)");
    add_profile_selector(x, erase);
    x->add_flag("--yes", erase->yes, "Confirm: erasure cannot be undone");
    x->callback([g, erase] { throw CLI::RuntimeError(run_erase(*g, *erase)); });
}

}  // namespace cardex::ctl
