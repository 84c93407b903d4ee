// Tests of cardex/text.hpp: UTF-8 validation, Windows-1252, NFC, mojibake repair, clean_text,
// tidy_name, collapse_spaces.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "cardex/text.hpp"

using namespace std::string_literals;
using cardex::clean_text;
using cardex::collapse_spaces;
using cardex::decode_windows1252;
using cardex::is_valid_utf8;
using cardex::repair_mojibake;
using cardex::tidy_name;
using cardex::to_nfc;

namespace {

// Random strings built from pieces that exercise every rule: cased and uncased letters of several
// scripts, mojibake fragments, punctuation variants, white space, controls, invalid bytes.
std::vector<std::string> random_inputs(std::size_t count) {
    static const std::vector<std::string> pieces = {
        "a", "B", "jean", "PIERRE", "é", "É", "ü", "ß", "ẞ", "İ", "ı", "i", "I", "Ã", "©", "Â", "ƒ",
        "Ã©", "Ã¼", "â€™", "Ð¡", "Ñ€", "е", "Ж", "ς", "Σ", "Ω", "王", "欧阳", " ", "  ", "\t",
        "\u00A0",
        "-", " - ", "'", "’", "ʼ", "`", "–", "de", "LA", "van", "\x00"s, "\xFF", "\xC3", "\xE2\x82",
        "e\u0301", "A\u030A", "\u200B", "\uFEFF", "ǆ", "Ǆ", "o'", "d'", ".", "(", "1"};
    std::mt19937 rng(12345);  // fixed seed: a failure is reproducible
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 8);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < count; ++i) {
        std::string s;
        for (int n = length(rng); n > 0; --n) s += pieces[piece(rng)];
        out.push_back(s);
    }
    return out;
}

}  // namespace

TEST_CASE("is_valid_utf8 accepts well-formed UTF-8", "[text]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("Jean"));
    CHECK(is_valid_utf8("a\x00z"s));
    CHECK(is_valid_utf8("Léonard"));
    CHECK(is_valid_utf8("€"));                  // E2 82 AC
    CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));   // U+1F600
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF, the last code point
    CHECK(is_valid_utf8("\xED\x9F\xBF"));       // U+D7FF, just below the surrogates
    CHECK(is_valid_utf8("\xEE\x80\x80"));       // U+E000, just above them
}

TEST_CASE("is_valid_utf8 rejects ill-formed UTF-8", "[text]") {
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong "/"
    CHECK_FALSE(is_valid_utf8("\xC1\xBF"));          // overlong
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong, 3 bytes
    CHECK_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // overlong, 4 bytes
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800 surrogate
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
    CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
    CHECK_FALSE(is_valid_utf8("Andr\xE9"));          // Windows-1252 é
    CHECK_FALSE(is_valid_utf8("\xC3"));              // truncated
    CHECK_FALSE(is_valid_utf8("\xE2\x82"));          // truncated
    CHECK_FALSE(is_valid_utf8("JO\xC3O"));           // lead byte then ASCII
}

TEST_CASE("decode_windows1252 maps the 1252 specials and Latin-1", "[text]") {
    CHECK(decode_windows1252("Andr\xE9") == "André");
    CHECK(decode_windows1252("M\xFCller") == "Müller");
    CHECK(decode_windows1252("\x80") == "€");
    CHECK(decode_windows1252("O\x92" "Brien") == "O’Brien");
    CHECK(decode_windows1252("\x8A\x8C\x8E\x9A\x9C\x9E\x9F") == "ŠŒŽšœžŸ");
    CHECK(decode_windows1252("\x83\x84\x85\x86\x87\x88\x89\x8B") == "ƒ„…†‡ˆ‰‹");
    CHECK(decode_windows1252("\x91\x93\x94\x95\x96\x97\x98\x99\x9B") == "‘“”•–—˜™›");
    // The five undefined bytes become the C1 controls of the same value, as in Latin-1.
    CHECK(decode_windows1252("\x81\x8D\x8F\x90\x9D") == "\u0081\u008D\u008F\u0090\u009D");
    CHECK(decode_windows1252("plain ASCII\x00"s) == "plain ASCII\x00"s);
    for (int b = 0; b < 256; ++b) {
        const std::string out = decode_windows1252(std::string(1, static_cast<char>(b)));
        INFO("byte " << b);
        CHECK(is_valid_utf8(out));
        CHECK(!out.empty());
    }
}

