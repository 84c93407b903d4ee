// cardex/model.hpp — what a guest submits on a tablet, as plain value types.
//
// These mirror the JSON of protocol.md (v1) field for field. Dates are kept as the ISO strings of the
// wire ("YYYY-MM-DD", RFC 3339 timestamps); validation (cardex/validation.hpp) checks them.
// Empty string means "not given".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cardex {

enum class SubmissionKind { registration_card, precheckin, email_capture };
enum class DocumentType { passport, id_card, driving_licence, residence_permit };
enum class Relationship { child, spouse, other };
enum class ConsentPurpose { marketing_email, marketing_sms, profiling, data_processing };
enum class SignatureFormat { svg_path, png_base64 };

/// Wire names ("registration_card", "svg-path", …) and their inverses (nullopt when unknown).
std::string_view to_string(SubmissionKind v);
std::string_view to_string(DocumentType v);
std::string_view to_string(Relationship v);
std::string_view to_string(ConsentPurpose v);
std::string_view to_string(SignatureFormat v);
std::optional<SubmissionKind> submission_kind_from(std::string_view s);
std::optional<DocumentType> document_type_from(std::string_view s);
std::optional<Relationship> relationship_from(std::string_view s);
std::optional<ConsentPurpose> consent_purpose_from(std::string_view s);
std::optional<SignatureFormat> signature_format_from(std::string_view s);

struct Address {
    std::string line1, line2, postcode, city, region;
    std::string country;  ///< ISO 3166-1 alpha-2
    bool operator==(const Address&) const = default;
};

struct IdentityDocument {
    DocumentType type = DocumentType::passport;
    std::string number;
    std::string issuing_country;  ///< alpha-2
    std::string expiry_date;      ///< "YYYY-MM-DD" or empty
    bool operator==(const IdentityDocument&) const = default;
};

struct Guest {
    std::string title, first_name, last_name;
    std::string birth_date;   ///< "YYYY-MM-DD" or empty
    std::string birth_place;
    std::string nationality;  ///< alpha-2
    std::string email, phone;
    Address address;
    std::optional<IdentityDocument> document;
    bool operator==(const Guest&) const = default;
};

struct Stay {
    std::string arrival, departure;  ///< "YYYY-MM-DD"
    int adults = 1;
    int children = 0;
    bool operator==(const Stay&) const = default;
};

struct Companion {
    std::string first_name, last_name;
    std::string birth_date;   ///< "YYYY-MM-DD" or empty
    std::string nationality;  ///< alpha-2
    Relationship relationship = Relationship::other;
    bool operator==(const Companion&) const = default;
};

/// One consent decision as shown to the guest: the exact text version, language and time.
struct ConsentEvent {
    ConsentPurpose purpose = ConsentPurpose::marketing_email;
    bool granted = false;
    std::string text_id;
    int text_version = 0;
    std::string language;     ///< BCP 47
    std::string captured_at;  ///< RFC 3339
    bool operator==(const ConsentEvent&) const = default;
};

struct Signature {
    SignatureFormat format = SignatureFormat::svg_path;
    std::string data;
    std::string sha256;  ///< lower-case hex of SHA-256(data)
    bool operator==(const Signature&) const = default;
};

/// One finished guest flow on a tablet.
struct Submission {
    std::string submission_id;  ///< UUID made on the tablet, stable across retries
    SubmissionKind kind = SubmissionKind::registration_card;
    std::string captured_at;    ///< RFC 3339 with offset
    std::string reservation_ref;
    std::string language;       ///< BCP 47
    Guest guest;
    std::optional<Stay> stay;
    std::vector<Companion> companions;
    std::vector<ConsentEvent> consents;
    std::optional<Signature> signature;
    bool operator==(const Submission&) const = default;
};

}  // namespace cardex
