#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace cii {

struct EditConflict;

// Why an operation failed. Input errors mean "nothing was written, fix the input"
// (CLI exit 3); storage errors mean the store could not be used (CLI exit 4).
struct Error
{
    enum class Kind { Input, Storage };
    Kind kind = Kind::Input;
    QString message;
    QStringList details; // e.g. one "row N, column X: reason" line per bad row
    // Set when an edit met a record another client changed since it was read (an input
    // error: nothing was written): both versions, for the fronts to show (storage/editconflict.h).
    std::shared_ptr<const EditConflict> conflict;

    static Error input(QString message, QStringList details = {})
    {
        return Error{Kind::Input, std::move(message), std::move(details), nullptr};
    }
    static Error storage(QString message)
    {
        return Error{Kind::Storage, std::move(message), {}, nullptr};
    }
    bool isStorage() const { return kind == Kind::Storage; }
    bool isConflict() const { return conflict != nullptr; }
};

// A problem with one field of an entity; `field` is the column name used in CSV files.
struct FieldError
{
    QString field;
    QString reason;
};

// A value or the reason there is none. No exceptions cross our APIs.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value on a temporary, so `for (x : f().value())` does not dangle.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace cii
