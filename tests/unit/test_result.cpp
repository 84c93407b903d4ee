#include <catch2/catch.hpp>

#include "cardex/result.hpp"

using cardex::FieldError;
using cardex::FieldErrors;
using cardex::Result;

namespace {
Result<int> half(int n) {
    if (n % 2 != 0) return cardex::fail(FieldErrors{{"n", "odd", "n must be even"}});
    return n / 2;
}
}  // namespace

TEST_CASE("Result holds a value or field errors", "[result]") {
    auto ok = half(4);
    REQUIRE(ok);
    CHECK(*ok == 2);
    CHECK_THROWS_AS(ok.error(), std::logic_error);

    auto bad = half(3);
    REQUIRE_FALSE(bad);
    REQUIRE(bad.error().size() == 1);
    CHECK(bad.error()[0] == FieldError{"n", "odd", "n must be even"});
    CHECK_THROWS_AS(bad.value(), std::logic_error);
}

TEST_CASE("Result can carry a value of the same type as its error", "[result]") {
    Result<std::string, std::string> v = std::string("value");
    Result<std::string, std::string> e = cardex::fail(std::string("code"));
    CHECK(v.value() == "value");
    CHECK(e.error() == "code");
}
