#include "DemoLoader.h"

#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "demo/DemoCityGenerator.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace dx {

namespace {

bool askSize(QWidget* parent, bool firstStart, int* size, bool* importInstead)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("demoDialog"));
    dialog.setWindowTitle(QApplication::translate("dx::DemoLoader", "Demonstration city"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(firstStart ? QApplication::translate("dx::DemoLoader",
                                                                 "The database is empty. Load a demonstration city (揭阳-like: "
                                                                 "five districts, the pilot clusters 纺织服装, 塑胶, 五金制造, 食品加工 …) "
                                                                 "to try DX Desk at once? The enterprises are invented. Or import your own "
                                                                 "enterprise ledger (Excel or CSV).")
                                       : QApplication::translate("dx::DemoLoader",
                                                                 "Add generated, invented enterprises to this database."),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    auto* spin = new QSpinBox(&dialog);
    spin->setObjectName(QStringLiteral("demoSize"));
    spin->setRange(10, 1000000);
    spin->setSingleStep(1000);
    spin->setGroupSeparatorShown(true);
    spin->setValue(Settings::value(Settings::Key::LastDemoSize).toInt());
    form->addRow(QApplication::translate("dx::DemoLoader", "Enterprises:"), spin);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QApplication::translate("dx::DemoLoader", "&Load"));
    if (firstStart) {
        buttons->button(QDialogButtonBox::Cancel)->setText(QApplication::translate("dx::DemoLoader", "Start &empty"));
        // A bureau's first step is its own ledger (台账): offer it next to the demonstration.
        if (importInstead) {
            QPushButton* import = buttons->addButton(QApplication::translate("dx::DemoLoader", "&Import our ledger…"),
                                                     QDialogButtonBox::ActionRole);
            import->setObjectName(QStringLiteral("demoImportLedger"));
            QObject::connect(import, &QPushButton::clicked, &dialog, [&dialog, importInstead] {
                *importInstead = true;
                dialog.reject();
            });
        }
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = spin->value();
    Settings::setValue(Settings::Key::LastDemoSize, *size);
    return true;
}

} // namespace

bool loadDemoCity(QWidget* parent, const std::shared_ptr<Database>& db, bool firstStart, bool* importInstead)
{
    int size = 0;
    if (importInstead)
        *importInstead = false;
    if (!askSize(parent, firstStart, &size, importInstead))
        return false;

    QProgressDialog progress(QApplication::translate("dx::DemoLoader", "Generating %1 enterprises…").arg(format::count(size)),
                             QApplication::translate("dx::DemoLoader", "Cancel"), 0, size, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(QApplication::translate("dx::DemoLoader", "Demonstration city"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    std::atomic_bool cancel{false};
    std::atomic_int done{0};
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, [&cancel] { cancel = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!cancel)
            progress.setValue(done.load());
    });
    poll.start(100);
    QElapsedTimer timer;
    timer.start();
    watcher.setFuture(QtConcurrent::run([&db, size, &cancel, &done] {
        const Status s = DemoCityGenerator::populate(
            *db, size, 2024, [&done](int n, int) { done = n; }, &cancel);
        db->releaseThreadConnection();
        return s;
    }));
    loop.exec();
    poll.stop();
    progress.reset();
    const Status result = watcher.result();
    if (result.code() == ErrorCode::Cancelled)
        return false;
    if (!result) {
        MessageBox::critical(parent, QApplication::translate("dx::DemoLoader", "Demonstration city"), result.message());
        return false;
    }
    return true;
}

} // namespace dx
