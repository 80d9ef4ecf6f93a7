#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace shopdesk::core {

/// A failure a shop clerk can read: the message is already translated and names what went wrong
/// (file, line and field where there is one). Library code returns it; only app/ shows it.
struct Error {
    QString message;
};

/// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : mError(std::move(error.message))
        , mFailed(true)
    {
    }

    static Status success() { return {}; }

    bool ok() const { return !mFailed; }
    explicit operator bool() const { return ok(); }
    const QString &errorMessage() const { return mError; }
    Error error() const { return Error { mError }; }

private:
    QString mError;
    bool mFailed = false;
};

/// A value or an Error.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : mValue(std::move(value))
    {
    }
    Result(Error error)
        : mError(std::move(error.message))
    {
    }

    bool ok() const { return mValue.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *mValue; }
    const T &value() const & { return *mValue; }
    /// From a temporary Result, the value itself (moved out), never a reference into the
    /// temporary: `for (const auto &m : *ledger.history(sku))` would otherwise loop over a
    /// destroyed list (the range-for keeps only the reference alive before C++23).
    T value() && { return std::move(*mValue); }
    T *operator->() { return &*mValue; }
    const T *operator->() const { return &*mValue; }
    T &operator*() & { return *mValue; }
    const T &operator*() const & { return *mValue; }
    T operator*() && { return std::move(*mValue); }

    const QString &errorMessage() const { return mError; }
    Error error() const { return Error { mError }; }
    Status status() const { return ok() ? Status {} : Status { error() }; }

private:
    std::optional<T> mValue;
    QString mError;
};

} // namespace shopdesk::core
