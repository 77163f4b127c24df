#include "PolicyEditorDialog.h"

#include "assessment/AssessmentIndex.h"
#include "common/CheckList.h"
#include "common/Format.h"
#include "db/Database.h"
#include "domain/CostCategory.h"
#include "repo/PolicyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {
enum AwardColumn { AwardLabel, AwardTier, AwardShowcase, AwardAmount };

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

// An amount in 万元 from an input field; empty is 0.
Result<Money> wanField(const QLineEdit* edit, const QString& what)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    if (auto m = Money::parseWan(text))
        return *m;
    return Status::error(ErrorCode::Validation, QCoreApplication::translate("dx::PolicyEditorDialog",
                                                                            "%1: \"%2\" is not a number of 10k yuan.")
                                                    .arg(what, text));
}
}

PolicyEditorDialog::PolicyEditorDialog(std::shared_ptr<Database> db, qint64 fundId, qint64 policyId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_fundId(fundId), m_policyId(policyId)
{
    setObjectName(QStringLiteral("policyEditor"));
    setWindowTitle(policyId ? tr("Subsidy policy") : tr("New subsidy policy"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);

    auto* general = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("policyName"));
    m_description = new QPlainTextEdit(page);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(60);
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("policyKind"));
    for (SubsidyPolicy::Kind k : {SubsidyPolicy::Kind::Rate, SubsidyPolicy::Kind::Fixed})
        m_kind->addItem(policyKindName(k), int(k));
    m_purpose = new QComboBox(page);
    for (int i = 0; i < GrantPurposeCount; ++i)
        m_purpose->addItem(grantPurposeName(GrantPurpose(i)), i);
    general->addRow(tr("&Name"), m_name);
    general->addRow(tr("&Description"), m_description);
    general->addRow(tr("&Kind"), m_kind);
    general->addRow(tr("&Purpose"), m_purpose);
    layout->addLayout(general);

    auto* amounts = new QGroupBox(tr("Amount"), page);
    auto* amountForm = new QFormLayout(amounts);
    m_rate = new QLineEdit(amounts);
    m_rate->setObjectName(QStringLiteral("policyRate"));
    m_rate->setPlaceholderText(tr("e.g. 50 for 50 % of the verified cost"));
    amountForm->addRow(tr("&Rate (%)"), m_rate);
    auto* caps = new QHBoxLayout;
    for (int level = 1; level <= 4; ++level) {
        auto* edit = new QLineEdit(amounts);
        edit->setObjectName(QStringLiteral("levelCap%1").arg(level));
        edit->setPlaceholderText(tr("no cap"));
        caps->addWidget(new QLabel(AssessmentIndex::levelName(level), amounts));
        caps->addWidget(edit);
        m_levelCaps << edit;
    }
    amountForm->addRow(tr("Cap by achieved level (10k yuan)"), caps);
    m_cap = new QLineEdit(amounts);
    m_cap->setObjectName(QStringLiteral("policyCap"));
    m_cap->setPlaceholderText(tr("no cap"));
    amountForm->addRow(tr("Cap per application (10k yuan)"), m_cap);
    m_awards = new QTableWidget(0, 4, amounts);
    m_awards->setObjectName(QStringLiteral("policyAwards"));
    m_awards->setHorizontalHeaderLabels({tr("Award"), tr("Tier at least"), tr("Showcase project"), tr("Amount (10k yuan)")});
    m_awards->horizontalHeader()->setSectionResizeMode(AwardLabel, QHeaderView::Stretch);
    m_awards->verticalHeader()->hide();
    m_awards->setMinimumHeight(110);
    auto* awardButtons = new QHBoxLayout;
    auto* addAward = new QPushButton(tr("Add award"), amounts);
    auto* removeAward = new QPushButton(tr("Remove award"), amounts);
    awardButtons->addWidget(addAward);
    awardButtons->addWidget(removeAward);
    awardButtons->addStretch(1);
    auto* awardBox = new QVBoxLayout;
    awardBox->addWidget(m_awards);
    awardBox->addLayout(awardButtons);
    amountForm->addRow(tr("Fixed awards"), awardBox);
    layout->addWidget(amounts);
    connect(addAward, &QPushButton::clicked, this, [this] { addAwardRow({}); });
    connect(removeAward, &QPushButton::clicked, this, [this] {
        if (m_awards->currentRow() >= 0)
            m_awards->removeRow(m_awards->currentRow());
    });

    auto* costs = new QGroupBox(tr("Cost categories"), page);
    auto* costLayout = new QGridLayout(costs);
    m_eligible = new CheckList(costs);
    m_eligible->setObjectName(QStringLiteral("eligibleCategories"));
    m_excluded = new CheckList(costs);
    m_excluded->setObjectName(QStringLiteral("excludedCategories"));
    for (const QString& key : costCategoryKeys()) {
        m_eligible->addChoice(key, costCategoryName(key));
        m_excluded->addChoice(key, costCategoryName(key));
    }
    m_eligible->setMaximumHeight(130);
    m_excluded->setMaximumHeight(130);
    costLayout->addWidget(new QLabel(tr("Eligible (none ticked: every category not excluded)"), costs), 0, 0);
    costLayout->addWidget(new QLabel(tr("Excluded"), costs), 0, 1);
    costLayout->addWidget(m_eligible, 1, 0);
    costLayout->addWidget(m_excluded, 1, 1);
    layout->addWidget(costs);

    auto* conditions = new QGroupBox(tr("Conditions"), page);
    auto* conditionForm = new QFormLayout(conditions);
    auto* window = new QHBoxLayout;
    m_hasFrom = new QCheckBox(tr("from"), conditions);
    m_from = dateEdit(conditions);
    m_hasTo = new QCheckBox(tr("to"), conditions);
    m_to = dateEdit(conditions);
    window->addWidget(m_hasFrom);
    window->addWidget(m_from);
    window->addWidget(m_hasTo);
    window->addWidget(m_to);
    window->addStretch(1);
    connect(m_hasFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_hasTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    conditionForm->addRow(tr("Contract signed"), window);
    m_minLevel = new QComboBox(conditions);
    m_minLevel->setObjectName(QStringLiteral("policyMinLevel"));
    m_minLevel->addItem(tr("No minimum"), 0);
    for (int level = 1; level <= 4; ++level)
        m_minLevel->addItem(AssessmentIndex::levelName(level), level);
    conditionForm->addRow(tr("Post-transformation &level at least"), m_minLevel);
    m_requireAccepted = new QCheckBox(tr("The project must be accepted"), conditions);
    m_requireAccepted->setObjectName(QStringLiteral("policyRequireAccepted"));
    conditionForm->addRow(QString(), m_requireAccepted);
    auto* size = new QHBoxLayout;
    m_maxRevenue = new QLineEdit(conditions);
    m_maxRevenue->setPlaceholderText(tr("no limit"));
    m_maxEmployees = new QLineEdit(conditions);
    m_maxEmployees->setPlaceholderText(tr("no limit"));
    m_sizeRule = new QComboBox(conditions);
    m_sizeRule->addItem(tr("either limit suffices"), int(SubsidyPolicy::SizeRule::Either));
    m_sizeRule->addItem(tr("both limits apply"), int(SubsidyPolicy::SizeRule::Both));
    // Labels, not only placeholders: the units must stay visible once a figure is typed.
    size->addWidget(new QLabel(tr("revenue (10k yuan)"), conditions));
    size->addWidget(m_maxRevenue);
    size->addWidget(new QLabel(tr("employees"), conditions));
    size->addWidget(m_maxEmployees);
    size->addWidget(m_sizeRule);
    conditionForm->addRow(tr("Enterprise size at most"), size);
    layout->addWidget(conditions);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("policyNote"));
    m_note->setPlaceholderText(tr("What changed and why (kept with the version)"));
    auto* noteRow = new QFormLayout;
    noteRow->addRow(tr("Version &note"), m_note);
    outer->addLayout(noteRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PolicyEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PolicyEditorDialog::kindChanged);

    SubsidyPolicy policy;
    if (m_policyId) {
        auto info = PolicyRepository(*m_db).get(m_policyId);
        auto latest = PolicyRepository(*m_db).latestVersion(m_policyId);
        if (info && latest) {
            m_fundId = info->fundId;
            m_expectedVersion = info->version;
            policy = latest->policy;
            setWindowTitle(tr("Subsidy policy: %1 (version %2)").arg(policy.name).arg(latest->number));
        } else {
            m_error->setText(!info ? info.message() : latest.message());
            m_error->show();
        }
    }
    load(policy);
    resize(760, 820);
}

