// The dashboard rendered offscreen on a demo city: the figures arrive without blocking the
// window, the table matches core's figures, a click on a cluster's bar lists exactly the
// enterprises it counts in the register, and an earlier "as of" date gives the smaller figures of that day.
#include "GuiSupport.h"
#include "TestSupport.h"
#include "dashboard/ChartExport.h"
#include "dashboard/DashboardWidget.h"
#include "dashboard/PipelineChart.h"
#include "enterprises/EnterpriseListWidget.h"
#include "enterprises/EnterpriseTableModel.h"
#include "demo/DemoCityGenerator.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtCharts/QBarSeries>
#include <QtCharts/QChartView>
#include <QtCharts/QBarSet>
#include <QtTest>

using namespace dx;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        test::isolateGui(m_db.dir());
        QVERIFY(DemoCityGenerator::populate(*m_db, 800, 9).isOk());
    }

    void figuresTableAndDrillDown()
    {
        DashboardWidget dashboard(m_db.db());
        dashboard.resize(1200, 800);
        dashboard.show();
        dashboard.reload();
        QVERIFY(dashboard.isComputing());   // off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isComputing(), 20000);
        const ProgressFigures& f = dashboard.figures();
        QCOMPARE(f.total.registered, qint64(800));
        QVERIFY(f.total.diagnosed > 0);
        auto* table = dashboard.findChild<QTableWidget*>(QStringLiteral("dashboardTable"));
        QCOMPARE(table->rowCount(), int(f.clusters.size()) + 1);   // the clusters and the total
        QCOMPARE(table->item(0, 0)->text(), f.clusters.first().clusterName);

        // The providers ranked by accepted projects.
        auto* providers = dashboard.findChild<QTableWidget*>(QStringLiteral("dashboardProviders"));
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isRanking(), 20000);   // on its own, after the figures
        QVERIFY(providers->rowCount() > 1);
        for (int r = 1; r < providers->rowCount(); ++r)
            QVERIFY(QLocale().toLongLong(providers->item(r - 1, 3)->text()) >= QLocale().toLongLong(providers->item(r, 3)->text()));

        auto* chart = dashboard.findChild<PipelineChart*>(QStringLiteral("pipelineChart"));
        QVERIFY(chart && chart->chart());
        auto series = chart->chart()->series();
        QCOMPARE(series.size(), 1);
        auto* bars = qobject_cast<QBarSeries*>(series.first());
        QVERIFY(bars && bars->count() == 5);
        QCOMPARE(qint64(bars->barSets().first()->at(0)), f.clusters.first().registered);
        // The money chart: one bar per fund and per cluster, approved equal to core's figure.
        auto* money = dashboard.findChild<QChartView*>(QStringLiteral("moneyChart"));
        QVERIFY(money && money->chart()->series().size() == 1);
        auto* moneyBars = qobject_cast<QAbstractBarSeries*>(money->chart()->series().first());
        QVERIFY(moneyBars);
        QCOMPARE(moneyBars->barSets().at(1)->count(), int(f.funds.size() + f.clusters.size()));
        QCOMPARE(qRound64(moneyBars->barSets().at(1)->at(int(f.funds.size())) * 1000000.0), f.clusters.first().approved.fen());
        QSignalSpy spy(&dashboard, &DashboardWidget::showEnterprises);
        emit bars->barSets().at(1)->clicked(1);   // the second cluster's "diagnosed" bar
        QCOMPARE(spy.count(), 1);
        const auto scope = spy.first().at(0).value<ProgressFilter>();
        const auto stage = spy.first().at(1).value<ProgressStage>();
        QCOMPARE(scope.clusterId, f.clusters.at(1).clusterId);
        QCOMPARE(stage, ProgressStage::Diagnosed);
        // The register, narrowed that way, lists exactly the enterprises the bar counts.
        EnterpriseListWidget list(m_db.db());
        list.show();
        list.showProgress(scope, stage);
        QTRY_COMPARE_WITH_TIMEOUT(list.model()->totalCount(), f.clusters.at(1).diagnosed, 20000);
        // A double-click on the conversion rate lists the diagnosed enterprises with no project yet.
        spy.clear();
        emit table->cellDoubleClicked(1, 4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(1).value<ProgressStage>(), ProgressStage::DiagnosedNoProject);
        list.showProgress(spy.first().at(0).value<ProgressFilter>(), ProgressStage::DiagnosedNoProject);
        QTRY_VERIFY_WITH_TIMEOUT(list.model()->totalCount() > 0 && list.model()->totalCount() < f.clusters.at(1).diagnosed, 20000);
        QVERIFY(list.model()->totalCount() >= f.clusters.at(1).diagnosed - f.clusters.at(1).filed);
        // The cluster's target shows beside its accepted enterprises.
        QVERIFY(table->item(0, 6)->text().contains(QLocale().toString(f.clusters.first().target)));

        // Every chart saves itself as PNG and SVG (right-click), and refuses other formats.
        QVERIFY(chart->findChild<QAction*>(QStringLiteral("saveChartAction")));
        const QString png = m_db.dir() + QStringLiteral("/pipeline.png");
        const QString svg = m_db.dir() + QStringLiteral("/pipeline.svg");
        QVERIFY(saveChart(chart, png).isOk());
        QVERIFY(saveChart(chart, svg).isOk());
        QVERIFY(!QImage(png).isNull());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        QVERIFY(!saveChart(chart, m_db.dir() + QStringLiteral("/pipeline.pdf")).isOk());

        // Mid-2024, while the demo's baseline visits (March 2024 to August 2025) were under way:
        // fewer diagnosed enterprises than today.
        const qint64 today = f.total.diagnosed;
        const QDate then(2024, 12, 31);
        dashboard.findChild<QDateEdit*>(QStringLiteral("dashboardAsOf"))->setDate(then);
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isComputing() && dashboard.figures().asOf == then, 20000);
        QVERIFY(dashboard.figures().total.diagnosed > 0);
        QVERIFY(dashboard.figures().total.diagnosed < today);
    }

private:
    test::TempDatabase m_db;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
