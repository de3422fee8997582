// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/cookieconsentexporter.h"
#include "export/exportformats.h"
#include "export/klaroexporter.h"
#include "export/tarteaucitronexporter.h"
#include "format/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The structure of each consent-library export for the typical template, and
// that hostile document text stays data.
class TestLibraryExports : public QObject
{
    Q_OBJECT

private:
    static Policy typical() { return *Templates::load(QStringLiteral("typical")); }

    static QByteArray run(const QString &format, const Policy &policy, const QString &output,
                          const QString &language = {}, QStringList *warnings = nullptr)
    {
        const ExportFormat *found = ExportFormats::find(format);
        Q_ASSERT(found);
        ExportOptions options;
        options.outputName = output;
        options.language = language;
        const Expected<ExportResult> result = found->run(policy, options);
        Q_ASSERT(result.hasValue());
        if (warnings)
            *warnings = result->warnings;
        return result->files.value(QString());
    }

    static QJsonObject object(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << error.errorString() << json.left(200);
        return document.object();
    }

    // The JSON between "= " and the first ";\n" at the start of a line: what the scripts embed.
    static QJsonObject embedded(const QByteArray &script, const QByteArray &marker)
    {
        const qsizetype start = script.indexOf(marker) + marker.size();
        const qsizetype end = script.indexOf("};\n", start) + 1;
        return object(script.mid(start, end - start));
    }

private slots:
    void registered_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("cookieconsent")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc-config.js");
        QTest::newRow("klaro") << QStringLiteral("klaro") << QStringLiteral("klaro-config.js");
        QTest::newRow("tarteaucitron")
            << QStringLiteral("tarteaucitron") << QStringLiteral("tac-config.js");
    }
    void registered()
    {
        QFETCH(QString, id);
        QFETCH(QString, fileName);
        const ExportFormat *format = ExportFormats::find(id);
        QVERIFY(format);
        QCOMPARE(format->defaultFileName, fileName);
        QVERIFY(!format->translatedDescription().isEmpty());
    }

    void cookieConsentJson()
    {
        QStringList warnings;
        const QJsonObject config =
            object(run(QStringLiteral("cookieconsent"), typical(), QStringLiteral("cc.json"),
                       QStringLiteral("en"), &warnings));
        QCOMPARE(config.value(u"revision").toInt(), 3);
        QCOMPARE(config.value(u"cookie").toObject().value(u"name").toString(),
                 QStringLiteral("cookies_preferences"));
        QCOMPARE(config.value(u"cookie").toObject().value(u"expiresAfterDays").toInt(), 182);
        QVERIFY(!config.contains(u"hideFromBots")); // sites keep the library's default
        const QJsonObject categories = config.value(u"categories").toObject();
        QCOMPARE(categories.keys(),
                 (QStringList{QStringLiteral("marketing"), QStringLiteral("necessary"),
                              QStringLiteral("statistics")}));
        QVERIFY(categories.value(u"necessary").toObject().value(u"readOnly").toBool());
        QVERIFY(!categories.value(u"statistics").toObject().value(u"enabled").toBool());
        QVERIFY(categories.value(u"statistics")
                    .toObject()
                    .value(u"services")
                    .toObject()
                    .contains(u"matomo"));
        const QJsonObject language = config.value(u"language").toObject();
        QCOMPARE(language.value(u"default").toString(), QStringLiteral("en"));
        QCOMPARE(language.value(u"translations").toObject().keys(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
        const QJsonObject fr = language.value(u"translations").toObject().value(u"fr").toObject();
        QCOMPARE(fr.value(u"consentModal").toObject().value(u"acceptNecessaryBtn").toString(),
                 QStringLiteral("Tout refuser"));
        const QJsonArray sections =
            fr.value(u"preferencesModal").toObject().value(u"sections").toArray();
        QCOMPARE(sections.size(), 4); // the introduction and one per category
        const QJsonObject statistics = sections.at(2).toObject();
        QCOMPARE(statistics.value(u"linkedCategory").toString(), QStringLiteral("statistics"));
        const QJsonArray rows =
            statistics.value(u"cookieTable").toObject().value(u"body").toArray();
        QCOMPARE(rows.at(0).toObject().value(u"name").toString(), QStringLiteral("_pk_id.*"));
        QCOMPARE(rows.at(0).toObject().value(u"lifetime").toString(), QStringLiteral("13 mois"));
        // The preferences' close button has an accessible name, and texts the library
        // also copies as text are not entity-escaped ("Mesure d'audience").
        QCOMPARE(fr.value(u"preferencesModal").toObject().value(u"closeIconLabel").toString(),
                 QStringLiteral("Fermer"));
        QCOMPARE(statistics.value(u"title").toString(), QStringLiteral("Mesure d'audience"));
        // Pattern cookies cannot be cleared from bare JSON: said, not dropped.
        QVERIFY(warnings.filter(QStringLiteral("_pk_id.*")).size() == 1);
        QCOMPARE(warnings.filter(QStringLiteral("colours")).size(),
                 1); // only the script carries them
    }

    void cookieConsentScript()
    {
        const QByteArray script =
            run(QStringLiteral("cookieconsent"), typical(), QStringLiteral("cc-config.js"));
        QVERIFY(script.contains("window.CookieConsent.run(config);"));
        QVERIFY(script.contains("new RegExp(entry.pattern)"));
        const QByteArray marker = "var patterns = ";
        const qsizetype start = script.indexOf(marker) + marker.size();
        const QJsonArray patterns =
            QJsonDocument::fromJson(script.mid(start, script.indexOf("];\n", start) + 1 - start))
                .array();
        QCOMPARE(patterns.size(), 2);
        QCOMPARE(patterns.at(0).toObject().value(u"pattern").toString(),
                 QStringLiteral("^_pk_id\\."));
        QCOMPARE(patterns.at(0).toObject().value(u"category").toString(),
                 QStringLiteral("statistics"));
        const QJsonObject config = embedded(script, "var config = ");
        QCOMPARE(config.value(u"language").toObject().value(u"default").toString(),
                 QStringLiteral("fr"));
    }

    void klaro()
    {
        const QByteArray script = run(QStringLiteral("klaro"), typical(),
                                      QStringLiteral("klaro-config.js"), QStringLiteral("en"));
        QVERIFY(script.contains("window.klaroConfig = {"));
        const QJsonObject config = embedded(script, "window.klaroConfig = ");
        QCOMPARE(config.value(u"storageName").toString(), QStringLiteral("cookies_preferences"));
        QCOMPARE(config.value(u"cookieExpiresAfterDays").toInt(), 182);
        QCOMPARE(config.value(u"lang").toString(), QStringLiteral("en"));
        QCOMPARE(config.value(u"hideDeclineAll").toBool(), false);
        QCOMPARE(config.value(u"htmlTexts").toBool(), false);
        const QJsonArray services = config.value(u"services").toArray();
        QCOMPARE(services.size(), 4); // three services and the revision's
        const QJsonObject revision = services.at(3).toObject();
        QCOMPARE(revision.value(u"name").toString(), QStringLiteral("charte-revision-3"));
        QVERIFY(revision.value(u"required").toBool());
        QVERIFY(revision.value(u"purposes").toArray().isEmpty()); // not listed in the modal
        const QJsonObject matomo = services.at(1).toObject();
        QCOMPARE(matomo.value(u"name").toString(), QStringLiteral("matomo-statistics"));
        QCOMPARE(matomo.value(u"purposes").toArray().at(0).toString(),
                 QStringLiteral("statistics"));
        QCOMPARE(matomo.value(u"cookies").toArray().at(0).toString(), QStringLiteral("^_pk_id\\."));
        QVERIFY(services.at(0).toObject().value(u"required").toBool());
        const QJsonObject translations = config.value(u"translations").toObject();
        QVERIFY(translations.contains(u"fr") && translations.contains(u"en"));
        QCOMPARE(translations.value(u"fr").toObject().value(u"decline").toString(),
                 QStringLiteral("Tout refuser"));
        QCOMPARE(translations.value(u"en")
                     .toObject()
                     .value(u"purposes")
                     .toObject()
                     .value(u"statistics")
                     .toObject()
                     .value(u"title")
                     .toString(),
                 QStringLiteral("Audience measurement"));
        const QJsonObject styling = config.value(u"styling").toObject();
        QCOMPARE(styling.value(u"theme").toArray(),
                 (QJsonArray{QStringLiteral("light"), QStringLiteral("bottom"),
                             QStringLiteral("right")}));
        QCOMPARE(styling.value(u"green1").toString(), QStringLiteral("#0b5a3b"));
        QCOMPARE(styling.value(u"dark2").toString(), QStringLiteral("#0b5a3b")); // decline = accept
        // The privacy-policy link passes the export filter: never a javascript: link.
        Policy hostile = typical();
        hostile.meta.siteUrl = QStringLiteral("javascript:alert(document.cookie)");
        QStringList warnings;
        const QJsonObject filtered =
            object(run(QStringLiteral("klaro"), hostile, QStringLiteral("k.json"), {}, &warnings));
        QVERIFY(!filtered.value(u"translations").toObject().contains(u"zz"));
        QCOMPARE(warnings.filter(QStringLiteral("is not an http(s) address")).size(), 1);
        QCOMPARE(translations.value(u"zz").toObject().value(u"privacyPolicyUrl").toString(),
                 QStringLiteral("https://www.valbourg.example"));
        // The bare JSON is the same object.
        QCOMPARE(object(run(QStringLiteral("klaro"), typical(), QStringLiteral("k.json"),
                            QStringLiteral("en"))),
                 config);
    }

    void tarteaucitron()
    {
        QStringList warnings;
        const QByteArray script =
            run(QStringLiteral("tarteaucitron"), typical(), QStringLiteral("tac-config.js"),
                QStringLiteral("en"), &warnings);
        QVERIFY(script.contains("tarteaucitron.init(charte.parameters);"));
        QVERIFY(
            script.contains("(tarteaucitron.job = tarteaucitron.job || []).push(service.key);"));
        const QJsonObject data = embedded(script, "var charte = ");
        QCOMPARE(data.value(u"language").toString(), QStringLiteral("en"));
        QCOMPARE(data.value(u"expireDays").toInt(), 182);
        const QJsonObject parameters = data.value(u"parameters").toObject();
        QCOMPARE(parameters.value(u"DenyAllCta").toBool(), true);
        QCOMPARE(parameters.value(u"highPrivacy").toBool(), true);
        QCOMPARE(parameters.value(u"cookieName").toString(), QStringLiteral("cookies_preferences"));
        const QJsonArray services = data.value(u"services").toArray();
        QCOMPARE(services.size(), 2); // required cookies are tarteaucitron's "mandatory" block
        QCOMPARE(services.at(0).toObject().value(u"key").toString(),
                 QStringLiteral("matomo-statistics"));
        QCOMPARE(services.at(0).toObject().value(u"type").toString(), QStringLiteral("analytic"));
        QCOMPARE(services.at(0).toObject().value(u"patterns").toArray().size(), 2);
        QCOMPARE(services.at(1).toObject().value(u"cookies").toArray().size(), 3);
        const QJsonObject fr = data.value(u"texts").toObject().value(u"fr").toObject();
        QCOMPARE(fr.value(u"denyAll").toString(), QStringLiteral("Tout refuser"));
        QCOMPARE(fr.value(u"analytic").toObject().value(u"title").toString(),
                 QStringLiteral("Mesure d&#39;audience"));
        // The revision lives in the consent cookie, so no warning about it.
        QCOMPARE(data.value(u"revision").toInt(), 3);
        QVERIFY(script.contains("var marker = '!charte_revision=' + charte.revision;"));
        QVERIFY(warnings.filter(QStringLiteral("revision")).isEmpty());
        ExportOptions json;
        json.outputName = QStringLiteral("tac.json");
        QVERIFY(!TarteaucitronExporter::run(typical(), json).hasValue());
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::newRow("cookieconsent js")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc.js");
        QTest::newRow("cookieconsent json")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc.json");
        QTest::newRow("klaro js") << QStringLiteral("klaro") << QStringLiteral("klaro.js");
        QTest::newRow("tarteaucitron")
            << QStringLiteral("tarteaucitron") << QStringLiteral("tac.js");
    }
    void hostileText()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        Policy policy = typical();
        const QString hostile = QStringLiteral("</script><script>alert(1)</script>\u2028\"'");
        policy.banner.title.set(QStringLiteral("fr"), hostile);
        policy.categories[1].name.set(QStringLiteral("fr"), hostile);
        policy.providers[1].name = hostile;
        policy.cookies[2].purpose.set(QStringLiteral("fr"), hostile);
        const QByteArray bytes = run(format, policy, output);
        QVERIFY(!bytes.contains("</script"));
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(!bytes.contains("\xE2\x80\xA8"));
        QVERIFY(bytes.contains("\\u003c/script\\u003e") || bytes.contains("&lt;/script&gt;") ||
                bytes.contains("\\u0026lt;/script\\u0026gt;"));
    }

    void everyLanguageAndStartLanguage()
    {
        Policy policy = typical();
        policy.meta.languages << QStringLiteral("de");
        policy.banner.title.set(QStringLiteral("de"), QStringLiteral("Cookies in Valbourg"));
        const QJsonObject cc = object(run(QStringLiteral("cookieconsent"), policy,
                                          QStringLiteral("cc.json"), QStringLiteral("de")));
        const QJsonObject translations =
            cc.value(u"language").toObject().value(u"translations").toObject();
        QCOMPARE(translations.keys().size(), 3);
        QCOMPARE(translations.value(u"de")
                     .toObject()
                     .value(u"consentModal")
                     .toObject()
                     .value(u"title")
                     .toString(),
                 QStringLiteral("Cookies in Valbourg"));
        // A text missing in German falls back to the default language.
        QCOMPARE(translations.value(u"de")
                     .toObject()
                     .value(u"consentModal")
                     .toObject()
                     .value(u"acceptAllBtn")
                     .toString(),
                 QStringLiteral("Tout accepter"));
        QCOMPARE(cc.value(u"language").toObject().value(u"default").toString(),
                 QStringLiteral("de"));
    }

    void missingButtonTextFallsBack()
    {
        Policy policy = typical();
        policy.banner.rejectAll.remove(QStringLiteral("en"));
        QStringList warnings;
        const QJsonObject cc = object(
            run(QStringLiteral("cookieconsent"), policy, QStringLiteral("cc.json"), {}, &warnings));
        // English falls back to the default language's text first.
        QCOMPARE(cc.value(u"language")
                     .toObject()
                     .value(u"translations")
                     .toObject()
                     .value(u"en")
                     .toObject()
                     .value(u"consentModal")
                     .toObject()
                     .value(u"acceptNecessaryBtn")
                     .toString(),
                 QStringLiteral("Tout refuser"));
        policy.banner.rejectAll = LocalizedText();
        const QByteArray klaro =
            run(QStringLiteral("klaro"), policy, QStringLiteral("k.json"), {}, &warnings);
        QCOMPARE(object(klaro)
                     .value(u"translations")
                     .toObject()
                     .value(u"en")
                     .toObject()
                     .value(u"decline")
                     .toString(),
                 QStringLiteral("Reject all"));
        QCOMPARE(warnings.filter(QStringLiteral("Reject all")).size(), 1);
        QCOMPARE(warnings.filter(QStringLiteral("Tout refuser")).size(), 1);
    }

    void perlOnlyRegexIsLeftOutAndSaid_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::newRow("cookieconsent")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc.js");
        QTest::newRow("klaro") << QStringLiteral("klaro") << QStringLiteral("k.json");
        QTest::newRow("tarteaucitron") << QStringLiteral("tarteaucitron") << QStringLiteral("t.js");
    }
    void perlOnlyRegexIsLeftOutAndSaid()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        Policy policy = typical();
        policy.cookies[3].match = NameMatch::Regex;
        policy.cookies[3].name = QStringLiteral("(?i)_PK_SES\\..*");
        QStringList warnings;
        const QByteArray bytes = run(format, policy, output, {}, &warnings);
        QCOMPARE(warnings.filter(QStringLiteral("(?i)_PK_SES")).size(), 1);
        QVERIFY(!bytes.contains("\"pattern\": \"(?i)") && !bytes.contains("\"(?i)_PK"));
    }

    void consentLog_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("carried");
        QTest::newRow("cookieconsent script") << QStringLiteral("cookieconsent") << QStringLiteral("cc.js") << true;
        QTest::newRow("cookieconsent JSON") << QStringLiteral("cookieconsent") << QStringLiteral("cc.json") << false;
        QTest::newRow("klaro") << QStringLiteral("klaro") << QStringLiteral("k.js") << false;
        QTest::newRow("tarteaucitron") << QStringLiteral("tarteaucitron") << QStringLiteral("t.js") << false;
    }
    // Carried where the export can hold code, said to be left out elsewhere.
    void consentLog()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(bool, carried);
        QStringList warnings;
        QVERIFY(!run(format, typical(), output, {}, &warnings).contains("consentLog"));
        QVERIFY(warnings.filter(QStringLiteral("consent log")).isEmpty());
        Policy policy = typical();
        policy.banner.consentLogUrl = QStringLiteral("/consent-log");
        const QByteArray bytes = run(format, policy, output, {}, &warnings);
        QCOMPARE(bytes.contains("var consentLog = \"/consent-log\";"), carried);
        QCOMPARE(bytes.contains("config.onFirstConsent = logChoice;"), carried);
        QCOMPARE(warnings.filter(QStringLiteral("consent log (/consent-log)")).size(), carried ? 0 : 1);
        // An address the banner could not use is never written into a script.
        policy.banner.consentLogUrl = QStringLiteral("javascript:alert(1)");
        QVERIFY(!run(format, policy, output, {}, &warnings).contains("javascript:alert"));
        QCOMPARE(warnings.filter(QStringLiteral("consent log")).size(), 1);
    }

    void emptyDocument_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::newRow("cookieconsent")
            << QStringLiteral("cookieconsent") << QStringLiteral("cc.json");
        QTest::newRow("klaro") << QStringLiteral("klaro") << QStringLiteral("k.json");
        QTest::newRow("tarteaucitron") << QStringLiteral("tarteaucitron") << QStringLiteral("t.js");
    }
    void emptyDocument()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QStringList warnings;
        const QByteArray bytes = run(format, Policy(), output, {}, &warnings);
        QVERIFY(!bytes.isEmpty());
        if (output.endsWith(QLatin1StringView(".json")))
            QVERIFY(!object(bytes).isEmpty());
        else
            QVERIFY(!embedded(bytes, "var charte = ").isEmpty());
        QVERIFY(!warnings.isEmpty());
    }

    void deterministic()
    {
        for (const QString &format : {QStringLiteral("cookieconsent"), QStringLiteral("klaro"),
                                      QStringLiteral("tarteaucitron")})
            QCOMPARE(run(format, typical(), QStringLiteral("x.js")),
                     run(format, typical(), QStringLiteral("x.js")));
    }

    // A cookie whose name was never typed: as a prefix (or a pattern) its empty name
    // would match every cookie, and the exported script would delete the session and
    // the consent cookie on refusal. It is left out of every export, with a warning.
    void namelessCookieIsLeftOut_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("match");
        for (const NameMatch match : {NameMatch::Prefix, NameMatch::Regex, NameMatch::Exact}) {
            const QByteArray kind = QByteArray::number(int(match));
            QTest::newRow(QByteArray("cookieconsent " + kind).constData()) << QStringLiteral("cookieconsent") << QStringLiteral("cc-config.js") << int(match);
            QTest::newRow(QByteArray("klaro " + kind).constData()) << QStringLiteral("klaro") << QStringLiteral("klaro-config.js") << int(match);
            QTest::newRow(QByteArray("tarteaucitron " + kind).constData()) << QStringLiteral("tarteaucitron") << QStringLiteral("tac-config.js") << int(match);
            QTest::newRow(QByteArray("banner " + kind).constData()) << QStringLiteral("banner") << QStringLiteral("banner") << int(match);
        }
    }
    void namelessCookieIsLeftOut()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(int, match);
        const Policy clean = typical();
        Policy withNameless = clean;
        const auto optional = std::find_if(clean.categories.cbegin(), clean.categories.cend(),
                                           [](const Category &c) { return !c.required; });
        QVERIFY(optional != clean.categories.cend());
        Cookie nameless;
        nameless.name = QStringLiteral("  ");
        nameless.match = NameMatch(match);
        nameless.categoryId = optional->id;
        nameless.basis = LegalBasis::Consent;
        withNameless.cookies.append(nameless);

        const ExportFormat *found = ExportFormats::find(format);
        QVERIFY(found);
        ExportOptions options;
        options.outputName = output;
        const Expected<ExportResult> before = found->run(clean, options);
        const Expected<ExportResult> after = found->run(withNameless, options);
        QVERIFY(before.hasValue() && after.hasValue());
        QVERIFY2(after->warnings.filter(QStringLiteral("no name")).size() == 1,
                 qPrintable(after->warnings.join(QLatin1Char('\n'))));
        QVERIFY(before->warnings.filter(QStringLiteral("no name")).isEmpty());
        // Nothing of it reaches the scripts and configurations: they are those of the
        // document without it. (The banner's demo page holds the charter, whose table
        // lists every row as it is.)
        QCOMPARE(after->files.keys(), before->files.keys());
        for (auto it = before->files.cbegin(); it != before->files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1StringView(".html")))
                QVERIFY2(after->files.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryExports)
#include "tst_libraryexports.moc"
