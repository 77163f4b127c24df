#pragma once

#include <QStringList>

// dxdesk user list|add|set|whoami: the users and their roles (core/repo/UserRepository). On a
// shared PostgreSQL database `add` and `set` create and change the server's login too.
int runUser(const QStringList& args);
