#include "record_source.hpp"

#include <set>

#include <nlohmann/json.hpp>

#include "cardex/csv.hpp"
#include "cardex/text.hpp"

namespace cardex::ctl {

namespace {

// The columns of import-schema.md. Exports write them "First_Name", "First Name" or "FIRST_NAME";
// a header name that is one of them once lower-cased, with spaces and dashes as underscores, is
// read as that column. Other columns are extra attributes, kept under the name the file gives.
std::string schema_column(const std::string& name) {
    static const std::set<std::string> columns = {
        "source", "source_record_id", "hotel_id", "title", "first_name", "last_name", "birth_date", "birth_place",
        "nationality", "email", "phone", "address_line1", "address_line2", "postcode", "city", "region", "country",
        "document_type", "document_number", "document_country", "language", "company", "arrival", "departure",
        "amount", "currency", "reservation_ref"};
    std::string folded = name;
    for (char& c : folded) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        else if (c == ' ' || c == '-') c = '_';
    }
    return columns.count(folded) ? folded : name;
}

std::string renamed(const ColumnMap& map, std::string name) {
    for (const auto& [from, to] : map)
        if (from == name) return to;
    return schema_column(name);
}

class JsonLinesSource final : public RecordSource {
public:
    JsonLinesSource(std::istream& in, ColumnMap map) : in_(in), map_(std::move(map)) {}

    bool next(SourceItem& item) override {
        std::string text;
        do {
            if (!std::getline(in_, text)) {
                if (!any_) fatal_ = "the input is empty";
                return false;
            }
            ++line_;
            if (!text.empty() && text.back() == '\r') text.pop_back();
        } while (text.find_first_not_of(" \t") == std::string::npos);
        any_ = true;
        item = SourceItem{};
        item.line = line_;
        auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (json.is_discarded()) return error(item, "invalid_json", "not valid JSON (or not UTF-8)", text);
        if (!json.is_object()) return error(item, "not_an_object", "a record must be a JSON object", text);
        for (const auto& [key, value] : json.items()) {
            auto field = to_field(value);
            if (!field) return error(item, "wrong_type", "field '" + key + "' must be a string, number or null", text);
            item.record.fields.emplace_back(renamed(map_, key), std::move(*field));
        }
        return true;
    }

private:
    static std::optional<std::string> to_field(const nlohmann::json& v) {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_null()) return std::string{};
        if (v.is_number() || v.is_boolean()) return v.dump();  // ids and postcodes exported as numbers
        return std::nullopt;
    }
    bool error(SourceItem& item, const char* code, std::string message, std::string& raw) {
        item.error_code = code;
        item.error_message = std::move(message);
        item.raw = std::move(raw);
        return true;
    }

    std::istream& in_;
    ColumnMap map_;
    std::size_t line_ = 0;
    bool any_ = false;  // a line that is not blank was read
};

// Every row must have the header's fields (import-schema.md: columns are named by the header;
// a row with fewer or more is shifted or cut, and reading it would put values under wrong names).
class CsvSource final : public RecordSource {
public:
    CsvSource(std::istream& in, ColumnMap map) : reader_(in, CsvOptions{}), map_(std::move(map)) {}

    std::string note() const override {
        if (not_utf8_lines_ == 0) return {};
        return std::to_string(not_utf8_lines_) + (not_utf8_lines_ == 1 ? " line has" : " lines have") +
               " values that are not valid UTF-8 (first: line " + std::to_string(first_not_utf8_) +
               "): their stray bytes were read as Windows-1252, their UTF-8 kept";
    }

    bool next(SourceItem& item) override {
        if (!started_ && !read_header()) return false;
        Result<CsvRow, CsvError> row = CsvRow{};
        if (!reader_.next(row)) return false;
        item = SourceItem{};
        if (!row) {
            item.line = row.error().line;
            item.error_code = "csv_syntax";
            item.error_message = row.error().message;
            item.raw = row.error().text;
            return true;
        }
        item.line = row->line;
        if (row->fields.size() != header_.size()) {
            item.error_code = "field_count";
            item.error_message = "row has " + std::to_string(row->fields.size()) + " fields, header has " +
                                 std::to_string(header_.size());
            item.raw = join(row->fields);
            return true;
        }
        count_not_utf8(*row, item);
        for (std::size_t i = 0; i < row->fields.size(); ++i)
            item.record.fields.emplace_back(header_[i], std::move(row->fields[i]));
        return true;
    }

private:
    bool read_header() {
        started_ = true;
        Result<CsvRow, CsvError> row = CsvRow{};
        if (!reader_.next(row)) {
            fatal_ = "the input is empty (a CSV export starts with a header row)";
            return false;
        }
        if (!row) {
            fatal_ = "line " + std::to_string(row.error().line) + ": header: " + row.error().message;
            return false;
        }
        for (auto& name : row->fields) header_.push_back(renamed(map_, collapse_spaces(name)));
        return true;
    }
    void count_not_utf8(const CsvRow& row, SourceItem& item) {
        if (row.not_utf8.empty()) return;
        if (not_utf8_lines_++ == 0) first_not_utf8_ = row.line;
        for (auto i : row.not_utf8) item.not_utf8.push_back(header_[i]);
    }
    std::string join(const std::vector<std::string>& fields) const {
        std::string out;
        for (const auto& f : fields) {
            if (!out.empty()) out.push_back(reader_.delimiter());
            out += f;
        }
        return out;
    }

    CsvReader reader_;
    ColumnMap map_;
    std::vector<std::string> header_;
    bool started_ = false;
    std::size_t not_utf8_lines_ = 0, first_not_utf8_ = 0;
};

}  // namespace

std::unique_ptr<RecordSource> open_record_source(std::istream& in, RecordFormat format, ColumnMap map) {
    if (format == RecordFormat::csv) return std::make_unique<CsvSource>(in, std::move(map));
    return std::make_unique<JsonLinesSource>(in, std::move(map));
}

}  // namespace cardex::ctl
