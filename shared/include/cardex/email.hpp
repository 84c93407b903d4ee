// cardex/email.hpp — e-mail addresses and what kind of address they are.
//
// Hotels' databases hold many addresses that do not reach the guest or another person than the
// guest: OTA relay addresses (…@guest.booking.com), role addresses (reservations@company.com).
// Those must never be used as a matching key for a person, and the kiosk asks for a real one.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "cardex/result.hpp"

namespace cardex {

enum class EmailKind { empty, personal, ota_relay, role, invalid };

/// "personal", "ota_relay", "role", "invalid", "empty" (the words of import-schema.md).
std::string_view to_string(EmailKind kind);

/// The lists that classify addresses: OTA relay domains and role local parts.
/// The built-in lists ship in shared/data/email-rules.txt; an operator extends them with a file of
/// the same format (see docs/normalisation.md):
///     # comment
///     ota_domain guest.booking.com        (the domain and all its subdomains)
///     role_local reservations             (local part, compared case-insensitively, before any "+tag")
class EmailRules {
public:
    EmailRules();
    ~EmailRules();
    EmailRules(const EmailRules&);
    EmailRules& operator=(const EmailRules&);
    EmailRules(EmailRules&&) noexcept;
    EmailRules& operator=(EmailRules&&) noexcept;

    /// The built-in lists (shared instance, immutable).
    static const EmailRules& builtin();

    /// Adds the rules of a text in the format above. Errors name the line ("line 3: unknown directive").
    Result<bool, std::string> add_rules(std::string_view text);
    /// Reads a file and adds its rules.
    Result<bool, std::string> add_rules_file(const std::string& path);

    /// True for an OTA relay domain or a subdomain of one. `domain` in lower case.
    bool is_ota_domain(std::string_view domain) const;
    /// True for a role local part ("info", "reservations", "no-reply"). Compared case-insensitively,
    /// and only the part before a "+tag" ("info+paris" is "info").
    bool is_role_local_part(std::string_view local) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct NormalizedEmail {
    std::string email;  ///< trimmed, domain lower-cased (IDN domains kept in Unicode, NFC); empty if invalid
    EmailKind kind = EmailKind::empty;
    std::string problem;  ///< "" or "invalid_email"
};

/// Practical syntax check (one "@", a dot-atom or quoted local part of at most 64 octets, a domain
/// of LDH labels with a letter TLD, at most 254 octets), trims spaces and a "mailto:" prefix, lower-
/// cases the domain (the local part keeps its case: it is the mailbox owner's), then classifies.
/// Also accepted: "<…>" around the address, UTF-8 local parts (RFC 6531, put in NFC) and IDN domains
/// (checked with UTS #46; a Punycode "xn--" domain is given in Unicode). An OTA domain wins over a
/// role local part ("info@guest.booking.com" is ota_relay). Thread-safe.
NormalizedEmail normalize_email(std::string_view raw, const EmailRules& rules = EmailRules::builtin());

/// What two normalised addresses are compared by: the address with its ASCII letters lower-cased.
/// The local part is the owner's and is kept as typed for writing to them, but the mailbox is the
/// same at every provider guests use ("Jean.Dupont@gmail.com" is jean.dupont@gmail.com), and
/// tablets and PMS forms capitalise its first letter: compared as typed, one guest's two records
/// would disagree on their e-mail. Used by blocking keys, scoring, households and searches.
std::string email_match_key(std::string_view email);

}  // namespace cardex
