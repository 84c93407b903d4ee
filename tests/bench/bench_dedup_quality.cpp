// bench_dedup_quality: pairwise precision, recall and F1 of the batch dedup on generated guests.
//
//   bench_dedup_quality [--records N] [--seed S] [--threads T] [--examples K [--examples-why TEXT]] [--json FILE]
//                       [--register]
//
// Generates N records with their ground truth (person_id), normalises them, clusters them with
// cardex::dedup::cluster_records and compares the clusters with the persons, pair by pair:
//   - a predicted pair is two records in one cluster, a true pair two records of one person;
//   - precision = true predicted pairs / predicted pairs, recall = true predicted pairs / true pairs.
// Pairs are counted, never enumerated: with n_ij the records of person j in cluster i, the true
// predicted pairs are Σ C(n_ij, 2), the predicted pairs Σ_i C(n_i., 2), the true pairs Σ_j C(n_.j, 2).
//
// False merges (pairs of two persons in one cluster) are broken down by the look-alike kind the
// generator made the persons as (couple, twins, parent_child, colleagues, namesakes) or
// "unrelated", and the wrong links that made them are counted. Recall is also given on the
// attainable pairs: records of a person chained by shared identifying values (birth date, personal
// e-mail, phone, document, full address, booking, or a named visit during a stay), the only ones an
// engine that never links on names alone can find. Missed pairs are diagnosed on a sample (--diagnose): for two parts of a split person,
// why their best pair does not link. With --examples K, up to K wrong links of each kind and K
// missed pairs are printed with their evidence. The true pairs that are not attainable are
// counted by the sources of their two records.
// With --register the same comparison is made on the profiles of a register the records were
// imported into one by one (the incremental engine: candidates by keys, whole-profile scoring,
// closure), instead of the batch's clusters.
// The last line is machine-readable:
//   RESULT dedup_quality precision=<p> recall=<r> f1=<f> records=<N>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <fstream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include <CLI/CLI.hpp>

#include "bench_common.hpp"
#include "cardex/dedup.hpp"
#include "cardex/rcu/register.hpp"
#include "guest_generator.hpp"

