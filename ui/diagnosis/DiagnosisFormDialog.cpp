#include "DiagnosisFormDialog.h"

#include "QuestionnaireWidget.h"
#include "SceneGridWidget.h"
#include "common/AttachmentsWidget.h"
#include "common/MessageBox.h"
#include "db/Database.h"
#include "repo/DiagnosisRepository.h"
#include "repo/EnterpriseRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace dx {

DiagnosisFormDialog::DiagnosisFormDialog(std::shared_ptr<Database> db, qint64 diagnosisId, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("diagnosisForm"));
    setWindowTitle(tr("Diagnosis"));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("diagnosisError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto loaded = DiagnosisRepository(*m_db).get(diagnosisId);
    if (loaded)
        m_diagnosis = loaded.value();
    auto index = loaded ? AssessmentIndex::shipped(m_diagnosis.indexId, m_diagnosis.indexVersion)
                        : Result<AssessmentIndex>(loaded.status());
    if (index)
        m_index = index.value();
    buildHeader(this, layout);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("diagnosisTabs"));
    if (m_index.totalOnly) {
        auto* page = new QWidget(tabs);
        auto* form = new QFormLayout(page);
        m_totalOnly = new QDoubleSpinBox(page);
        m_totalOnly->setObjectName(QStringLiteral("totalOnlyScore"));
        m_totalOnly->setRange(0, double(m_index.totalPoints) / 1000.0);
        m_totalOnly->setDecimals(1);
        form->addRow(tr("Total score (%1 version records the total only)").arg(m_index.version), m_totalOnly);
        connect(m_totalOnly, &QDoubleSpinBox::valueChanged, this, &DiagnosisFormDialog::onChanged);
        tabs->addTab(page, tr("&Score"));
    } else {
        m_questionnaire = new QuestionnaireWidget(m_index, tabs);
        m_scenes = new SceneGridWidget(m_index, tabs);
        tabs->addTab(m_questionnaire, tr("&Questionnaire"));
        tabs->addTab(m_scenes, tr("Business &scenes"));
        connect(m_questionnaire, &QuestionnaireWidget::changed, this, &DiagnosisFormDialog::onChanged);
        connect(m_scenes, &SceneGridWidget::changed, this, &DiagnosisFormDialog::onChanged);
    }
    auto* notesPage = new QWidget(tabs);
    auto* notes = new QFormLayout(notesPage);
    m_gap = new QTextBrowser(notesPage);
    m_gap->setObjectName(QStringLiteral("gapView"));
    m_findings = new QPlainTextEdit(notesPage);
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setTabChangesFocus(true);
    m_recommendations = new QPlainTextEdit(notesPage);
    m_recommendations->setObjectName(QStringLiteral("recommendationsEdit"));
    m_recommendations->setTabChangesFocus(true);
    notes->addRow(tr("Gap to the next level"), m_gap);
    notes->addRow(tr("&Findings"), m_findings);
    notes->addRow(tr("&Recommendations"), m_recommendations);
    connect(m_findings, &QPlainTextEdit::textChanged, this, &DiagnosisFormDialog::onChanged);
    connect(m_recommendations, &QPlainTextEdit::textChanged, this, &DiagnosisFormDialog::onChanged);
    tabs->addTab(notesPage, tr("&Gap and findings"));
    if (loaded)
        tabs->addTab(new AttachmentsWidget(m_db, DiagnosisRepository::tableName(), m_diagnosis.id, tabs), tr("&Evidence"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveDiagnosisButton"));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_submitButton = buttons->addButton(tr("S&ubmit"), QDialogButtonBox::ActionRole);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_confirmButton = buttons->addButton(tr("C&onfirm"), QDialogButtonBox::ActionRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_saveButton, &QPushButton::clicked, this, &DiagnosisFormDialog::saveNow);
    connect(m_submitButton, &QPushButton::clicked, this, &DiagnosisFormDialog::submit);
    connect(m_confirmButton, &QPushButton::clicked, this, &DiagnosisFormDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &DiagnosisFormDialog::saveNow);

    if (!loaded || !index) {
        showError(!loaded ? loaded.message() : index.message());
        setEnabled(true);
        m_saveButton->setEnabled(false);
        m_submitButton->setEnabled(false);
        m_confirmButton->setEnabled(false);
    } else {
        load();
    }
    resize(1100, 780);
}

DiagnosisFormDialog::~DiagnosisFormDialog() = default;

void DiagnosisFormDialog::buildHeader(QWidget* parent, QVBoxLayout* layout)
{
    auto* header = new QHBoxLayout;
    auto* form = new QFormLayout;
    m_kind = new QComboBox(parent);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (DiagnosisKind k : {DiagnosisKind::Baseline, DiagnosisKind::PostTransformation, DiagnosisKind::SelfAssessment})
        m_kind->addItem(diagnosisKindName(k), int(k));
    m_visitDate = new QDateEdit(parent);
    m_visitDate->setObjectName(QStringLiteral("visitDate"));
    m_visitDate->setCalendarPopup(true);
    m_visitDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_provider = new QLineEdit(parent);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_assessor = new QLineEdit(parent);
    m_assessor->setObjectName(QStringLiteral("assessorEdit"));
    auto* enterprise = new QLabel(parent);
    if (auto e = EnterpriseRepository(*m_db).get(m_diagnosis.enterpriseId))
        enterprise->setText(QStringLiteral("<b>%1</b> %2").arg(e->name.toHtmlEscaped(), e->creditCode));
    form->addRow(tr("Enterprise"), enterprise);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Visit date"), m_visitDate);
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("&Assessor"), m_assessor);
    header->addLayout(form, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DiagnosisFormDialog::onChanged);
    connect(m_visitDate, &QDateEdit::dateChanged, this, &DiagnosisFormDialog::onChanged);
    connect(m_provider, &QLineEdit::textChanged, this, &DiagnosisFormDialog::onChanged);
    connect(m_assessor, &QLineEdit::textChanged, this, &DiagnosisFormDialog::onChanged);

    auto* result = new QVBoxLayout;
    m_score = new QLabel(parent);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_score->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: bold;"));
    m_score->setAlignment(Qt::AlignRight);
    m_level = new QLabel(parent);
    m_level->setObjectName(QStringLiteral("levelLabel"));
    m_level->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold; color: #1f5fa8;"));
    m_level->setAlignment(Qt::AlignRight);
    m_status = new QLabel(parent);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAlignment(Qt::AlignRight);
    m_saved = new QLabel(parent);
    m_saved->setObjectName(QStringLiteral("autosaveLabel"));
    m_saved->setAlignment(Qt::AlignRight);
    m_saved->setStyleSheet(QStringLiteral("color: gray;"));
    auto* version = new QLabel(tr("Index: %1").arg(m_index.title.isEmpty() ? m_diagnosis.indexVersion : m_index.title), parent);
    version->setAlignment(Qt::AlignRight);
    for (QWidget* w : {static_cast<QWidget*>(m_score), static_cast<QWidget*>(m_level), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(version), static_cast<QWidget*>(m_saved)})
        result->addWidget(w);
    header->addLayout(result);
    layout->addLayout(header);
}

