// Value frequencies for frequency-aware u-probabilities.
#include <cmath>
#include <string>
#include <unordered_map>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

namespace {

struct Counter {
    std::unordered_map<std::string, std::uint32_t> counts;

    void add(const std::string& key) {
        if (!key.empty()) ++counts[key];
    }
    void remove(const std::string& key) {
        if (key.empty()) return;
        auto it = counts.find(key);
        if (it != counts.end() && --it->second == 0) counts.erase(it);
    }
    std::uint32_t count(std::string_view key) const {
        auto it = counts.find(std::string(key));
        return it == counts.end() ? 0 : it->second;
    }
};

}  // namespace

struct FrequencyTable::Impl {
    Counter first, last, phone, email, address;
    std::uint64_t records = 0;

    // The share a value has among all records, counted over a population of at least `floor`
    // records. For names the floor (10,000) keeps a tiny register from making every name look
    // unique; for phones and e-mails it is a million: two records sharing a mobile in a small
    // register says nothing about that number being shared by many people.
    double share(const Counter& c, std::string_view key, double floor) const {
        double n = std::max<double>(static_cast<double>(records), floor);
        return std::max<double>(c.count(key), 1.0) / n;
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
    impl_->email.add(r.email);
    impl_->address.add(r.address_key.empty() ? std::string{} : r.address_key + "|" + r.postcode);
    ++impl_->records;
}

void FrequencyTable::remove(const NormalizedRecord& r) {
    impl_->first.remove(r.first_name_key);
    impl_->last.remove(r.last_name_key);
    impl_->phone.remove(r.phone_e164);
    impl_->email.remove(r.email);
    impl_->address.remove(r.address_key.empty() ? std::string{} : r.address_key + "|" + r.postcode);
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
std::uint64_t FrequencyTable::records() const { return impl_->records; }

}  // namespace cardex::dedup
