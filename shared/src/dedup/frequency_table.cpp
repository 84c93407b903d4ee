// Value frequencies for frequency-aware u-probabilities.
#include <cmath>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

namespace {

// Counts by 64-bit hash of the value, not by the value: adding a million records allocates no
// strings, a look-up builds none, and the register keeps no personal data in memory for it. Two
// values colliding in 64 bits (odds ~1e-8 for a million distinct values) would share a count.
// Open addressing with linear probing in one array: the batch looks values up for every candidate
// pair, and a node-based map spent most of that time on cache misses and allocations.
class Counter {
public:
    void add(std::string_view value) {
        if (value.empty()) return;
        if ((used_ + 1) * 4 > slots_.size() * 3) grow();
        Slot& s = slots_[find_slot(key_of(value))];
        if (s.count++ == 0) {
            s.key = key_of(value);
            ++used_;
        }
    }
    void remove(std::string_view value) {
        if (value.empty() || slots_.empty()) return;
        std::size_t i = find_slot(key_of(value));
        if (slots_[i].count == 0 || --slots_[i].count > 0) return;
        // Backward-shift deletion: later entries of the probe run move up, so no tombstones.
        --used_;
        for (std::size_t j = next(i);; j = next(j)) {
            if (slots_[j].count == 0) break;
            std::size_t home = slots_[j].key & mask();
            if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
                slots_[i] = slots_[j];
                slots_[j].count = 0;
                i = j;
            }
        }
        slots_[i].count = 0;
    }
    // Takes out (or puts back) the second and later occurrences of each value of `values`.
    void change_repeats(const std::vector<std::string_view>& values, bool restore) {
        std::unordered_set<std::uint64_t> seen;
        for (std::string_view v : values) {
            if (v.empty() || seen.insert(key_of(v)).second) continue;
            if (restore) add(v);
            else remove(v);
        }
    }
    std::uint32_t count(std::string_view value) const {
        if (value.empty() || slots_.empty()) return 0;
        return slots_[find_slot(key_of(value))].count;
    }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t count = 0;  // 0: empty
    };

    static std::uint64_t key_of(std::string_view value) {
        std::uint64_t h = std::hash<std::string_view>{}(value);
        return h ^ (h >> 29);  // mix high bits into the low ones the mask keeps
    }
    std::size_t mask() const { return slots_.size() - 1; }
    std::size_t next(std::size_t i) const { return (i + 1) & mask(); }
    // The slot holding `key`, or the empty slot where it would go.
    std::size_t find_slot(std::uint64_t key) const {
        std::size_t i = key & mask();
        while (slots_[i].count != 0 && slots_[i].key != key) i = next(i);
        return i;
    }
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 1024 : slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old)
            if (s.count != 0) slots_[find_slot(s.key)] = s;
    }

    std::vector<Slot> slots_;  // size a power of two, at most 3/4 used
    std::size_t used_ = 0;
};

// "a|b" in a reused buffer, valid until the next call on this thread: the batch asks for these
// values for every candidate pair, and a look-up should build no string.
std::string_view joined_value(std::string_view a, std::string_view b) {
    thread_local std::string buffer;
    buffer.assign(a).append(1, '|').append(b);
    return buffer;
}

// "12 rue des lilas|69003": the address counts with its postcode.
std::string_view address_value(const std::string& address_key, const std::string& postcode) {
    return address_key.empty() ? std::string_view() : joined_value(address_key, postcode);
}

// "jean|martin": a first and a last name key together.
std::string_view full_name_value(std::string_view first_key, std::string_view last_key) {
    return first_key.empty() || last_key.empty() ? std::string_view() : joined_value(first_key, last_key);
}

}  // namespace

struct FrequencyTable::Impl {
    Counter first, last, phone, email, address, full_name;
    std::uint64_t records = 0;

    // The share a value has among all records, counted over a population of at least `floor`
    // records. For names the floor (10,000) keeps a tiny register from making every name look
    // unique; for phones and e-mails it is a million: two records sharing a mobile in a small
    // register says nothing about that number being shared by many people.
    double share(const Counter& c, std::string_view key, double floor) const {
        double n = std::max<double>(static_cast<double>(records), floor);
        return std::max<double>(c.count(key), 1.0) / n;
    }

