#include "DossierBatch.h"

#include "DossierReport.h"
#include "PdfFile.h"

#include <QDir>

namespace dx::report {

Result<BatchOutcome> DossierBatch::run(const Database& db, const BatchRequest& request, const std::function<void(int, int)>& progress,
                                       const std::atomic_bool* cancel)
{
    BatchOutcome out;
    const int total = int(request.enterpriseIds.size());
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const Status stopped = Status::error(ErrorCode::Cancelled, tr("Printing was cancelled."));
    if (request.onePdf) {
        PdfFile file(request.target);
        if (const Status s = file.open(false, tr("Enterprise dossiers")); !s)
            return s;
        for (int i = 0; i < total; ++i) {
            if (cancelled())
                return stopped;   // `file` is discarded: nothing is left at the target
            auto doc = DossierReport::build(db, request.enterpriseIds.at(i), request.options);
            if (!doc)
                return doc.status();
            file.add(doc.value());
            ++out.dossiers;
            if (progress)
                progress(i + 1, total);
        }
        if (const Status s = file.commit(); !s)
            return s;
        out.pages = file.pages();
        out.files << request.target;
        return out;
    }
    if (!QDir().mkpath(request.target))
        return Status::error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(request.target));
    for (int i = 0; i < total; ++i) {
        if (cancelled())
            return stopped;
        auto doc = DossierReport::build(db, request.enterpriseIds.at(i), request.options);
        if (!doc)
            return doc.status();
        int pages = 0;
        const QString path = QDir(request.target).filePath(doc->fileName);
        if (const Status s = PdfFile::write(doc.value(), path, &pages); !s)
            return s;
        out.files << path;
        out.pages += pages;
        ++out.dossiers;
        if (progress)
            progress(i + 1, total);
    }
    return out;
}

} // namespace dx::report
