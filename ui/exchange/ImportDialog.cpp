#include "ImportDialog.h"

#include "ImportIssueModel.h"
#include "ViewExport.h"
#include "common/BackgroundTask.h"
#include "common/Format.h"
#include "common/MessageBox.h"
#include "exchange/ImportReport.h"
#include "exchange/TableFile.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
constexpr int PreviewRows = 15;
constexpr int ExampleValues = 3;

QString fileFilter()
{
    return ImportDialog::tr("Ledgers (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)");
}
}

ImportDialog::ImportDialog(std::shared_ptr<Database> db, const QString& kind, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_target(ImportTarget::create(kind, *m_db))
{
    Q_ASSERT(m_target);
    m_caption = tr("Import: %1").arg(m_target->title());
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(m_caption);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Step 1: the file.
    auto* filePage = new QWidget(m_pages);
    auto* fileLayout = new QVBoxLayout(filePage);
    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("Choose the file to import: an Excel/WPS workbook (.xlsx) or a CSV file."), filePage);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setWordWrap(true);
    auto* browse = new QPushButton(tr("&Choose file…"), filePage);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(browse);
    fileLayout->addLayout(fileRow);
    auto* form = new QFormLayout;
    m_sheet = new QComboBox(filePage);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    form->addRow(tr("&Sheet"), m_sheet);
    m_headerRow = new QSpinBox(filePage);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setRange(1, 1);
    form->addRow(tr("&Headers in row"), m_headerRow);
    fileLayout->addLayout(form);
    m_preview = new QTableWidget(filePage);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fileLayout->addWidget(m_preview, 1);
    m_pages->addWidget(filePage);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_sheet, &QComboBox::activated, this, [this] { loadSheet(); });
    connect(m_headerRow, &QSpinBox::valueChanged, this, &ImportDialog::headerRowChanged);

    // Step 2: the columns.
    auto* mapPage = new QWidget(m_pages);
    auto* mapLayout = new QVBoxLayout(mapPage);
    auto* mapHelp = new QLabel(tr("Each column of the file is matched to a field by its header. Change what is "
                                  "wrong; columns set to \"(ignore)\" are not imported. The choice is remembered for files "
                                  "with the same headers."),
                               mapPage);
    mapHelp->setWordWrap(true);
    mapLayout->addWidget(mapHelp);
    m_columns = new QTableWidget(0, 3, mapPage);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Field")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mapLayout->addWidget(m_columns, 1);
    m_missing = new QLabel(mapPage);
    m_missing->setObjectName(QStringLiteral("importMissing"));
    m_missing->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_missing->setWordWrap(true);
    mapLayout->addWidget(m_missing);
    m_pages->addWidget(mapPage);

    // Step 3: the dry run.
    auto* reportPage = new QWidget(m_pages);
    auto* reportLayout = new QVBoxLayout(reportPage);
    m_summary = new QLabel(reportPage);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    reportLayout->addWidget(m_summary);
    m_updateExisting = new QCheckBox(tr("&Update the records already stored (matched by credit code) with the file's values"), reportPage);
    m_updateExisting->setObjectName(QStringLiteral("importUpdateExisting"));
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and &leave out the invalid ones"), reportPage);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    reportLayout->addWidget(m_updateExisting);
    reportLayout->addWidget(m_skipInvalid);
    m_issues = new ImportIssueModel(this);
    m_issueView = new QTableView(reportPage);
    viewExport::setTitle(m_issueView, tr("Problems"));
    m_issueView->setObjectName(QStringLiteral("importIssues"));
    m_issueView->setModel(m_issues);
    m_issueView->verticalHeader()->hide();
    m_issueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_issueView->horizontalHeader()->setStretchLastSection(true);
    m_issueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    reportLayout->addWidget(m_issueView, 1);
    m_pages->addWidget(reportPage);
    connect(m_updateExisting, &QCheckBox::toggled, this, &ImportDialog::refreshSummary);
    connect(m_skipInvalid, &QCheckBox::toggled, this, &ImportDialog::refreshSummary);

    auto* buttons = new QHBoxLayout;
    m_exportReport = new QPushButton(tr("&Export report…"), this);
    m_exportReport->setObjectName(QStringLiteral("importExportReport"));
    m_back = new QPushButton(tr("< &Back"), this);
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("importNext"));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importRun"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(m_exportReport);
    buttons->addStretch(1);
    for (QPushButton* b : {m_back, m_next, m_import, cancel})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    connect(m_exportReport, &QPushButton::clicked, this, &ImportDialog::exportReport);
    connect(m_back, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    showPage(0);
    resize(960, 640);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    const QString folder = Settings::value(Settings::Key::LastImportFolder).toString();
    const QString path = QFileDialog::getOpenFileName(this, m_caption, folder.isEmpty() ? QDir::homePath() : folder, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString& path)
{
    auto sheets = TableFile::sheetNames(path);
    if (!sheets) {
        MessageBox::warning(this, m_caption, sheets.message());
        return false;
    }
    Settings::setValue(Settings::Key::LastImportFolder, QFileInfo(path).absolutePath());
    m_path = path;
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_sheet->clear();
    m_sheet->addItems(sheets.value());
    m_sheet->setEnabled(sheets->size() > 1);
    return loadSheet();
}

bool ImportDialog::loadSheet()
{
    const QString path = m_path;
    const int sheet = qMax(0, m_sheet->currentIndex());
    auto table = runInBackground<Result<Table>>(this, m_db, m_caption, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                                [path, sheet](const ProgressFn&, const std::atomic_bool*) {
                                                    return TableFile::read(path, sheet);
                                                });
    if (!table) {
        MessageBox::warning(this, m_caption, table.message());
        m_table = Table();
        showPage(0);
        return false;
    }
    m_table = table.takeValue();
    const QSignalBlocker block(m_headerRow);
    m_headerRow->setRange(1, qMax(1, qMin(m_table.rowCount(), 50)));
    m_headerRow->setValue(ImportMapping::guessHeaderRow(m_table, m_target->fields()) + 1);
    headerRowChanged();
    return true;
}

QStringList ImportDialog::headers() const
{
    return ImportMapping::headersOf(m_table, m_headerRow->value() - 1);
}

void ImportDialog::headerRowChanged()
{
    const QVector<ImportField> fields = m_target->fields();
    if (!ImportMapping::recall(m_target->kind(), headers(), fields, &m_mapping))
        m_mapping = ImportMapping::match(headers(), fields);
    fillPreview();
    fillMapping();
    showPage(0);
}

void ImportDialog::fillPreview()
{
    const int first = m_headerRow->value() - 1;
    const int columns = m_table.columnCount();
    const int rows = qMin(PreviewRows, qMax(0, m_table.rowCount() - first - 1));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(headers());
    QStringList numbers;
    for (int r = 0; r < rows; ++r) {
        numbers << QString::number(first + r + 2);
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.text(first + 1 + r, c)));
    }
    m_preview->setVerticalHeaderLabels(numbers);
}

