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
    std::vector<std::string> not_utf8;  ///< columns whose value was not UTF-8 (read as Windows-1252 byte by byte)
};

class RecordSource {
public:
    virtual ~RecordSource() = default;
    /// The next item; false at end of input.
    virtual bool next(SourceItem& item) = 0;
    /// A remark about what was read so far for the operator (e.g. "3 lines not UTF-8"), or "".
    virtual std::string note() const { return {}; }
    /// Why the input as a whole could not be read (empty, no usable header), or "". Once set,
    /// next() returns false.
    virtual std::string fatal() const { return fatal_; }

protected:
    std::string fatal_;
};

/// Column renames (old → new) applied to CSV headers and JSON keys.
using ColumnMap = std::vector<std::pair<std::string, std::string>>;

/// Reads from `in`, which must stay alive while the source is used.
std::unique_ptr<RecordSource> open_record_source(std::istream& in, RecordFormat format, ColumnMap map);

}  // namespace cardex::ctl
