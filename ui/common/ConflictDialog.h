#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QString>
#include <QVector>
#include <algorithm>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QTableWidget;
class QVariant;
class QWidget;

namespace dx {

class Database;

// One field of a record as the user has it in the editor and as it is now stored.
struct ConflictField
{
    QString label;    // as the editor labels it (mnemonics are removed)
    QString mine;     // the unsaved edit, formatted as the editor shows it
    QString theirs;   // the stored value another officer saved
    bool differs() const { return mine != theirs; }
};

// Shown when a save finds that someone else saved the record since it was opened (a version
// conflict): the fields side by side, "your version" against the stored one with who saved it
// and when, the differing rows highlighted; fields that agree are hidden unless asked for.
// The user chooses: keep mine (write the edit over the stored version, an explicit and audited
// overwrite), take theirs (reload the stored version, dropping the edit) or cancel (back to the
// editor, the edit untouched). Any editor can use it: it knows only labelled strings.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, KeepMine, TakeTheirs };

    // `record` names what was edited ("揭阳市恒泰纺织有限公司"); `changedBy`/`changedAt` come
    // from the stored record's updated_by and updated_at (a stored UTC timestamp).
    ConflictDialog(const QString& record, const QVector<ConflictField>& fields, const QString& changedBy, const QString& changedAt,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    int differingCount() const { return m_differing; }

    // Shows the dialog modally and returns the choice (Escape or closing the window: Cancel).
    static Choice ask(QWidget* parent, const QString& record, const QVector<ConflictField>& fields, const QString& changedBy,
                      const QString& changedAt);

    // Helpers for editors building the field list from their own form, so the rows read as the
    // editor does: "&Name *", "企业名称(&N) *" → "Name", "企业名称" (no mnemonic, no required mark).
    static QString plainLabel(QString label);
    // The label of `field`'s row in the QFormLayout of its parent (also when the field sits in a
    // row's nested layout); a check box is labelled by its own text without a closing "(…)".
    static QString fieldLabel(const QWidget* field);
    // The text `box` shows for the item holding `value` (the value itself when there is none).
    static QString comboText(const QComboBox* box, const QVariant& value);
    static QString yesNo(bool value);
    // One field a widget: its form label (fieldLabel), the two versions' values in the same order.
    static QVector<ConflictField> fieldsFor(const QList<const QWidget*>& widgets, const QStringList& mine, const QStringList& theirs);
    // For the editor after "cancel": the edit is kept, nothing was saved.
    static QString notSavedMessage(const QString& record, const QString& changedBy, const QString& changedAt);
    // For the editor that had nothing changed: the stored version is shown now.
    static QString reloadedMessage(const QString& record, const QString& changedBy, const QString& changedAt);

private:
    static QString who(const QString& changedBy);
    void choose(Choice choice);
    void showUnchanged(bool show);

    QTableWidget* m_table;
    QCheckBox* m_showAll;
    Choice m_choice = Choice::Cancel;
    int m_differing = 0;
};

// How an editor saves a versioned record (see saveWithConflictDialog).
template <typename T>
struct ConflictHandling
{
    T opened;                                  // the record as the editor read it
    std::function<Result<T>(const T&)> save;   // the repository's update, checking the version
    std::function<Result<T>()> reread;         // the record as stored now
    std::function<QString(const T&)> name;     // names the record in the dialog
    std::function<QVector<ConflictField>(const T& mine, const T& theirs)> fields;
    std::function<void(const T& theirs)> takeTheirs;   // show the stored record in the editor

    // Saving with `save` of a repository on `db` (e.g. &EnterpriseRepository::update), reading
    // again with its get(); name, fields and takeTheirs are left to the editor.
    template <typename Repo>
    static ConflictHandling through(std::shared_ptr<Database> db, const T& opened, Result<T> (Repo::*save)(const T&) const)
    {
        ConflictHandling h;
        h.opened = opened;
        h.save = [db, save](const T& mine) { return (Repo(*db).*save)(mine); };
        h.reread = [db, id = opened.id] { return Repo(*db).get(id); };
        return h;
    }
    // The editor's side: its list of fields and how it shows the stored record ("take theirs").
    template <typename Editor>
    ConflictHandling& shownBy(Editor* editor, QVector<ConflictField> (Editor::*fieldsOf)(const T&, const T&) const,
                              void (Editor::*show)(const T&))
    {
        fields = [editor, fieldsOf](const T& mine, const T& theirs) { return (editor->*fieldsOf)(mine, theirs); };
        takeTheirs = [editor, show](const T& theirs) { (editor->*show)(theirs); };
        return *this;
    }
};

namespace conflict {
inline bool anyDiffers(const QVector<ConflictField>& fields)
{
    return std::any_of(fields.begin(), fields.end(), [](const ConflictField& f) { return f.differs(); });
}
}

// Saves `mine`. When someone else saved the record since it was read (a version conflict), the
// stored record is read again and both are shown in a ConflictDialog; "keep mine" saves the edit
// again on the stored version (asking again should yet another save come between), "take
// theirs" hands the stored record to the editor. Nothing to ask about: an edit that changed
// nothing the editor shows takes the stored record (and says so); an edit the stored record
// already holds is saved on its version (writing nothing). Returns the saved record, or a
// Cancelled status whose message the editor shows (empty after "take theirs").
// `replaced`, when given, receives the stored version the save overwrote (for undo).
template <typename T>
Result<T> saveWithConflictDialog(QWidget* parent, T mine, const ConflictHandling<T>& h, T* replaced = nullptr)
{
    Result<T> saved = h.save(mine);
    while (!saved && saved.code() == ErrorCode::Conflict) {
        Result<T> stored = h.reread();
        if (!stored)
            return stored.status();
        const T& theirs = stored.value();
        const QString name = h.name(theirs);
        if (!conflict::anyDiffers(h.fields(mine, h.opened))) {
            h.takeTheirs(theirs);
            return Status::error(ErrorCode::Cancelled, ConflictDialog::reloadedMessage(name, theirs.updatedBy, theirs.updatedAt));
        }
        const QVector<ConflictField> fields = h.fields(mine, theirs);
        const auto choice = conflict::anyDiffers(fields) ? ConflictDialog::ask(parent, name, fields, theirs.updatedBy, theirs.updatedAt)
                                                         : ConflictDialog::Choice::KeepMine;
        if (choice == ConflictDialog::Choice::TakeTheirs) {
            h.takeTheirs(theirs);
            return Status::error(ErrorCode::Cancelled, QString());
        }
        if (choice == ConflictDialog::Choice::Cancel)
            return Status::error(ErrorCode::Cancelled, ConflictDialog::notSavedMessage(name, theirs.updatedBy, theirs.updatedAt));
        if (replaced)
            *replaced = theirs;
        mine.version = theirs.version;   // an explicit overwrite, recorded in the history as any save
        saved = h.save(mine);
    }
    return saved;
}

} // namespace dx
