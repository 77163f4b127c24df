// Scrolls the register's list view end to end, offscreen, as a user dragging the scroll bar to
// the bottom would make it fetch every page: prints the milliseconds and the peak resident memory
// in MB ("ms MB"). Run by scripts/bench; not part of ctest.
//   bench_scroll DATABASE
#include "db/Database.h"
#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

namespace {

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_scroll DATABASE\n";
        return 2;
    }
    dx::OpenOptions options;
    options.createIfMissing = false;
    auto db = dx::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        QTextStream(stderr) << db.message() << "\n";
        return 1;
    }
    dx::EnterpriseListWidget list(db.value());
    list.resize(1400, 900);
    list.show();
    auto* view = list.findChild<QTableView*>(QStringLiteral("enterpriseTable"));
    QElapsedTimer timer;
    timer.start();
    // Each step: to the bottom of what is loaded; the view asks the model for the next page.
    while (true) {
        app.processEvents();
        view->scrollToBottom();
        app.processEvents();
        if (!list.model()->canFetchMore(QModelIndex()))
            break;
        list.model()->fetchMore(QModelIndex());
    }
    const qint64 ms = timer.elapsed();
    QTextStream(stdout) << ms << ' ' << peakResidentKb() / 1024 << '\n';
    QTextStream(stderr) << list.model()->rowCount() << " rows\n";
    return 0;
}