void ImportDialog::fillMapping()
{
    const QVector<ImportField> fields = m_target->fields();
    const QStringList names = headers();
    m_columns->setRowCount(int(names.size()));
    for (int c = 0; c < names.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(names.at(c).isEmpty() ? tr("(column %1, no header)").arg(c + 1) : names.at(c)));
        QStringList examples;
        for (int r = m_headerRow->value(); r < m_table.rowCount() && examples.size() < ExampleValues; ++r)
            if (!m_table.text(r, c).trimmed().isEmpty())
                examples << m_table.text(r, c).trimmed();
        m_columns->setItem(c, 1, new QTableWidgetItem(examples.join(QStringLiteral("；"))));
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("importField%1").arg(c));
        combo->addItem(tr("(ignore)"), QString());
        for (const ImportField& f : fields)
            combo->addItem(f.required ? tr("%1 (required)").arg(f.label) : f.label, f.key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_mapping.fieldAt(c))));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_mapping.setField(c, combo->currentData().toString());
            fillMapping();   // a field taken by this column leaves the one that had it
        });
        m_columns->setCellWidget(c, 2, combo);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(2, 240);
    mappingChanged();
}

void ImportDialog::mappingChanged()
{
    const QStringList missing = m_mapping.missingRequired(m_target->fields());
    m_missing->setText(missing.isEmpty() ? QString() : tr("Choose a column for: %1.").arg(missing.join(QStringLiteral("、"))));
    if (m_pages->currentIndex() == 1)
        m_next->setEnabled(missing.isEmpty());
}

void ImportDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    const bool loaded = m_table.rowCount() > 0;
    m_back->setEnabled(page > 0);
    m_next->setVisible(page < 2);
    m_next->setEnabled(loaded && (page != 1 || m_mapping.missingRequired(m_target->fields()).isEmpty()));
    m_import->setVisible(page == 2);
    m_exportReport->setVisible(page == 2);
    if (page == 2)
        refreshSummary();
}

