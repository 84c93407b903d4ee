#include <catch2/catch.hpp>

#include <sstream>

#include "cardex/csv.hpp"

using namespace cardex;

namespace {
std::vector<Result<CsvRow, std::string>> read_all(const std::string& text, CsvOptions opt = {}) {
    std::istringstream in(text);
    CsvReader reader(in, opt);
    std::vector<Result<CsvRow, std::string>> rows;
    Result<CsvRow, std::string> row = CsvRow{};
    while (reader.next(row)) rows.push_back(row);
    return rows;
}
}  // namespace

TEST_CASE("CSV: RFC 4180 quoting, embedded separators, quotes and newlines", "[csv]") {
    auto rows = read_all("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\n");
    REQUIRE(rows.size() == 3);
    REQUIRE(rows[1]);
    CHECK(rows[1]->fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(rows[1]->line == 2);
    CHECK(rows[2]->fields == std::vector<std::string>{"plain", "", "end"});
    CHECK(rows[2]->line == 4);  // the quoted newline used line 3
}

TEST_CASE("CSV: separator detected from the header, BOM skipped", "[csv]") {
    std::istringstream in("\xEF\xBB\xBFnom;prenom;ville\nMartin;Patrick;Lyon, France\n");
    CsvReader reader(in);
    Result<CsvRow, std::string> row = CsvRow{};
    REQUIRE(reader.next(row));
    CHECK(reader.delimiter() == ';');
    CHECK(row->fields == std::vector<std::string>{"nom", "prenom", "ville"});
    REQUIRE(reader.next(row));
    CHECK(row->fields[2] == "Lyon, France");
    CHECK_FALSE(reader.next(row));
}

TEST_CASE("CSV: Windows-1252 files are detected and converted to UTF-8", "[csv]") {
    std::istringstream latin("first_name,last_name\nL\xE9onard,Fran\xE7ois\n");
    REQUIRE(detect_csv_encoding(latin) == CsvEncoding::windows1252);
    CsvReader reader(latin, CsvOptions{0, CsvEncoding::windows1252, 1 << 20});
    Result<CsvRow, std::string> row = CsvRow{};
    REQUIRE(reader.next(row));
    REQUIRE(reader.next(row));
    CHECK(row->fields == std::vector<std::string>{"Léonard", "François"});

    std::istringstream utf8("first_name\nLéonard\n");
    CHECK(detect_csv_encoding(utf8) == CsvEncoding::utf8);
    CHECK(utf8.tellg() == 0);  // rewound for the reader
}

TEST_CASE("CSV: a malformed row is an error naming its line, and reading goes on", "[csv]") {
    auto overlong = read_all("a,b\n" + std::string(100, 'x') + ",1\nok,2\n", CsvOptions{',', CsvEncoding::utf8, 50});
    REQUIRE(overlong.size() == 3);
    REQUIRE_FALSE(overlong[1]);
    CHECK(overlong[1].error().find("line 2") != std::string::npos);
    REQUIRE(overlong[2]);
    CHECK(overlong[2]->fields[0] == "ok");

    auto unterminated = read_all("a,b\n\"never closed,1\n");
    REQUIRE(unterminated.size() == 2);
    REQUIRE_FALSE(unterminated[1]);
    CHECK(unterminated[1].error().find("not closed") != std::string::npos);
}

TEST_CASE("CSV: column maps", "[csv]") {
    auto map = parse_column_map("nom=last_name,prenom=first_name");
    REQUIRE(map);
    CHECK(map->size() == 2);
    CHECK((*map)[0] == std::pair<std::string, std::string>{"nom", "last_name"});
    CHECK(parse_column_map("").value().empty());
    CHECK_FALSE(parse_column_map("nom"));
    CHECK_FALSE(parse_column_map("=x"));
    CHECK_FALSE(parse_column_map("a=b,c="));
}