namespace {

using cardex::NormalizedRecord;
using cardex::gen::GeneratedRecord;
using cardex::gen::TrapKind;
namespace dedup = cardex::dedup;
namespace bench = cardex::bench;

double pairs_of(std::uint64_t n) { return static_cast<double>(n) * static_cast<double>(n - (n > 0)) / 2.0; }

struct Counts {
    double predicted = 0, truth = 0, correct = 0;
    double precision() const { return predicted > 0 ? correct / predicted : 1.0; }
    double recall() const { return truth > 0 ? correct / truth : 1.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

// (cluster, person) → records, as runs of a sorted vector: the contingency table.
struct Cell {
    std::uint32_t cluster;
    std::uint64_t person;
    std::uint32_t records;
};

std::vector<Cell> contingency(const std::vector<std::uint32_t>& cluster_of, const std::vector<GeneratedRecord>& truth) {
    std::vector<std::pair<std::uint32_t, std::uint64_t>> keys(truth.size());
    for (std::size_t i = 0; i < truth.size(); ++i) keys[i] = {cluster_of[i], truth[i].person_id};
    std::sort(keys.begin(), keys.end());
    std::vector<Cell> cells;
    for (const auto& k : keys) {
        if (!cells.empty() && cells.back().cluster == k.first && cells.back().person == k.second) ++cells.back().records;
        else cells.push_back({k.first, k.second, 1});
    }
    return cells;
}

Counts pair_counts(const std::vector<Cell>& cells) {
    Counts c;
    std::unordered_map<std::uint32_t, std::uint64_t> cluster_size;
    std::unordered_map<std::uint64_t, std::uint64_t> person_size;
    for (const auto& cell : cells) {
        c.correct += pairs_of(cell.records);
        cluster_size[cell.cluster] += cell.records;
        person_size[cell.person] += cell.records;
    }
    for (const auto& [_, n] : cluster_size) c.predicted += pairs_of(n);
    for (const auto& [_, n] : person_size) c.truth += pairs_of(n);
    return c;
}

struct PersonInfo {
    TrapKind trap = TrapKind::none;
    std::uint64_t related = 0;
};

// What kind of look-alikes two different persons are ("unrelated" when the generator made them apart).
std::string_view relation(const std::unordered_map<std::uint64_t, PersonInfo>& persons, std::uint64_t a, std::uint64_t b) {
    const auto& pa = persons.at(a);
    return pa.related == b ? cardex::gen::to_string(pa.trap) : std::string_view("unrelated");
}

std::string describe(const NormalizedRecord& r) {
    auto kind = [](cardex::EmailKind k) {
        switch (k) {
            case cardex::EmailKind::personal: return "";
            case cardex::EmailKind::empty: return "";
            default: return " (not personal)";
        }
    };
    std::string s = r.source + " first=" + r.first_name_key + " last=" + r.last_name_key;
    if (!r.birth_date.empty()) s += " born=" + r.birth_date;
    if (r.sex) s += std::string(" sex=") + r.sex;
    if (!r.email.empty()) s += " email=" + r.email + kind(r.email_kind);
    if (!r.phone_e164.empty()) s += " phone=" + r.phone_e164;
    if (!r.postcode.empty()) s += " addr=" + r.address_key + "|" + r.postcode;
    if (!r.document_key.empty()) s += " doc=" + r.document_key;
    if (!r.booking_key.empty()) s += " booking=" + r.booking_key;
    if (!r.nationality.empty()) s += " nat=" + r.nationality;
    if (!r.company_key.empty()) s += " company=" + r.company_key;
    return s;
}

void print_pair(const std::vector<NormalizedRecord>& records, std::uint32_t a, std::uint32_t b,
                const dedup::FrequencyTable& freq, std::string_view label) {
    const auto s = dedup::score_pair(records[a], records[b], &freq, true);
    std::printf("  [%.*s] #%u / #%u  pair score %.1f%s%s%s\n", static_cast<int>(label.size()), label.data(), a, b,
                s.score, s.identifying ? " identifying" : "", s.conflict.empty() ? "" : " conflict=", s.conflict.c_str());
    std::printf("    %s\n    %s\n    ", describe(records[a]).c_str(), describe(records[b]).c_str());
    for (const auto& e : s.evidence)
        std::printf("%.*s:%.*s %+.1f  ", static_cast<int>(e.field.size()), e.field.data(), static_cast<int>(e.level.size()),
                    e.level.data(), e.weight);
    std::printf("\n");
}

// Why a pair of one person's records, left in two clusters, does not link by itself.
std::string miss_reason(const NormalizedRecord& a, const NormalizedRecord& b, const dedup::FrequencyTable& freq,
                        const dedup::Thresholds& t) {
    const auto s = dedup::score_pair(a, b, &freq, false);
    if (!s.conflict.empty()) return "conflict: " + s.conflict;
    auto ka = dedup::search_keys(a), kb = dedup::blocking_keys(b);  // what a register would find
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    std::vector<std::string> common;
    std::set_intersection(ka.begin(), ka.end(), kb.begin(), kb.end(), std::back_inserter(common));
    const char* blocked = common.empty() ? " (no common blocking key)" : "";
    if (s.links(t)) return common.empty() ? "would link, never compared" : "would link: kept apart by its clusters";
    if (!s.identifying) return std::string("names only, nothing identifying") + blocked;
    if (s.score >= t.review) return std::string("identifying, score between review and link") + blocked;
    return std::string("identifying, score below review") + blocked;
}


// The true pairs no chain of identifying values connects, by the two records' sources ("pms+spa"):
// which systems' records the missing evidence comes from. `part` is each record's chained part.
std::vector<std::pair<std::string, double>> unattainable_by_sources(const std::vector<std::uint32_t>& part,
                                                                    const std::vector<NormalizedRecord>& records,
                                                                    const std::vector<GeneratedRecord>& generated) {
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> of_person;
    for (std::uint32_t i = 0; i < records.size(); ++i) of_person[generated[i].person_id].push_back(i);
    std::map<std::string, double> by;
    for (const auto& [_, rs] : of_person)
        for (std::size_t x = 0; x < rs.size(); ++x)
            for (std::size_t y = x + 1; y < rs.size(); ++y) {
                if (part[rs[x]] == part[rs[y]]) continue;
                const auto& a = records[rs[x]].source;
                const auto& b = records[rs[y]].source;
                by[a < b ? a + "+" + b : b + "+" + a] += 1;
            }
    std::vector<std::pair<std::string, double>> out(by.begin(), by.end());
    std::sort(out.begin(), out.end(), [](const auto& l, const auto& r) { return l.second > r.second; });
    return out;
}
// What linking on names alone would do on this data, the rule the engine does not have: the pairs
// of records sharing a full name (first name, not an initial, and last name, as name keys), by how
// many records carry the name, with the share that is one person; and the true pairs that are not
// attainable and do share a full name, the most recall such a link could add.
void print_names_alone(const std::vector<NormalizedRecord>& records, const std::vector<GeneratedRecord>& generated,
                       const std::vector<std::uint32_t>& part, double unattainable) {
    std::unordered_map<std::string, std::vector<std::uint32_t>> by_name;
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        const auto& r = records[i];
        if (r.first_name_key.size() < 2 || r.last_name_key.empty()) continue;
        by_name[r.first_name_key + '\x1f' + r.last_name_key].push_back(i);
    }
    constexpr std::array<std::size_t, 4> upto{2, 5, 20, static_cast<std::size_t>(-1)};
    std::array<double, 4> pairs{}, same{};
    double unattainable_named = 0;
    for (const auto& [_, ids] : by_name) {
        if (ids.size() < 2) continue;
        std::map<std::uint64_t, double> of_person;
        std::map<std::pair<std::uint64_t, std::uint32_t>, double> of_part;
        for (const auto i : ids) {
            of_person[generated[i].person_id] += 1;
            of_part[{generated[i].person_id, part[i]}] += 1;
        }
        const auto fits = [&ids](std::size_t u) { return ids.size() <= u; };
        const auto b = static_cast<std::size_t>(std::find_if(upto.begin(), upto.end(), fits) - upto.begin());
        pairs[b] += pairs_of(ids.size());
        for (const auto& [__, n] : of_person) {
            same[b] += n * (n - 1) / 2;
            unattainable_named += n * (n - 1) / 2;
        }
        for (const auto& [__, n] : of_part) unattainable_named -= n * (n - 1) / 2;
    }
    std::printf("names alone (a full name shared, not an initial), by records carrying the name: ");
    const char* label[] = {"2", "3-5", "6-20", ">20"};
    for (std::size_t b = 0; b < upto.size(); ++b)
        std::printf("%s%s: %.0f pairs, %.1f %% one person", b ? "; " : "", label[b], pairs[b],
                    pairs[b] > 0 ? 100.0 * same[b] / pairs[b] : 0.0);
    std::printf("\n  not attainable and sharing a full name: %.0f (%.1f %% of the pairs not attainable)\n",
                unattainable_named, unattainable > 0 ? 100.0 * unattainable_named / unattainable : 0.0);
}

}  // namespace

namespace {

// Imports the records into a temporary register as cardexctl import does (each row matched on its
// own, 5,000 to a transaction) and gives each record the smallest index of its final profile.
std::optional<std::vector<std::uint32_t>> register_profiles(const std::vector<cardex::gen::GeneratedRecord>& generated) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("cardex-bench-quality-" + std::to_string(getpid()));
    cardex::rcu::RegisterOptions options;
    options.normalize = bench::normalize_options();
    auto opened = cardex::rcu::Register::open(dir.string(), options);
    if (!opened) {
        std::fprintf(stderr, "bench_dedup_quality: %s\n", opened.error().c_str());
        return std::nullopt;
    }
    auto& reg = **opened;
    const auto start = bench::Clock::now();
    for (std::size_t done = 0; done < generated.size();) {
        std::vector<cardex::rcu::Ingest> in;
        for (; in.size() < 5000 && done < generated.size(); ++done)
            in.push_back({generated[done].record, std::nullopt, {}});
        if (auto r = reg.ingest_batch(in, "import:bench"); !r) {
            std::fprintf(stderr, "bench_dedup_quality: register import: %s\n", r.error().c_str());
            return std::nullopt;
        }
    }
    std::printf("register import %.1f s (%.0f records/s), %lld profiles, %lld open reviews\n", bench::seconds_since(start),
                static_cast<double>(generated.size()) / bench::seconds_since(start),
                static_cast<long long>(reg.store().stats().profiles), static_cast<long long>(reg.store().stats().open_reviews));
    std::vector<std::uint32_t> cluster_of(generated.size());
    std::unordered_map<cardex::rcu::ProfileId, std::uint32_t> first_of_profile;
    for (std::uint32_t i = 0; i < generated.size(); ++i) {
        const auto& raw = generated[i].record;
        auto r = reg.store().find_record(raw.get("source"), raw.get("source_record_id"));
        const cardex::rcu::ProfileId profile = r ? r->profile : 0;
        // A record the register did not keep (none should be) stays a cluster of its own.
        cluster_of[i] = profile == 0 ? i : first_of_profile.try_emplace(profile, i).first->second;
    }
    opened->reset();
    fs::remove_all(dir);
    return cluster_of;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Pairwise precision/recall of cardex::dedup::cluster_records on generated guests"};
    std::size_t count = 100'000;
    std::uint64_t seed = 42;
    unsigned threads = 2;
    std::size_t examples = 0, diagnose = 20'000;
    std::string json_path;
    app.add_option("--records", count, "Number of records")->check(CLI::PositiveNumber);
    app.add_option("--seed", seed, "Generator seed");
    app.add_option("--threads", threads, "Threads for normalisation and scoring")->check(CLI::Range(1u, 256u));
    app.add_option("--examples", examples, "Print up to this many wrong links per kind, and missed pairs, with evidence");
    std::string examples_why;
    app.add_option("--examples-why", examples_why, "Print only the missed pairs whose reason starts with this text");
    app.add_option("--diagnose", diagnose, "Missed pairs whose reason is tallied (a sample, in person order)");
    app.add_option("--json", json_path, "Also write the figures as JSON to this file");
    bool through_register = false;
    app.add_flag("--register", through_register,
                 "Measure the register's profiles instead: import the records into a temporary register, one by one "
                 "(wrong links and reviews are then not reported)");
    CLI11_PARSE(app, argc, argv);

