// RFC 4180 CSV reading with the tolerance real hotel exports need (see cardex/csv.hpp).
#include "cardex/csv.hpp"

#include <array>
#include <deque>
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

namespace {

// A row being parsed, one physical line at a time.
struct RowState {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false, field_was_quoted = false;
    bool field_took_line_break = false;  // the current quoted field holds a line break
    bool closed_after_break = false;     // ... and its closing quote has been read
    bool took_line_break = false;        // some field of the row holds one
    bool text_after_quote = false;       // a multi-line field's closing quote is followed by text
    bool too_long = false;

    void end_field() {
        fields.push_back(std::move(field));
        field.clear();
        field_was_quoted = field_took_line_break = closed_after_break = false;
    }

    // Takes in one physical line (without its line end); the row is complete when !quoted after it.
    void feed(std::string_view text, char delimiter, std::size_t max_bytes) {
        for (std::size_t i = 0; i < text.size() && !too_long; ++i) {
            const char c = text[i];
            if (quoted) {
                if (c != '"') field.push_back(c);
                else if (i + 1 < text.size() && text[i + 1] == '"') { field.push_back('"'); ++i; }
                else { quoted = false; closed_after_break = field_took_line_break; }
            } else if (c == '"' && field.empty() && !field_was_quoted) {
                quoted = field_was_quoted = true;
            } else if (c == delimiter) {
                end_field();
            } else {
                // A stray quote inside an unquoted field, or text after a closing quote on the
                // same line ("Bob" Smith), is kept as data; after a field that ran over lines it
                // is the sign of an unbalanced quote.
                text_after_quote |= closed_after_break && c != ' ' && c != '\t';
                field.push_back(c);
            }
            too_long = field.size() > max_bytes;
        }
        if (quoted && !too_long) {
            field.push_back('\n');
            field_took_line_break = took_line_break = true;
        } else if (!too_long) {
            end_field();
        }
    }
};

constexpr const char* kResync = " (an unbalanced quote?); the lines after it are read as rows of their own";

}  // namespace

struct CsvReader::Impl {
    std::istream& in;
    CsvOptions options;
    std::size_t line = 0;           // number of the physical line last handed out
    std::size_t header_fields = 0;  // field count of the first row
    bool first = true;
    std::deque<std::pair<std::size_t, std::string>> again;  // lines to read again after an unbalanced quote

    Impl(std::istream& s, CsvOptions o) : in(s), options(o) {}

    // Reads one physical line without its line end; false at end of input.
    bool read_line(std::string& out) {
        if (!again.empty()) {
            line = again.front().first;
            out = std::move(again.front().second);
            again.pop_front();
            return true;
        }
        if (!std::getline(in, out)) return false;
        ++line;
        if (!out.empty() && out.back() == '\r') out.pop_back();
        return true;
    }

    std::string convert(std::string&& field, bool& not_utf8) const {
        if (options.encoding == CsvEncoding::windows1252) return decode_windows1252(field);
        if (is_valid_utf8(field)) return std::move(field);
        not_utf8 = true;
        return decode_utf8_or_windows1252(field);
    }

    CsvRow finish(RowState& state, std::size_t first_line) const {
        CsvRow row;
        row.line = first_line;
        for (std::size_t i = 0; i < state.fields.size(); ++i) {
            bool not_utf8 = false;
            row.fields.push_back(convert(std::move(state.fields[i]), not_utf8));
            if (not_utf8) row.not_utf8.push_back(i);
        }
        return row;
    }

    // Why a row spanning `lines` physical lines is not a row, or "" when it is one.
    std::string problem(const RowState& s, std::size_t lines, bool at_end) const {
        const std::string over = "a quoted field opened on this line ";
        if (s.too_long)
            return "field " + std::to_string(s.fields.size() + 1) + " is longer than " +
                   std::to_string(options.max_field_bytes) + " bytes" + (lines > 1 ? kResync : "");
        if (s.quoted && at_end) return over + "is not closed before the end of the file" + kResync;
        if (s.quoted) return over + "is still open after " + std::to_string(lines) + " lines" + kResync;
        if (!s.took_line_break) return "";
        const std::string runs = over + "runs over " + std::to_string(lines) + " lines ";
        if (s.text_after_quote) return runs + "and has text after its closing quote" + kResync;
        if (header_fields != 0 && s.fields.size() != header_fields)
            return runs + "and gives the row " + std::to_string(s.fields.size()) + " fields, the header has " +
                   std::to_string(header_fields) + kResync;
        return "";
    }

    // Parses one record starting with `text`, pulling further lines while inside quotes.
    Result<CsvRow, CsvError> parse_record(std::string text) {
        const std::size_t first_line = line;
        RowState state;
        state.feed(text, options.delimiter, options.max_field_bytes);
        std::vector<std::pair<std::size_t, std::string>> more;  // the lines after the first
        bool at_end = false;
        while (state.quoted && !state.too_long && more.size() + 1 < options.max_record_lines) {
            std::string next;
            if (!read_line(next)) { at_end = true; break; }
            state.feed(next, options.delimiter, options.max_field_bytes);
            more.emplace_back(line, std::move(next));
        }
        if (auto why = problem(state, more.size() + 1, at_end); !why.empty()) {
            for (auto it = more.rbegin(); it != more.rend(); ++it) again.push_front(std::move(*it));
            return fail(CsvError{first_line, std::move(why), std::move(text)});
        }
        return finish(state, first_line);
    }
};

CsvReader::CsvReader(std::istream& in, CsvOptions options) : impl_(std::make_unique<Impl>(in, options)) {}
CsvReader::~CsvReader() = default;

char CsvReader::delimiter() const { return impl_->options.delimiter; }

bool CsvReader::next(Result<CsvRow, CsvError>& row) {
    std::string text;
    const bool header = impl_->first;
    do {
        if (!impl_->read_line(text)) return false;
        if (impl_->first) {
            impl_->first = false;
            if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
            if (impl_->options.delimiter == 0) impl_->options.delimiter = detect_delimiter(text);
        }
    } while (text.empty());  // blank lines between records are not records
    row = impl_->parse_record(std::move(text));
    if (header && row) impl_->header_fields = row->fields.size();
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
