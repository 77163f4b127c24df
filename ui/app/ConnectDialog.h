#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace dx {

// File → Connect to a shared database: the address of a bureau's PostgreSQL database, and the
// password for this session only (DX Desk never stores it; libpq's ~/.pgpass can).
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const QString& lastUrl, QWidget* parent = nullptr);
    QString url() const;   // postgresql://user@host:port/database, without the password
    QString password() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace dx