void DiagnosisFormDialog::load()
{
    m_loading = true;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(m_diagnosis.kind))));
    m_visitDate->setDate(m_diagnosis.visitDate.isValid() ? m_diagnosis.visitDate : QDate::currentDate());
    m_provider->setText(m_diagnosis.provider);
    m_assessor->setText(m_diagnosis.assessor);
    if (m_questionnaire) {
        m_questionnaire->setAnswers(m_diagnosis.answers);
        m_scenes->setLevels(m_diagnosis.answers.sceneLevels);
    }
    if (m_totalOnly)
        m_totalOnly->setValue(double(m_diagnosis.answers.totalOnly.value_or(0)) / 1000.0);
    m_findings->setPlainText(m_diagnosis.findings);
    m_recommendations->setPlainText(m_diagnosis.recommendations);
    m_loading = false;
    m_dirty = false;
    recompute();
    updateState();
}

Diagnosis DiagnosisFormDialog::collect() const
{
    Diagnosis d = m_diagnosis;
    d.kind = DiagnosisKind(m_kind->currentData().toInt());
    d.visitDate = m_visitDate->date();
    d.provider = m_provider->text().trimmed();
    d.assessor = m_assessor->text().trimmed();
    if (m_questionnaire) {
        m_questionnaire->collect(d.answers);
        m_scenes->collect(d.answers);
    }
    if (m_totalOnly)
        d.answers.totalOnly = AssessmentIndex::toMilli(m_totalOnly->value());
    d.findings = m_findings->toPlainText();
    d.recommendations = m_recommendations->toPlainText();
    return d;
}