void PolicyEditorDialog::addAwardRow(const SubsidyPolicy::Award& award)
{
    const int row = m_awards->rowCount();
    m_awards->insertRow(row);
    m_awards->setItem(row, AwardLabel, new QTableWidgetItem(award.label));
    auto* tier = new QComboBox(m_awards);
    for (int t = 0; t < TierCount; ++t)
        tier->addItem(Tier(t) == Tier::None ? tr("(any)") : tierName(Tier(t)), t);
    tier->setCurrentIndex(tier->findData(int(award.minTier)));
    m_awards->setCellWidget(row, AwardTier, tier);
    auto* showcase = new QTableWidgetItem;
    showcase->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    showcase->setCheckState(award.showcase ? Qt::Checked : Qt::Unchecked);
    m_awards->setItem(row, AwardShowcase, showcase);
    m_awards->setItem(row, AwardAmount, new QTableWidgetItem(format::wanInput(award.amount)));
}

void PolicyEditorDialog::load(const SubsidyPolicy& p)
{
    m_name->setText(p.name);
    m_description->setPlainText(p.description);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_purpose->setCurrentIndex(m_purpose->findData(int(p.purpose)));
    m_rate->setText(p.rateBp ? format::percentInput(p.rateBp) : QString());
    for (const SubsidyPolicy::LevelCap& c : p.levelCaps)
        if (c.level >= 1 && c.level <= 4)
            m_levelCaps.at(c.level - 1)->setText(format::wanInput(c.cap));
    m_cap->setText(format::wanInput(p.cap));
    m_eligible->setChecked(toVariantList(p.eligibleCategories));
    m_excluded->setChecked(toVariantList(p.excludedCategories));
    m_hasFrom->setChecked(p.contractFrom.isValid());
    m_from->setEnabled(p.contractFrom.isValid());
    m_from->setDate(p.contractFrom.isValid() ? p.contractFrom : QDate(m_db->clock().today().year(), 1, 1));
    m_hasTo->setChecked(p.contractTo.isValid());
    m_to->setEnabled(p.contractTo.isValid());
    m_to->setDate(p.contractTo.isValid() ? p.contractTo : QDate(m_db->clock().today().year(), 12, 31));
    m_minLevel->setCurrentIndex(qMax(0, m_minLevel->findData(p.minPostLevel)));
    m_requireAccepted->setChecked(p.requireAcceptedProject);
    m_maxRevenue->setText(format::wanInput(p.maxRevenue));
    m_maxEmployees->setText(p.maxEmployees ? QString::number(p.maxEmployees) : QString());
    m_sizeRule->setCurrentIndex(m_sizeRule->findData(int(p.sizeRule)));
    m_awards->setRowCount(0);
    for (const SubsidyPolicy::Award& a : p.awards)
        addAwardRow(a);
    kindChanged();
}

