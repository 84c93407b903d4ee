// Fuzzes the CSV import path with arbitrary bytes: encoding detection, the reader (as cardexctl
// runs it: UTF-8, field by field, and with the detected encoding), and each row
// normalised as a record under the header's column names (what `cardexctl import` and
// `cardexctl dedup --csv` do with an export). Nothing may crash or hang, every field handed on is
// UTF-8 (detected as such, or decoded from Windows-1252 where it is not), rows come in line order
// (an unbalanced quote's lines are read again, but never before the row they follow), and a field
// is never longer than the limit allows (Windows-1252 decodes to at most 3 bytes per byte).
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "cardex/csv.hpp"
#include "cardex/normalize.hpp"
#include "cardex/text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    constexpr std::size_t kMaxField = 4096;
    const auto encoding = size % 2 ? cardex::detect_csv_encoding(in) : cardex::CsvEncoding::utf8;
    cardex::CsvReader reader(in, cardex::CsvOptions{0, encoding, kMaxField});

    cardex::NormalizeOptions opt;
    opt.today = cardex::Date{2026, 11, 22};
    std::vector<std::string> header;
    std::size_t last_line = 0;
    cardex::Result<cardex::CsvRow, cardex::CsvError> row = cardex::CsvRow{};
    while (reader.next(row)) {
        if (!row) {
            if (row.error().line <= last_line) std::abort();  // an error names its line, in order
            last_line = row.error().line;
            continue;
        }
        if (row->line <= last_line) std::abort();
        last_line = row->line;
        for (const auto& field : row->fields) {
            if (!cardex::is_valid_utf8(field)) std::abort();
            if (field.size() > 3 * kMaxField + 3) std::abort();
        }
        if (header.empty()) {
            header = row->fields;
            continue;
        }
        cardex::RawRecord raw;
        for (std::size_t i = 0; i < row->fields.size() && i < header.size(); ++i)
            raw.fields.emplace_back(header[i], row->fields[i]);
        (void)cardex::normalize_record(raw, opt);
    }
    return 0;
}
