#include "FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dx {

FormDialog::FormDialog(const QString& title, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(title);
    // Wide enough that a refusal with its figures reads in two or three lines.
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString FormDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FormDialog::trySave()
{
    const Status saved = m_saver ? m_saver() : Status::ok();
    if (!saved) {
        m_error->setText(saved.message());
        m_error->show();
        adjustSize();   // grow to the message instead of squeezing the fields
        return;
    }
    accept();
}

} // namespace dx
