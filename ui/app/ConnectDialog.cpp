#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace dx {

ConnectDialog::ConnectDialog(const QString& lastUrl, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a shared database"));
    setMinimumWidth(480);
    const QUrl last(lastUrl.startsWith(QLatin1String("postgres")) ? lastUrl : QString());
    m_host = new QLineEdit(last.host().isEmpty() ? QStringLiteral("localhost") : last.host(), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(last.port(5432));
    m_database = new QLineEdit(last.path().mid(1).isEmpty() ? QStringLiteral("dxdesk") : last.path().mid(1), this);
    m_user = new QLineEdit(last.userName(), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored"));

    auto* note = new QLabel(tr("A bureau's officers share one PostgreSQL database. Ask its administrator for the "
                               "address and your login; your role (administrator, officer, provider, viewer) comes "
                               "with the login."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    const auto complete = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty());
    };
    for (QLineEdit* e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, complete);
    complete();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

QString ConnectDialog::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(m_host->text().trimmed());
    u.setPort(m_port->value());
    u.setUserName(m_user->text().trimmed());
    u.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return u.toString();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

} // namespace dx
