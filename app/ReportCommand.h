#pragma once

#include <QStringList>

// dxdesk report dossier|diagnosis|cluster|monthly … --out FILE.pdf: prints a report headless.
// Needs a QGuiApplication (fonts); main.cpp makes one, on the offscreen platform, for this command.
int runReport(const QStringList& args);
