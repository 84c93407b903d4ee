// cardex/dedup.hpp — deciding which guest records are the same person.
//
// Pairs of records are compared field by field and the evidence is weighed as in probabilistic
// record linkage (Fellegi–Sunter): each field's agreement level adds log2(m/u), where m is how often
// the level occurs for the same person and u how often for two different people. u is estimated from
// the data, per value for names (agreeing on "Martin" says less than agreeing on "Kowalczyk").
// On top of the weights, hard conflicts (two different birth dates, two different first names that
// share a contact, two different document numbers) forbid a link whatever the score: merging two
// people is worse than missing a duplicate.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cardex/normalize.hpp"

namespace cardex::dedup {

/// Thresholds on the total weight (log2 likelihood ratio) of a pair.
struct Thresholds {
    double link = 14.0;    ///< at or above: linked automatically
    double review = 7.0;   ///< at or above (and below link): sent to the review queue
    /// A pair with nothing but names in common never links; it goes to review only from this score
    /// (a rare full name). Below it, common names would fill the queue with namesakes: measured,
    /// 1 % of such pairs under 16 are one person, 25–40 % over 20 (docs/performance.md).
    double review_names_only = 20.0;

    /// The score from which an unlinked pair goes to review: its own for pairs with only names.
    double review_from(bool identifying) const { return identifying ? review : review_names_only; }
    /// A record that would link to two different people (they conflict, or an operator said so)
    /// goes to the one it fits better by at least this much (2^10: a thousand times likelier);
    /// closer than that, it links to neither and both pairs go to review.
    double decisive = 10.0;
};

/// Each threshold with the name that settings, flags and errors give it ("link_threshold", …).
struct NamedThreshold {
    const char* name;
    double Thresholds::*field;
};
inline constexpr NamedThreshold kNamedThresholds[] = {
    {"link_threshold", &Thresholds::link},
    {"review_threshold", &Thresholds::review},
    {"review_names_only_threshold", &Thresholds::review_names_only},
};
/// A threshold as text: the shortest form that reads back to the same number ("14", "7.5").
std::string format_threshold(double v);

/// Why `t` cannot be used, naming the threshold ("review_threshold: 20 is above link_threshold 14"),
/// or "" when each is finite, review <= link and review <= review_names_only.
std::string threshold_error(const Thresholds& t);

/// Agreement probabilities m (same person) per field level; u comes from the data.
/// Defaults are set from hotel data; see docs/dedup.md for what each means.
struct MatchConfig {
    Thresholds thresholds;
    std::size_t max_block_size = 64;  ///< larger blocks are compared by sorted neighbourhood only
    std::size_t neighbourhood = 8;    ///< window of the sorted neighbourhood in oversized blocks
};

/// One piece of evidence in a pair score: the field, how it compared and what it weighed.
/// (Field and level are static strings: explaining a score allocates nothing for them.)
struct Evidence {
    std::string_view field;  ///< "first_name", "last_name", "birth_date", "email", "phone", "document", "address", …
    std::string_view level;  ///< "exact", "initial", "similar", "partial", "swapped", "different", …
    double weight = 0;       ///< log2(m/u) added to the score
};

/// True for positive evidence beyond names (birth date, personal e-mail, phone, document, full address).
bool is_identifying(const Evidence& e);

/// Whether evidence identifies one person rather than their household or a namesake
/// (PairScore::identifying). A personal contact or document (mobile, personal e-mail, document)
/// does. A household contact (same address, same fixed line) does only when the first names agree
/// (not a missing one or an initial: that is any member of the household), the last names do not
/// clearly differ (neighbours in one building, colleagues at one company address) and no personal
/// contact contradicts it (two different mobiles, personal e-mails or documents: a parent and a
/// same-named child at one address). A birth date does unless the last names clearly differ (a common first
/// name on a common birthday is a coincidence, not a person; with a household contact besides it
/// does even then: maiden names) or two different mobiles or documents contradict it (namesakes
/// born the same day, who are common among a million guests).
bool identifies(const std::vector<Evidence>& evidence);

/// A full name carried by more records than this is common: names-only pairs of it are not
/// reviewed. Measured on a million generated records: 8 % of such pairs were one guest, 34 % of
/// those at or under it (docs/performance.md, "Review queue").
inline constexpr std::uint32_t kCommonFullNameRecords = 10;

struct PairScore {
    double score = 0;
    std::string conflict;  ///< "" or why these cannot be one person ("different_birth_date", …)
    /// Agreement that tells this person from their household and namesakes (see identifies()).
    /// Names alone never link automatically, however rare they are: at most they go to review.
    bool identifying = false;
    std::vector<Evidence> evidence;
    /// Names only, and the pair's full name is carried by more than kCommonFullNameRecords records
    /// of the population: likelier namesakes than one guest, so not reviewed.
    bool common_name = false;