    auto start = bench::Clock::now();
    const auto generated = cardex::gen::GuestGenerator(seed).generate(count);
    std::printf("records: %zu, generated in %.1f s\n", count, bench::seconds_since(start));

    start = bench::Clock::now();
    const auto records = bench::normalize_all(generated, threads, bench::normalize_options());
    const double normalize_s = bench::seconds_since(start);

    const dedup::MatchConfig config;
    start = bench::Clock::now();
    auto result = dedup::cluster_records(records, config, threads);
    const double cluster_s = bench::seconds_since(start);
    std::printf("normalise %.1f s, cluster_records %.1f s (%u threads), %zu candidate pairs, %zu oversized blocks\n",
                normalize_s, cluster_s, threads, result.candidate_pairs, result.oversized_blocks);
    if (through_register) {
        // The profiles an import into the register gives, one record after the other, replace the
        // batch's clusters; the batch's links and reviews are not the register's.
        auto profiles = register_profiles(generated);
        if (!profiles) return 1;
        result.cluster_of = std::move(*profiles);
        result.links.clear();
        result.reviews.clear();
    }

    std::unordered_map<std::uint64_t, PersonInfo> persons;
    std::size_t duplicates = 0;
    for (const auto& g : generated) {
        persons[g.person_id] = {g.trap, g.related_person_id};
        duplicates += g.duplicate;
    }
    const auto cells = contingency(result.cluster_of, generated);
    const Counts counts = pair_counts(cells);
    std::size_t clusters = 0;
    for (std::size_t i = 0; i < result.cluster_of.size(); ++i) clusters += result.cluster_of[i] == i;

