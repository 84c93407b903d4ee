// The register: ingest with incremental dedup, profile views, golden records.
#include <chrono>
#include <filesystem>
#include <cstdio>

#include "rcu/register_impl.hpp"

namespace cardex::rcu {

std::string now_rfc3339() {
    auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto days = std::chrono::floor<std::chrono::days>(now);
    std::chrono::year_month_day ymd{days};
    std::chrono::hh_mm_ss hms{now - days};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long>(hms.seconds().count()));
    return buf;
}

std::vector<const NormalizedRecord*> LoadedProfile::normalized() const {
    std::vector<const NormalizedRecord*> out;
    for (const auto& r : records) out.push_back(&r.normalized);
    return out;
}

dedup::FrequencyTable& Register::Impl::frequencies() {
    if (!freq) {
        freq.emplace();
        for (RecordId after = 0;;) {
            auto page = store->scan_frequency_values(after, 10000, &after);
            if (page.empty()) break;
            for (const auto& n : page) freq->add(n);
        }
    }
    return *freq;
}

void Register::Impl::refresh_golden(ProfileId id) { refresh_golden(load_profile(id)); }

void Register::Impl::refresh_golden(const LoadedProfile& profile) {
    std::vector<RecordId> ids;
    ids.reserve(profile.records.size());
    for (const auto& r : profile.records) ids.push_back(r.id);
    store->set_golden(profile.id, golden_to_json(compute_golden(profile.records, store->consents_of(ids))));
}

namespace {

bool same_content(const RawRecord& a, const RawRecord& b) { return a.fields == b.fields; }

Result<bool, std::string> check_identity(const NormalizedRecord& n) {
    if (n.source_record_id.empty()) return fail(std::string("source_record_id: required"));
    if (n.source.empty()) return fail(std::string("source: required"));
    return true;
}

}  // namespace

Result<IngestResult, std::string> Register::Impl::ingest_one(const Ingest& in, const Actor& actor) {
    NormalizedRecord n = normalize_record(in.raw, options.normalize);
    if (auto ok = check_identity(n); !ok) return fail(ok.error());

    IngestResult result;
    auto existing = store->find_record(n.source, n.source_record_id);
    if (!existing && store->was_erased(n.source, n.source_record_id)) {
        result.outcome = IngestOutcome::erased;
        result.rule = "erased";
        return result;  // nothing of it is stored: not the row, its stay or its consents
    }
    if (existing && same_content(existing->raw, in.raw)) {
        result = {existing->id, existing->profile, IngestOutcome::unchanged, "unchanged", 0, {}, {}};
        return result;  // a re-import of the same row adds nothing, not even its stay again
    }

    // Built before the record is stored: built after, from the store, it would count the record,
    // and the add() below would count it again (the first insert after opening a register).
    frequencies();
    SourceRecord r;
    r.source = n.source;
    r.source_record_id = n.source_record_id;
    r.hotel_id = n.hotel_id;
    r.received_at = now_rfc3339();
    r.raw = in.raw;
    r.normalized = n;
    if (existing) {
        r.id = existing->id;
        r.profile = existing->profile;
        frequencies().remove(existing->normalized);
    }
    auto id = store->put_record(r, dedup::blocking_keys(n));
    if (!id) return fail(id.error());
    r.id = *id;
    frequencies().add(n);
    result.record = r.id;
    result.outcome = existing ? IngestOutcome::updated : IngestOutcome::inserted;

    if (in.stay) {
        StayRow stay = *in.stay;
        stay.record = r.id;
        store->add_stay(stay);
    }
    for (auto consent : in.consents) {
        consent.record = r.id;
        consent.actor = actor;
        store->add_consent(consent);
    }
    for (const auto& [source, source_record_id] : in.different_from) {
        auto other = store->find_record(source, source_record_id);
        if (!other || other->id == r.id) continue;
        store->put_decision({std::min(r.id, other->id), std::max(r.id, other->id), PairDecision::different, actor,
                             now_rfc3339()});
    }

    if (existing && existing->profile != 0) {
        // A changed record may no longer belong with its profile (a corrected birth date):
        // re-cluster that profile, then search again from wherever the record ended up.
        recluster(existing->profile, actor);
        auto link = store->link_of(r.id);
        result.profile = link ? link->profile : 0;
        result.rule = "kept";
        result.merged = closure(result.profile, actor);
    } else {
        result.profile = attach(r, actor, result);
    }
    store->audit({0, now_rfc3339(), actor, existing ? "record.update" : "record.insert", "record:" + std::to_string(r.id),
                  "profile:" + std::to_string(result.profile) + " rule:" + result.rule});
    return result;
}

