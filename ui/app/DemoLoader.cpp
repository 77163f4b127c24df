#include "DemoLoader.h"

#include "common/BackgroundTask.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "demo/DemoCityGenerator.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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

    // The shared worker-thread runner: own connection, progress, Cancel leaves nothing behind.
    const Status result = runInBackground<Status>(
        parent, db, QApplication::translate("dx::DemoLoader", "Demonstration city"),
        QApplication::translate("dx::DemoLoader", "Generating %1 enterprises…").arg(format::count(size)),
        [&db, size](const ProgressFn& progress, const std::atomic_bool* cancel) {
            return DemoCityGenerator::populate(*db, size, 2024, progress, cancel);
        });
    if (result.code() == ErrorCode::Cancelled)
        return false;
    if (!result) {
        MessageBox::critical(parent, QApplication::translate("dx::DemoLoader", "Demonstration city"), result.message());
        return false;
    }
    return true;
}

} // namespace dx
