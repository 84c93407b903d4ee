// generator/text_variants.hpp — how names get altered between systems (internal): case changes,
// dropped accents, mis-decoded UTF-8, typing errors, initials.
#pragma once

#include <string>
#include <string_view>

#include "rng.hpp"

namespace cardex::gen {

std::string to_upper(std::string_view utf8);  ///< Latin-1, Latin Extended-A and Cyrillic letters
std::string to_lower(std::string_view utf8);

/// Drops diacritics from Latin letters the way ASCII-only systems do ("Hélène" → "Helene",
/// "Weiß" → "Weiss", "Œuvre" → "OEuvre"); other scripts are left as they are.
std::string fold_to_ascii(std::string_view utf8);

/// True when the text has a character outside ASCII.
bool has_non_ascii(std::string_view text);

/// UTF-8 bytes read as Windows-1252 and written back as UTF-8: "Léonard" → "LÃ©onard".
std::string mojibake(std::string_view utf8);

/// One typing error: a letter replaced by a keyboard neighbour, doubled, dropped, or two letters
/// swapped. Names shorter than 4 letters are returned unchanged.
std::string typo(std::string_view utf8, Rng& rng);

/// "Pierre" → "P" or "P."; "Jean-Pierre" → "J.-P.", "JP" or "J.".
std::string initial(std::string_view utf8, Rng& rng);

/// Lower-case ASCII form for e-mail local parts: accents folded, spaces and apostrophes removed.
std::string email_word(std::string_view utf8);

/// "Jean-Pierre" ⇄ "Jean Pierre" (one of the commonest differences between two systems).
std::string swap_hyphen_space(std::string_view utf8);

}  // namespace cardex::gen
