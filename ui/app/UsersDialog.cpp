#include "UsersDialog.h"

#include "common/MessageBox.h"
#include "db/Database.h"
#include "repo/ProviderRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

UsersDialog::UsersDialog(std::shared_ptr<Database> db, QWidget* parent) : QDialog(parent), m_db(std::move(db))
{
    setWindowTitle(tr("Users and roles"));
    resize(820, 560);
    auto* note = new QLabel(m_db->isFile()
                                ? tr("Who works with this database file and as what. A viewer's copy opens read-only; a provider's "
                                     "staff see no grants. Logins are the computer's user names.")
                                : tr("The server enforces these roles: a provider's login reads only the enterprises assigned to "
                                     "it and no grants, a viewer changes nothing, only administrators manage users, funds and "
                                     "policies. Saving creates or changes the server login."),
                            this);
    note->setWordWrap(true);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Provider"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_users.size())
            showUser(m_users.at(row));
    });

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : {Role::Administrator, Role::Officer, Role::Provider, Role::Viewer})
        m_role->addItem(roleName(r), int(r));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    if (auto providers = ProviderRepository(*m_db).list())
        for (const Provider& p : providers.value())
            m_provider->addItem(p.name, p.id);
    m_active = new QCheckBox(tr("May sign in"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged when empty; sent to the server, stored nowhere here"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersDialog::roleChanged);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(QString(), m_active);
    if (!m_db->isFile()) {
        form->addRow(tr("Pass&word:"), m_password);
        form->addRow(tr("Re&peat:"), m_repeat);
    } else {
        m_password->hide();
        m_repeat->hide();
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("&New user"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    connect(add, &QPushButton::clicked, this, &UsersDialog::newUser);
    connect(saveButton, &QPushButton::clicked, this, &UsersDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reload();
    if (m_users.isEmpty())
        newUser();
}

void UsersDialog::reload(const QString& select)
{
    auto users = UserRepository(*m_db).list();
    if (!users) {
        showError(users.message());
        return;
    }
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    int selectRow = m_users.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_users.size(); ++row) {
        const User& u = m_users.at(row);
        const int providerIndex = m_provider->findData(u.providerId);
        const QStringList cells{u.login, u.displayName, roleName(u.role),
                                u.role == Role::Provider && providerIndex >= 0 ? m_provider->itemText(providerIndex) : QString(),
                                u.active ? tr("active") : tr("inactive")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (u.login == select)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
}

void UsersDialog::showUser(const User& u)
{
    m_current = u;
    m_login->setText(u.login);
    m_login->setReadOnly(u.id != 0);   // a login is never renamed (the audit trail names it)
    m_name->setText(u.displayName);
    m_role->setCurrentIndex(m_role->findData(int(u.role)));
    const int provider = m_provider->findData(u.providerId);
    m_provider->setCurrentIndex(provider >= 0 ? provider : 0);
    m_active->setChecked(u.active);
    m_password->clear();
    m_repeat->clear();
    roleChanged();
    showError(QString());
}

void UsersDialog::newUser()
{
    m_table->clearSelection();
    User u;
    showUser(u);
    m_login->setFocus();
}

void UsersDialog::roleChanged()
{
    m_provider->setEnabled(Role(m_role->currentData().toInt()) == Role::Provider);
}

void UsersDialog::save()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ; nothing was saved."));
        m_password->setFocus();
        return;
    }
    User u = m_current;
    u.login = m_login->text();
    u.displayName = m_name->text();
    u.role = Role(m_role->currentData().toInt());
    u.providerId = m_provider->currentData().toLongLong();
    u.active = m_active->isChecked();
    auto saved = UserRepository(*m_db).save(u, m_password->text());
    if (!saved) {
        showError(saved.message());
        return;
    }
    reload(saved->login);
    showUser(saved.value());
}

void UsersDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace dx
