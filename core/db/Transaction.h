#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace dx {

// RAII write transaction: begins on construction, rolls back on destruction unless
// commit() succeeded. Nested transactions on the same connection join the outermost one,
// so a service can call several repositories and still write everything or nothing.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& status() const { return m_status; }  // failure to begin
    bool isOuter() const { return m_outer; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace dx
