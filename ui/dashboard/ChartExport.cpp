#include "ChartExport.h"

#include "common/MessageBox.h"
#include "util/Settings.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QtCharts/QChartView>

namespace dx {

Status saveChart(QChartView* view, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        if (!view->grab().save(path, "PNG"))
            return Status::error(ErrorCode::Io, QCoreApplication::translate("dx::ChartExport", "Could not write %1.").arg(path));
        return Status::ok();
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        QPainter painter;
        if (!painter.begin(&svg))
            return Status::error(ErrorCode::Io, QCoreApplication::translate("dx::ChartExport", "Could not write %1.").arg(path));
        view->render(&painter);
        painter.end();
        return Status::ok();
    }
    return Status::error(ErrorCode::Validation,
                         QCoreApplication::translate("dx::ChartExport", "%1: choose a file ending in .png or .svg.").arg(QFileInfo(path).fileName()));
}

void installChartExport(QChartView* view)
{
    auto* action = new QAction(QCoreApplication::translate("dx::ChartExport", "Save chart…"), view);
    action->setObjectName(QStringLiteral("saveChartAction"));
    QObject::connect(action, &QAction::triggered, view, [view] {
        const QString caption = QCoreApplication::translate("dx::ChartExport", "Save chart");
        const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
        const QString name = QStringLiteral("%1-%2.png").arg(view->chart() ? view->chart()->title() : QStringLiteral("chart"),
                                                             QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
        QString safe = name;
        safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|（）() ]+")), QStringLiteral("_"));
        const QString path = QFileDialog::getSaveFileName(view->window(), caption,
                                                          QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(safe),
                                                          QCoreApplication::translate("dx::ChartExport", "PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(path).absolutePath());
        const Status s = saveChart(view, path);
        if (!s)
            MessageBox::warning(view->window(), caption, s.message());
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace dx