    // False merges: pairs of records of two persons in one cluster, by how the persons are related.
    std::map<std::string_view, double> false_by_kind;
    for (std::size_t lo = 0; lo < cells.size();) {
        std::size_t hi = lo;
        while (hi < cells.size() && cells[hi].cluster == cells[lo].cluster) ++hi;
        for (std::size_t x = lo; x < hi; ++x)
            for (std::size_t y = x + 1; y < hi; ++y)
                false_by_kind[relation(persons, cells[x].person, cells[y].person)] +=
                    static_cast<double>(cells[x].records) * cells[y].records;
        lo = hi;
    }
    // The links that made them: a link joins two clusters through a pair (a, b); when a and b are
    // different persons that link is the wrong decision (a right link can still join two clusters
    // that were already wrong; those are counted where they went wrong).
    std::map<std::string_view, std::size_t> wrong_links;
    std::vector<const dedup::ScoredPair*> false_examples;
    // Scores of right and wrong links: where a threshold would cut.
    constexpr std::array<double, 7> bucket_floor = {14, 16, 18, 20, 25, 30, 40};
    std::array<std::array<std::size_t, 7>, 2> by_score{};  // [wrong][bucket]
    for (const auto& l : result.links) {
        const bool wrong = generated[l.a].person_id != generated[l.b].person_id;
        std::size_t bucket = 0;
        while (bucket + 1 < bucket_floor.size() && l.score.score >= bucket_floor[bucket + 1]) ++bucket;
        ++by_score[wrong][bucket];
        if (generated[l.a].person_id == generated[l.b].person_id) continue;
        // Up to K examples of each kind: the rarer kinds are the ones that need looking at.
        if (++wrong_links[relation(persons, generated[l.a].person_id, generated[l.b].person_id)] <= examples)
            false_examples.push_back(&l);
    }

