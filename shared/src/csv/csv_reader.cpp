// RFC 4180 CSV reading with the tolerance real hotel exports need (see cardex/csv.hpp).
#include "cardex/csv.hpp"

#include <array>
#include <string>

#include "cardex/text.hpp"

namespace cardex {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Picks the separator a header line uses most, counting only outside quotes.
char detect_delimiter(std::string_view line) {
    std::array<std::pair<char, int>, 3> counts{{{',', 0}, {';', 0}, {'\t', 0}}};
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (auto& [d, n] : counts)
            if (c == d) ++n;
    }
    auto best = counts[0];
    for (const auto& c : counts)
        if (c.second > best.second) best = c;
    return best.first;
}

}  // namespace

CsvEncoding detect_csv_encoding(std::istream& in) {
    // UTF-8 validity is checked over the whole file: a Windows-1252 file can be pure ASCII for its
    // first megabytes and have its only "é" near the end. Chunks are split on a line boundary so a
    // multi-byte sequence is never cut in two.
    std::string chunk, line;
    CsvEncoding result = CsvEncoding::utf8;
    while (std::getline(in, line)) {
        chunk.append(line).push_back('\n');
        if (chunk.size() < (1 << 16)) continue;
        if (!is_valid_utf8(chunk)) { result = CsvEncoding::windows1252; break; }
        chunk.clear();
    }
    if (result == CsvEncoding::utf8 && !is_valid_utf8(chunk)) result = CsvEncoding::windows1252;
    in.clear();
    in.seekg(0);
    return result;
}

struct CsvReader::Impl {
    std::istream& in;
    CsvOptions options;
    std::size_t line = 0;  // physical lines consumed so far
    bool first = true;

    Impl(std::istream& s, CsvOptions o) : in(s), options(o) {}

    // Reads one physical line without its line end; false at end of input.
    bool read_line(std::string& out) {
        if (!std::getline(in, out)) return false;
        ++line;
        if (!out.empty() && out.back() == '\r') out.pop_back();
        return true;
    }

    std::string convert(std::string&& field) const {
        if (options.encoding == CsvEncoding::windows1252) return decode_windows1252(field);
        return std::move(field);
    }

    // Parses one record starting with `text`, pulling further lines while inside quotes.
    Result<CsvRow, std::string> parse_record(std::string text) {
        CsvRow row;
        row.line = line;
        std::string field;
        bool quoted = false, field_was_quoted = false;
        std::size_t i = 0;
        for (;;) {
            if (i == text.size()) {
                if (!quoted) break;
                std::string more;
                if (!read_line(more))
                    return fail("line " + std::to_string(row.line) + ": quoted field not closed before end of file");
                field.push_back('\n');
                text = std::move(more);
                i = 0;
                continue;
            }
            char c = text[i++];
            if (quoted) {
                if (c == '"') {
                    if (i < text.size() && text[i] == '"') { field.push_back('"'); ++i; }
                    else quoted = false;
                } else {
                    field.push_back(c);
                }
            } else if (c == '"' && field.empty() && !field_was_quoted) {
                quoted = field_was_quoted = true;
            } else if (c == options.delimiter) {
                row.fields.push_back(convert(std::move(field)));
                field.clear();
                field_was_quoted = false;
            } else {
                field.push_back(c);  // a stray quote inside an unquoted field is kept as data
            }
            if (field.size() > options.max_field_bytes)
                return fail("line " + std::to_string(row.line) + ": field " + std::to_string(row.fields.size() + 1) +
                            " is longer than " + std::to_string(options.max_field_bytes) + " bytes");
        }
        row.fields.push_back(convert(std::move(field)));
        return row;
    }
};

CsvReader::CsvReader(std::istream& in, CsvOptions options) : impl_(std::make_unique<Impl>(in, options)) {}
CsvReader::~CsvReader() = default;

char CsvReader::delimiter() const { return impl_->options.delimiter; }

bool CsvReader::next(Result<CsvRow, std::string>& row) {
    std::string text;
    do {
        if (!impl_->read_line(text)) return false;
        if (impl_->first) {
            impl_->first = false;
            if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
            if (impl_->options.delimiter == 0) impl_->options.delimiter = detect_delimiter(text);
        }
    } while (text.empty());  // blank lines between records are not records
    row = impl_->parse_record(std::move(text));
    return true;
}

Result<std::vector<std::pair<std::string, std::string>>, std::string> parse_column_map(std::string_view spec) {
    std::vector<std::pair<std::string, std::string>> pairs;
    while (!spec.empty()) {
        auto comma = spec.find(',');
        auto item = spec.substr(0, comma);
        spec = comma == std::string_view::npos ? std::string_view{} : spec.substr(comma + 1);
        auto eq = item.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == item.size())
            return fail("--map: '" + std::string(item) + "' is not of the form old=new");
        pairs.emplace_back(std::string(item.substr(0, eq)), std::string(item.substr(eq + 1)));
    }
    return pairs;
}

}  // namespace cardex