    void change_repeats(const std::vector<const NormalizedRecord*>& group, bool restore) {
        if (group.size() < 2) return;
        // Values built for the look-up are held (address and full name are joined in one reused
        // buffer); a deque never moves what it holds.
        std::deque<std::string> held;
        std::vector<std::string_view> values(group.size());
        auto each = [&](Counter& counter, auto value_of) {
            held.clear();
            for (std::size_t i = 0; i < group.size(); ++i) values[i] = value_of(*group[i]);
            counter.change_repeats(values, restore);
        };
        each(first, [](const NormalizedRecord& r) { return std::string_view(r.first_name_key); });
        each(last, [](const NormalizedRecord& r) { return std::string_view(r.last_name_key); });
        each(phone, [](const NormalizedRecord& r) { return std::string_view(r.phone_e164); });
        each(email, [&held](const NormalizedRecord& r) { return std::string_view(held.emplace_back(email_match_key(r.email))); });
        each(address, [&held](const NormalizedRecord& r) {
            return std::string_view(held.emplace_back(address_value(r.address_key, r.postcode)));
        });
        each(full_name, [&held](const NormalizedRecord& r) {
            return std::string_view(held.emplace_back(full_name_value(r.first_name_key, r.last_name_key)));
        });
    }
};

FrequencyTable::FrequencyTable() : impl_(std::make_unique<Impl>()) {}
FrequencyTable::~FrequencyTable() = default;
FrequencyTable::FrequencyTable(FrequencyTable&&) noexcept = default;
FrequencyTable& FrequencyTable::operator=(FrequencyTable&&) noexcept = default;

void FrequencyTable::add(const NormalizedRecord& r) {
    impl_->first.add(r.first_name_key);
    impl_->last.add(r.last_name_key);
    impl_->phone.add(r.phone_e164);
    impl_->email.add(email_match_key(r.email));
    impl_->address.add(address_value(r.address_key, r.postcode));
    impl_->full_name.add(full_name_value(r.first_name_key, r.last_name_key));
    ++impl_->records;
}

void FrequencyTable::remove(const NormalizedRecord& r) {
    impl_->first.remove(r.first_name_key);
    impl_->last.remove(r.last_name_key);
    impl_->phone.remove(r.phone_e164);
    impl_->email.remove(email_match_key(r.email));
    impl_->address.remove(address_value(r.address_key, r.postcode));
    impl_->full_name.remove(full_name_value(r.first_name_key, r.last_name_key));
    if (impl_->records > 0) --impl_->records;
}

namespace {
constexpr double kNamePopulation = 1e4, kContactPopulation = 1e6;
}

double FrequencyTable::first_name_share(std::string_view key) const { return impl_->share(impl_->first, key, kNamePopulation); }
double FrequencyTable::last_name_share(std::string_view key) const { return impl_->share(impl_->last, key, kNamePopulation); }
double FrequencyTable::phone_share(std::string_view e164) const { return impl_->share(impl_->phone, e164, kContactPopulation); }
double FrequencyTable::email_share(std::string_view email) const { return impl_->share(impl_->email, email, kContactPopulation); }
double FrequencyTable::address_share(std::string_view key) const { return impl_->share(impl_->address, key, kContactPopulation); }
double FrequencyTable::address_share(const std::string& address_key, const std::string& postcode) const {
    return address_share(address_value(address_key, postcode));
}
std::uint32_t FrequencyTable::full_name_records(std::string_view first_key, std::string_view last_key) const {
    return impl_->full_name.count(full_name_value(first_key, last_key));
}
std::uint64_t FrequencyTable::records() const { return impl_->records; }

void FrequencyTable::forget_repeats(const std::vector<const NormalizedRecord*>& records) {
    impl_->change_repeats(records, false);
}
void FrequencyTable::restore_repeats(const std::vector<const NormalizedRecord*>& records) {
    impl_->change_repeats(records, true);
}

}  // namespace cardex::dedup
