// A 500-enterprise field package: export at the bureau, opening on the laptop, a return with
// every enterprise edited and a new diagnosis for each, and its import. Prints wall times.
//   cmake --build build --target bench_package && build/tests/package/bench_package [ENTERPRISES]

#include "PackageFixture.h"
#include "package/PackageImport.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace dx;
using namespace dx::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    QTextStream out(stdout);
    Bureau bureau(qMax(2000, n * 2));
    QStringList codes;
    {
        QSqlQuery q((*bureau).connection());
        q.exec(QStringLiteral("SELECT credit_code FROM enterprises ORDER BY id LIMIT %1").arg(n));
        while (q.next())
            codes << q.value(0).toString();
    }
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    auto exported = PackageExport::run(*bureau, {bureau.busiestProvider(), codes, {}, {}}, dir.filePath(QStringLiteral("p")));
    if (!exported)
        qFatal("%s", qPrintable(exported.message()));
    out << "export:  " << t.elapsed() << " ms  (" << exported->enterprises << " enterprises, " << exported->diagnoses
        << " diagnoses, " << exported->projects << " projects, " << exported->bytes / 1024 << " KB)" << Qt::endl;
    t.restart();
    Laptop laptop(dir.filePath(QStringLiteral("p")), dir.filePath(QStringLiteral("f.sqlite")));
    if (!laptop.opened)
        qFatal("%s", qPrintable(laptop.opened.message()));
    out << "open:    " << t.elapsed() << " ms" << Qt::endl;

    EnterpriseRepository enterprises(*laptop.db);
    QVector<Diagnosis> diagnoses;
    QSqlQuery q(laptop.db->connection());
    q.exec(QStringLiteral("SELECT id FROM enterprises"));
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        Enterprise e = enterprises.get(id).value();
        e.notes = QStringLiteral("现场核实 %1").arg(id);
        enterprises.update(e);
        Diagnosis d;
        d.enterpriseId = id;
        d.indexId = QStringLiteral("miit-sme-dx");
        d.indexVersion = QStringLiteral("2024");
        d.visitDate = QDate(2026, 3, 3);
        d.assessor = QStringLiteral("李诊断");
        diagnoses << d;
    }
    DiagnosisRepository(*laptop.db).insertMany(diagnoses, {{QStringLiteral("source"), QStringLiteral("bench")}});
    t.restart();
    auto returned = FieldPackage::exportReturn(*laptop.db, dir.filePath(QStringLiteral("r")));
    if (!returned)
        qFatal("%s", qPrintable(returned.message()));
    out << "return:  " << t.elapsed() << " ms  (" << returned->enterprises << " enterprises, " << returned->diagnoses
        << " diagnoses, " << returned->bytes / 1024 << " KB)" << Qt::endl;
    t.restart();
    auto imported = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
    if (!imported)
        qFatal("%s", qPrintable(imported.message()));
    out << "import:  " << t.elapsed() << " ms  (added " << imported->added << ", updated " << imported->updated << ", parallel "
        << imported->parallel << ", conflicts " << imported->conflicts << ")" << Qt::endl;
    t.restart();
    auto again = PackageImport::run(*bureau, dir.filePath(QStringLiteral("r")));
    out << "again:   " << t.elapsed() << " ms  (duplicate " << (again && again->duplicate) << ")" << Qt::endl;
    return 0;
}
