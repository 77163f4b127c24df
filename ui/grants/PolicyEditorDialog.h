#pragma once

#include "grants/SubsidyPolicy.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace dx {

class CheckList;
class Database;

// A subsidy policy as a form: the kind (a rate of the verified cost with caps, or fixed awards
// by tier or title), eligible and excluded cost categories, the contract window, conditions and
// size limits. Saving a new policy stores version 1; saving an existing one adds a version with
// a note (grants keep the version they were computed with). The policy's own checks
// (SubsidyPolicy::fromJson) decide what is valid; their message is shown in the form.
class PolicyEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // policyId 0: a new policy of `fundId`.
    PolicyEditorDialog(std::shared_ptr<Database> db, qint64 fundId, qint64 policyId, QWidget* parent = nullptr);
    qint64 savedPolicyId() const { return m_policyId; }

private:
    void load(const SubsidyPolicy& p);
    Result<SubsidyPolicy> collect() const;
    void save();
    void kindChanged();
    void addAwardRow(const SubsidyPolicy::Award& award);

    std::shared_ptr<Database> m_db;
    qint64 m_fundId;
    qint64 m_policyId;
    int m_expectedVersion = 0;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_kind;
    QComboBox* m_purpose;
    QLineEdit* m_rate;
    QList<QLineEdit*> m_levelCaps;   // 一级 … 四级
    QLineEdit* m_cap;
    CheckList* m_eligible;
    CheckList* m_excluded;
    QCheckBox* m_hasFrom;
    QDateEdit* m_from;
    QCheckBox* m_hasTo;
    QDateEdit* m_to;
    QComboBox* m_minLevel;
    QCheckBox* m_requireAccepted;
    QLineEdit* m_maxRevenue;
    QLineEdit* m_maxEmployees;
    QComboBox* m_sizeRule;
    QTableWidget* m_awards;
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace dx
