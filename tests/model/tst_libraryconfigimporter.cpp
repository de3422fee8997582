// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/exportformats.h"
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "import/libraryconfigimporter.h"

#include <QFile>
#include <QTest>

namespace {
// The document an import gives, its warnings aside (tst_realimports checks those).
Expected<Policy> importPolicy(const QByteArray &bytes, const QString &name)
{
    const Expected<ImportResult> imported = LibraryConfigImporter::import(bytes, name);
    if (!imported)
        return Expected<Policy>::failure(imported.error());
    return imported->policy;
}

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(CHARTE_SOURCE_DIR "/tests/data/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// Klaro and vanilla-cookieconsent configurations into Charte documents: written
// by hand, and what Charte's own exports wrote (the round trip).
class TestLibraryConfigImporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray exported(const QString &format, const Policy &policy,
                               const QString &output = QStringLiteral("config.json"))
    {
        ExportOptions options;
        options.outputName = output;
        const Expected<ExportResult> result = ExportFormats::find(format)->run(policy, options);
        return result->files.value(QString());
    }

    static const Cookie *cookie(const Policy &policy, const QString &name)
    {
        for (const Cookie &item : policy.cookies) {
            if (item.name == name)
                return &item;
        }
        return nullptr;
    }

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("library");
        QTest::newRow("klaro") << QByteArray(R"({"services": [{"name": "matomo"}]})")
                               << int(LibraryConfigImporter::Library::Klaro);
        QTest::newRow("klaro apps")
            << QByteArray(R"({"apps": []})") << int(LibraryConfigImporter::Library::Klaro);
        QTest::newRow("cookieconsent")
            << QByteArray(
                   R"({"categories": {}, "language": {"default": "en", "translations": {}}})")
            << int(LibraryConfigImporter::Library::CookieConsent);
        QTest::newRow("charte") << QByteArray(R"({"format": "charte/1", "categories": []})")
                                << int(LibraryConfigImporter::Library::Unknown);
        QTest::newRow("csv") << QByteArray("name;provider\n_ga;Google\n")
                             << int(LibraryConfigImporter::Library::Unknown);
        QTest::newRow("array") << QByteArray("[1, 2]")
                               << int(LibraryConfigImporter::Library::Unknown);
    }
    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, library);
        QCOMPARE(int(LibraryConfigImporter::detect(bytes)), library);
        QCOMPARE(LibraryConfigImporter::looksLike(bytes),
                 library != int(LibraryConfigImporter::Library::Unknown));
    }

    void errorsNameTheSource()
    {
        const Expected<Policy> broken =
            importPolicy("{\n  \"services\": [\n", QStringLiteral("k.json"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().startsWith(QStringLiteral("k.json:3:")),
                 qPrintable(broken.error()));
        const Expected<Policy> other =
            importPolicy("{\"a\": 1}", QStringLiteral("x.json"));
        QVERIFY(!other);
        QVERIFY(other.error().startsWith(QStringLiteral("x.json: ")));
    }

    void handWrittenKlaro()
    {
        const QByteArray config = data(QStringLiteral("klaro-by-hand.json"));
        const Expected<Policy> policy =
            importPolicy(config, QStringLiteral("config.json"));
        QVERIFY2(policy, qPrintable(policy.error()));
        QCOMPARE(policy->meta.defaultLanguage, QStringLiteral("de"));
        QCOMPARE(policy->banner.consentCookieName, QStringLiteral("klaro_consent"));
        QCOMPARE(policy->banner.consentLifetimeDays, 30);
        QCOMPARE(policy->categories.size(), 2);
        QCOMPARE(policy->categories.at(0).name.exact(QStringLiteral("de")),
                 QStringLiteral("Besucher-Statistiken"));
        QVERIFY(!policy->categories.at(0).required);
        QVERIFY(policy->categories.at(1).required);
        QCOMPARE(policy->provider(QStringLiteral("matomo"))->name, QStringLiteral("Matomo/Piwik"));
        const Cookie *pk = cookie(*policy, QStringLiteral("_pk_.*$"));
        QVERIFY(!pk); // "^_pk_.*$" is a regex, kept as written
        QCOMPARE(policy->cookies.at(0).match, NameMatch::Regex);
        QCOMPARE(policy->cookies.at(0).name, QStringLiteral("^_pk_.*$"));
        QCOMPARE(policy->cookies.at(0).domain, QStringLiteral("klaro.kiprotect.com"));
        QCOMPARE(cookie(*policy, QStringLiteral("piwik_ignore"))->match, NameMatch::Exact);
        const Cookie *cf = cookie(*policy, QStringLiteral("__cf"));
        QVERIFY(cf);
        QCOMPARE(cf->match, NameMatch::Prefix);
        QCOMPARE(cf->basis, LegalBasis::Exempt);
    }

    void handWrittenCookieConsent()
    {
        const QByteArray config = data(QStringLiteral("cookieconsent-by-hand.json"));
        const Expected<Policy> policy =
            importPolicy(config, QStringLiteral("cc.json"));
        QVERIFY2(policy, qPrintable(policy.error()));
        QCOMPARE(policy->meta.revision, 4);
        QCOMPARE(policy->banner.consentCookieName, QStringLiteral("cc_cookie"));
        QCOMPARE(policy->banner.description.exact(QStringLiteral("en")),
                 QStringLiteral("Read our policy & choose."));
        QCOMPARE(policy->banner.rejectAll.exact(QStringLiteral("en")),
                 QStringLiteral("Reject all"));
        // Order of the preferences sections, not the sorted keys.
        QCOMPARE(policy->categories.at(0).id, QStringLiteral("analytics"));
        QVERIFY(policy->categories.at(1).required);
        const Cookie *ga = cookie(*policy, QStringLiteral("_ga"));
        QVERIFY(ga);
        QCOMPARE(ga->purpose.exact(QStringLiteral("en")), QStringLiteral("Analytics id"));
        QCOMPARE(ga->lifetime, Lifetime::fromSeconds(2 * Lifetime::Year));
        QCOMPARE(ga->providerId, QStringLiteral("ga"));
        QVERIFY(cookie(*policy, QStringLiteral("_gid"))); // cleared, though in no table
    }

    void importedDocumentsOpenAgain_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("days");
        QTest::newRow("Klaro, negative days")
            << QByteArray(R"({"cookieExpiresAfterDays": -30, "services": [{"name": "matomo", "purposes": ["analytics"]}]})")
            << 120;
        QTest::newRow("Klaro, zero days")
            << QByteArray(R"({"cookieExpiresAfterDays": 0, "services": [{"name": "matomo", "purposes": ["analytics"]}]})")
            << 120;
        QTest::newRow("Klaro, more days than a document holds")
            << QByteArray(R"({"cookieExpiresAfterDays": 2000000000, "services": [{"name": "matomo", "purposes": ["analytics"]}]})")
            << 120;
        QTest::newRow("cookieconsent, negative days")
            << QByteArray(R"({"cookie": {"expiresAfterDays": -1}, "categories": {"analytics": {}}, "language": {"default": "en", "translations": {"en": {}}}})") << 182;
        QTest::newRow("Klaro, one day kept")
            << QByteArray(R"({"cookieExpiresAfterDays": 1, "services": [{"name": "matomo", "purposes": ["analytics"]}]})")
            << 1;
    }

    void importedDocumentsOpenAgain()
    {
        // Found by tests/fuzz (fuzz_libraryconfig): "cookieExpiresAfterDays": -30 was
        // imported as is, and the saved document was refused on opening
        // ("banner.consentLifetimeDays: expected a whole number from 1").
        QFETCH(QByteArray, config);
        QFETCH(int, days);
        const Expected<Policy> policy = importPolicy(config, QStringLiteral("config.json"));
        QVERIFY2(policy, qPrintable(policy.error()));
        QCOMPARE(policy->banner.consentLifetimeDays, days);
        const Expected<Policy> reopened =
            PolicyReader::read(PolicyWriter::toJson(*policy), QStringLiteral("saved.charte.json"));
        QVERIFY2(reopened, qPrintable(reopened.error()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::newRow("cookieconsent json")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc.json");
        QTest::newRow("cookieconsent js")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc-config.js");
        QTest::newRow("klaro json") << QStringLiteral("klaro") << QStringLiteral("klaro.json");
        QTest::newRow("klaro js") << QStringLiteral("klaro") << QStringLiteral("klaro-config.js");
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        Policy original = *Templates::load(QStringLiteral("typical"));
        original.cookies[3].match = NameMatch::Regex;
        original.cookies[3].name = QStringLiteral("_pk_ses\\.\\d+");
        const Expected<Policy> back =
            importPolicy(exported(format, original, output), output);
        QVERIFY2(back, qPrintable(back.error()));

        QCOMPARE(back->meta.languages.size(), original.meta.languages.size());
        QCOMPARE(back->banner.consentCookieName, original.banner.consentCookieName);
        QCOMPARE(back->banner.consentLifetimeDays, original.banner.consentLifetimeDays);
        for (auto field :
             {&BannerSettings::title, &BannerSettings::description, &BannerSettings::acceptAll,
              &BannerSettings::rejectAll, &BannerSettings::customize, &BannerSettings::save,
              &BannerSettings::manage})
            QCOMPARE(back->banner.*field, original.banner.*field);

        QCOMPARE(back->categories.size(), original.categories.size());
        for (qsizetype i = 0; i < original.categories.size(); ++i) {
            const Category &was = original.categories.at(i);
            const Category &is = back->categories.at(i);
            QCOMPARE(is.id, was.id);
            QCOMPARE(is.name, was.name);
            QCOMPARE(is.description, was.description);
            QCOMPARE(is.required, was.required);
        }
        QCOMPARE(back->cookies.size(), original.cookies.size());
        for (const Cookie &was : original.cookies) {
            const Cookie *is = cookie(*back, was.name);
            QVERIFY2(is, qPrintable(was.name));
            QCOMPARE(is->match, was.match);
            QCOMPARE(is->categoryId, was.categoryId);
            QCOMPARE(is->providerId, was.providerId);
            QCOMPARE(is->purpose, was.purpose);
            QCOMPARE(is->lifetime, was.lifetime);
        }
        for (const Provider &was : original.providers)
            QCOMPARE(back->provider(was.id)->name, was.name);
        if (format == QLatin1StringView("klaro")) {
            QCOMPARE(back->banner.background, original.banner.background);
            QCOMPARE(back->banner.text, original.banner.text);
            QCOMPARE(back->banner.buttonBackground, original.banner.buttonBackground);
            QCOMPARE(back->banner.buttonText, original.banner.buttonText);
        }
        QCOMPARE(back->meta.revision, original.meta.revision);
        if (format == QLatin1StringView("cookieconsent")) {
            for (const Cookie &was : original.cookies)
                QCOMPARE(cookie(*back, was.name)->service, was.service);
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryConfigImporter)
#include "tst_libraryconfigimporter.moc"