void DiagnosisFormDialog::onChanged()
{
    if (m_loading || m_diagnosis.isReadOnly())
        return;
    m_dirty = true;
    m_saved->setText(tr("Unsaved changes…"));
    recompute();
    if (!m_conflictPending)
        m_autosave->start();
}

void DiagnosisFormDialog::recompute()
{
    const Diagnosis d = collect();
    const ScoreCard card = Scoring::score(m_index, d.answers);
    m_score->setText(tr("%1 / %2 points").arg(AssessmentIndex::formatPoints(card.total), AssessmentIndex::formatPoints(m_index.totalPoints)));
    m_level->setText(card.level > 0 ? card.levelName : tr("No level"));
    if (m_questionnaire)
        m_questionnaire->showScores(card);
    const GapAnalysis gap = Scoring::gap(m_index, d.answers, card);
    QString html = QStringLiteral("<p>") + gap.sentences.join(QStringLiteral("<br>")).toHtmlEscaped() + QStringLiteral("</p>");
    if (!gap.suggestions.isEmpty()) {
        html += QStringLiteral("<p>") + tr("Most points for the least change:").toHtmlEscaped() + QStringLiteral("</p><ul>");
        for (const GapSuggestion& s : gap.suggestions)
            html += QStringLiteral("<li>%1: %2 (+%3)</li>")
                        .arg(s.item->name.toHtmlEscaped(), s.change.toHtmlEscaped(), AssessmentIndex::formatPoints(s.gain));
        html += QStringLiteral("</ul>");
    }
    m_gap->setHtml(html);
}

