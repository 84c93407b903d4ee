// Written forms of phone numbers, dates and countries, following each country's habits.
#include "formats.hpp"

#include <vector>

namespace cardex::gen {
namespace {

// How the digits of a national number are grouped when written in its country.
std::vector<int> phone_groups(const Phone& p) {
    const int n = static_cast<int>(p.nsn.size());
    const int a = p.area_length;
    switch (p.country) {
    case Nat::FR: return {1, 2, 2, 2, 2};
    case Nat::DE: return p.mobile ? std::vector{3, n - 3} : std::vector{a, n - a};
    case Nat::ES: return p.mobile ? std::vector{3, 2, 2, 2} : a == 2 ? std::vector{2, 3, 2, 2} : std::vector{3, 3, 3};
    case Nat::PT: return {3, 3, 3};
    case Nat::IT: return p.mobile ? std::vector{3, 3, 4} : std::vector{a, n - a};
    case Nat::GB:
        if (p.mobile) return {4, 6};
        if (p.nsn.starts_with("20") || p.nsn.starts_with("29")) return {2, 4, 4};
        return a == 3 ? std::vector{3, 3, 4} : std::vector{4, 6};
    case Nat::US: return {3, 3, 4};
    case Nat::BE: return p.mobile ? std::vector{3, 2, 2, 2} : a == 1 ? std::vector{1, 3, 2, 2} : std::vector{2, 2, 2, 2};
    case Nat::CH: return {2, 3, 2, 2};
    case Nat::NL: return p.mobile ? std::vector{1, 8} : std::vector{2, 3, 4};
    case Nat::UA: return {2, 3, 2, 2};
    case Nat::RU: return {3, 3, 2, 2};
    case Nat::CN: return p.mobile ? std::vector{3, 4, 4} : std::vector{a, 4, 4};
    case Nat::JP: return p.mobile ? std::vector{2, 4, 4} : a == 1 ? std::vector{1, 4, 4} : std::vector{2, 3, 4};
    }
    return {n};
}

std::string grouped(const Phone& p, char sep) {
    std::string out;
    std::size_t pos = 0;
    for (int g : phone_groups(p)) {
        if (pos >= p.nsn.size() || g <= 0) break;
        if (!out.empty()) out.push_back(sep);
        out += p.nsn.substr(pos, static_cast<std::size_t>(g));
        pos += static_cast<std::size_t>(g);
    }
    if (pos < p.nsn.size()) out += p.nsn.substr(pos);
    return out;
}

// Chinese mobiles are dialled without the trunk "0" that fixed lines take.
std::string_view trunk(const Phone& p) {
    if (p.country == Nat::CN && p.mobile) return "";
    return country(p.country).trunk;
}

std::string national(const Phone& p, PhoneStyle style) {
    if (p.country == Nat::US) {
        const std::string a = p.nsn.substr(0, 3), b = p.nsn.substr(3, 3), c = p.nsn.substr(6);
        if (style == PhoneStyle::national_spaced) return "(" + a + ") " + b + "-" + c;
        if (style == PhoneStyle::national_dots) return a + "." + b + "." + c;
        return a + b + c;
    }
    if (p.country == Nat::RU && style == PhoneStyle::national_spaced) {
        const std::string g = grouped(p, ' ');  // "916 123 45 67" → "8 (916) 123-45-67"
        return "8 (" + g.substr(0, 3) + ") " + g.substr(4, 3) + "-" + g.substr(8, 2) + "-" + g.substr(11);
    }
    const std::string t(trunk(p));
    switch (style) {
    case PhoneStyle::national_compact: return t + p.nsn;
    case PhoneStyle::national_dots: {
        const char sep = p.country == Nat::FR || p.country == Nat::BE ? '.'
                         : p.country == Nat::DE || p.country == Nat::CH ? '/' : '-';
        return t + grouped(p, sep);
    }
    default: return t + grouped(p, ' ');
    }
}

}  // namespace

std::string e164(const Phone& phone) {
    return cat({"+", country(phone.country).calling_code, phone.nsn});
}

std::string format_phone(const Phone& p, PhoneStyle style) {
    if (p.empty()) return {};
    const std::string cc(country(p.country).calling_code);
    switch (style) {
    case PhoneStyle::national_spaced:
    case PhoneStyle::national_compact:
    case PhoneStyle::national_dots: return national(p, style);
    case PhoneStyle::intl_spaced: return "+" + cc + " " + grouped(p, ' ');
    case PhoneStyle::intl_compact: return e164(p);
    case PhoneStyle::intl_00: return "00" + cc + p.nsn;
    case PhoneStyle::intl_trunk:
        if (trunk(p) == "0") return "+" + cc + " (0)" + grouped(p, ' ');
        return "+" + cc + " " + grouped(p, ' ');
    }
    return e164(p);
}

long days_from_civil(Ymd d) {
    const int y = d.year - (d.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const auto mp = static_cast<unsigned>(d.month > 2 ? d.month - 3 : d.month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long y = static_cast<long>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::string format_date(Ymd d, DateStyle style) {
    const auto y = static_cast<unsigned>(d.year), m = static_cast<unsigned>(d.month), day = static_cast<unsigned>(d.day);
    std::string out;
    out.reserve(10);
    auto dmy = [&](char sep, int width) {
        append_number(out, day, width);
        out.push_back(sep);
        append_number(out, m, width);
        out.push_back(sep);
        append_number(out, y, 4);
    };
    switch (style) {
    case DateStyle::iso:
        append_number(out, y, 4);
        out.push_back('-');
        append_number(out, m, 2);
        out.push_back('-');
        append_number(out, day, 2);
        break;
    case DateStyle::compact:
        append_number(out, y, 4);
        append_number(out, m, 2);
        append_number(out, day, 2);
        break;
    case DateStyle::dmy_slash: dmy('/', 2); break;
    case DateStyle::dmy_dot: dmy('.', 2); break;
    case DateStyle::dmy_unpadded: dmy('/', 1); break;
    case DateStyle::dmy_dash: dmy('-', 2); break;
    case DateStyle::mdy_slash:
        append_number(out, m, 2);
        out.push_back('/');
        append_number(out, day, 2);
        out.push_back('/');
        append_number(out, y, 4);
        break;
    }
    return out;
}

std::string_view nth_form(std::string_view forms, std::size_t i) {
    std::size_t start = 0;
    for (std::size_t k = 0; k < i; ++k) {
        const auto bar = forms.find('|', start);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    const auto end = forms.find('|', start);
    return forms.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

std::size_t form_count(std::string_view forms) {
    std::size_t n = 1;
    for (char c : forms) n += c == '|' ? 1 : 0;
    return n;
}

std::string format_country(Nat nat, CountryForm form, Rng& rng) {
    const CountryInfo& c = country(nat);
    // names: 0 fr, 1 en, 2 de, 3 es, 4 it, 5 zh, 6 uk, 7… native name and aliases
    static constexpr std::size_t native_index[nat_count] = {0, 2, 3, 4, 1, 1, 0, 2, 7, 0, 6, 7, 5, 5};
    switch (form) {
    case CountryForm::alpha2: return std::string(c.alpha2);
    case CountryForm::alpha3: return std::string(c.alpha3);
    case CountryForm::name_fr: return std::string(nth_form(c.names, 0));
    case CountryForm::name_en: return std::string(nth_form(c.names, 1));
    case CountryForm::name_native: return std::string(nth_form(c.names, native_index[static_cast<int>(nat)]));
    case CountryForm::alias: {
        const std::size_t n = form_count(c.names);
        return std::string(nth_form(c.names, n > 7 ? 7 + rng.index(n - 7) : 1));
    }
    }
    return std::string(c.alpha2);
}

}  // namespace cardex::gen