    // Attainable pairs: no engine that needs evidence beyond names (docs/dedup.md) can join two
    // records of a person unless a chain of records sharing a birth date, personal e-mail, phone,
    // document, full address or booking, or a named visit during a stay, connects them. Recall
    // against those pairs separates what the engine misses from what the data does not allow.
    std::vector<std::uint32_t> part(records.size());
    {
        std::vector<std::uint32_t> parent(records.size());
        for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
        auto find = [&](std::uint32_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        std::unordered_map<std::string, std::uint32_t> holder;
        for (std::uint32_t i = 0; i < records.size(); ++i) {
            const auto& r = records[i];
            const std::string person = std::to_string(generated[i].person_id) + "|";
            for (const std::string& v : {r.birth_date.empty() ? std::string() : "b" + r.birth_date,
                                         r.email_kind == cardex::EmailKind::personal ? "e" + cardex::email_match_key(r.email) : std::string(),
                                         r.phone_e164.empty() ? std::string() : "p" + r.phone_e164,
                                         r.document_key.empty() ? std::string() : "d" + r.document_key,
                                         r.address_key.empty() || r.postcode.empty() ? std::string()
                                                                                     : "a" + r.address_key + "|" + r.postcode,
                                         r.booking_key.empty() ? std::string() : "s" + r.booking_key}) {
                if (v.empty()) continue;
                auto [it, inserted] = holder.try_emplace(person + v, i);
                if (!inserted) parent[find(i)] = find(it->second);
            }
        }
        // A spa or restaurant visit during one of the person's stays at that hotel, when the visit
        // has a first name (not an initial): the engine's "stay" evidence.
        std::unordered_map<std::string, std::vector<std::uint32_t>> stays;  // person|hotel → stay records
        for (std::uint32_t i = 0; i < records.size(); ++i)
            if (!records[i].stay_departure.empty())
                stays[std::to_string(generated[i].person_id) + "|" + records[i].hotel_id].push_back(i);
        for (std::uint32_t i = 0; i < records.size(); ++i) {
            const auto& v = records[i];
            if (!v.is_visit() || v.first_name_key.size() < 2) continue;
            auto it = stays.find(std::to_string(generated[i].person_id) + "|" + v.hotel_id);
            if (it == stays.end()) continue;
            for (std::uint32_t j : it->second)
                if (records[j].stay_arrival <= v.stay_arrival && v.stay_arrival <= records[j].stay_departure)
                    parent[find(i)] = find(j);
        }
        for (std::uint32_t i = 0; i < part.size(); ++i) part[i] = find(i);
    }
    Counts attainable;
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> keys(records.size());
        for (std::size_t i = 0; i < keys.size(); ++i) keys[i] = {part[i], result.cluster_of[i]};
        std::sort(keys.begin(), keys.end());
        for (std::size_t lo = 0; lo < keys.size();) {
            std::size_t hi = lo, cell = lo;
            for (; hi < keys.size() && keys[hi].first == keys[lo].first; ++hi)
                if (keys[hi] != keys[cell]) {
                    attainable.correct += pairs_of(hi - cell);
                    cell = hi;
                }
            attainable.correct += pairs_of(hi - cell);
            attainable.truth += pairs_of(hi - lo);
            lo = hi;
        }
    }

