// SQLite register: which records hold registration-card data and from which day their keeping
// period counts (table card_data, schema 8), and the purge that ends it.
//
// The day is noted when the data arrives (a version with card-only columns, a tablet card with a
// signature, a later stay of such a record), so that a purge finds what is due through an index
// instead of reading every record's versions.
#include <algorithm>

#include "cardex/date.hpp"
#include "cardex/retention.hpp"
#include "rcu/sqlite_store.hpp"

namespace cardex::rcu {

namespace {

bool has_card_data(const RawRecord& raw) {
    return std::any_of(raw.fields.begin(), raw.fields.end(),
                       [](const auto& f) { return !f.second.empty() && is_card_only_column(f.first); });
}

}  // namespace

void SqliteStore::note_card_data(RecordId record, const std::string& keep_from) {
    auto& st = prepare(
        "INSERT INTO card_data (record_id, keep_from) VALUES (?1, ?2) "
        "ON CONFLICT (record_id) DO UPDATE SET keep_from = max(keep_from, excluded.keep_from)");
    st.bind(1, record);
    st.bind(2, keep_from);
    st.exec();
}

// Called by put_record for every new version.
void SqliteStore::note_version_card_data(const SourceRecord& r, RecordId id) {
    if (!has_card_data(r.raw)) return;
    note_card_data(id, card_keep_from(r.normalized.stay_arrival, r.normalized.stay_departure, r.received_at));
}

// Called by add_stay: a later stay of a record with card data moves its day on.
void SqliteStore::note_stay_card_data(const StayRow& s) {
    if (!is_iso_date(s.arrival) && !is_iso_date(s.departure)) return;
    const std::string day = card_keep_from(s.arrival, s.departure, Date::today_utc().iso());
    auto& st = prepare("UPDATE card_data SET keep_from = max(keep_from, ?1) WHERE record_id = ?2");
    st.bind(1, day);
    st.bind(2, s.record);
    st.exec();
}

// Called by add_submission: a signed tablet card is card data even when its record has no
// card-only column (a French national's card).
void SqliteStore::note_submission_card_data(const SubmissionRow& s) {
    if (s.record == 0 || s.signature_data.empty()) return;
    auto r = record(s.record);
    if (!r) return;
    note_card_data(s.record, card_keep_from(r->normalized.stay_arrival, r->normalized.stay_departure, s.received_at));
}

std::size_t SqliteStore::count_cards_due(const std::string& before_day) {
    auto& st = prepare("SELECT count(*) FROM card_data WHERE keep_from < ?");
    st.bind(1, before_day);
    st.executeStep();
    return static_cast<std::size_t>(st.getColumn(0).getInt64());
}

std::vector<RecordId> SqliteStore::cards_due(const std::string& before_day, std::size_t limit) {
    auto& st = prepare("SELECT record_id FROM card_data WHERE keep_from < ? ORDER BY keep_from, record_id LIMIT ?");
    st.bind(1, before_day);
    st.bind(2, static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)));
    std::vector<RecordId> out;
    while (st.executeStep())
        out.push_back(st.getColumn(0).getInt64());
    return out;
}

bool SqliteStore::purge_card_data(RecordId record) {
    struct Version {
        int version;
        RawRecord raw;
        NormalizedRecord normalized;
    };
    // Every version is read before any is written: a damaged one leaves the record as it was.
    std::vector<Version> versions;
    auto& read = prepare("SELECT version, raw_json, normalized_json FROM record_version WHERE record_id = ?");
    read.bind(1, record);
    while (read.executeStep()) {
        auto raw = raw_from_json(read.getColumn(1).getString());
        auto normalized = normalized_from_json(read.getColumn(2).getString());
        if (!raw || !normalized) return false;
        versions.push_back({read.getColumn(0).getInt(), std::move(*raw), std::move(*normalized)});
    }
    forget(record);
    for (auto& v : versions) {
        std::erase_if(v.raw.fields, [](const auto& f) { return is_card_only_column(f.first); });
        v.normalized.document_key.clear();
        auto& write = prepare("UPDATE record_version SET raw_json = ?, normalized_json = ? WHERE record_id = ? AND version = ?");
        write.bind(1, raw_to_json(v.raw));
        write.bind(2, normalized_to_json(v.normalized));
        write.bind(3, record);
        write.bind(4, v.version);
        write.exec();
    }
    for (const char* text : {"DELETE FROM blocking_key WHERE record_id = ?1 AND key >= 'd:' AND key < 'd;'",
                             "UPDATE submission SET signature_format = 'purged', signature_data = '', signature_sha256 = '' "
                             "WHERE record_id = ?1 AND signature_data <> ''",
                             "DELETE FROM card_data WHERE record_id = ?1"}) {
        auto& st = prepare(text);
        st.bind(1, record);
        st.exec();
    }
    return true;
}

}  // namespace cardex::rcu
