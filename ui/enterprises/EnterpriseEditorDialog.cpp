#include "EnterpriseEditorDialog.h"

#include "exchange/ViewExport.h"
#include "EnterpriseHistory.h"
#include "diagnosis/DiagnosisListWidget.h"
#include "projects/ProjectListWidget.h"
#include "common/Format.h"
#include "db/Database.h"
#include "domain/CreditCode.h"
#include "repo/ClusterRepository.h"
#include "repo/EnterpriseRepository.h"
#include "repo/ReferenceRepository.h"
#include "reports/ReportDialog.h"
#include "util/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
const QString kOkStyle = QStringLiteral("color: #1b7f3b;");
const QString kWarnStyle = QStringLiteral("color: #a15c00;");
const QString kErrorStyle = QStringLiteral("color: #b3261e;");

void selectData(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}
}

EnterpriseEditorDialog::EnterpriseEditorDialog(std::shared_ptr<Database> db, qint64 id, QWidget* parent)
    : QDialog(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("enterpriseEditor"));
    setWindowTitle(id ? tr("Edit enterprise") : tr("New enterprise"));
    auto* layout = new QVBoxLayout(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("editorError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(kErrorStyle + QStringLiteral(" font-weight: bold;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    auto* formPage = new QWidget(m_tabs);
    buildForm(formPage);
    m_tabs->addTab(formPage, tr("Pro&file"));
    m_history = new QTreeWidget(m_tabs);
    viewExport::setTitle(m_history, tr("History"));
    m_history->setObjectName(QStringLiteral("historyView"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Changes")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_tabs->addTab(m_history, tr("&History"));
    if (id) {
        m_diagnoses = new DiagnosisListWidget(m_db, id, m_tabs);
        m_tabs->insertTab(1, m_diagnoses, tr("Dia&gnoses"));
        m_tabs->insertTab(2, new ProjectListWidget(m_db, id, m_tabs), tr("Pro&jects"));
    }
    layout->addWidget(m_tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnterpriseEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnterpriseEditorDialog::reject);
    if (id) {
        QPushButton* dossier = buttons->addButton(tr("Print &dossier…"), QDialogButtonBox::ActionRole);
        dossier->setObjectName(QStringLiteral("printDossierButton"));
        connect(dossier, &QPushButton::clicked, this, [this, id] { ReportDialog::dossier(this, m_db, id)->open(); });
    }
    layout->addWidget(buttons);

    loadReferenceData();
    if (id) {
        auto e = EnterpriseRepository(*m_db).get(id);
        if (e) {
            m_enterprise = e.value();
        } else {
            showError(e.message());
            m_save->setEnabled(false);
        }
    } else {
        m_enterprise.districtCode = QString();
    }
    showEnterprise(m_enterprise);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_history), id != 0);
    if (id)
        loadHistory();
    restoreGeometry(Settings::value(Settings::Key::EnterpriseEditorGeometry).toByteArray());
    if (size().width() < 560)
        resize(640, 620);
    m_name->setFocus();
}

EnterpriseEditorDialog::~EnterpriseEditorDialog()
{
    Settings::setValue(Settings::Key::EnterpriseEditorGeometry, saveGeometry());
}

void EnterpriseEditorDialog::buildForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(200);
    form->addRow(tr("&Name *"), m_name);

    m_creditCode = new QLineEdit(page);
    m_creditCode->setObjectName(QStringLiteral("creditCodeEdit"));
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91445202MA4UJ3WQ2K"));
    m_creditCode->setMaxLength(40);
    m_creditCodeStatus = new QLabel(page);
    m_creditCodeStatus->setObjectName(QStringLiteral("creditCodeStatus"));
    m_creditCodeStatus->setWordWrap(true);
    auto* codeBox = new QVBoxLayout;
    codeBox->setSpacing(2);
    codeBox->addWidget(m_creditCode);
    codeBox->addWidget(m_creditCodeStatus);
    form->addRow(tr("Unified social &credit code *"), codeBox);
    connect(m_creditCode, &QLineEdit::textChanged, this, &EnterpriseEditorDialog::validateCreditCode);

    m_district = new QComboBox(page);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    form->addRow(tr("&District"), m_district);
    m_industry = new QComboBox(page);
    m_industry->setObjectName(QStringLiteral("industryCombo"));
    form->addRow(tr("&Industry (GB/T 4754)"), m_industry);
    m_cluster = new QComboBox(page);
    m_cluster->setObjectName(QStringLiteral("clusterCombo"));
    form->addRow(tr("C&luster"), m_cluster);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &EnterpriseEditorDialog::suggestCluster);

    m_aboveScale = new QCheckBox(tr("Above designated size (规上)"), page);
    m_aboveScale->setObjectName(QStringLiteral("aboveScaleCheck"));
    form->addRow(tr("Scale"), m_aboveScale);
    m_employees = new QSpinBox(page);
    m_employees->setObjectName(QStringLiteral("employeesSpin"));
    m_employees->setRange(0, 10000000);
    m_employees->setGroupSeparatorShown(true);
    form->addRow(tr("&Employees"), m_employees);

    m_revenue = new QLineEdit(page);
    m_revenue->setObjectName(QStringLiteral("revenueEdit"));
    m_revenue->setPlaceholderText(tr("in 10k yuan, e.g. 2350.5"));
    m_revenueStatus = new QLabel(page);
    m_revenueStatus->setStyleSheet(kErrorStyle);
    m_revenueStatus->hide();
    auto* revenueBox = new QHBoxLayout;
    revenueBox->addWidget(m_revenue, 1);
    revenueBox->addWidget(m_revenueStatus);
    form->addRow(tr("Annual &revenue (10k yuan)"), revenueBox);
    connect(m_revenue, &QLineEdit::textChanged, this, &EnterpriseEditorDialog::validateRevenue);

    m_tier = new QComboBox(page);
    m_tier->setObjectName(QStringLiteral("tierCombo"));
    for (int t = 0; t < TierCount; ++t)
        m_tier->addItem(tierName(Tier(t)), t);
    m_tierValidUntil = new QDateEdit(page);
    m_tierValidUntil->setObjectName(QStringLiteral("tierValidUntil"));
    m_tierValidUntil->setCalendarPopup(true);
    m_tierValidUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* tierBox = new QHBoxLayout;
    tierBox->addWidget(m_tier, 1);
    tierBox->addWidget(new QLabel(tr("valid until"), page));
    tierBox->addWidget(m_tierValidUntil);
    form->addRow(tr("&Tier (专精特新)"), tierBox);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &EnterpriseEditorDialog::updateTierDate);

    m_contactName = new QLineEdit(page);
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    form->addRow(tr("Cont&act person"), m_contactName);
    m_contactPhone = new QLineEdit(page);
    m_contactPhone->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_revealPhone = new QPushButton(tr("Show"), page);
    m_revealPhone->setObjectName(QStringLiteral("revealPhoneButton"));
    m_revealPhone->setToolTip(tr("Show and edit the full number. Personal information: this is recorded in the history."));
    auto* phoneBox = new QHBoxLayout;
    phoneBox->addWidget(m_contactPhone, 1);
    phoneBox->addWidget(m_revealPhone);
    form->addRow(tr("Contact &phone"), phoneBox);
    connect(m_revealPhone, &QPushButton::clicked, this, &EnterpriseEditorDialog::revealPhone);

    m_commissioner = new QLineEdit(page);
    m_commissioner->setObjectName(QStringLiteral("commissionerEdit"));
    form->addRow(tr("Service co&mmissioner"), m_commissioner);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    form->addRow(tr("N&otes"), m_notes);
    m_archived = new QCheckBox(tr("Archived (hidden from the register, never deleted)"), page);
    m_archived->setObjectName(QStringLiteral("archivedCheck"));
    form->addRow(QString(), m_archived);
}