    // Reviews: how many of the pairs sent to an operator are one person.
    // Split by whether the pair had identifying evidence (names-only pairs go to review by design).
    std::size_t review_same = 0, review_names_only = 0, review_names_only_same = 0;
    for (const auto& r : result.reviews) {
        const bool same = generated[r.a].person_id == generated[r.b].person_id;
        review_same += same;
        if (!r.score.identifying) {
            ++review_names_only;
            review_names_only_same += same;
        }
    }

    std::printf("\npersons: %zu, duplicates: %zu records; clusters: %zu\n", persons.size(), duplicates, clusters);
    std::printf("true pairs %.0f, predicted pairs %.0f, correct %.0f\n", counts.truth, counts.predicted, counts.correct);
    std::printf("precision %.5f  (target >= 0.995)\nrecall    %.5f  (target >= 0.95)\nF1        %.5f\n",
                counts.precision(), counts.recall(), counts.f1());
    std::printf("false-merge pairs: %.0f\n", counts.predicted - counts.correct);
    for (const auto& [kind, n] : false_by_kind)
        std::printf("  %-14.*s %10.0f\n", static_cast<int>(kind.size()), kind.data(), n);
    std::printf("wrong links (a link between two persons' records):");
    for (const auto& [kind, n] : wrong_links) std::printf(" %.*s %zu", static_cast<int>(kind.size()), kind.data(), n);
    std::printf("\nlinks by score (right / wrong):");
    for (std::size_t b = 0; b < bucket_floor.size(); ++b)
        std::printf("  >=%.0f: %zu / %zu", bucket_floor[b], by_score[0][b], by_score[1][b]);
    std::printf("\nattainable pairs (persons' records chained by identifying values): %.0f (%.1f %% of true pairs), "
                "recall on them %.5f\n",
                attainable.truth, 100.0 * attainable.truth / counts.truth, attainable.recall());
    {
        const auto by_sources = unattainable_by_sources(part, records, generated);
        const double unattainable = counts.truth - attainable.truth;
        std::printf("  not attainable, by sources:");
        for (std::size_t i = 0; i < by_sources.size() && i < 8; ++i)
            std::printf(" %s %.1f %%", by_sources[i].first.c_str(), 100.0 * by_sources[i].second / unattainable);
        std::printf("\n");
        print_names_alone(records, generated, part, unattainable);
    }
    std::printf("review: %zu pairs (%.2f per 1000 records), %zu of them one person (%.1f %%)\n", result.reviews.size(),
                1000.0 * static_cast<double>(result.reviews.size()) / static_cast<double>(count), review_same,
                result.reviews.empty() ? 0.0 : 100.0 * static_cast<double>(review_same) / static_cast<double>(result.reviews.size()));
    std::printf("  names only (nothing identifying): %zu pairs, %zu of them one person; with identifying evidence: %zu, %zu\n",
                review_names_only, review_names_only_same, result.reviews.size() - review_names_only,
                review_same - review_names_only_same);

