// cardex/rcu/register.hpp — the central guest register (RCU): every guest once, found again
// however they were typed.
//
// The Register stores source records through a Store and runs dedup incrementally on every insert
// or change: candidate search by blocking keys, scoring against whole profiles, linking, then
// searching again from the merged profile until nothing changes (closure). Links are reversible;
// operator decisions ("same" / "different") are remembered and never undone by the engine.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cardex/dedup.hpp"
#include "cardex/normalize.hpp"
#include "cardex/rcu/golden.hpp"
#include "cardex/rcu/store.hpp"
#include "cardex/result.hpp"

namespace cardex::rcu {

struct RegisterOptions {
    dedup::MatchConfig match;
    std::size_t candidates_per_key = 100;  ///< oversized blocks are cut to the newest records
    NormalizeOptions normalize;
    SqliteOptions sqlite;                  ///< used by open()
    /// open(): create the directory and a new register when there is none (the server on its first
    /// start). Off, a missing register is an error: a mistyped directory is not a new, empty register.
    bool create_if_missing = true;
};

/// A record to insert or update, with what came attached to it.
struct Ingest {
    RawRecord raw;                        ///< import-schema.md columns; source and source_record_id required
    std::optional<StayRow> stay;          ///< record field is filled in by the register
    std::vector<ConsentRow> consents;     ///< appended (consent events are never rewritten)
    /// Records (source, source_record_id) this one is known to be another person than: a card's
    /// guest and its companions. Each becomes a "different" decision before the record is matched,
    /// so that no link, then or later, puts them in one profile. Records not stored are skipped.
    std::vector<std::pair<std::string, std::string>> different_from = {};
};

/// `erased`: the row names a source record whose guest was erased (GDPR): it is not stored again,
/// so the next night's PMS export does not bring the guest back (Store::was_erased).
enum class IngestOutcome { inserted, updated, unchanged, erased };

struct IngestResult {
    RecordId record = 0;
    ProfileId profile = 0;
    IngestOutcome outcome = IngestOutcome::inserted;
    std::string rule;                      ///< "new_profile", "auto_link", "unchanged", "kept"
    double score = 0;                      ///< of the link, when auto-linked
    std::vector<ProfileId> merged;         ///< other profiles folded into `profile` by the closure
    std::vector<std::int64_t> reviews;     ///< review items opened
};

/// What an operator sees of a profile.
struct ProfileView {
    ProfileId id = 0;
    GoldenRecord golden;
    std::vector<SourceRecord> records;
    std::vector<Link> links;
    std::vector<StayRow> stays;
    std::vector<ConsentRow> consents;
    std::vector<Group> groups;
    /// Filled for an access request only (Register::access_export): every earlier version of the
    /// records, and the tablet submissions they came from with their signatures.
    std::vector<SourceRecord> earlier_versions;
    std::vector<SubmissionRow> submissions;
};

/// JSON of a profile view (golden record, records with their links, stays, consents, groups).
std::string profile_to_json(const ProfileView& v);

class Register {
public:
    Register(std::unique_ptr<Store> store, RegisterOptions options = {});
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    /// Opens the SQLite register `DIR/register.sqlite`, creating the directory and the register if
    /// needed and options.create_if_missing. A database that is not a register is refused.
    static Result<std::unique_ptr<Register>, std::string> open(const std::string& data_dir, RegisterOptions options = {});

    /// Stores a record (new, or a new version when its content changed) and deduplicates it, in
    /// one transaction. Errors name the field ("source_record_id: required").
    Result<IngestResult, std::string> ingest(const Ingest& in, const Actor& actor);

    /// Called inside the transaction of ingest_batch, after the records are in, before the commit:
    /// writes what must become durable with them (the server's submission rows). An error rolls
    /// everything back.
    using BeforeCommit = std::function<Result<bool, std::string>(Store&, const std::vector<IngestResult>&)>;

