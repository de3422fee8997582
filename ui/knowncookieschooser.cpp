// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "knowncookieschooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace {

QString settingsKey()
{
    return QStringLiteral("knownCookies/databasePath");
}

} // namespace

QString KnownCookiesChooser::rememberedPath()
{
    return QSettings().value(settingsKey()).toString();
}

void KnownCookiesChooser::setRememberedPath(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), path);
}

KnownCookies KnownCookiesChooser::loadRemembered(QString *error)
{
    Expected<KnownCookies> loaded = KnownCookies::withFile(rememberedPath());
    if (loaded)
        return std::move(loaded).value();
    if (error)
        *error = loaded.error();
    return KnownCookies::builtin();
}

QString KnownCookiesChooser::describe(const KnownCookies::LoadSummary &summary)
{
    QString text = QCoreApplication::translate("KnownCookiesChooser", "%n known cookie(s) read.", nullptr, int(summary.rows));
    if (summary.unparsedRetentions > 0) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("KnownCookiesChooser", "%n retention period(s) could not be read as a duration, for example: %1.", nullptr,
                   int(summary.unparsedRetentions))
                    .arg(summary.unparsedExamples.mid(0, 5).join(QStringLiteral(", ")));
    }
    return text;
}

bool KnownCookiesChooser::choose(QWidget *parent, KnownCookies &database)
{
    const QString path = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("KnownCookiesChooser", "Known-cookie database"), rememberedPath(),
                                                      QCoreApplication::translate("KnownCookiesChooser", "Open Cookie Database (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    KnownCookies::LoadSummary summary;
    Expected<KnownCookies> loaded = KnownCookies::withFile(path, &summary);
    if (!loaded) {
        QMessageBox::warning(parent, QCoreApplication::translate("KnownCookiesChooser", "Known-cookie database"), loaded.error());
        return false;
    }
    database = std::move(loaded).value();
    setRememberedPath(path);
    QMessageBox::information(parent, QCoreApplication::translate("KnownCookiesChooser", "Known-cookie database"), describe(summary));
    return true;
}