    // Missed pairs, diagnosed per person split over clusters (its "parts"): for two parts, the best
    // pair across them says why they stayed apart. Weighted by the pairs the split loses.
    dedup::FrequencyTable freq;
    for (const auto& r : records) freq.add(r);
    std::map<std::string, double> reasons, reasons_attainable;
    double diagnosed_attainable = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> missed_examples;
    double diagnosed = 0;
    {
        std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_person;
        for (std::uint32_t i = 0; i < generated.size(); ++i) by_person[generated[i].person_id].push_back(i);
        std::vector<std::uint64_t> order;
        for (const auto& [p, _] : by_person) order.push_back(p);
        std::sort(order.begin(), order.end());
        for (std::uint64_t p : order) {
            if (diagnosed >= static_cast<double>(diagnose)) break;
            std::map<std::uint32_t, std::vector<std::uint32_t>> parts;
            for (auto i : by_person[p]) parts[result.cluster_of[i]].push_back(i);
            if (parts.size() < 2) continue;
            for (auto x = parts.begin(); x != parts.end(); ++x)
                for (auto y = std::next(x); y != parts.end(); ++y) {
                    std::pair<std::uint32_t, std::uint32_t> best{x->second[0], y->second[0]};
                    double best_score = -1e9;
                    for (auto a : x->second)
                        for (auto b : y->second)
                            if (double s = dedup::score_pair(records[a], records[b], &freq, false).score; s > best_score)
                                best_score = s, best = {a, b};
                    const double lost = static_cast<double>(x->second.size()) * static_cast<double>(y->second.size());
                    diagnosed += lost;
                    const auto why = miss_reason(records[best.first], records[best.second], freq, config.thresholds);
                    reasons[why] += lost;
                    // The missed pairs a chain of identifying values connects: what the engine misses.
                    double lost_attainable = 0;
                    for (auto a : x->second)
                        for (auto b : y->second) lost_attainable += part[a] == part[b];
                    reasons_attainable[why] += lost_attainable;
                    diagnosed_attainable += lost_attainable;
                    if (missed_examples.size() < examples && why.rfind(examples_why, 0) == 0) missed_examples.push_back(best);
                }
        }
    }
    std::printf("missed pairs: %.0f; reasons for %.0f of them (best pair between the two parts of a split person):\n",
                counts.truth - counts.correct, diagnosed);
    std::vector<std::pair<double, std::string>> sorted_reasons;
    for (const auto& [why, n] : reasons) sorted_reasons.emplace_back(n, why);
    std::sort(sorted_reasons.rbegin(), sorted_reasons.rend());
    for (const auto& [n, why] : sorted_reasons) std::printf("  %6.1f %%  %s\n", 100.0 * n / diagnosed, why.c_str());
    std::printf("  of them attainable: %.0f, reasons:\n", diagnosed_attainable);
    sorted_reasons.clear();
    for (const auto& [why, n] : reasons_attainable)
        if (n > 0) sorted_reasons.emplace_back(n, why);
    std::sort(sorted_reasons.rbegin(), sorted_reasons.rend());
    for (const auto& [n, why] : sorted_reasons)
        std::printf("  %6.1f %%  %s\n", 100.0 * n / diagnosed_attainable, why.c_str());

    if (!false_examples.empty()) std::printf("\nwrong links, with the evidence they were made on:\n");
    for (const auto* l : false_examples) {
        std::printf("  [%s] #%u / #%u  score %.1f\n    %s\n    %s\n    ",
                    std::string(relation(persons, generated[l->a].person_id, generated[l->b].person_id)).c_str(), l->a,
                    l->b, l->score.score, describe(records[l->a]).c_str(), describe(records[l->b]).c_str());
        for (const auto& e : l->score.evidence)
            std::printf("%.*s:%.*s %+.1f  ", static_cast<int>(e.field.size()), e.field.data(),
                        static_cast<int>(e.level.size()), e.level.data(), e.weight);
        std::printf("\n");
    }
    if (!missed_examples.empty()) std::printf("\nmissed pairs (best pair between two parts of a person):\n");
    for (auto [a, b] : missed_examples)
        print_pair(records, a, b, freq, miss_reason(records[a], records[b], freq, config.thresholds));

    if (!json_path.empty()) {
        std::ofstream out(json_path);
        out << "{\"records\": " << count << ", \"seed\": " << seed << ", \"threads\": " << threads
            << ", \"persons\": " << persons.size() << ", \"clusters\": " << clusters
            << ", \"true_pairs\": " << counts.truth << ", \"predicted_pairs\": " << counts.predicted
            << ", \"correct_pairs\": " << counts.correct << ", \"precision\": " << counts.precision()
            << ", \"recall\": " << counts.recall() << ", \"attainable_pairs\": " << attainable.truth
            << ", \"recall_attainable\": " << attainable.recall() << ", \"f1\": " << counts.f1() << ", \"false_merge_pairs\": {";
        bool first = true;
        for (const auto& [kind, n] : false_by_kind) {
            out << (first ? "" : ", ") << bench::json_string(kind) << ": " << n;
            first = false;
        }
        out << "}, \"review_pairs\": " << result.reviews.size() << ", \"review_same_person\": " << review_same
            << ", \"normalize_s\": " << normalize_s << ", \"cluster_s\": " << cluster_s << "}\n";
        if (!out) {
            std::fprintf(stderr, "bench_dedup_quality: cannot write %s\n", json_path.c_str());
            return 1;
        }
    }
    std::printf("RESULT dedup_quality precision=%.5f recall=%.5f f1=%.5f records=%zu\n", counts.precision(),
                counts.recall(), counts.f1(), count);
    return 0;
}
