// generator/guest_generator.hpp — synthetic hotel guest records with ground truth.
//
// Produces rows of the import CSV (shared/design/import-schema.md) as PMS, channel manager, kiosk,
// spa and restaurant systems write them, for persons of several nationalities, with the variations
// real data has (case, initials, swapped names, OTA relay e-mails, national/international phones,
// date forms, mis-decoded UTF-8, typos, transliterations) and look-alike different persons (couples,
// twins, parent and child, colleagues, namesakes). Each record carries the id of the person it
// belongs to, which is the truth dedup is measured against.
//
// Deterministic: one seed gives the same records (std::mt19937_64 and hand-written distributions, so
// the standard library does not matter; IEEE exp/log pick the frequency-skewed names).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cardex/normalize.hpp"

namespace cardex::gen {

/// Different persons who look alike: the dedup must keep them apart.
enum class TrapKind : std::uint8_t {
    none,
    couple,        ///< same last name, address, home phone, sometimes one shared e-mail
    twins,         ///< same last name, birth date, address, home phone
    parent_child,  ///< same first and last name and address, born 25–35 years apart
    colleagues,    ///< same company switchboard, role e-mail and company address
    namesakes,     ///< same common first and last name, different city and birth date
};
inline constexpr int trap_kind_count = 6;
std::string_view to_string(TrapKind kind);

struct GeneratedRecord {
    std::uint64_t person_id = 0;  ///< the truth: records of one person share it (ids start at 1)
    cardex::RawRecord record;     ///< import-schema columns; only non-empty values are present
    bool duplicate = false;       ///< the person already had an earlier record
    TrapKind trap = TrapKind::none;         ///< the look-alike group the person belongs to
    std::uint64_t related_person_id = 0;    ///< the look-alike, 0 when trap == none
};

struct GeneratorOptions {
    double duplicate_rate = 0.35;  ///< share of records that are another record of an existing person
    double trap_rate = 0.04;       ///< share of new persons created as a look-alike pair
    int hotels = 40;               ///< hotel ids H001…
    int reference_year = 2026;     ///< "today" for ages and stay dates (fixed: output must not depend on the clock)
};

class GuestGenerator {
public:
    explicit GuestGenerator(std::uint64_t seed, GeneratorOptions options = {});
    ~GuestGenerator();
    GuestGenerator(GuestGenerator&&) noexcept;
    GuestGenerator& operator=(GuestGenerator&&) noexcept;

    GeneratedRecord next();
    std::vector<GeneratedRecord> generate(std::size_t n);

    std::size_t persons() const;  ///< persons created so far

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The value of a column of a generated record, or "" (like RawRecord::get, without linking the
/// normaliser).
std::string_view field(const cardex::RawRecord& record, std::string_view column);

/// The import-schema columns, in the order the CSV writer uses.
const std::vector<std::string_view>& csv_columns();

/// Appends one field with RFC 4180 quoting (quoted when it holds ",", '"', CR or LF).
void append_csv_field(std::string& out, std::string_view value);

/// Appends the header line. Lines end with LF (readers accept it; Unix tools prefer it).
void append_csv_header(std::string& out);

/// Appends one record as a CSV line in csv_columns() order; absent columns are empty.
void append_csv_row(std::string& out, const cardex::RawRecord& record);

}  // namespace cardex::gen
