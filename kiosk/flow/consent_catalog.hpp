// kiosk/flow/consent_catalog.hpp — the exact consent wordings shown to guests, versioned.
//
// Why not in the .ts files: a consent record is evidence of what the guest read (text_id +
// text_version + language). A translator editing a .ts file would silently change that evidence;
// here, changing a wording means bumping its version in the same commit (tests check that every
// wording exists in every kiosk language).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cardex/model.hpp"

namespace cardex::kiosk {

struct ConsentText {
    cardex::ConsentPurpose purpose;
    std::string text_id;  ///< stable id of the wording, e.g. "kiosk.marketing_email"
    int text_version;     ///< bumped whenever the wording changes in any language
};

/// The consents the kiosk asks for, in display order: one per purpose and channel.
const std::vector<ConsentText>& kiosk_consents();

/// The wording of a consent in a kiosk language (fr en es it de zh uk); the English wording when the
/// language is not one of them. Empty for an unknown text_id.
std::string consent_wording(std::string_view text_id, std::string_view language);

/// The kiosk's languages, in the order of the welcome screen.
const std::vector<std::string>& kiosk_languages();

}  // namespace cardex::kiosk