TEST_CASE("to_nfc composes and replaces invalid sequences", "[text]") {
    CHECK(to_nfc("Le\u0301onard") == "Léonard");
    CHECK(to_nfc("A\u030Angstro\u0308m") == "Ångström");
    CHECK(to_nfc("Léonard") == "Léonard");
    CHECK(to_nfc("Jean") == "Jean");
    CHECK(to_nfc("") == "");
    CHECK(to_nfc("a\x00" "b"s) == "a\x00" "b"s);
    CHECK(to_nfc("\u1100\u1161") == "\uAC00");  // Hangul jamo compose to 가
    CHECK(to_nfc("a\xFF" "b") == "a\uFFFD" "b");
    CHECK(to_nfc("e\xCC") == "e\uFFFD");              // truncated combining mark
    CHECK(to_nfc("\xED\xA0\x80") == "\uFFFD\uFFFD\uFFFD");  // surrogate: one per maximal subpart
    CHECK(to_nfc("\xE2\x82" "x") == "\uFFFDx");        // truncated 3-byte sequence: one U+FFFD
}

TEST_CASE("to_nfc handles long text", "[text]") {
    std::string decomposed;
    std::string composed;
    for (int i = 0; i < 200000; ++i) {
        decomposed += "e\u0301 ";
        composed += "é ";
    }
    CHECK(to_nfc(decomposed) == composed);
}

TEST_CASE("collapse_spaces collapses every kind of white space and trims", "[text]") {
    CHECK(collapse_spaces("  Jean \t\n Pierre  ") == "Jean Pierre");
    CHECK(collapse_spaces("Jean\u00A0Pierre") == "Jean Pierre");        // NBSP
    CHECK(collapse_spaces("王\u3000伟") == "王 伟");                     // ideographic space
    CHECK(collapse_spaces("a\u2009\u202F\u2028b") == "a b");            // thin, narrow NBSP, LS
    CHECK(collapse_spaces("a\r\nb\x0B\x0C" "c") == "a b c");
    CHECK(collapse_spaces("   ") == "");
    CHECK(collapse_spaces("") == "");
    CHECK(collapse_spaces("Jean") == "Jean");
    CHECK(collapse_spaces("a \xFF b") == "a \xFF b");  // ill-formed bytes pass through
}

TEST_CASE("repair_mojibake undoes layers of Windows-1252/Latin-1 mis-decoding", "[text]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"LÃ©onard", "Léonard"},
        {"LÃƒÂ©onard", "Léonard"},             // twice
        {"Ð¡ÐµÑ€Ð³ÐµÐ¹", "Сергей"},            // Cyrillic through Windows-1252
        {"Ð¡ÐµÑ\u0080Ð³ÐµÐ¹", "Сергей"},       // … and through Latin-1 (0x80 as U+0080)
        {"FranÃ§ois", "François"},
        {"MÃ¼ller", "Müller"},
        {"â€™", "’"},
        {"O\u00E2\u20AC\u2122Brien", "O’Brien"},
        {"Ã‰milie", "Émilie"},
        {"ZoÃ«", "Zoë"},
        {"IonuÈ›", "Ionuț"},                   // Romanian ț
        {"ÅžAHÄ°N", "ŞAHİN"},                   // Turkish
        {"GÃ¶khan Ã–ztÃ¼rk", "Gökhan Öztürk"},
        {"Å\u0081ukasz", "Łukasz"},            // 0x81 undefined in 1252, kept as U+0081
        {"çŽ‹ä¼Ÿ", "王伟"},                     // Chinese
        {"Î£Ï‰ÎºÏ\u0081Î¬Ï„Î·Ï‚", "Σωκράτης"},  // Greek
    };
    for (const auto& [input, expected] : cases) {
        INFO(input);
        bool repaired = false;
        CHECK(repair_mojibake(input, &repaired) == expected);
        CHECK(repaired);
    }
}

