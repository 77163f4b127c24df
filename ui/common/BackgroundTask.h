#pragma once

#include "db/Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace dx {

using ProgressFn = std::function<void(int done, int total)>;

// Runs `work` off the GUI thread (DESIGN.md: anything that can take more than ~100 ms) with a
// window-modal progress dialog whose Cancel sets the flag `work` watches. The window keeps
// painting; the worker uses its own database connection, released when it ends. Returns what
// `work` returned (a Status or Result, Cancelled when the user stopped it).
template <typename R>
R runInBackground(QWidget* parent, const std::shared_ptr<Database>& db, const QString& title, const QString& label,
                  const std::function<R(const ProgressFn&, const std::atomic_bool*)>& work)
{
    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("backgroundProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    std::atomic_int total{0};
    QFutureWatcher<R> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<R>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancel] { cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (cancel)
            return;
        if (progress.maximum() != total.load())
            progress.setMaximum(total.load());
        progress.setValue(qMin(done.load(), total.load()));
    });
    poll.start(100);
    watcher.setFuture(QtConcurrent::run([&] {
        R r = work([&done, &total](int d, int t) {
            total = t;
            done = d;
        }, &cancel);
        db->releaseThreadConnection();
        return r;
    }));
    loop.exec();
    poll.stop();
    progress.reset();
    return watcher.result();
}

} // namespace dx
