#pragma once

#include "repo/UserRepository.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dx {

class Database;

// Settings → Users and roles (administrators): who may sign in and as what. On a shared
// PostgreSQL database saving also creates or changes the server's login (and its password,
// which is sent to the server and kept nowhere here); on a file it is the user register the
// window and field packages follow. A user is deactivated, never deleted.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(std::shared_ptr<Database> db, QWidget* parent = nullptr);

private:
    void reload(const QString& select = QString());
    void showUser(const User& u);
    void newUser();
    void save();
    void roleChanged();
    void showError(const QString& message);

    std::shared_ptr<Database> m_db;
    QVector<User> m_users;
    User m_current;
    QTableWidget* m_table;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_provider;
    QCheckBox* m_active;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace dx
