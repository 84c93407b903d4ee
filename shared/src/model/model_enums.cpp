// Wire names of the model's enums (protocol.md v1). The tables are the single place where a name
// is spelt, so to_string and *_from cannot disagree.
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "cardex/model.hpp"

namespace cardex {

namespace {

template <class E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<SubmissionKind, 3> kind_names{{
    {SubmissionKind::registration_card, "registration_card"},
    {SubmissionKind::precheckin, "precheckin"},
    {SubmissionKind::email_capture, "email_capture"},
}};

constexpr Names<DocumentType, 4> document_names{{
    {DocumentType::passport, "passport"},
    {DocumentType::id_card, "id_card"},
    {DocumentType::driving_licence, "driving_licence"},
    {DocumentType::residence_permit, "residence_permit"},
}};

constexpr Names<Relationship, 3> relationship_names{{
    {Relationship::child, "child"},
    {Relationship::spouse, "spouse"},
    {Relationship::other, "other"},
}};

constexpr Names<ConsentPurpose, 4> purpose_names{{
    {ConsentPurpose::marketing_email, "marketing_email"},
    {ConsentPurpose::marketing_sms, "marketing_sms"},
    {ConsentPurpose::profiling, "profiling"},
    {ConsentPurpose::data_processing, "data_processing"},
}};

constexpr Names<SignatureFormat, 2> signature_names{{
    {SignatureFormat::svg_path, "svg-path"},
    {SignatureFormat::png_base64, "png-base64"},
}};

template <class E, std::size_t N>
std::string_view name_of(const Names<E, N>& names, E v) {
    for (const auto& [value, name] : names)
        if (value == v) return name;
    return "";  // unreachable for a value of the enum
}

template <class E, std::size_t N>
std::optional<E> value_of(const Names<E, N>& names, std::string_view s) {
    for (const auto& [value, name] : names)
        if (name == s) return value;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(SubmissionKind v) { return name_of(kind_names, v); }
std::string_view to_string(DocumentType v) { return name_of(document_names, v); }
std::string_view to_string(Relationship v) { return name_of(relationship_names, v); }
std::string_view to_string(ConsentPurpose v) { return name_of(purpose_names, v); }
std::string_view to_string(SignatureFormat v) { return name_of(signature_names, v); }

std::optional<SubmissionKind> submission_kind_from(std::string_view s) { return value_of(kind_names, s); }
std::optional<DocumentType> document_type_from(std::string_view s) { return value_of(document_names, s); }
std::optional<Relationship> relationship_from(std::string_view s) { return value_of(relationship_names, s); }
std::optional<ConsentPurpose> consent_purpose_from(std::string_view s) { return value_of(purpose_names, s); }
std::optional<SignatureFormat> signature_format_from(std::string_view s) { return value_of(signature_names, s); }

}  // namespace cardex
