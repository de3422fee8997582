#include "knowncookieschooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace {

// A named context lupdate can see: a free tr() wrapper would hide every
// string passed through it from the translation catalogue.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KnownCookiesChooser)
};

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
    QString text = Tr::tr("%n known cookie(s) read.", nullptr, int(summary.rows));
    if (summary.unparsedRetentions > 0) {
        text += QLatin1Char(' ') +
                Tr::tr("%n retention period(s) could not be read as a duration, for example: %1.", nullptr,
                   int(summary.unparsedRetentions))
                    .arg(summary.unparsedExamples.mid(0, 5).join(QStringLiteral(", ")));
    }
    return text;
}

bool KnownCookiesChooser::choose(QWidget *parent, KnownCookies &database)
{
    const QString path = QFileDialog::getOpenFileName(parent, Tr::tr("Known-cookie database"), rememberedPath(),
                                                      Tr::tr("Open Cookie Database (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false;
    KnownCookies::LoadSummary summary;
    Expected<KnownCookies> loaded = KnownCookies::withFile(path, &summary);
    if (!loaded) {
        QMessageBox::warning(parent, Tr::tr("Known-cookie database"), loaded.error());
        return false;
    }
    database = std::move(loaded).value();
    setRememberedPath(path);
    QMessageBox::information(parent, Tr::tr("Known-cookie database"), describe(summary));
    return true;
}
