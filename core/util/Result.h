#pragma once

#include <QCoreApplication>  // Q_DECLARE_TR_FUNCTIONS for the classes that return Results
#include <QString>
#include <optional>
#include <utility>

namespace dx {

// What went wrong, in categories the UI can react to (a conflict offers a reload,
// a validation error points at a field). The message is translated and specific.
enum class ErrorCode {
    None,
    Validation,  // the input breaks a rule; nothing was written
    Duplicate,   // a unique value already exists
    Conflict,    // the record changed since it was read (version mismatch)
    NotFound,
    Database,    // the database refused or failed
    Cancelled,
    Io,
    Permission,  // the user's role does not allow it (or the server refused it)
};

class Status
{
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(ErrorCode code, QString message) { return Status(code, std::move(message)); }

    bool isOk() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    Status(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};

// A value or the reason there is none.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit by design
    Result(Status status) : m_status(std::move(status)) {}  // NOLINT

    bool isOk() const { return m_status.isOk() && m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status& status() const { return m_status; }
    const QString& message() const { return m_status.message(); }
    ErrorCode code() const { return m_status.code(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T takeValue() { return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace dx