Register::Register(std::unique_ptr<Store> store, RegisterOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->store = std::move(store);
    impl_->options = std::move(options);
    impl_->default_thresholds = impl_->options.match.thresholds;
}
Register::~Register() = default;

Result<std::unique_ptr<Register>, std::string> Register::open(const std::string& data_dir, RegisterOptions options) {
    const std::string file = (std::filesystem::path(data_dir) / "register.sqlite").string();
    std::error_code ec;
    if (!options.create_if_missing) {
        if (!std::filesystem::is_regular_file(file, ec))
            return fail("no register in " + data_dir + " (" + file + " does not exist)");
    } else {
        std::filesystem::create_directories(data_dir, ec);
        if (ec) return fail("cannot create data directory " + data_dir + ": " + ec.message());
    }
    auto store = open_sqlite_store(file, options.sqlite);
    if (!store) return fail(store.error());
    return std::make_unique<Register>(std::move(*store), std::move(options));
}

Store& Register::store() { return *impl_->store; }

std::size_t Register::warm_up() {
    impl_->freq.reset();
    return impl_->frequencies().records();
}


Result<IngestResult, std::string> Register::ingest(const Ingest& in, const Actor& actor) {
    auto r = impl_->transaction<IngestResult>([&] { return impl_->ingest_one(in, actor); });
    if (!r) impl_->freq.reset();  // the rolled-back changes were counted: rebuild on next use
    return r;
}

Result<std::vector<IngestResult>, std::string> Register::ingest_batch(const std::vector<Ingest>& in, const Actor& actor,
                                                                      const BeforeCommit& before_commit) {
    auto r = impl_->transaction<std::vector<IngestResult>>([&]() -> Result<std::vector<IngestResult>, std::string> {
        std::vector<IngestResult> out;
        out.reserve(in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
            auto one = impl_->ingest_one(in[i], actor);
            if (!one) return fail("record " + std::to_string(i + 1) + ": " + one.error());
            out.push_back(std::move(*one));
        }
        if (before_commit)
            if (auto hooked = before_commit(*impl_->store, out); !hooked) return fail(hooked.error());
        return out;
    });
    if (!r) impl_->freq.reset();
    return r;
}

Result<bool, std::string> Register::with_transaction(const std::function<Result<bool, std::string>(Store&)>& body) {
    return impl_->transaction<bool>([&] { return body(*impl_->store); }, false);  // ingest inside reads them
}

Result<ProfileView, std::string> Register::profile(ProfileId id, const Actor& reader) {
    auto& store = *impl_->store;
    if (!store.profile_exists(id)) return fail("profile " + std::to_string(id) + " does not exist");
    return impl_->transaction<ProfileView>([&]() -> Result<ProfileView, std::string> {
        ProfileView v;
        v.id = id;
        auto ids = store.records_of_profile(id);
        v.records = store.records(ids);
        for (auto rid : ids)
            if (auto l = store.link_of(rid)) v.links.push_back(*l);
        v.stays = store.stays_of(ids);
        v.consents = store.consents_of(ids);
        v.groups = store.groups_of(id);
        v.golden = compute_golden(v.records, v.consents);
        store.audit({0, now_rfc3339(), reader, "profile.read", "profile:" + std::to_string(id),
                     std::to_string(ids.size()) + " records"});
        return v;
    }, false);  // a read: the thresholds play no part
}

Result<ProfileView, std::string> Register::access_export(ProfileId id, const Actor& reader) {
    auto view = profile(id, reader);
    if (!view) return view;
    auto& store = *impl_->store;
    for (const auto& r : view->records) {
        for (auto& version : store.record_versions(r.id))
            if (version.version != r.version) view->earlier_versions.push_back(std::move(version));
        for (auto& card : store.submissions_of(r.id)) view->submissions.push_back(std::move(card));
    }
    store.audit({0, now_rfc3339(), reader, "profile.export", "profile:" + std::to_string(id),
                 std::to_string(view->earlier_versions.size()) + " earlier versions, " +
                     std::to_string(view->submissions.size()) + " submissions"});
    return view;
}

std::optional<ProfileId> Register::profile_of(const std::string& source, const std::string& source_record_id) {
    auto r = impl_->store->find_record(source, source_record_id);
    if (!r || r->profile == 0) return std::nullopt;
    return r->profile;
}

}  // namespace cardex::rcu
