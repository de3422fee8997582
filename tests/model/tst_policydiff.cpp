// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"
#include "format/policywriter.h"
#include "format/templates.h"
#include "publishing/diffreport.h"
#include "publishing/policydiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <functional>
#include <random>

using namespace PolicyDiff;
using Edit = std::function<void(Policy &)>;
Q_DECLARE_METATYPE(Edit)

// The comparison of two documents: every change kind in both directions, with its
// words and the re-consent decision; re-ordering is no change.
class tst_PolicyDiff : public QObject
{
    Q_OBJECT

private:
    static Policy typical() { return *Templates::load(QStringLiteral("typical")); }
    static Cookie &cookie(Policy &policy, const QString &name)
    {
        return *std::find_if(policy.cookies.begin(), policy.cookies.end(),
                             [&](const Cookie &c) { return c.name == name; });
    }

private slots:
    void identicalDocumentsHaveNoChange()
    {
        const Policy policy = typical();
        const Result diff = compare(policy, policy);
        QVERIFY(diff.isEmpty());
        QVERIFY(!diff.requiresConsent());
    }

    void reorderingIsNoChange()
    {
        const Policy before = typical();
        Policy after = before;
        std::mt19937 random(42);
        std::shuffle(after.cookies.begin(), after.cookies.end(), random);
        std::reverse(after.categories.begin(), after.categories.end());
        std::reverse(after.providers.begin(), after.providers.end());
        QVERIFY(after.cookies != before.cookies);
        QVERIFY(compare(before, after).isEmpty());
    }

