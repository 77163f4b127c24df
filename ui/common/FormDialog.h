#pragma once

#include "util/Result.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;

namespace dx {

// A dialog of labelled fields with Save and Cancel. Save runs the saver; a refusal shows the
// repository's message in red above the buttons and keeps the dialog open with what was typed.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(const QString& title, QWidget* parent = nullptr);
    QFormLayout* form() const { return m_form; }
    void setSaver(std::function<Status()> saver) { m_saver = std::move(saver); }
    QString errorText() const;

private:
    void trySave();
    QFormLayout* m_form;
    QLabel* m_error;
    std::function<Status()> m_saver;
};

} // namespace dx
