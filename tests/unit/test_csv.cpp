#include <catch2/catch.hpp>

#include <sstream>

#include "cardex/csv.hpp"

using namespace cardex;

namespace {
std::vector<Result<CsvRow, CsvError>> read_all(const std::string& text, CsvOptions opt = {}) {
    std::istringstream in(text);
    CsvReader reader(in, opt);
    std::vector<Result<CsvRow, CsvError>> rows;
    Result<CsvRow, CsvError> row = CsvRow{};
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
    Result<CsvRow, CsvError> row = CsvRow{};
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
    Result<CsvRow, CsvError> row = CsvRow{};
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
    CHECK(overlong[1].error().line == 2);
    CHECK(overlong[1].error().message.find("longer than 50 bytes") != std::string::npos);
    REQUIRE(overlong[2]);
    CHECK(overlong[2]->fields[0] == "ok");

    auto unterminated = read_all("a,b\n\"never closed,1\n");
    REQUIRE(unterminated.size() == 2);
    REQUIRE_FALSE(unterminated[1]);
    CHECK(unterminated[1].error().line == 2);
    CHECK(unterminated[1].error().message.find("not closed") != std::string::npos);
    CHECK(unterminated[1].error().text == "\"never closed,1");
}

namespace {
const std::string kHeader = "source,source_record_id,first_name,last_name,email\n";
std::vector<std::string> ids_of(const std::vector<Result<CsvRow, CsvError>>& rows) {
    std::vector<std::string> ids;
    for (const auto& r : rows) ids.push_back(r ? r->fields.at(1) : "error@" + std::to_string(r.error().line));
    return ids;
}
}  // namespace

TEST_CASE("CSV: an unbalanced quote is one row's error, the rows after it are read again on their own", "[csv]") {
    // Q2's quote never closes on its line; without resynchronisation it swallowed Q3 and closed on
    // the stray quote of Q4's "Lucky", giving one merged row of the right field count.
    auto rows = read_all(kHeader + "pms,Q1,Jean,Dupont,j@x.fr\n"
                                   "pms,Q2,\"Marie,Curie,m@x.fr\n"
                                   "pms,Q3,Paul,Durand,p@x.fr\n"
                                   "pms,Q4,Luc \"Lucky\",Martin,l@x.fr\n"
                                   "pms,Q5,Ann,Lee,a@x.fr\n");
    CHECK(ids_of(rows) == std::vector<std::string>{"source_record_id", "Q1", "error@3", "Q3", "Q4", "Q5"});
    REQUIRE_FALSE(rows[2]);
    CHECK(rows[2].error().text == "pms,Q2,\"Marie,Curie,m@x.fr");
    CHECK(rows[2].error().message.find("unbalanced quote") != std::string::npos);
    CHECK(rows[4]->fields[2] == "Luc \"Lucky\"");  // a quote inside an unquoted field is data
    CHECK(rows[5]->line == 6);

    // Never closed: the rows to the end of the file are not lost.
    auto open_to_end = read_all(kHeader + "pms,Q1,\"Jean,Dupont,j@x.fr\npms,Q2,Marie,Curie,m@x.fr\npms,Q3,Paul,Durand,p@x.fr\n");
    CHECK(ids_of(open_to_end) == std::vector<std::string>{"source_record_id", "error@2", "Q2", "Q3"});

    // Closed further on with the right count but a wrong number of fields: also an error.
    auto miscounted = read_all(kHeader + "pms,Q1,\"Jean,Dupont,j@x.fr\npms,Q2\",x@x.fr\npms,Q3,Paul,Durand,p@x.fr\n");
    CHECK(ids_of(miscounted) == std::vector<std::string>{"source_record_id", "error@2", "Q2\"", "Q3"});
}

TEST_CASE("CSV: quoted fields with line breaks that come out right are kept, within a bound", "[csv]") {
    auto rows = read_all("source_record_id,address_line1,city\n"
                         "A1,\"12 rue des Lilas\r\nB\u00e2t. B, 2e \"\"gauche\"\"\",Lyon\n"
                         "A2,\"3 quai\",Paris\n");
    REQUIRE(rows.size() == 3);
    REQUIRE(rows[1]);
    CHECK(rows[1]->fields == std::vector<std::string>{"A1", "12 rue des Lilas\nBât. B, 2e \"gauche\"", "Lyon"});
    CHECK(rows[2]->line == 4);

    std::string long_note = "id,note\nN1,\"";
    for (int i = 0; i < 5; ++i) long_note += "line " + std::to_string(i) + "\n";
    long_note += "end\"\nN2,short\n";
    CsvOptions three_lines;
    three_lines.max_record_lines = 3;
    auto bounded = read_all(long_note, three_lines);
    REQUIRE(bounded.size() >= 3);
    REQUIRE_FALSE(bounded[1]);
    CHECK(bounded[1].error().message.find("still open after 3 lines") != std::string::npos);
    REQUIRE(bounded.back());
    CHECK(bounded.back()->fields == std::vector<std::string>{"N2", "short"});
    CHECK(read_all(long_note)[1]->fields[1].starts_with("line 0\nline 1"));  // the default bound lets it be
}

TEST_CASE("CSV: a stray Latin-1 byte costs its field's byte, not the UTF-8 of the file", "[csv]") {
    // One row in Windows-1252 among UTF-8 rows in Cyrillic and Han: each field decoded on its own.
    auto rows = read_all("id,first_name,last_name\n"
                         "1,Олександр,Шевченко\n"
                         "2,Andr\xE9,Dupont\n"
                         "3,小明,王\n"
                         "4,Сергей \xE9,Иванов\n");
    REQUIRE(rows.size() == 5);
    CHECK(rows[1]->fields == std::vector<std::string>{"1", "Олександр", "Шевченко"});
    CHECK(rows[1]->not_utf8.empty());
    CHECK(rows[2]->fields == std::vector<std::string>{"2", "André", "Dupont"});
    CHECK(rows[2]->not_utf8 == std::vector<std::size_t>{1});
    CHECK(rows[3]->fields == std::vector<std::string>{"3", "小明", "王"});
    CHECK(rows[4]->fields == std::vector<std::string>{"4", "Сергей é", "Иванов"});  // valid sequences kept
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