void PolicyEditorDialog::kindChanged()
{
    // A fixed award may still be limited to a share of the verified cost; the caps by level
    // belong to rate policies.
    const bool rate = SubsidyPolicy::Kind(m_kind->currentData().toInt()) == SubsidyPolicy::Kind::Rate;
    for (QLineEdit* e : m_levelCaps)
        e->setEnabled(rate);
    m_awards->setEnabled(!rate);
}

Result<SubsidyPolicy> PolicyEditorDialog::collect() const
{
    SubsidyPolicy p;
    p.name = m_name->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.kind = SubsidyPolicy::Kind(m_kind->currentData().toInt());
    p.purpose = GrantPurpose(m_purpose->currentData().toInt());
    const QString rate = m_rate->text().trimmed();
    if (!rate.isEmpty()) {
        const auto bp = format::parsePercent(rate);
        if (!bp)
            return Status::error(ErrorCode::Validation, tr("The rate \"%1\" is not a percentage between 0 and 100.").arg(rate));
        p.rateBp = *bp;
    }
    if (p.kind == SubsidyPolicy::Kind::Rate)
        for (int level = 1; level <= 4; ++level) {
            auto cap = wanField(m_levelCaps.at(level - 1), tr("Cap for %1").arg(AssessmentIndex::levelName(level)));
            if (!cap)
                return cap.status();
            if (cap->fen() > 0)
                p.levelCaps.push_back({level, cap.value()});
        }
    auto cap = wanField(m_cap, tr("Cap per application"));
    if (!cap)
        return cap.status();
    p.cap = cap.value();
    p.eligibleCategories = m_eligible->checkedStrings();
    p.excludedCategories = m_excluded->checkedStrings();
    p.contractFrom = m_hasFrom->isChecked() ? m_from->date() : QDate();
    p.contractTo = m_hasTo->isChecked() ? m_to->date() : QDate();
    p.minPostLevel = m_minLevel->currentData().toInt();
    p.requireAcceptedProject = m_requireAccepted->isChecked();
    auto revenue = wanField(m_maxRevenue, tr("Revenue limit"));
    if (!revenue)
        return revenue.status();
    p.maxRevenue = revenue.value();
    const QString staff = m_maxEmployees->text().trimmed();
    bool staffOk = true;
    p.maxEmployees = staff.isEmpty() ? 0 : staff.toInt(&staffOk);
    if (!staffOk || p.maxEmployees < 0)
        return Status::error(ErrorCode::Validation, tr("The employee limit \"%1\" is not a whole number.").arg(staff));
    p.sizeRule = SubsidyPolicy::SizeRule(m_sizeRule->currentData().toInt());
    if (p.kind == SubsidyPolicy::Kind::Fixed)
        for (int row = 0; row < m_awards->rowCount(); ++row) {
            SubsidyPolicy::Award a;
            a.label = m_awards->item(row, AwardLabel) ? m_awards->item(row, AwardLabel)->text().trimmed() : QString();
            a.minTier = Tier(static_cast<QComboBox*>(m_awards->cellWidget(row, AwardTier))->currentData().toInt());
            a.showcase = m_awards->item(row, AwardShowcase)->checkState() == Qt::Checked;
            const QString amount = m_awards->item(row, AwardAmount) ? m_awards->item(row, AwardAmount)->text().trimmed() : QString();
            const auto parsed = Money::parseWan(amount);
            if (!parsed)
                return Status::error(ErrorCode::Validation, tr("The award \"%1\" needs an amount in 10k yuan.").arg(a.label));
            a.amount = *parsed;
            p.awards.push_back(a);
        }
    // The policy's own rules decide: the document must read back as a valid policy.
    return SubsidyPolicy::fromJson(p.toJson());
}

void PolicyEditorDialog::save()
{
    auto policy = collect();
    Status saved = policy.status();
    if (policy) {
        if (m_policyId == 0) {
            auto created = PolicyRepository(*m_db).create(m_fundId, policy.value(), m_note->text().trimmed());
            if (created)
                m_policyId = created->id;
            saved = created.status();
        } else {
            saved = PolicyRepository(*m_db).addVersion(m_policyId, m_expectedVersion, policy->toJsonBytes(), m_note->text().trimmed()).status();
        }
    }
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace dx
