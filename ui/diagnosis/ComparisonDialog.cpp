#include "ComparisonDialog.h"

#include "exchange/ViewExport.h"
#include "assessment/Comparison.h"
#include "repo/DiagnosisRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

ComparisonDialog::ComparisonDialog(std::shared_ptr<Database> db, qint64 firstId, qint64 secondId, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("comparisonDialog"));
    setWindowTitle(tr("Compare diagnoses"));
    auto* layout = new QVBoxLayout(this);
    DiagnosisRepository repo(*db);
    auto first = repo.get(firstId);
    auto second = repo.get(secondId);
    if (!first || !second) {
        layout->addWidget(new QLabel(!first ? first.message() : second.message(), this));
        return;
    }
    Diagnosis a = first.value(), b = second.value();
    if (b.visitDate < a.visitDate || (b.visitDate == a.visitDate && b.id < a.id))
        std::swap(a, b);   // the older one is "before"
    auto ia = AssessmentIndex::shipped(a.indexId, a.indexVersion);
    auto ib = AssessmentIndex::shipped(b.indexId, b.indexVersion);
    if (!ia || !ib) {
        layout->addWidget(new QLabel(!ia ? ia.message() : ib.message(), this));
        return;
    }
    auto* view = new QTreeWidget(this);
    viewExport::setTitle(view, tr("Comparison"));
    view->setObjectName(QStringLiteral("comparisonView"));
    view->setRootIsDecorated(true);
    view->setHeaderLabels({tr("Item"),
                           tr("%1 %2").arg(a.visitDate.toString(QStringLiteral("yyyy-MM-dd")), diagnosisKindName(a.kind)),
                           tr("%1 %2").arg(b.visitDate.toString(QStringLiteral("yyyy-MM-dd")), diagnosisKindName(b.kind)),
                           tr("Change")});
    QTreeWidgetItem* dimension = nullptr;
    QTreeWidgetItem* scenes = nullptr;
    for (const ComparisonRow& row : Comparison::compare(ia.value(), a.answers, ib.value(), b.answers)) {
        QString change;
        if (row.delta != 0)
            change = (row.kind == ComparisonRow::Level || row.kind == ComparisonRow::Scene)
                         ? QStringLiteral("%1%2").arg(row.delta > 0 ? QStringLiteral("+") : QString()).arg(row.delta)
                         : (row.delta > 0 ? QStringLiteral("+") : QString()) + AssessmentIndex::formatPoints(row.delta);
        auto* item = new QTreeWidgetItem({row.name, row.before, row.after, change});
        if (row.delta > 0)
            item->setForeground(3, QColor(0x1b, 0x7f, 0x3b));
        else if (row.delta < 0)
            item->setForeground(3, QColor(0xb3, 0x26, 0x1e));
        switch (row.kind) {
        case ComparisonRow::Total:
        case ComparisonRow::Level:
            view->addTopLevelItem(item);
            break;
        case ComparisonRow::Dimension:
            view->addTopLevelItem(item);
            dimension = item;
            break;
        case ComparisonRow::Item:
            (dimension ? dimension->addChild(item) : view->addTopLevelItem(item));
            break;
        case ComparisonRow::Scene:
            if (!scenes) {
                scenes = new QTreeWidgetItem({tr("Business scenes")});
                view->addTopLevelItem(scenes);
            }
            scenes->addChild(item);
            break;
        }
    }
    view->expandAll();
    view->setColumnWidth(0, 300);
    for (int c = 1; c < 4; ++c)
        view->resizeColumnToContents(c);
    view->header()->setMinimumSectionSize(90);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 680);
}

} // namespace dx
