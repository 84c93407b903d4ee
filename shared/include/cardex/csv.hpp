// cardex/csv.hpp — reading PMS / channel-manager CSV exports (RFC 4180 and what real exports do).
//
// Exports arrive as UTF-8 (with or without BOM) or as Windows-1252 from older PMSs, with "," or ";"
// separators, CRLF or LF line ends, and quoted fields that may contain separators and newlines.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cardex/result.hpp"

namespace cardex {

enum class CsvEncoding { utf8, windows1252 };

/// Decides a stream's encoding: UTF-8 when every byte sequence is valid UTF-8, else Windows-1252.
/// Reads the stream to its end and rewinds it (the stream must be seekable).
CsvEncoding detect_csv_encoding(std::istream& in);

struct CsvOptions {
    char delimiter = 0;  ///< 0: detect from the header line ("," or ";" or tab, whichever is most frequent)
    CsvEncoding encoding = CsvEncoding::utf8;  ///< fields are converted to UTF-8 from this
    std::size_t max_field_bytes = 1 << 20;     ///< longer fields are a row error, not a crash
};

/// One record: the fields of a row and the physical line it started on (1-based, header is line 1).
struct CsvRow {
    std::vector<std::string> fields;
    std::size_t line = 0;
};

/// Streams rows out of a CSV text. The header is read like any other row.
class CsvReader {
public:
    CsvReader(std::istream& in, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next row; false at the end of input. A malformed row (an unterminated quote at end of
    /// file, an over-long field) yields an error naming the line; reading continues after it.
    /// A UTF-8 BOM at the start is skipped.
    bool next(Result<CsvRow, std::string>& row);

    /// The delimiter in use (after detection on the first row).
    char delimiter() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Renames columns of a foreign export: "--map nom=last_name,prenom=first_name".
/// Returns the pairs, or an error naming the malformed item.
Result<std::vector<std::pair<std::string, std::string>>, std::string> parse_column_map(std::string_view spec);

}  // namespace cardex
