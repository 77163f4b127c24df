#pragma once

#include <QMessageBox>
#include <functional>

namespace dx {

// Every message the UI shows goes through here, so one place decides how errors look and
// tests can answer dialogs without a modal loop (KeePassXC's MessageBox pattern).
class MessageBox
{
public:
    using Hook = std::function<QMessageBox::StandardButton(QMessageBox::Icon, const QString& title, const QString& text,
                                                           QMessageBox::StandardButtons buttons)>;

    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::Yes);

    // Tests install a hook that answers instead of a real dialog; the last text is kept.
    static void setHook(Hook hook);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};

} // namespace dx
