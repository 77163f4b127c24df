#pragma once

#include "ReportFormat.h"
#include "util/Result.h"

#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>

namespace dx {
class Database;
}

namespace dx::report {

struct BatchRequest
{
    QVector<qint64> enterpriseIds;
    bool onePdf = true;     // one PDF (target is its file) or one file per enterprise (target is a folder; files named as
                            // Document::fileName: credit code and name)
    QString target;
    Options options;
};

struct BatchOutcome
{
    QStringList files;      // written, whole
    int dossiers = 0;
    int pages = 0;
};

// Prints many dossiers (a cluster, a selection) without holding more than one in memory: each
// is built, painted and dropped. Meant for a worker thread with its own connection (the caller's
// `db` connection is per thread). Cancelling stops after the dossier being printed; the file
// being written is discarded (one PDF: nothing is left; one file each: the finished files stay,
// each whole).
class DossierBatch
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::DossierBatch)

public:
    static Result<BatchOutcome> run(const Database& db, const BatchRequest& request, const std::function<void(int, int)>& progress = {},
                                    const std::atomic_bool* cancel = nullptr);
};

} // namespace dx::report
