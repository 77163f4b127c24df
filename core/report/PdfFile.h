#pragma once

#include "ReportDocument.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <memory>

class QPainter;
class QPdfWriter;

namespace dx::report {

// A PDF that appears whole or not at all: pages are written to a temporary file beside the
// target (QSaveFile) and renamed over it by commit(). Destroyed without commit() — a cancelled
// batch, an error — it leaves nothing behind, not even an old file's replacement half-written.
// Several documents may go into one file (a batch of dossiers); each numbers its own pages.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(dx::report::PdfFile)

public:
    explicit PdfFile(const QString& path);
    ~PdfFile();
    Status open(bool landscape, const QString& title);
    // Adds a document on new pages; returns its page count.
    int add(const Document& doc);
    Status commit();
    int pages() const { return m_pages; }

    // Writes one document to `path`; `pages` receives its page count.
    static Status write(const Document& doc, const QString& path, int* pages = nullptr);

private:
    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    int m_pages = 0;
    int m_documents = 0;
};

} // namespace dx::report
