#include "dedup/given_name_variants.hpp"

#include <string>
#include <unordered_map>

namespace cardex::dedup {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// The spelling without what romanisations and keyboards vary: a typed-out umlaut before a
// consonant ("juergen", "joerg": never at the end or before a vowel, where "joe", "joey" and "zoe"
// are names of their own), y for i, the French "iou" (Iouri), ph for f, x for ks, doubled letters.
// "yurii", "yuriy", "yury" and "iouri" all become "iuri".
std::string skeleton(std::string_view key) {
    std::string s;
    s.reserve(key.size() + 2);
    for (std::size_t i = 0; i < key.size(); ++i) {
        char c = key[i];
        const char next = i + 1 < key.size() ? key[i + 1] : '\0';
        if ((c == 'a' || c == 'o' || c == 'u') && next == 'e' && i + 2 < key.size() && key[i + 2] != ' ' &&
            !is_vowel(key[i + 2])) {
            ++i;  // drop the 'e' of the umlaut
        } else if (c == 'i' && key.substr(i, 3) == "iou") {
            ++i;  // drop the 'o': "iou" → "iu"
        } else if (c == 'p' && next == 'h') {
            c = 'f';
            ++i;
        } else if (c == 'x') {
            s += 'k';
            c = 's';
        } else if (c == 'y') {
            c = 'i';
        }
        if (!s.empty() && s.back() == c && c != ' ') continue;
        s += c;
    }
    return s;
}

// The Ukrainian, Russian and passport forms of one name, as skeletons, one group per entry. Only
// forms that are the same name in these languages' romanisations; no translations into Western
// languages.
constexpr std::string_view kGroups[] = {
    "oleksandr oleksander aleksandr aleksander aleksandre", "oleksi aleksei", "andri andrei",
    "serhi sergei serguei", "dmitro dmitri", "volodimir wolodimir vladimir wladimir",
    "mikhailo mikhail michail", "iuri juri", "viktor victor", "vasil vasili", "mikola nikolai",
    "oleh oleg", "bohdan bogdan", "iaroslav jaroslav", "petro petr piotr", "artem artiom",
    "ievhen ievgen evhen evgeni ievgeni evgueni", "ihor igor", "pavlo pavel", "hrihori grigori",
    "kostiantin konstantin", "ruslan rouslan", "timur timour", "fedor fiodor", "egor iegor",
    "heorhi georgi", "olena elena ielena", "tetiana tatiana", "iulia julia", "svitlana svetlana",
    "katerina ekaterina iekaterina", "olha olga", "liudmila ludmila", "halina galina",
    "viktoria victoria", "hana gana", "khristina kristina christina", "vira vera",
    "nadezhda nadejda", "alena aliona", "veronika veronica"};

// skeleton → its group's index.
const std::unordered_map<std::string, int>& group_of() {
    static const std::unordered_map<std::string, int> map = [] {
        std::unordered_map<std::string, int> m;
        int id = 0;
        for (std::string_view group : kGroups) {
            while (!group.empty()) {
                const auto space = group.find(' ');
                m.emplace(std::string(group.substr(0, space)), id);
                if (space == std::string_view::npos) break;
                group.remove_prefix(space + 1);
            }
            ++id;
        }
        return m;
    }();
    return map;
}

}  // namespace

bool given_name_variants(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty() || a == b) return false;
    const std::string sa = skeleton(a), sb = skeleton(b);
    if (sa == sb) return true;
    const auto& groups = group_of();
    const auto ga = groups.find(sa), gb = groups.find(sb);
    return ga != groups.end() && gb != groups.end() && ga->second == gb->second;
}

}  // namespace cardex::dedup