bool DiagnosisFormDialog::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || m_diagnosis.isReadOnly())
        return true;
    // Someone saved the diagnosis since it was opened: never overwrite it silently, ask.
    auto saved = saveWithConflictDialog(this, collect(), conflictHandling());
    // After "cancel" the edit waits for an explicit save: autosave would ask again at every pause.
    m_conflictPending = !saved && saved.code() == ErrorCode::Cancelled && m_dirty;
    if (!saved) {
        showError(saved.message());
        m_saved->setText(m_dirty ? tr("Not saved") : QString());
        return !m_dirty;   // the stored version was taken: nothing is left to save
    }
    m_diagnosis = saved.value();
    m_dirty = false;
    showError(QString());
    m_saved->setText(tr("Saved at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    updateState();
    return true;
}

void DiagnosisFormDialog::submit()
{
    if (!saveNow())
        return;
    auto submitted = DiagnosisRepository(*m_db).submit(m_diagnosis.id, m_diagnosis.version);
    if (!submitted) {
        showError(submitted.message());
        if (m_questionnaire)
            m_questionnaire->markUnanswered(Scoring::score(m_index, m_diagnosis.answers).unanswered);
        return;
    }
    m_diagnosis = submitted.value();
    if (m_questionnaire)
        m_questionnaire->markUnanswered({});
    showError(QString());
    updateState();
}

void DiagnosisFormDialog::confirm()
{
    if (MessageBox::question(this, tr("Confirm diagnosis"),
                             tr("After confirmation the diagnosis can no longer be changed; corrections are made in a new "
                                "revision that keeps this one. Confirm?")) != QMessageBox::Yes)
        return;
    auto confirmed = DiagnosisRepository(*m_db).confirm(m_diagnosis.id, m_diagnosis.version);
    if (!confirmed) {
        showError(confirmed.message());
        return;
    }
    m_diagnosis = confirmed.value();
    updateState();
}

ConflictHandling<Diagnosis> DiagnosisFormDialog::conflictHandling()
{
    auto h = ConflictHandling<Diagnosis>::through(m_db, m_diagnosis, &DiagnosisRepository::save);
    h.name = [](const Diagnosis& stored) {
        return QStringLiteral("%1 %2").arg(diagnosisKindName(stored.kind), stored.visitDate.toString(QStringLiteral("yyyy-MM-dd")));
    };
    return h.shownBy(this, &DiagnosisFormDialog::conflictFields, &DiagnosisFormDialog::takeStored);
}

void DiagnosisFormDialog::takeStored(const Diagnosis& stored)
{
    m_diagnosis = stored;
    load();
}

QVector<ConflictField> DiagnosisFormDialog::conflictFields(const Diagnosis& mine, const Diagnosis& theirs) const
{
    const auto header = [this](const Diagnosis& d) {
        return QStringList{ConflictDialog::comboText(m_kind, int(d.kind)), d.visitDate.toString(QStringLiteral("yyyy-MM-dd")),
                           d.provider.trimmed(), d.assessor.trimmed()};
    };
    QVector<ConflictField> fields = ConflictDialog::fieldsFor({m_kind, m_visitDate, m_provider, m_assessor}, header(mine), header(theirs));
    const auto number = [](double value, const QString& unit) { return QStringLiteral("%1 %2").arg(QLocale().toString(value), unit).trimmed(); };
    if (m_totalOnly) {
        const auto total = [](const Diagnosis& d) { return d.answers.totalOnly ? AssessmentIndex::formatPoints(*d.answers.totalOnly) : QString(); };
        fields.append({ConflictDialog::fieldLabel(m_totalOnly), total(mine), total(theirs)});
    }
    // The questionnaire item by item (with its evidence figures), then the scenes, as the tabs show them.
    for (const IndexDimension& dimension : m_index.dimensions)
        for (const IndexIndicator& indicator : dimension.indicators)
            for (const IndexItem& item : indicator.items) {
                const auto answer = [&item, &number](const Answers& a) {
                    QStringList parts;
                    const ItemAnswer given = a.items.value(item.id);
                    for (const QString& id : given.options)
                        parts << (item.option(id) ? item.option(id)->label : id);
                    if (given.value)
                        parts << number(*given.value, item.unit);
                    for (const IndexEvidence& ev : item.evidence)
                        if (a.evidence.contains(ev.id))
                            parts << QStringLiteral("%1: %2").arg(ev.label, number(a.evidence.value(ev.id), ev.unit));
                    return parts.isEmpty() ? tr("(not answered)") : parts.join(QStringLiteral("；"));
                };
                fields.append({item.name, answer(mine.answers), answer(theirs.answers)});
            }
    for (const Scene& scene : m_index.scenes) {
        const auto level = [&scene](const Answers& a) {
            const int l = a.sceneLevels.value(scene.id);
            return l > 0 ? tr("Level %1").arg(l) : tr("not rated");
        };
        fields.append({scene.name, level(mine.answers), level(theirs.answers)});
    }
    fields.append(ConflictDialog::fieldsFor({m_findings, m_recommendations}, {mine.findings, mine.recommendations},
                                            {theirs.findings, theirs.recommendations}));
    return fields;
}

void DiagnosisFormDialog::updateState()
{
    const bool readOnly = m_diagnosis.isReadOnly();
    QString status = diagnosisStatusName(m_diagnosis.status);
    if (m_diagnosis.superseded)
        status += QStringLiteral(" · ") + tr("superseded by a revision");
    else if (m_diagnosis.revisionOf)
        status += QStringLiteral(" · ") + tr("revision");
    m_status->setText(status);
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_visitDate), static_cast<QWidget*>(m_provider),
                       static_cast<QWidget*>(m_assessor)})
        w->setEnabled(!readOnly);
    m_findings->setReadOnly(readOnly);
    m_recommendations->setReadOnly(readOnly);
    if (m_questionnaire) {
        m_questionnaire->setReadOnly(readOnly);
        m_scenes->setReadOnly(readOnly);
    }
    if (m_totalOnly)
        m_totalOnly->setEnabled(!readOnly);
    m_saveButton->setEnabled(!readOnly);
    m_submitButton->setEnabled(m_diagnosis.status == DiagnosisStatus::Draft && !readOnly);
    m_confirmButton->setEnabled(m_diagnosis.status == DiagnosisStatus::Submitted && !m_diagnosis.superseded);
}

void DiagnosisFormDialog::done(int result)
{
    // Closing saves what was typed: nothing entered is lost by closing the form.
    if (!saveNow() &&
        MessageBox::question(this, tr("Diagnosis not saved"), tr("The last changes could not be saved. Close anyway and lose them?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::done(result);
}

void DiagnosisFormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dx