    /// Whether this score links automatically under `t`.
    bool links(const Thresholds& t) const { return conflict.empty() && identifying && score >= t.link; }
    /// Whether this score, when it does not link, opens a review item under `t`.
    bool reviews(const Thresholds& t) const {
        return conflict.empty() && score >= t.review_from(identifying) && !common_name;
    }
};

/// Compares two normalised records. Thread-safe; `freq` may be null (then generic u-values apply).
/// With `explain` false the evidence list stays empty (the batch scores millions of pairs).
class FrequencyTable;
PairScore score_pair(const NormalizedRecord& a, const NormalizedRecord& b, const FrequencyTable* freq = nullptr,
                     bool explain = true);

/// How often each name key occurs in a population, for frequency-aware name weights.
class FrequencyTable {
public:
    FrequencyTable();
    ~FrequencyTable();
    FrequencyTable(FrequencyTable&&) noexcept;
    FrequencyTable& operator=(FrequencyTable&&) noexcept;

    void add(const NormalizedRecord& r);
    void remove(const NormalizedRecord& r);
    /// Share of records with this first name key, last name key, phone or e-mail; a floor avoids
    /// infinite weights for values seen once.
    double first_name_share(std::string_view key) const;
    double last_name_share(std::string_view key) const;
    double phone_share(std::string_view e164) const;
    double email_share(std::string_view email) const;  ///< by its email_match_key
    double address_share(std::string_view address_key) const;  ///< key "address_key|postcode"
    double address_share(const std::string& address_key, const std::string& postcode) const;
    /// Records that carry this first and last name key together ("jean" + "martin").
    std::uint32_t full_name_records(std::string_view first_key, std::string_view last_key) const;
    std::uint64_t records() const;

    /// Makes each value that `records` (one person's records: a profile) repeat count once for
    /// them, until restore_repeats() with the same records. The table counts records, but a share
    /// stands for how many people carry a value: a regular guest's 600 stays must not make their
    /// own mobile look like a switchboard, nor their name common. Changes the table: not while
    /// other threads read it.
    void forget_repeats(const std::vector<const NormalizedRecord*>& records);
    void restore_repeats(const std::vector<const NormalizedRecord*>& records);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// A pair the batch linked (or sent to review), with its explanation.
struct ScoredPair {
    std::uint32_t a = 0, b = 0;  ///< indexes into the input
    PairScore score;
    bool linked = false;         ///< true: in one cluster; false: review candidate
};

struct BatchResult {
    std::vector<std::uint32_t> cluster_of;  ///< per input record: its cluster (the smallest member index)
    std::vector<ScoredPair> links;          ///< pairs that joined clusters, in decision order
    std::vector<ScoredPair> reviews;        ///< pairs between the thresholds left for an operator
    std::size_t candidate_pairs = 0;        ///< pairs compared
    std::size_t oversized_blocks = 0;       ///< blocks compared by sorted neighbourhood only
};

/// Operator decisions the clustering must respect, as pairs of input indexes.
struct Constraints {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> same;       ///< always in one cluster
    std::vector<std::pair<std::uint32_t, std::uint32_t>> different;  ///< never in one cluster
};

/// Clusters records in memory (cardexctl dedup, and re-clustering a profile after an operator
/// decision): blocking, scoring on `threads` threads (0: one per core), then constrained
/// clustering repeated from merged clusters until nothing changes. `freq` null: built from
/// `records`, and two clusters scored as wholes count their repeated values once
/// (FrequencyTable::forget_repeats). Given, it is only read: the caller has counted the records'
/// repeats as it should (the register re-clustering one profile has made them count once).
BatchResult cluster_records(const std::vector<NormalizedRecord>& records, const MatchConfig& config = {},
                            unsigned threads = 0, const Constraints* constraints = nullptr,
                            const FrequencyTable* freq = nullptr);

/// The blocking keys of a record, the ones it is filed under: records sharing none are never
/// compared. Never built from an OTA relay or role e-mail. A stay and a spa or restaurant visit
/// are filed under keys of two kinds ("s:", "v:") that only the other kind searches.
std::vector<std::string> blocking_keys(const NormalizedRecord& r);

/// The keys under which the register looks for a record's candidates: its blocking keys, a stay's
/// turned into visits' and a visit's into stays' (the batch blocks a visit with the stays of its week).
std::vector<std::string> search_keys(const NormalizedRecord& r);

}  // namespace cardex::dedup
