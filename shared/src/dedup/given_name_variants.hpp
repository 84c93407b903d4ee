// Spellings of one given name that a string distance does not see.
//
// Two first names held "different" forbid a link (they are two people: couples, parent and child).
// Some pairs that look different are one name written by two systems: German umlauts typed out
// ("Jürgen" → key "jurgen", typed "Juergen"), the several romanisations of a Cyrillic name
// ("Yuriy" / "Yurii" / "Iouri", "Liudmyla" / "Lyudmila"), and the Ukrainian and Russian forms of
// one name that passports and bookings mix ("Oleksandr" / "Aleksandr", "Mykola" / "Nikolai").
// Translations into another language ("Mykhailo" / "Michel", "Olena" / "Hélène") are not in it:
// in France a Michel is not a Mikhail, and a father and son may carry the two.
#pragma once

#include <string_view>

namespace cardex::dedup {

/// True when two different first-name keys (cardex::name_key output) are spellings of one name.
bool given_name_variants(std::string_view a, std::string_view b);

}  // namespace cardex::dedup
