#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QtTest>
#include <functional>

namespace dx::test {

// Runs `script` on the first visible modal dialog of type T, for dialogs opened with exec()
// (which blocks the test until they close). A failed check rejects the dialog so the run
// goes on instead of hanging.
template <typename T>
void whenModal(const std::function<void(T*)>& script, bool* ran)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, script, ran] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        script(dialog);
        *ran = true;
        if (dialog->isVisible() && QTest::currentTestFailed())
            dialog->reject();
    });
    timer->start();
}

} // namespace dx::test