TEST_CASE("repair_mojibake leaves text that is not mojibake alone", "[text]") {
    const std::vector<std::string> cases = {
        "JOÃO", "Ã", "Ångström", "Ñandú", "Łukasz", "Zoë", "王伟", "Сергей", "Léonard",
        "ANDRÉ’S",        // É + ’ would read as UTF-8 for "ɒ": implausible, refused
        "DUPRÉ–MARTIN",   // É + – would be "ɖ"
        "JOSÉ\u00A0MARIA", // É + NBSP would be "ɠ"
        "MÈ’ME",          // È + ’ would be "Ȓ"
        "Â",              // lead without continuation
        "plain ascii", "", "Þórr Ðóra", "Ça va", "Àß", "ÉÀ"};
    for (const std::string& input : cases) {
        INFO(input);
        bool repaired = true;
        CHECK(repair_mojibake(input, &repaired) == input);
        CHECK_FALSE(repaired);
    }
    // Invalid UTF-8 is not mojibake (mojibake is always valid UTF-8): returned unchanged.
    bool repaired = true;
    CHECK(repair_mojibake("Andr\xE9", &repaired) == "Andr\xE9");
    CHECK_FALSE(repaired);
    CHECK(repair_mojibake("LÃ©onard") == "Léonard");  // the flag is optional
}

TEST_CASE("clean_text: encoding, mojibake, NFC, with a note", "[text]") {
    std::string note = "stale";
    CHECK(clean_text("Jean", &note) == "Jean");
    CHECK(note.empty());
    CHECK(clean_text("Andr\xE9", &note) == "André");
    CHECK(note == "not_utf8");
    CHECK(clean_text("O\x92" "Brien", &note) == "O’Brien");
    CHECK(note == "not_utf8");
    // In invalid text, C9 96 (UTF-8 for ɖ, not a name letter) is read as Windows-1252 "É–".
    CHECK(clean_text("DUPR\xC9\x96MARTIN \xC9") == "DUPRÉ–MARTIN É");
    // UTF-8 cut in the middle of a character: the good characters stay, the stray byte is 1252.
    CHECK(clean_text("Léonard Dupont-Mart\xC3", &note) == "Léonard Dupont-MartÃ");
    CHECK(note == "not_utf8");
    CHECK(clean_text("Se\xCC\x81" "bastien \xFF") == "Sébastien ÿ");  // NFC too
    CHECK(clean_text("LÃ©onard", &note) == "Léonard");
    CHECK(note == "mojibake_repaired");
    CHECK(clean_text("LÃƒÂ©onard", &note) == "Léonard");
    CHECK(note == "mojibake_repaired");
    CHECK(clean_text("Le\u0301onard", &note) == "Léonard");
    CHECK(note.empty());
    CHECK(clean_text("JOÃO", &note) == "JOÃO");
    CHECK(note.empty());
    CHECK(clean_text("A\u0303\u00A9") == "é");  // mojibake spelled decomposed: NFC, then repair
    CHECK(clean_text("Le\u0301onard") == "Léonard");
    CHECK(clean_text("\xFF\xFE") == "ÿþ");
    CHECK(clean_text("a\x00z"s) == "a\x00z"s);
    CHECK(clean_text("") == "");
}

