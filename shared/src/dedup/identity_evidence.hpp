// What kind of identifying evidence a pair (or two groups) has: see cardex::dedup::identifies.
#pragma once

#include "cardex/dedup.hpp"

namespace cardex::dedup {

struct IdentityEvidence {
    bool personal = false;           ///< mobile, personal e-mail, document
    bool birth_date = false;         ///< exact, day/month swapped or one digit
    bool household = false;          ///< same address, fixed line or booking: shared by a household or party
    bool last_names_differ = false;
    bool contact_differs = false;    ///< two different mobiles, personal e-mails or documents
    bool line_or_document_differs = false;  ///< two different mobiles or documents (not e-mails: people have several)
    bool first_name_weak = false;    ///< a first name missing, an initial, or different

    void add(const Evidence& e);
    bool identifies() const {
        return personal || (household && !contact_differs && !first_name_weak && !last_names_differ) ||
               (birth_date && !line_or_document_differs && (!last_names_differ || household));
    }
};

}  // namespace cardex::dedup
