#pragma once

#include "domain/Grant.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dx {

class Database;

// One subsidy grant: the figures (requested, eligible, approved, paid), the explanation of the
// eligible amount line by line, the tranches paid, the history, and the steps of its life as
// buttons — review, approve, reject, withdraw, pay a tranche, recalculate. A button that does
// not apply now is disabled and says why; every refusal of the repository (with its figures)
// is shown in red.
class GrantEditorDialog : public QDialog
{
    Q_OBJECT
public:
    GrantEditorDialog(std::shared_ptr<Database> db, qint64 grantId, QWidget* parent = nullptr);
    const Grant& grant() const { return m_grant; }

    void review();
    void approve();
    void rejectApplication();   // not reject(): that is QDialog's Escape/Close
    void withdraw();
    void payTranche();
    void recalculate();

private:
    void load();
    void updateButtons();
    bool take(const Result<Grant>& result);
    void showError(const QString& message);

    std::shared_ptr<Database> m_db;
    Grant m_grant;
    QLabel* m_header;
    QLabel* m_state;
    QLabel* m_figures;
    QLabel* m_error;
    QTreeWidget* m_explanation;
    QTreeWidget* m_tranches;
    QTreeWidget* m_history;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace dx