void EnterpriseEditorDialog::loadReferenceData()
{
    ReferenceRepository ref(*m_db);
    m_district->addItem(tr("(not set)"), QString());
    if (auto districts = ref.districts()) {
        QHash<QString, QString> names;
        for (const District& d : districts.value())
            names.insert(d.code, d.name);
        for (const District& d : districts.value())
            if (d.level == 3)
                m_district->addItem(QStringLiteral("%1 · %2  (%3)").arg(names.value(d.parentCode), d.name, d.code), d.code);
    }
    m_industry->addItem(tr("(not set)"), QString());
    if (auto industries = ref.industries()) {
        for (const Industry& i : industries.value())
            m_industry->addItem(QStringLiteral("%1 %2").arg(i.code, i.name), i.code);
    }
    m_cluster->addItem(tr("(none)"), qint64(0));
    if (auto clusters = ClusterRepository(*m_db).list(true)) {
        for (const Cluster& c : clusters.value())
            m_cluster->addItem(c.name, c.id);
    }
}

void EnterpriseEditorDialog::showEnterprise(const Enterprise& e)
{
    m_name->setText(e.name);
    m_creditCode->setText(e.creditCode);
    selectData(m_district, e.districtCode);
    {
        const QSignalBlocker block(m_industry);   // keep the stored cluster, do not suggest
        selectData(m_industry, e.industryCode);
    }
    selectData(m_cluster, e.clusterId);
    m_aboveScale->setChecked(e.aboveScale);
    m_employees->setValue(e.employees);
    m_revenue->setText(e.id || e.revenue.fen() ? e.revenue.toWanString(6).remove(QRegularExpression(QStringLiteral("\\.?0+$")))
                                               : QString());
    selectData(m_tier, int(e.tier));
    m_tierValidUntil->setDate(e.tierValidUntil.isValid() ? e.tierValidUntil : QDate::currentDate().addYears(3));
    updateTierDate();
    m_contactName->setText(e.contactName);
    const bool masked = e.id != 0 && !e.contactPhone.isEmpty() && !m_phoneRevealed;
    m_contactPhone->setText(masked ? maskPhone(e.contactPhone) : e.contactPhone);
    m_contactPhone->setReadOnly(masked);
    m_revealPhone->setVisible(masked);
    m_commissioner->setText(e.commissioner);
    m_notes->setPlainText(e.notes);
    m_archived->setChecked(e.archived);
    validateCreditCode();
}

