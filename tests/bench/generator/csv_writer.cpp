// CSV output in the import schema's columns (RFC 4180 quoting, LF line ends).
#include "guest_generator.hpp"

namespace cardex::gen {

const std::vector<std::string_view>& csv_columns() {
    static const std::vector<std::string_view> columns = {
        "source", "source_record_id", "hotel_id", "title", "first_name", "last_name", "birth_date", "birth_place",
        "nationality", "email", "phone", "address_line1", "address_line2", "postcode", "city", "region", "country",
        "document_type", "document_number", "document_country", "language", "company", "arrival", "departure",
        "amount", "currency", "reservation_ref"};
    return columns;
}

std::string_view field(const cardex::RawRecord& record, std::string_view column) {
    for (const auto& [name, value] : record.fields)
        if (name == column) return value;
    return {};
}

void append_csv_field(std::string& out, std::string_view value) {
    // Quoted when RFC 4180 requires it, and also around leading or trailing blanks, which some
    // readers would otherwise trim.
    const bool edge_blank = !value.empty() && (value.front() == ' ' || value.back() == ' ');
    if (value.find_first_of(",\"\r\n") == std::string_view::npos && !edge_blank) {
        out.append(value);
        return;
    }
    out.push_back('"');
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void append_csv_header(std::string& out) {
    bool first = true;
    for (std::string_view column : csv_columns()) {
        if (!first) out.push_back(',');
        first = false;
        out.append(column);
    }
    out.push_back('\n');
}

void append_csv_row(std::string& out, const cardex::RawRecord& record) {
    // The generator adds fields in column order, so one cursor finds them; other records fall
    // back to a search.
    const auto& fields = record.fields;
    std::size_t cursor = 0;
    bool first = true;
    for (std::string_view column : csv_columns()) {
        if (!first) out.push_back(',');
        first = false;
        if (cursor < fields.size() && fields[cursor].first == column) {
            append_csv_field(out, fields[cursor++].second);
            continue;
        }
        for (const auto& [name, value] : fields)
            if (name == column) {
                append_csv_field(out, value);
                break;
            }
    }
    out.push_back('\n');
}

}  // namespace cardex::gen
