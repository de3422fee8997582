#include "knowncookieschooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("KnownCookiesChooser", text, disambiguation, n);
}

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
    QString text = tr("%n known cookie(s) read.", nullptr, int(summary.rows));
    if (summary.unparsedRetentions > 0) {
        text += QLatin1Char(' ') +
                tr("%n retention period(s) could not be read as a duration, for example: %1.", nullptr,
                   int(summary.unparsedRetentions))
                    .arg(summary.unparsedExamples.mid(0, 5).join(QStringLiteral(", ")));
    }
    return text;
}

bool KnownCookiesChooser::choose(QWidget *parent, KnownCookies &database)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Known-cookie database"), rememberedPath(),
                                                      tr("Open Cookie Database (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    KnownCookies::LoadSummary summary;
    Expected<KnownCookies> loaded = KnownCookies::withFile(path, &summary);
    if (!loaded) {
        QMessageBox::warning(parent, tr("Known-cookie database"), loaded.error());
        return false;
    }
    database = std::move(loaded).value();
    setRememberedPath(path);
    QMessageBox::information(parent, tr("Known-cookie database"), describe(summary));
    return true;
}
