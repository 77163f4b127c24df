#pragma once

#include "repo/EnterpriseRepository.h"
#include "util/Result.h"

#include <atomic>
#include <functional>

namespace dx {

struct EnterpriseExportOptions
{
    bool unmaskPhones = false;   // PIPL: contact phones are masked (138****5678) unless chosen
};

// The register, every field, as a sheet the import reads back: headers are the import fields'
// labels, districts, industries and clusters by name, revenue in 万元 as a number, dates as dates.
class EnterpriseExport
{
    Q_DECLARE_TR_FUNCTIONS(dx::EnterpriseExport)
public:
    explicit EnterpriseExport(const Database& db) : m_db(db) {}
    // Returns how many enterprises were written. The file appears only when all went well.
    Result<int> write(const EnterpriseFilter& filter, const QString& path, const EnterpriseExportOptions& options,
                      const std::function<void(int done)>& progress = {}, const std::atomic_bool* cancel = nullptr) const;

private:
    const Database& m_db;
};

} // namespace dx
