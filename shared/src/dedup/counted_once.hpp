// A profile or a cluster scored as one person: its repeated values count once meanwhile.
#pragma once

#include <utility>
#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

/// While it lives, each value that one person's records (a profile, a cluster) repeat counts once
/// in the frequency table (FrequencyTable::forget_repeats): scored against others, they are one
/// person, however many stays and bills they have. Not while other threads read the table, and
/// never nested over the same records: a value's repeats taken out twice would be put back more
/// often than they were taken out (the table does not count below zero).
class CountedOnce {
public:
    CountedOnce(FrequencyTable& table, std::vector<const NormalizedRecord*> records)
        : table_(table), records_(std::move(records)) {
        table_.forget_repeats(records_);
    }
    ~CountedOnce() { table_.restore_repeats(records_); }
    CountedOnce(const CountedOnce&) = delete;
    CountedOnce& operator=(const CountedOnce&) = delete;

    const std::vector<const NormalizedRecord*>& records() const { return records_; }

private:
    FrequencyTable& table_;
    std::vector<const NormalizedRecord*> records_;
};

}  // namespace cardex::dedup
