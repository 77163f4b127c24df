#include "PdfFile.h"

#include "Renderer.h"

#include <QPainter>
#include <QPdfWriter>

namespace dx::report {

PdfFile::PdfFile(const QString& path) : m_path(path), m_file(path) {}

PdfFile::~PdfFile()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
    m_file.cancelWriting();   // uncommitted: the temporary file is removed
}

Status PdfFile::open(bool landscape, const QString& title)
{
    if (const Status font = Renderer::checkFont(); !font)
        return font;
    if (!m_file.open(QIODevice::WriteOnly))
        return Status::error(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("DX Desk %1").arg(QCoreApplication::applicationVersion()));
    // 600 dpi: positions exact to 0.04 mm, half the file size of the default 1200.
    m_writer->setResolution(600);
    Renderer::setUpPage(*m_writer, landscape);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get()))
        return Status::error(ErrorCode::Io, tr("Cannot start the PDF %1.").arg(m_path));
    return Status::ok();
}

int PdfFile::add(const Document& doc)
{
    const int n = Renderer::paint(doc, *m_writer, *m_painter, m_documents > 0);
    ++m_documents;
    m_pages += n;
    return n;
}

Status PdfFile::commit()
{
    if (!m_painter || !m_painter->end())
        return Status::error(ErrorCode::Io, tr("Cannot finish the PDF %1.").arg(m_path));
    m_painter.reset();
    m_writer.reset();
    if (!m_file.commit())
        return Status::error(ErrorCode::Io, tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    return Status::ok();
}

Status PdfFile::write(const Document& doc, const QString& path, int* pages)
{
    PdfFile file(path);
    if (const Status s = file.open(doc.landscape, doc.title); !s)
        return s;
    file.add(doc);
    if (pages)
        *pages = file.pages();
    return file.commit();
}

} // namespace dx::report
