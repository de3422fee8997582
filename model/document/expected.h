// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QString>

#include <optional>
#include <utility>

// A value or the one-line reason there is none (C++20 has no std::expected).
// Readers, importers and exporters return this; only ui/ turns it into a dialog.
template <typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString error) { return Expected(std::nullopt, std::move(error)); }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Expected(std::nullopt_t, QString error) : m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but may fail.
struct Status
{
    static Status success() { return {}; }
    static Status failure(QString error) { return Status{std::move(error), false}; }
    explicit operator bool() const { return ok; }
    QString error;
    bool ok = true;
};
