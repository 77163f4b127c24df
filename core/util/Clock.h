#pragma once

#include <QDateTime>

namespace dx {

// Time comes from here so tests (and "as of" reports) can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock& system();
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at; }

private:
    QDateTime m_at;
};

} // namespace dx
