// cardex/result.hpp — errors as values.
//
// Library functions that can fail on input return Result<T, E>: either a value or the reason it
// could not be produced. Nothing in cardex_core throws on bad input; exceptions are reserved for
// programming errors (reading the value of a failed Result) and for process boundaries.
#pragma once

#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cardex {

/// A problem with one field of the input, named by its path ("guest.email", "submissions[3].stay").
struct FieldError {
    std::string field;    ///< JSON path of the field
    std::string code;     ///< stable machine-readable code, e.g. "invalid_email"
    std::string message;  ///< human-readable English explanation
    bool operator==(const FieldError&) const = default;
};
using FieldErrors = std::vector<FieldError>;

/// Wraps an error for constructing a failed Result: `return fail(FieldErrors{...});`
template <class E>
struct Failure {
    E error;
};
template <class E>
Failure<std::decay_t<E>> fail(E&& e) {
    return {std::forward<E>(e)};
}

/// Either a T or an E (the std::expected of C++23, reduced to what Cardex uses).
template <class T, class E = FieldErrors>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    template <class G>
    Result(Failure<G> f) : v_(std::in_place_index<1>, E(std::move(f.error))) {}

    bool has_value() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { check(); return std::get<0>(v_); }
    const T& value() const& { check(); return std::get<0>(v_); }
    T&& value() && { check(); return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const& {
        if (has_value()) throw std::logic_error("cardex::Result: error() called on a value");
        return std::get<1>(v_);
    }
    E&& error() && {
        if (has_value()) throw std::logic_error("cardex::Result: error() called on a value");
        return std::get<1>(std::move(v_));
    }

private:
    void check() const {
        if (!has_value()) throw std::logic_error("cardex::Result: value() called on an error");
    }
    std::variant<T, E> v_;
};

}  // namespace cardex
