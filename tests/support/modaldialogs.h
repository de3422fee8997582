// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

namespace TestSupport {
// Runs check(dialog) on the next modal dialog of class T that opens, then closes it
// (reject, or accept when check returns true). The flag says whether one opened, so
// the test can fail when none did; after about five seconds without one it stops looking.
template <typename T>
std::shared_ptr<bool> handleNextDialog(std::function<bool(T *)> check)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    auto attempts = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, check, attempts, seen] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            *seen = true;
            if (check(dialog))
                dialog->accept();
            else
                dialog->reject();
        } else if (++*attempts > 500) {
            timer->deleteLater();
        }
    });
    timer->start();
    return seen;
}
} // namespace TestSupport
