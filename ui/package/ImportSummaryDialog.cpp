#include "ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {

QString joined(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& f : v.toArray())
        out << f.toString();
    return out.join(QStringLiteral(", "));
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const PackageImportSummary& s, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Return package imported"));
    setObjectName(QStringLiteral("importSummaryDialog"));
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("summary"));
    heading->setWordWrap(true);
    QString text = tr("From %1: %2 added, %3 updated, %4 parallel updates (changed on both sides in different fields, applied "
                      "field by field), %5 records with conflicts (the same field changed on both sides; queued for review), "
                      "%6 unchanged.")
                       .arg(s.providerName)
                       .arg(s.added)
                       .arg(s.updated)
                       .arg(s.parallel)
                       .arg(s.conflicts)
                       .arg(s.unchanged);
    if (s.duplicate)
        text.prepend(tr("This package was imported before; nothing was changed now.") + QLatin1Char('\n'));
    heading->setText(text);

    auto* table = new QTableWidget(int(s.records.size()), 5, this);
    table->setObjectName(QStringLiteral("records"));
    table->setHorizontalHeaderLabels({tr("Outcome"), tr("Kind"), tr("Record"), tr("Fields applied"), tr("Fields in conflict")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < s.records.size(); ++row) {
        const QJsonObject o = s.records.at(row).toObject();
        const QStringList cells{o.value(QStringLiteral("outcome")).toString(), o.value(QStringLiteral("table")).toString(),
                                o.value(QStringLiteral("label")).toString(), joined(o.value(QStringLiteral("applied"))),
                                joined(o.value(QStringLiteral("conflicts")))};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (s.conflicts > 0 && !s.duplicate) {
        QPushButton* review = buttons->addButton(tr("&Review conflicts…"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewButton"));
        connect(review, &QPushButton::clicked, this, [this] { done(ReviewConflicts); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace dx