    // Two rows with the same name, domain and match (an inventory may repeat a key):
    // swapping them is no change either, and a change to one is that one's.
    void repeatedKeysPairByContent()
    {
        Policy before = typical();
        Cookie twin = cookie(before, QStringLiteral("YSC"));
        twin.purpose.set(QStringLiteral("en"), QStringLiteral("Second declaration"));
        twin.lifetime = Lifetime::fromSeconds(Lifetime::Day);
        before.cookies.append(twin);
        Policy after = before;
        std::reverse(after.cookies.begin(), after.cookies.end());
        QVERIFY(compare(before, after).isEmpty());
        after.cookies.first().lifetime = Lifetime::fromSeconds(Lifetime::Week); // the twin, now first
        const Result diff = compare(before, after);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.lines(QStringLiteral("en")), QStringList{"retention of YSC lengthened from 1 day to 1 week"});
    }

    void publishingFieldsAreNotChanges()
    {
        const Policy before = typical();
        Policy after = before;
        after.meta.revision += 4;
        after.meta.lastUpdated = QDate(2030, 1, 1);
        after.history.append({7, QDate(2030, 1, 1), LocalizedText(QStringLiteral("en"), QStringLiteral("x")), {}, {}});
        QVERIFY(compare(before, after).isEmpty());
    }

    // Cookies differing only by domain or match kind are different cookies.
    void cookiesAreMatchedByNameDomainAndMatch()
    {
        const Policy before = typical();
        Policy after = before;
        cookie(after, QStringLiteral("YSC")).domain = QStringLiteral(".youtube-nocookie.com");
        Result diff = compare(before, after);
        QCOMPARE(diff.changes.size(), 2);
        QCOMPARE(toString(diff.changes.at(0).kind), toString(Kind::CookieAdded));
        QCOMPARE(diff.changes.at(0).domain, QStringLiteral(".youtube-nocookie.com"));
        QCOMPARE(toString(diff.changes.at(1).kind), toString(Kind::CookieRemoved));

        after = before;
        QCOMPARE(cookie(after, QStringLiteral("_pk_id.")).match, NameMatch::Prefix);
        cookie(after, QStringLiteral("_pk_id.")).match = NameMatch::Exact;
        diff = compare(before, after);
        QCOMPARE(diff.changes.size(), 2);
        QCOMPARE(toString(diff.changes.at(0).kind), toString(Kind::CookieAdded));
        QCOMPARE(toString(diff.changes.at(1).kind), toString(Kind::CookieRemoved));

        // A domain written with a leading dot or in capitals is the same domain.
        after = before;
        cookie(after, QStringLiteral("YSC")).domain = QStringLiteral("YouTube.com");
        diff = compare(before, after);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(toString(diff.changes.first().kind), toString(Kind::CookieChanged));
        QCOMPARE(diff.changes.first().fields.first().field, QStringLiteral("domain"));
        QVERIFY(!diff.requiresConsent());
    }

    void everyKind_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("kind");        // before → after
        QTest::addColumn<QString>("reverseKind"); // after → before
        QTest::addColumn<bool>("consent");        // before → after requires new consent
        QTest::addColumn<bool>("reverseConsent");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");

        QTest::newRow("consent cookie added") << Edit([](Policy &p) {
            Cookie ga;
            ga.name = QStringLiteral("_ga");
            ga.categoryId = QStringLiteral("statistics");
            ga.lifetime = Lifetime::fromSeconds(13 * Lifetime::Month);
            ga.basis = LegalBasis::Consent;
            p.cookies.append(ga);
        }) << "cookie-added" << "cookie-removed" << true << false
            << "added cookie _ga (Audience measurement, 13 months)" << "cookie _ga ajouté (Mesure d'audience, 13 mois)";
        QTest::newRow("exempt cookie added") << Edit([](Policy &p) {
            Cookie csrf;
            csrf.name = QStringLiteral("csrftoken");
            csrf.categoryId = QStringLiteral("necessary");
            csrf.basis = LegalBasis::Exempt;
            csrf.lifetime = Lifetime::session();
            p.cookies.append(csrf);
        }) << "cookie-added" << "cookie-removed" << false << false
            << "added cookie csrftoken (Necessary cookies, session, exempt from consent)"
            << "cookie csrftoken ajouté (Cookies nécessaires, session, exempté de consentement)";
        QTest::newRow("purpose changed") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_id.")).purpose.set(QStringLiteral("en"), QStringLiteral("Tracks you"));
        }) << "cookie-changed" << "cookie-changed" << true << true
            << "purpose of _pk_id.* changed (en)"
            << "finalité de _pk_id.* modifiée (en)";
        QTest::newRow("exempt purpose changed") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("PHPSESSID")).purpose.set(QStringLiteral("en"), QStringLiteral("Keeps you signed in"));
        }) << "cookie-changed" << "cookie-changed" << false << false
            << "purpose of PHPSESSID changed (en)"
            << "finalité de PHPSESSID modifiée (en)";
        QTest::newRow("lifetime lengthened") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_ses.")).lifetime = Lifetime::fromSeconds(Lifetime::Year);
        }) << "cookie-changed" << "cookie-changed" << true << false
            << "retention of _pk_ses.* lengthened from 30 minutes to 1 year"
            << "durée de conservation de _pk_ses.* allongée de 30 minutes à 1 an";
        QTest::newRow("category moved") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_ses.")).categoryId = QStringLiteral("marketing");
        }) << "cookie-changed" << "cookie-changed" << true << true
            << "_pk_ses.* moved from category Audience measurement to Embedded YouTube videos"
            << "_pk_ses.* déplacé de la catégorie Mesure d'audience vers Vidéos YouTube intégrées";
        QTest::newRow("provider changed") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_ses.")).providerId = QStringLiteral("google");
        }) << "cookie-changed" << "cookie-changed" << true << true
            << "provider of _pk_ses.* changed from Matomo (hébergé par la commune) to Google Ireland Limited (YouTube)"
            << "prestataire de _pk_ses.* changé de Matomo (hébergé par la commune) à Google Ireland Limited (YouTube)";
        QTest::newRow("now third party") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_ses.")).party = Party::Third;
        }) << "cookie-changed" << "cookie-changed" << true << false
            << "_pk_ses.* is now set by a third party"
            << "_pk_ses.* est désormais déposé par un tiers";
        QTest::newRow("now needs consent") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("PHPSESSID")).basis = LegalBasis::Consent;
        }) << "cookie-changed" << "cookie-changed" << true << false
            << "PHPSESSID now needs consent (was exempt)"
            << "PHPSESSID est désormais soumis au consentement (était exempté)";
        QTest::newRow("service reworded") << Edit([](Policy &p) {
            cookie(p, QStringLiteral("_pk_ses.")).service.set(QStringLiteral("fr"), QStringLiteral("Statistiques"));
        }) << "cookie-changed" << "cookie-changed" << false << false
            << "service and location of _pk_ses.* reworded (fr)"
            << "service et emplacement de _pk_ses.* reformulés (fr)";
        QTest::newRow("consent category added") << Edit([](Policy &p) {
            Category social;
            social.id = QStringLiteral("social");
            social.name.set(QStringLiteral("en"), QStringLiteral("Social networks"));
            social.name.set(QStringLiteral("fr"), QStringLiteral("Réseaux sociaux"));
            p.categories.append(social);
        }) << "category-added" << "category-removed" << true << false
            << "category Social networks added" << "catégorie Réseaux sociaux ajoutée";
        QTest::newRow("category reworded") << Edit([](Policy &p) {
            p.categories[1].description.set(QStringLiteral("fr"), QStringLiteral("Autre texte"));
        }) << "category-changed" << "category-changed" << false << false
            << "description of category Audience measurement changed (fr)"
            << "description de la catégorie Mesure d'audience modifiée (fr)";
        QTest::newRow("category made required") << Edit([](Policy &p) {
            p.categories[1].required = true;
        }) << "category-changed" << "category-changed" << true << false
            << "category Audience measurement can no longer be refused"
            << "la catégorie Mesure d'audience ne peut plus être refusée";
        QTest::newRow("provider in a third country") << Edit([](Policy &p) {
            p.providers[1].country = QStringLiteral("US");
        }) << "provider-changed" << "provider-changed" << true << false
            << "provider Matomo (hébergé par la commune) moved from France to United States"
            << "prestataire Matomo (hébergé par la commune) déplacé de France vers États-Unis";
        QTest::newRow("provider renamed") << Edit([](Policy &p) {
            p.providers[1].name = QStringLiteral("Matomo");
        }) << "provider-changed" << "provider-changed" << false << false
            << "name of provider Matomo changed" << "nom du prestataire Matomo modifié";
        QTest::newRow("unused provider added") << Edit([](Policy &p) {
            Provider hotjar;
            hotjar.id = QStringLiteral("hotjar");
            hotjar.name = QStringLiteral("Hotjar");
            hotjar.country = QStringLiteral("MT");
            p.providers.append(hotjar);
        }) << "provider-added" << "provider-removed" << false << false
            << "provider Hotjar added (Malta)" << "prestataire Hotjar ajouté (Malte)";
        QTest::newRow("section text changed") << Edit([](Policy &p) {
            p.charter[0].body.set(QStringLiteral("en"), QStringLiteral("New words."));
        }) << "text-changed" << "text-changed" << false << false
            << "text of section “Cookie management” changed (en)"
            << "texte de la section « Gestion des cookies » modifié (en)";
        QTest::newRow("banner reworded") << Edit([](Policy &p) {
            p.banner.rejectAll.set(QStringLiteral("fr"), QStringLiteral("Non merci"));
        }) << "banner-changed" << "banner-changed" << false << false
            << "banner: “Reject all” button reworded (fr)" << "bannière : bouton « Tout refuser » reformulé (fr)";
        QTest::newRow("publisher changed") << Edit([](Policy &p) {
            p.meta.contactEmail = QStringLiteral("privacy@valbourg.example");
        }) << "site-changed" << "site-changed" << false << false
            << "privacy contact changed from “dpo@valbourg.example” to “privacy@valbourg.example”"
            << "contact données personnelles changé de « dpo@valbourg.example » à « privacy@valbourg.example »";
    }

    void everyKind()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, kind);
        QFETCH(QString, reverseKind);
        QFETCH(bool, consent);
        QFETCH(bool, reverseConsent);
        QFETCH(QString, english);
        QFETCH(QString, french);
        const Policy before = typical();
        Policy after = before;
        edit(after);

        const Result forward = compare(before, after);
        QCOMPARE(forward.changes.size(), 1);
        QCOMPARE(toString(forward.changes.first().kind), kind);
        QCOMPARE(forward.requiresConsent(), consent);
        QCOMPARE(forward.lines(QStringLiteral("en")), QStringList{english});
        QCOMPARE(forward.lines(QStringLiteral("fr")), QStringList{french});
        if (consent)
            QVERIFY(!forward.changes.first().reason.en.isEmpty() && !forward.changes.first().reason.fr.isEmpty());
        else
            QVERIFY(forward.changes.first().reason.en.isEmpty());

        const Result backward = compare(after, before);
        QCOMPARE(backward.changes.size(), 1);
        QCOMPARE(toString(backward.changes.first().kind), reverseKind);
        QCOMPARE(backward.requiresConsent(), reverseConsent);
    }

    void lifetimeShortenedSaysSo()
    {
        const Policy before = typical();
        Policy after = before;
        cookie(after, QStringLiteral("VISITOR_INFO1_LIVE")).lifetime = Lifetime::fromSeconds(2 * Lifetime::Week);
        const Result diff = compare(before, after);
        QCOMPARE(diff.lines(QStringLiteral("en")),
                 QStringList{"retention of VISITOR_INFO1_LIVE shortened from 6 months to 2 weeks"});
        QVERIFY(!diff.requiresConsent());
    }

    void aNamelessCookieIsNamedAsEmpty()
    {
        const Policy before = typical();
        Policy after = before;
        Cookie nameless = after.cookies.first();
        nameless.name.clear();
        after.cookies.append(nameless);
        const QStringList lines = compare(before, after).lines(QStringLiteral("en"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("added cookie \"\"")), qPrintable(lines.first()));
        QVERIFY2(compare(after, before).lines(QStringLiteral("en")).first().startsWith(QStringLiteral("removed cookie \"\"")),
                 qPrintable(compare(after, before).lines(QStringLiteral("en")).first()));
    }

    void severalFieldsOfOneCookie()
    {
        const Policy before = typical();
        Policy after = before;
        Cookie &changed = cookie(after, QStringLiteral("_pk_id."));
        changed.purpose.set(QStringLiteral("fr"), QStringLiteral("Autre finalité"));
        changed.lifetime = Lifetime::fromSeconds(Lifetime::Month);
        const Result diff = compare(before, after);
        QCOMPARE(diff.changes.size(), 1);
        QCOMPARE(diff.changes.first().fields.size(), 2);
        QVERIFY(diff.changes.first().fields.at(0).requiresConsent);  // purpose
        QVERIFY(!diff.changes.first().fields.at(1).requiresConsent); // shorter
        QCOMPARE(diff.lines(QStringLiteral("en")).size(), 2);
    }

    void jsonListsKindsFieldsAndConsent()
    {
        const Policy before = typical();
        Policy after = before;
        cookie(after, QStringLiteral("_pk_ses.")).lifetime = Lifetime::fromSeconds(Lifetime::Year);
        after.cookies.removeIf([](const Cookie &c) { return c.name == QLatin1StringView("YSC"); });
        const QByteArray json = DiffReport::json(compare(before, after), {QStringLiteral("a"), QStringLiteral("b")},
                                                 QStringLiteral("en"));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("requiresNewConsent").toBool(), true);
        const QJsonArray changes = root.value("changes").toArray();
        QCOMPARE(changes.size(), 2);
        const QJsonObject changed = changes.at(0).toObject();
        QCOMPARE(changed.value("kind").toString(), QStringLiteral("cookie-changed"));
        QCOMPARE(changed.value("cookie").toString(), QStringLiteral("_pk_ses."));
        QCOMPARE(changed.value("match").toString(), QStringLiteral("prefix"));
        const QJsonObject field = changed.value("fields").toArray().first().toObject();
        QCOMPARE(field.value("field").toString(), QStringLiteral("lifetime"));
        QCOMPARE(field.value("before").toInteger(), 1800);
        QCOMPARE(field.value("after").toInteger(), Lifetime::Year);
        QCOMPARE(field.value("requiresNewConsent").toBool(), true);
        QCOMPARE(field.value("why").toString(), QStringLiteral("a longer lifetime"));
        QCOMPARE(changes.at(1).toObject().value("kind").toString(), QStringLiteral("cookie-removed"));
        QCOMPARE(changes.at(1).toObject().value("requiresNewConsent").toBool(), false);
    }

    void htmlIsEscapedAndSideBySide()
    {
        const Policy before = typical();
        Policy after = before;
        cookie(after, QStringLiteral("_pk_id.")).purpose.set(QStringLiteral("fr"), QStringLiteral("<script>x</script>"));
        const QByteArray html = DiffReport::html(compare(before, after), {QStringLiteral("v3"), QStringLiteral("v4")},
                                                 QStringLiteral("fr"));
        QVERIFY(!html.contains("<script>x"));
        QVERIFY(html.contains("&lt;script&gt;x&lt;/script&gt;"));
        QVERIFY(html.contains("class=\"before\""));
        QVERIFY(html.contains("class=\"after\""));
        QVERIFY(html.contains("Le consentement doit être redemandé : une finalité modifiée."));
    }
};

QTEST_GUILESS_MAIN(tst_PolicyDiff)
#include "tst_policydiff.moc"
