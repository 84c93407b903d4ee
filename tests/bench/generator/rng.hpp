// generator/rng.hpp — the generator's random source (internal).
//
// Everything is drawn from one seeded std::mt19937_64 and turned into numbers by hand, not by the
// standard distributions, so that a seed gives the same data with any standard library.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string>

namespace cardex::gen {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}

    std::uint64_t bits() { return engine_(); }

    /// Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(bits() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [lo, hi] (the modulo bias is below 2^-40 for the small ranges used here).
    int uniform(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return lo + static_cast<int>(bits() % span);
    }

    std::size_t index(std::size_t size) { return static_cast<std::size_t>(bits() % size); }

    bool chance(double p) { return unit() < p; }

    template <class T>
    const T& pick(std::span<const T> items) { return items[index(items.size())]; }

    /// A rank in [0, size) with weight 1/(rank + k): the head of a frequency-ordered list is picked
    /// often ("Martin", "Müller") and the tail still appears. k = 10 gives the top entry of a
    /// 100-name list about 4 %, close to real surname frequencies within such a list.
    std::size_t skewed_index(std::size_t size, double k = 10.0) {
        const double n = static_cast<double>(size);
        const double r = k * std::exp(unit() * std::log((n + k) / k)) - k;
        const auto i = static_cast<std::size_t>(r < 0 ? 0 : r);
        return i < size ? i : size - 1;
    }

    template <class T>
    const T& pick_skewed(std::span<const T> items, double k = 10.0) { return items[skewed_index(items.size(), k)]; }

    /// n random decimal digits; the first is never 0 when `nonzero_first`. The low 15 decimal
    /// digits of a 64-bit draw are uniform to within 1e-4, so one draw serves 15 digits.
    std::string digits(int n, bool nonzero_first = false) {
        std::string s;
        s.reserve(static_cast<std::size_t>(n));
        if (nonzero_first && n > 0) s.push_back(static_cast<char>('0' + uniform(1, 9)));
        return s + token(n - static_cast<int>(s.size()), "0123456789");
    }

    /// n characters from `alphabet`, several per draw (as many as keep the bias below 1e-4).
    std::string token(int n, std::string_view alphabet = "abcdefghijklmnopqrstuvwxyz0123456789") {
        std::string s;
        s.reserve(static_cast<std::size_t>(n));
        const std::uint64_t base = alphabet.size();
        std::uint64_t x = 0, range = 0;
        for (int i = 0; i < n; ++i) {
            if (range < (std::uint64_t{1} << 14) * base) {  // not enough randomness left: draw again
                x = bits() >> 14;
                range = std::uint64_t{1} << 50;
            }
            s.push_back(alphabet[x % base]);
            x /= base;
            range /= base;
        }
        return s;
    }

private:
    std::mt19937_64 engine_;
};

}  // namespace cardex::gen