void EnterpriseEditorDialog::validateCreditCode()
{
    const QString text = m_creditCode->text();
    if (text.trimmed().isEmpty()) {
        m_creditCodeStatus->setText(tr("Required."));
        m_creditCodeStatus->setStyleSheet(kWarnStyle);
        return;
    }
    const CreditCode::Check check = CreditCode::check(text);
    if (!check.isValid()) {
        m_creditCodeStatus->setText(QStringLiteral("✗ ") + check.message());
        m_creditCodeStatus->setStyleSheet(kErrorStyle);
    } else if (check.organisationCodeWarning) {
        m_creditCodeStatus->setText(QStringLiteral("⚠ ") + check.message());
        m_creditCodeStatus->setStyleSheet(kWarnStyle);
    } else {
        m_creditCodeStatus->setText(QStringLiteral("✓ ") + tr("Valid: check character %1 is right.").arg(check.normalized.right(1)));
        m_creditCodeStatus->setStyleSheet(kOkStyle);
    }
}

void EnterpriseEditorDialog::validateRevenue()
{
    const QString text = m_revenue->text().trimmed();
    const bool ok = text.isEmpty() || Money::parseWan(text);
    m_revenueStatus->setText(ok ? QString() : tr("not a number"));
    m_revenueStatus->setVisible(!ok);
}

void EnterpriseEditorDialog::updateTierDate()
{
    m_tierValidUntil->setEnabled(m_tier->currentData().toInt() != int(Tier::None));
}

void EnterpriseEditorDialog::suggestCluster()
{
    // A new industry suggests its cluster, but never overrides a cluster the user chose.
    if (m_cluster->currentData().toLongLong() != 0)
        return;
    QVector<Cluster> clusters;
    if (auto list = ClusterRepository(*m_db).list())
        clusters = list.value();
    const qint64 id = ClusterRepository::clusterForIndustry(clusters, m_industry->currentData().toString());
    if (id)
        selectData(m_cluster, id);
}

void EnterpriseEditorDialog::revealPhone()
{
    const Status logged = EnterpriseRepository(*m_db).logReveal(m_enterprise.id);
    if (!logged) {
        showError(logged.message());
        return;
    }
    m_phoneRevealed = true;
    m_contactPhone->setText(m_enterprise.contactPhone);
    m_contactPhone->setReadOnly(false);
    m_revealPhone->hide();
    loadHistory();
}

