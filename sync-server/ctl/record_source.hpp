// Guest records read from an operator's file: JSON lines or CSV (import-schema.md).
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "cardex/normalize.hpp"

namespace cardex::ctl {

enum class RecordFormat { json_lines, csv };

/// A record, or why the line that held it could not be read (the raw text is kept in `raw`).
struct SourceItem {
    std::size_t line = 0;
    RawRecord record;
    std::string error_code;     ///< empty for a good record: "invalid_json", "not_an_object", "csv_syntax", "field_count"
    std::string error_message;
    std::string raw;            ///< for errors: the offending input, so nothing is lost
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    /// The next item; false at end of input.
    virtual bool next(SourceItem& item) = 0;
    /// A remark about the whole input for the operator (e.g. "read as Windows-1252"), or "".
    virtual std::string note() const { return {}; }
};

/// Column renames (old → new) applied to CSV headers and JSON keys.
using ColumnMap = std::vector<std::pair<std::string, std::string>>;

/// Reads from `in`, which must stay alive while the source is used. CSV input must be seekable
/// (its encoding is detected over the whole file first).
std::unique_ptr<RecordSource> open_record_source(std::istream& in, RecordFormat format, ColumnMap map);

}  // namespace cardex::ctl
