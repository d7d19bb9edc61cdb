#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dpdesk {

// A refusal with a machine-readable code ("iban.checksum"), a human message
// in plain words, and, where it applies, the field it is about (a JSON path
// such as "applicants[1].dateOfBirth").
struct Error
{
    QString code;
    QString message;
    QString field;

    friend bool operator==(const Error &, const Error &) = default;
};

// Either a value or an Error. A small stand-in for C++23 std::expected.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that either succeed with nothing to return, or fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace dpdesk