Enterprise EnterpriseEditorDialog::collect(bool* ok)
{
    Enterprise e = m_enterprise;
    *ok = true;
    e.name = m_name->text();
    e.creditCode = m_creditCode->text();
    e.districtCode = m_district->currentData().toString();
    e.industryCode = m_industry->currentData().toString();
    e.clusterId = m_cluster->currentData().toLongLong();
    e.aboveScale = m_aboveScale->isChecked();
    e.employees = m_employees->value();
    const QString revenue = m_revenue->text().trimmed();
    if (revenue.isEmpty()) {
        e.revenue = Money();
    } else if (auto amount = Money::parseWan(revenue)) {
        e.revenue = *amount;
    } else {
        showError(tr("The annual revenue \"%1\" is not a number of 10k yuan.").arg(revenue));
        m_revenue->setFocus();
        *ok = false;
    }
    e.tier = Tier(m_tier->currentData().toInt());
    e.tierValidUntil = e.tier == Tier::None ? QDate() : m_tierValidUntil->date();
    e.contactName = m_contactName->text();
    if (!m_contactPhone->isReadOnly())
        e.contactPhone = m_contactPhone->text();
    e.commissioner = m_commissioner->text();
    e.notes = m_notes->toPlainText();
    e.archived = m_archived->isChecked();
    return e;
}

void EnterpriseEditorDialog::accept()
{
    bool ok = false;
    const Enterprise e = collect(&ok);
    if (!ok)
        return;
    m_replaced = m_enterprise;
    // Someone saved the enterprise since it was opened: never overwrite it silently, ask.
    const auto saved = e.id ? saveWithConflictDialog(this, e, conflictHandling(), &m_replaced) : EnterpriseRepository(*m_db).create(e);
    if (!saved) {
        showError(saved.message());
        return;
    }
    m_enterprise = saved.value();
    QDialog::accept();
}

ConflictHandling<Enterprise> EnterpriseEditorDialog::conflictHandling()
{
    auto h = ConflictHandling<Enterprise>::through(m_db, m_enterprise, &EnterpriseRepository::update);
    h.name = [](const Enterprise& stored) { return stored.name; };
    return h.shownBy(this, &EnterpriseEditorDialog::conflictFields, &EnterpriseEditorDialog::takeStored);
}

void EnterpriseEditorDialog::takeStored(const Enterprise& stored)
{
    m_enterprise = stored;
    showEnterprise(m_enterprise);
    loadHistory();
}

QVector<ConflictField> EnterpriseEditorDialog::conflictFields(const Enterprise& mine, const Enterprise& theirs) const
{
    // Both versions as the form shows them (the phone stays masked unless revealed here).
    const auto shown = [this](const Enterprise& e) {
        const QString tier = e.tier == Tier::None ? tierName(e.tier)
                                                  : QStringLiteral("%1 · %2 %3").arg(tierName(e.tier), tr("valid until"),
                                                                                     e.tierValidUntil.toString(QStringLiteral("yyyy-MM-dd")));
        const QString phone = e.contactPhone.trimmed();
        return QStringList{e.name.trimmed(),
                           CreditCode::normalize(e.creditCode),
                           ConflictDialog::comboText(m_district, e.districtCode),
                           ConflictDialog::comboText(m_industry, e.industryCode),
                           ConflictDialog::comboText(m_cluster, e.clusterId),
                           ConflictDialog::yesNo(e.aboveScale),
                           QLocale().toString(e.employees),
                           format::wan(e.revenue),
                           tier,
                           e.contactName.trimmed(),
                           m_phoneRevealed || phone.isEmpty() ? phone : maskPhone(phone),
                           e.commissioner.trimmed(),
                           e.notes,
                           ConflictDialog::yesNo(e.archived)};
    };
    const QList<const QWidget*> widgets{m_name,     m_creditCode, m_district,    m_industry,     m_cluster, m_aboveScale, m_employees,
                                        m_revenue, m_tier,       m_contactName, m_contactPhone, m_commissioner, m_notes, m_archived};
    QVector<ConflictField> fields = ConflictDialog::fieldsFor(widgets, shown(mine), shown(theirs));
    // Two numbers can share their mask: say that the stored one is another.
    ConflictField& phone = fields[widgets.indexOf(m_contactPhone)];
    if (!phone.differs() && mine.contactPhone.trimmed() != theirs.contactPhone.trimmed())
        phone.theirs += tr(" (another number)");
    return fields;
}

void EnterpriseEditorDialog::loadHistory()
{
    m_history->clear();
    auto entries = AuditRepository(*m_db).history(EnterpriseRepository::tableName(), m_enterprise.id);
    if (!entries) {
        showError(entries.message());
        return;
    }
    for (const AuditEntry& entry : entries.value())
        m_history->addTopLevelItem(EnterpriseHistory::item(entry, *m_db));
    for (int c = 0; c < 3; ++c)
        m_history->resizeColumnToContents(c);
}

void EnterpriseEditorDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace dx