void ImportDialog::next()
{
    if (m_pages->currentIndex() == 0) {
        showPage(1);
    } else if (m_pages->currentIndex() == 1 && runDryRun()) {
        m_mapping.remember(m_target->kind(), headers());
        showPage(2);
    }
}

void ImportDialog::back()
{
    showPage(qMax(0, m_pages->currentIndex() - 1));
}

bool ImportDialog::runDryRun()
{
    ImportOptions options;
    options.headerRow = m_headerRow->value() - 1;
    const Table& table = m_table;
    const ImportMapping mapping = m_mapping;
    ImportTarget* target = m_target.get();
    auto plan = runInBackground<Result<ImportPlan>>(this, m_db, m_caption, tr("Checking every row…"),
                                                    [&table, mapping, options, target](const ProgressFn& progress, const std::atomic_bool* cancel) {
                                                        return target->dryRun(table, mapping, options, progress, cancel);
                                                    });
    if (!plan) {
        if (plan.code() != ErrorCode::Cancelled)
            MessageBox::warning(this, m_caption, plan.message());
        return false;
    }
    m_plan = plan.takeValue();
    m_issues->setIssues(m_plan.issues);
    m_issueView->resizeColumnToContents(ImportIssueModel::Row);
    m_issueView->setColumnWidth(ImportIssueModel::ColumnName, 140);
    m_issueView->setColumnWidth(ImportIssueModel::Value, 220);
    return true;
}

void ImportDialog::refreshSummary()
{
    const int invalid = m_plan.count(ImportAction::Invalid);
    const int changed = m_plan.count(ImportAction::Update);
    QString text = tr("%1 rows checked: %2 new, %3 already stored with changes, %4 already stored and unchanged, %5 with errors.")
                       .arg(format::count(m_plan.dataRows()), format::count(m_plan.count(ImportAction::Create)), format::count(changed),
                            format::count(m_plan.count(ImportAction::Unchanged)), format::count(invalid));
    ImportOptions options;
    options.updateExisting = m_updateExisting->isChecked();
    options.skipInvalid = m_skipInvalid->isChecked();
    if (invalid > 0 && !options.skipInvalid)
        text += QLatin1Char(' ') + tr("Nothing can be imported while rows have errors: correct the file, or leave the invalid rows out.");
    else if (!m_plan.writesAnything(options))
        text += QLatin1Char(' ') + tr("There is nothing to import.");
    else if (changed > 0 && !options.updateExisting)
        text += QLatin1Char(' ') + tr("Stored records stay as they are unless you choose to update them.");
    m_summary->setText(text);
    m_skipInvalid->setEnabled(invalid > 0);
    m_updateExisting->setEnabled(changed > 0);
    m_import->setEnabled(m_plan.writesAnything(options));
    m_exportReport->setEnabled(!m_plan.issues.isEmpty());
}

void ImportDialog::runImport()
{
    ImportOptions options;
    options.headerRow = m_headerRow->value() - 1;
    options.updateExisting = m_updateExisting->isChecked();
    options.skipInvalid = m_skipInvalid->isChecked();
    const ImportPlan& plan = m_plan;
    const QString source = QFileInfo(m_path).fileName();
    const ImportTarget* target = m_target.get();
    auto outcome = runInBackground<Result<ImportOutcome>>(
        this, m_db, m_caption, tr("Importing…"),
        [&plan, options, source, target](const ProgressFn& progress, const std::atomic_bool* cancel) {
            return target->apply(plan, options, source, progress, cancel);
        });
    if (!outcome) {
        MessageBox::warning(this, m_caption,
                            outcome.code() == ErrorCode::Cancelled ? tr("The import was cancelled; nothing was imported.")
                                                                   : outcome.message());
        return;
    }
    m_outcome = outcome.value();
    MessageBox::information(this, m_caption,
                            tr("Imported %1 new records and updated %2; %3 rows were left as they were.")
                                .arg(format::count(m_outcome.created), format::count(m_outcome.updated), format::count(m_outcome.skipped)));
    accept();
}

void ImportDialog::exportReport()
{
    const QString base = QFileInfo(m_path).completeBaseName() + tr("-problems");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                      QFileInfo(m_path).absoluteDir().filePath(base + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = ImportReport::write(m_plan.issues, path);
    if (!s)
        MessageBox::warning(this, tr("Export the report"), s.message());
}

} // namespace dx
