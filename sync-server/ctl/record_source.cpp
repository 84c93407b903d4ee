#include "record_source.hpp"

#include <nlohmann/json.hpp>

#include "cardex/csv.hpp"
#include "cardex/text.hpp"

namespace cardex::ctl {

namespace {

std::string renamed(const ColumnMap& map, std::string name) {
    for (const auto& [from, to] : map)
        if (from == name) return to;
    return name;
}

class JsonLinesSource final : public RecordSource {
public:
    JsonLinesSource(std::istream& in, ColumnMap map) : in_(in), map_(std::move(map)) {}

    bool next(SourceItem& item) override {
        std::string text;
        do {
            if (!std::getline(in_, text)) return false;
            ++line_;
            if (!text.empty() && text.back() == '\r') text.pop_back();
        } while (text.find_first_not_of(" \t") == std::string::npos);
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
};

class CsvSource final : public RecordSource {
public:
    CsvSource(std::istream& in, ColumnMap map)
        : encoding_(detect_csv_encoding(in)), reader_(in, CsvOptions{0, encoding_, 1 << 20}), map_(std::move(map)) {}

    std::string note() const override {
        return encoding_ == CsvEncoding::windows1252 ? "input is not valid UTF-8: read as Windows-1252" : "";
    }

    bool next(SourceItem& item) override {
        Result<CsvRow, std::string> row = CsvRow{};
        if (header_.empty() && !read_header()) return false;
        if (!reader_.next(row)) return false;
        item = SourceItem{};
        if (!row) {
            item.error_code = "csv_syntax";
            item.error_message = row.error();
            return true;
        }
        item.line = row->line;
        if (row->fields.size() > header_.size()) {
            item.error_code = "field_count";
            item.error_message = "row has " + std::to_string(row->fields.size()) + " fields, header has " +
                                 std::to_string(header_.size());
            item.raw = join(row->fields);
            return true;
        }
        for (std::size_t i = 0; i < row->fields.size(); ++i)
            item.record.fields.emplace_back(header_[i], std::move(row->fields[i]));
        return true;
    }

private:
    bool read_header() {
        Result<CsvRow, std::string> row = CsvRow{};
        if (!reader_.next(row) || !row) return false;
        for (auto& name : row->fields) header_.push_back(renamed(map_, collapse_spaces(name)));
        return !header_.empty();
    }
    std::string join(const std::vector<std::string>& fields) const {
        std::string out;
        for (const auto& f : fields) {
            if (!out.empty()) out.push_back(reader_.delimiter());
            out += f;
        }
        return out;
    }

    CsvEncoding encoding_;
    CsvReader reader_;
    ColumnMap map_;
    std::vector<std::string> header_;
};

}  // namespace

std::unique_ptr<RecordSource> open_record_source(std::istream& in, RecordFormat format, ColumnMap map) {
    if (format == RecordFormat::csv) return std::make_unique<CsvSource>(in, std::move(map));
    return std::make_unique<JsonLinesSource>(in, std::move(map));
}

}  // namespace cardex::ctl
