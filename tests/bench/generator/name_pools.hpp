// generator/name_pools.hpp — first and last names per nationality (internal).
//
// Each pool lists names from the most to the least frequent (Rng::pick_skewed gives the skew).
// An entry is "|"-separated spellings of one name:
//   Latin-script pools:  "Müller|Mueller"        the native form, then other spellings seen in
//                                                  passports and OTAs (umlaut as "ue", "Sato" for "Satō")
//   Cyrillic pools:      "Олександр|Oleksandr|Alexander|Aleksandr"
//                                                  native, the passport romanisation, then variants
//                                                  (traditional, French or German style)
//   Han pools:           "小明|Xiaoming|Xiao Ming|Xiao-Ming"   Han, Pinyin, then other writings
#pragma once

#include <span>
#include <string_view>

#include "countries.hpp"

namespace cardex::gen {

enum class Script { latin, cyrillic, han };

struct NamePools {
    Script script = Script::latin;
    std::span<const std::string_view> male, female, last;
};

const NamePools& name_pools(Nat nat);

// Defined in name_pools_latin.cpp and name_pools_world.cpp.
NamePools latin_pools(Nat nat);
NamePools world_pools(Nat nat);

}  // namespace cardex::gen