    /// Several records in one transaction (imports, a device's batch): faster, all or nothing.
    Result<std::vector<IngestResult>, std::string> ingest_batch(const std::vector<Ingest>& in, const Actor& actor,
                                                                const BeforeCommit& before_commit = {});

    /// Runs `body` in one transaction on the register's store (rolled back on error or exception).
    Result<bool, std::string> with_transaction(const std::function<Result<bool, std::string>(Store&)>& body);

    /// A profile with everything linked to it. The read is written to the audit log.
    Result<ProfileView, std::string> profile(ProfileId id, const Actor& reader);
    /// Everything the register holds on a guest, for a GDPR access request (Art. 15): the profile
    /// view with every earlier version of its records and the tablet submissions with their
    /// signatures. Audited as an export.
    Result<ProfileView, std::string> access_export(ProfileId id, const Actor& reader);
    /// The profile a source record is linked to.
    std::optional<ProfileId> profile_of(const std::string& source, const std::string& source_record_id);

    /// Operator: moves `record` out of its profile into a new one of its own, and remembers that it
    /// is a different person from every record it leaves ("different" decisions). Both profiles'
    /// golden records are recomputed from their records, so the split restores both sides exactly.
    Result<ProfileId, std::string> unlink(RecordId record, const Actor& actor);
    /// Operator: links `record` into `profile` ("same" decisions with its records). Refused if a
    /// "different" decision stands between them, until the operator decides the pair again.
    Result<bool, std::string> link(RecordId record, ProfileId profile, const Actor& actor);
    /// Operator: decides a pair (from the review queue or directly). "same" merges the two records'
    /// profiles into the older one (earlier "different" decisions between them are overridden, and
    /// the audit log says how many); "different" separates them if they were linked and keeps them
    /// apart for ever, re-clustering the rest of the profile.
    Result<bool, std::string> decide(RecordId a, RecordId b, PairDecision decision, const Actor& actor);
    Result<bool, std::string> decide_review(std::int64_t review_id, PairDecision decision, const Actor& actor);

    /// What rematch did: profiles searched again, and the profiles merged into them.
    struct Rematched {
        std::size_t profiles = 0;
        std::size_t merged = 0;
    };
    /// Operator: searches again from the profile of each of `records` (once per profile), as the
    /// engine does after an insert, and merges the profiles that now match it: for records stored
    /// before an engine upgrade or a threshold change, which are matched otherwise only when they
    /// or a record they meet next change. A profile that would match two clearly different people
    /// is left as it is, as an insert would not guess. Opens no review items. One transaction;
    /// merges are audited. Records that no longer exist are skipped.
    Result<Rematched, std::string> rematch(const std::vector<RecordId>& records, const Actor& actor);

    /// Appends a consent event for a profile (a withdrawal by one-click unsubscribe, say) to
    /// `consent.record` when that is one of the profile's records (the one whose address the
    /// guest was written to: the event follows it if the profile is ever split), else to its
    /// newest record, and recomputes its golden record. Audited.
    Result<bool, std::string> record_consent(ProfileId id, ConsentRow consent, const Actor& actor);

    /// GDPR erasure of a profile and all its records. Audited (without the erased data).
    Result<bool, std::string> erase_profile(ProfileId id, const Actor& actor);

    /// The dedup thresholds in force: those an operator set in this register (set_thresholds), else
    /// the options'. Every transaction reads them again, so a change made with cardexctl reaches a
    /// running server at its next batch. An error names a stored setting that is not a number.
    Result<dedup::Thresholds, std::string> thresholds();
    /// Sets the thresholds for every program that uses this register (audited). Refused, naming the
    /// threshold, unless each is a finite number, review ≤ link and review ≤ review_names_only.
    Result<bool, std::string> set_thresholds(const dedup::Thresholds& t, const Actor& actor);

    /// Builds the in-memory name and contact frequencies from every record now (otherwise the first
    /// ingest does, which at a million records takes a minute). The server calls it before it listens.
    /// Returns the number of records read.
    std::size_t warm_up();

    Store& store();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace cardex::rcu
