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
    /// utf8: a field that is valid UTF-8 is kept as is; one that is not is read character by
    /// character (its valid sequences kept, its stray bytes read as Windows-1252) and listed in
    /// CsvRow::not_utf8. windows1252: every field is decoded from Windows-1252.
    CsvEncoding encoding = CsvEncoding::utf8;
    std::size_t max_field_bytes = 1 << 20;     ///< longer fields are a row error, not a crash
    /// A quoted field may hold line breaks (an address, a note); one still open after this many
    /// physical lines is taken for an unbalanced quote.
    std::size_t max_record_lines = 100;
};

/// One record: the fields of a row and the physical line it started on (1-based, header is line 1).
struct CsvRow {
    std::vector<std::string> fields;
    std::size_t line = 0;
    std::vector<std::size_t> not_utf8;  ///< indices of the fields that were not valid UTF-8
};

/// A row that could not be read: the line it starts on, why, and that line's text as read.
struct CsvError {
    std::size_t line = 0;
    std::string message;  ///< without the line number ("field 3 is longer than 1048576 bytes")
    std::string text;     ///< the row's first physical line, raw bytes, so nothing is lost
};

/// Streams rows out of a CSV text. The header is read like any other row; its field count is the
/// one a row spanning several lines must have (see next()).
class CsvReader {
public:
    CsvReader(std::istream& in, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The next row; false at the end of input. A UTF-8 BOM at the start is skipped. A malformed
    /// row yields an error naming its first line, and reading continues after it. A quoted field
    /// that takes in a line break is accepted only when its row comes out right: closed within
    /// max_record_lines, nothing but a separator after its closing quote, and as many fields as
    /// the header. Otherwise it is an unbalanced quote: the row's first line is the error and the
    /// lines after it are read again as rows of their own, so one stray quote never swallows or
    /// merges the rows that follow.
    bool next(Result<CsvRow, CsvError>& row);

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