TEST_CASE("clean_text output is valid NFC and idempotent", "[text]") {
    std::vector<std::string> inputs = random_inputs(3000);
    for (const std::string& s : {"LÃ©onard"s, "Andr\xE9"s, "A\u0303\u00A9"s, "JOÃO"s, "e\u0301"s}) {
        inputs.push_back(s);
    }
    for (const std::string& input : inputs) {
        INFO(input);
        const std::string once = clean_text(input);
        CHECK(is_valid_utf8(once));
        CHECK(to_nfc(once) == once);
        CHECK(clean_text(once) == once);
    }
}

TEST_CASE("tidy_name: spacing, punctuation and case", "[text]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"JEAN-PIERRE", "Jean-Pierre"},
        {"o'brien", "O'Brien"},
        {"D'ARTAGNAN", "D'Artagnan"},
        {"DE LA FONTAINE", "De la Fontaine"},            // particles lower case unless first/last
        {"LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"},
        {"ursula von der leyen", "Ursula von der Leyen"},
        {"THANH LE", "Thanh Le"},                          // last word: not a particle
        {"McDonald", "McDonald"},                          // mixed case is kept
        {"van der Berg", "van der Berg"},
        {"DUPONT Jean", "DUPONT Jean"},
        {"Jean - Pierre", "Jean-Pierre"},
        {"  jean   pierre  ", "Jean Pierre"},
        {"Jean\tPierre", "Jean Pierre"},
        {"Jean\u00A0Pierre", "Jean Pierre"},
        {"O ’ Brien", "O'Brien"},
        {"O’Brien", "O'Brien"},
        {"Oʼbrien", "O'brien"},                            // ʼ unified; mixed case kept
        {"D` Artagnan", "D'Artagnan"},
        {"JEAN–PIERRE", "Jean-Pierre"},                   // en dash
        {"jean--pierre", "Jean-Pierre"},
        {"-jean-", "Jean"},
        {"N'GOLO KANTÉ", "N'Golo Kanté"},
        {"SA'ID", "Sa'id"},                                // capital after one letter + ' only
        {"'T HOOFT", "'t Hooft"},
        {"MARIE-ÈVE", "Marie-Ève"},
        {"MÜLLER", "Müller"},
        {"STRAẞE", "Straße"},
        {"ОЛЕКСАНДР", "Олександр"},
        {"олександр шевченко", "Олександр Шевченко"},
        {"В'ЯЧЕСЛАВ", "В'ячеслав"},                        // Ukrainian apostrophe inside a word
        {"ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ", "Οδυσσεας Παπας"},              // final sigma
        {"İSMAİL", "İsmail"},                              // Turkish casing when İ/ı present
        {"ŞAHIN", "Şahin"},
        {"ǄEMAL", "ǅemal"},                                // title-case digraph
        {"王小明", "王小明"},
        {"LÃ‰ONARD", "Léonard"},                           // mojibake repaired, then case
        {"Jean\u200BPierre", "Jean Pierre"},
        {"Jean\u00ADPierre", "JeanPierre"},
        {"a\x00" "b"s, "A B"},
        {"", ""},
        {"   ", ""},
    };
    for (const auto& [input, expected] : cases) {
        INFO(input);
        CHECK(tidy_name(input) == expected);
    }
}

TEST_CASE("tidy_name never transliterates and keeps invalid input readable", "[text]") {
    CHECK(tidy_name("Сергей") == "Сергей");
    CHECK(tidy_name("ANDR\xC9") == "André");  // Windows-1252 input
    CHECK(is_valid_utf8(tidy_name("\xFF\xC3\x28")));
}

TEST_CASE("tidy_name is idempotent", "[text]") {
    std::vector<std::string> inputs = random_inputs(3000);
    for (const std::string& s : {"DE LA FONTAINE"s, "o'brien"s, "1 de"s, "'T HOOFT"s, "İSMAİL"s}) {
        inputs.push_back(s);
    }
    for (const std::string& input : inputs) {
        INFO(input);
        const std::string once = tidy_name(input);
        CHECK(tidy_name(once) == once);
    }
}
