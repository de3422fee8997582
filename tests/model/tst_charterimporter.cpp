// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/htmlexporter.h"
#include "format/policyreader.h"
#include "format/templates.h"
#include "import/charterimporter.h"
#include "support/charteprocess.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using TestSupport::strings;

Expected<CharterImport> importBytes(const QByteArray &data, const QString &name,
                                    const QString &contentType = {})
{
    CharterSource source;
    source.data = data;
    source.name = name;
    source.contentType = contentType;
    source.baseUrl = QUrl(QStringLiteral("https://example.org/legal/cookies.html"));
    return CharterImporter::import(source, Policy());
}

QByteArray page(const QByteArray &body, const QByteArray &head = "<meta charset=\"utf-8\">")
{
    return "<!DOCTYPE html><html lang=\"fr-FR\"><head>" + head +
           "<title>Politique cookies</title></head><body>" + body + "</body></html>";
}

} // namespace

class TestCharterImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsTheSeed();
    void importsTables_data();
    void importsTables();
    void convertsTextToMarkdown_data();
    void convertsTextToMarkdown();
    void leavesPageFurnitureOut();
    void refusesPagesWithoutCharter_data();
    void refusesPagesWithoutCharter();
    void keepsIdsUniqueInTheTargetDocument();
    void survivesDeeplyNestedMarkup();
    void refusesPagesNestedTooDeep_data();
    void refusesPagesNestedTooDeep();
    void importsAPageOfUsualDepth();
    void numbersIdenticalHeadingsInOrder();
    void importsChartesOwnHtmlExport_data();
    void importsChartesOwnHtmlExport();
    void commandLineImportsTheSeed();
    void commandLineRefusesAPageWithoutCharter();
    void commandLineRefusesAPageNestedTooDeep();
};

void TestCharterImporter::importsTheSeed()
{
    CHARTE_SKIP_UNLESS_SHARED(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    const Expected<CharterImport> imported = CharterImporter::importFile(
        TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")), Policy());
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->language, QStringLiteral("fr"));

    QStringList titles;
    for (const CharterSection &section : imported->sections)
        titles << section.title.exact(QStringLiteral("fr"));
    QCOMPARE(
        titles,
        strings(
            {"Charte cookies", "Qu'est ce qu'un cookie ?",
             "A quoi servent les cookies sur la plateforme",
             "Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels"}));
    QCOMPARE(imported->sections.at(0).kind, CharterSection::Kind::Text);
    QVERIFY(imported->sections.at(0)
                .body.exact(QStringLiteral("fr"))
                .startsWith(QStringLiteral("Afin de vous proposer le meilleur service possible")));
    // "Qu'est ce qu'un cookie ?" keeps its six paragraphs, in order.
    const QStringList paragraphs =
        imported->sections.at(1).body.exact(QStringLiteral("fr")).split(QStringLiteral("\n\n"));
    QCOMPARE(paragraphs.size(), 6);
    QVERIFY(paragraphs.at(1).startsWith(QStringLiteral("Il existe plusieurs types de cookies")));
    QVERIFY(paragraphs.at(5).contains(QStringLiteral("« tiers »")));
    QCOMPARE(imported->sections.at(2).body.exact(QStringLiteral("fr")),
             QStringLiteral("<https://anruopendata.opendatasoft.com>"));
    const CharterSection &table = imported->sections.at(3);
    QCOMPARE(table.kind, CharterSection::Kind::CookieTable);
    QCOMPARE(table.categoryId, QStringLiteral("necessary"));

    const InventoryImport &inventory = imported->inventory;
    QStringList names;
    for (const Cookie &cookie : inventory.cookies)
        names << cookie.name;
    QCOMPARE(names, strings({"sessionid", "django_language", "csrftoken", "cookies_preferences"}));
    QCOMPARE(inventory.providers.size(), 1);
    QCOMPARE(inventory.providers.first().name, QStringLiteral("Opendatasoft"));
    QCOMPARE(inventory.providers.first().id, QStringLiteral("opendatasoft"));
    QCOMPARE(inventory.categories.size(), 1);
    QCOMPARE(inventory.categories.first().id, QStringLiteral("necessary"));
    QVERIFY(inventory.categories.first().required);
    const QString fr = QStringLiteral("fr");
    for (const Cookie &cookie : inventory.cookies) {
        QCOMPARE(cookie.providerId, QStringLiteral("opendatasoft"));
        QCOMPARE(cookie.categoryId, QStringLiteral("necessary"));
        QCOMPARE(cookie.basis, LegalBasis::Exempt);
        QVERIFY(cookie.unparsed.isEmpty());
    }
    QCOMPARE(inventory.cookies.at(0).service.exact(fr),
             QStringLiteral("Authentification (front et back office)"));
    QCOMPARE(inventory.cookies.at(0).purpose.exact(fr),
             QStringLiteral("Se souvenir de l'utilisateur d'une page à une autre."));
    QCOMPARE(inventory.cookies.at(1).service.exact(fr),
             QStringLiteral("Sélection de la langue (front et back office)"));
    QCOMPARE(inventory.cookies.at(1).purpose.exact(fr),
             QStringLiteral("Se souvenir de la langue du visiteur"));
    QCOMPARE(inventory.cookies.at(2).service.exact(fr),
             QStringLiteral("API (CSRF) (front et back office)"));
    QCOMPARE(inventory.cookies.at(2).purpose.exact(fr),
             QStringLiteral("Récupérer des données via des appels API"));
    QCOMPARE(inventory.cookies.at(3).service.exact(fr),
             QStringLiteral("Choix concernant vos préférences sur les cookies"));
    QCOMPARE(inventory.cookies.at(3).purpose.exact(fr),
             QStringLiteral("Se souvenir du choix opéré par le visiteur concernant les cookies"));
    QCOMPARE(inventory.lines.first(), 30); // the line of "Opendatasoft	…	sessionid"
}

void TestCharterImporter::importsTables_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("cookies");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("lifetime"); // seconds, -1 none
    QTest::addColumn<QString>("unparsedLifetime");
    QTest::addColumn<int>("ignoredTables");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("thead and th")
        << page("<h2>Cookies de mesure d'audience</h2><p>Avec votre accord.</p>"
                "<table><thead><tr><th>Cookie</th><th>Fournisseur</th><th>Finalité</th><th>Durée</"
                "th></tr></thead>"
                "<tbody><tr><td>_pk_id</td><td>Matomo</td><td>Compter les visites</td><td>13 "
                "mois</td></tr>"
                "<tr><td>_pk_ses</td><td>Matomo</td><td>Session de mesure</td><td>30 "
                "minutes</td></tr></tbody></table>")
        << "page.html" << strings({"_pk_id", "_pk_ses"}) << "Matomo"
        << "Compter les visites"
        << "statistics" << qint64(13 * 30 * 86400) << "" << 0 << "UTF-8";
    QTest::newRow("first row as header, English")
        << QByteArray(
               "<html lang=en><body><h2>Advertising cookies</h2><table>"
               "<tr><td><b>Name</b></td><td>Provider</td><td>Purpose</td><td>Expiry</td></tr>"
               "<tr><td>IDE</td><td>Google</td><td>Ad targeting</td><td>1 "
               "year</td></tr></table></body></html>")
        << "ads.html" << strings({"IDE"}) << "Google"
        << "Ad targeting"
        << "marketing" << qint64(365 * 86400) << "" << 0 << "UTF-8";
    QTest::newRow("nested markup in cells, unreadable lifetime")
        << page("<main><h3>Cookies tiers</h3><table><caption>Cookies statistiques</caption>"
                "<tr><th><span>Nom du "
                "cookie</span></th><th>Prestataire</th><th>Finalités</th><th>Durée</th></tr>"
                "<tr><td><code>_ga</code>, <code>_gid</code></td><td><a "
                "href=\"https://policies.google.com\">Google</a></td>"
                "<td><p>Distinguer les "
                "<em>visiteurs</em>.</p></td><td>Persistant</td></tr></table></main>")
        << "nested.html" << strings({"_ga", "_gid"}) << "Google"
        << "Distinguer les visiteurs."
        << "statistics" << qint64(-1) << "Persistant" << 0 << "UTF-8";
    QTest::newRow("broken HTML: unclosed elements")
        << QByteArray("<h2>Cookies nécessaires<p>Ils font marcher le "
                      "site.<table><tr><th>Cookie<th>Finalité<th>Durée"
                      "<tr><td>sid<td>Connexion<td>Variable<tr><td>lang<td>Langue<td>session")
        << "broken.html" << strings({"sid", "lang"}) << ""
        << "Connexion"
        << "necessary" << qint64(-1) << "Variable" << 0 << "UTF-8";
    QTest::newRow("Windows-1252 declared in meta")
        << page("<h2>Cookies n\xE9"
                "cessaires</h2><table><tr><th>Cookie</th><th>Finalit\xE9</th></tr>"
                "<tr><td>sid</td><td>M\xE9moriser la connexion \x96 s\xE9"
                "curis\xE9"
                "e</td></tr></table>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")
        << "latin.html" << strings({"sid"}) << ""
        << QString::fromUtf8("Mémoriser la connexion – sécurisée") << "necessary" << qint64(-1)
        << "" << 0 << "Windows-1252";
    QTest::newRow("declared UTF-8 but saved as Windows-1252")
        << page("<h2>Cookies n\xE9"
                "cessaires</h2><table><tr><th>Cookie</th><th>Finalit\xE9</th></tr>"
                "<tr><td>sid</td><td>Connexion s\xE9"
                "curis\xE9"
                "e</td></tr></table>")
        << "wrong.html" << strings({"sid"}) << "" << QString::fromUtf8("Connexion sécurisée")
        << "necessary" << qint64(-1) << "" << 0 << "Windows-1252";
    QTest::newRow("UTF-8 BOM without declaration")
        << QByteArray("\xEF\xBB\xBF<h2>Cookies "
                      "nécessaires</h2><table><tr><th>Cookie</th><th>Finalité</th></tr>"
                      "<tr><td>sid</td><td>Sécurité</td></tr></table>")
        << "bom.html" << strings({"sid"}) << "" << QString::fromUtf8("Sécurité") << "necessary"
        << qint64(-1) << "" << 0 << "UTF-8";
    QTest::newRow("provider cell spanning rows")
        << page("<h2>Cookies publicitaires</h2><table><tr><th>Prestataire</th><th>Cookie</th>"
                "<th>Finalité</th><th>Durée</th></tr>"
                "<tr><td rowspan=\"2\">Google</td><td>IDE</td><td>Ciblage</td><td rowspan=\"2\">13 "
                "mois</td></tr>"
                "<tr><td>test_cookie</td><td>Vérification</td></tr></table>")
        << "rowspan.html" << strings({"IDE", "test_cookie"}) << "Google"
        << "Ciblage"
        << "marketing" << qint64(13 * 30 * 86400) << "" << 0 << "UTF-8";
    QTest::newRow("layout table around the page")
        << QByteArray(
               "<html><body><table><tr><td><h1>Ville</h1></td></tr><tr><td>"
               "<h2>Cookies statistiques</h2><p>Mesure d'audience.</p><table><tr><th>Cookie</th>"
               "<th>Finalité</th></tr><tr><td>_pk_id</td><td>Visites</td></tr></table>"
               "</td></tr></table></body></html>")
        << "layout.html" << strings({"_pk_id"}) << ""
        << "Visites"
        << "statistics" << qint64(-1) << "" << 0 << "UTF-8";
    QTest::newRow("browsers table left out")
        << page("<h2>Paramétrer votre navigateur</h2><table><tr><th>Navigateur</th><th>Où trouver "
                "les réglages</th></tr>"
                "<tr><td>Firefox</td><td>Menu › Paramètres › Vie privée</td></tr>"
                "<tr><td>Chrome</td><td>Paramètres › Confidentialité</td></tr></table>"
                "<h2>Cookies fonctionnels</h2><table><tr><th>Cookie</th><th>Service</th></tr>"
                "<tr><td>theme</td><td>Affichage</td></tr></table>")
        << "browsers.html" << strings({"theme"}) << ""
        << ""
        << "functional" << qint64(-1) << "" << 1 << "UTF-8";
    QTest::newRow("text: tab table with a dashed underline, no category heading")
        << QByteArray(
               "Nos cookies\n\nVoici la liste.\n\nListe\n\nCookie\tPrestataire\tFinalité\tDurée\n"
               "------\t-----------\t--------\t-----\nsid\tAcme\tConnexion\tPersistant\n"
               "pref\tAcme\tPréférences\t6 mois\n")
        << "liste.txt" << strings({"sid", "pref"}) << "Acme"
        << "Connexion"
        << "" << qint64(-1) << "Persistant" << 0 << "UTF-8";
    QTest::newRow("text in Windows-1252")
        << QByteArray("Cookies statistiques\n\nMesure d'audience "
                      "anonyme.\n\nCookie\tFinalit\xE9\n_pk_id\tVisites\n")
        << "stats.txt" << strings({"_pk_id"}) << ""
        << "Visites"
        << "statistics" << qint64(-1) << "" << 0 << "Windows-1252";
}

void TestCharterImporter::importsTables()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QStringList, cookies);
    QFETCH(QString, provider);
    QFETCH(QString, purpose);
    QFETCH(QString, category);
    QFETCH(qint64, lifetime);
    QFETCH(QString, unparsedLifetime);
    QFETCH(int, ignoredTables);
    QFETCH(QString, encoding);

    const Expected<CharterImport> imported = importBytes(data, name);
    if (name == QLatin1StringView("rowspan.html")) {
        QVERIFY(imported.hasValue());
        const Cookie &second = imported->inventory.cookies.at(1);
        QCOMPARE(second.purpose.exact(QStringLiteral("fr")), QStringLiteral("Vérification"));
        QCOMPARE(second.lifetime->seconds(), 13 * Lifetime::Month);
    }
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->encoding, encoding);
    QCOMPARE(imported->ignoredTables, ignoredTables);
    const InventoryImport &inventory = imported->inventory;
    QStringList names;
    for (const Cookie &cookie : inventory.cookies)
        names << cookie.name;
    QCOMPARE(names, cookies);
    const Cookie &first = inventory.cookies.first();
    if (provider.isEmpty()) {
        QVERIFY(first.providerId.isEmpty());
    } else {
        QCOMPARE(inventory.providers.size(), 1);
        QCOMPARE(inventory.providers.first().name, provider);
        for (const Cookie &cookie : inventory.cookies)
            QCOMPARE(cookie.providerId, inventory.providers.first().id);
    }
    const QString language = imported->language;
    if (!purpose.isEmpty())
        QCOMPARE(first.purpose.exact(language), purpose);
    QCOMPARE(first.categoryId, category);
    if (!category.isEmpty())
        QVERIFY(std::any_of(inventory.categories.cbegin(), inventory.categories.cend(),
                            [&](const Category &c) { return c.id == category; }));
    QCOMPARE(first.lifetime.has_value(), lifetime >= 0);
    if (lifetime >= 0)
        QCOMPARE(first.lifetime->seconds(), lifetime);
    QCOMPARE(first.unparsed.value(QStringLiteral("lifetime")), unparsedLifetime);
    // The cookie-table section stands where the table was.
    const auto tableSection = std::find_if(
        imported->sections.cbegin(), imported->sections.cend(), [](const CharterSection &section) {
            return section.kind == CharterSection::Kind::CookieTable;
        });
    QVERIFY(tableSection != imported->sections.cend());
    QCOMPARE(tableSection->categoryId, category);
}

void TestCharterImporter::convertsTextToMarkdown_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("body");

    QTest::newRow("paragraphs, bold, italic, link")
        << page("<h1>Cookies</h1><p>Nous utilisons des <strong>cookies </strong>et des "
                "<em>traceurs</em>.</p>"
                "<p>Voir la <a href=\"/legal/cnil\">page CNIL</a> ou <a "
                "href=\"javascript:alert(1)\">ceci</a>.</p>")
        << "a.html"
        << "Nous utilisons des **cookies** et des *traceurs*.\n\nVoir la [page "
           "CNIL](https://example.org/legal/cnil) ou ceci.";
    QTest::newRow("lists, nested and ordered")
        << page(
               "<h2>Types de cookies</h2><ul><li>Les cookies <b>nécessaires</b></li>"
               "<li>Les cookies tiers<ol><li>publicité</li><li>réseaux sociaux</li></ol></li></ul>")
        << "b.html"
        << "- Les cookies **nécessaires**\n- Les cookies tiers\n    1. publicité\n    2. réseaux "
           "sociaux";
    QTest::newRow("markup characters stay text")
        << page("<h2>Cookies</h2><p>Le cookie *_ga* et [lien](x) &lt;script&gt; 1. non</p>")
        << "c.html"
        << "Le cookie \\*\\_ga\\* et \\[lien\\](x) \\<script\\> 1. non";
    QTest::newRow("line break") << page("<h2>Cookies</h2><p>Première ligne<br>seconde ligne</p>")
                                << "d.html"
                                << "Première ligne\\\nseconde ligne";
    // HTML collapses ASCII white space only: the no-break spaces of French typography
    // (before ":", inside « ») are text and must survive the import.
    QTest::newRow("no-break spaces kept")
        << page("<h2>Cookies</h2><p>Durée&nbsp;: 13&#x202F;mois,\n\t  «&nbsp;_ga&nbsp;»  </p>")
        << "nbsp.html"
        << QStringLiteral("Durée\u00a0: 13\u202fmois, «\u00a0\\_ga\u00a0»");
    QTest::newRow("text list items")
        << QByteArray("Les cookies\n\nDeux sortes :\n\n• nécessaires\n• statistiques\n") << "e.txt"
        << "Deux sortes :\n\n- nécessaires\n- statistiques";
}

void TestCharterImporter::convertsTextToMarkdown()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, body);
    const Expected<CharterImport> imported = importBytes(data, name);
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->sections.size(), 1);
    QCOMPARE(imported->sections.first().body.exact(imported->language), body);
}

void TestCharterImporter::leavesPageFurnitureOut()
{
    const QByteArray html =
        page("<header><nav><a href=\"/\">Accueil</a></nav></header>"
             "<script>document.write('cookie injecté')</script><style>p{}</style>"
             "<h1>Politique de cookies</h1><h2>Ce que nous déposons</h2><p>Un seul cookie de "
             "session.</p>"
             "<form><button>Tout accepter</button></form><footer>© Ville de Valbourg</footer>");
    const Expected<CharterImport> imported = importBytes(html, QStringLiteral("f.html"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->sections.size(), 1);
    QCOMPARE(imported->sections.first().title.exact(QStringLiteral("fr")),
             QStringLiteral("Ce que nous déposons"));
    QCOMPARE(imported->sections.first().body.exact(QStringLiteral("fr")),
             QStringLiteral("Un seul cookie de session."));
    QCOMPARE(imported->title, QStringLiteral("Politique cookies"));
    QCOMPARE(imported->language, QStringLiteral("fr"));
}

void TestCharterImporter::refusesPagesWithoutCharter_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("a page about something else")
        << page("<h1>Horaires</h1><p>La mairie est ouverte le lundi.</p>") << "x.html"
        << "x.html: no cookie charter found";
    QTest::newRow("empty page") << QByteArray("<html><body></body></html>") << "y.html"
                                << "y.html: no cookie charter found";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "z.png"
                            << "z.png: this is not a text file";
}

void TestCharterImporter::refusesPagesWithoutCharter()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, message);
    const Expected<CharterImport> imported = importBytes(data, name);
    QVERIFY(!imported.hasValue());
    QVERIFY2(imported.error().startsWith(message), qPrintable(imported.error()));
}

void TestCharterImporter::keepsIdsUniqueInTheTargetDocument()
{
    Policy context;
    CharterSection existing;
    existing.id = QStringLiteral("cookies");
    context.charter << existing;
    context.providers << Provider{QStringLiteral("acme"), QStringLiteral("ACME"), {}, {}, {}, {}};
    CharterSource source;
    source.data =
        page("<h2>Cookies</h2><table><tr><th>Cookie</th><th>Provider</th></tr>"
             "<tr><td>a</td><td>Acme</td></tr></table><h2>Cookies</h2><p>Encore des cookies.</p>");
    source.name = QStringLiteral("u.html");
    const Expected<CharterImport> imported = CharterImporter::import(source, context);
    QVERIFY(imported.hasValue());
    QCOMPARE(imported->sections.at(0).id, QStringLiteral("cookies-2"));
    QCOMPARE(imported->sections.at(1).id, QStringLiteral("cookies-3"));
    QCOMPARE(imported->inventory.cookies.first().providerId, QStringLiteral("acme"));
    QVERIFY(imported->inventory.providers.isEmpty());
}

void TestCharterImporter::survivesDeeplyNestedMarkup()
{
    // What lies deeper than the reader goes is left out; the rest still comes in.
    const int depth = 900; // 1,800 levels: still read (HtmlNesting::MaximumDepth is 2,000)
    const QByteArray html = "<h2>Cookies</h2><p>Nous utilisons des cookies.</p>" +
                            QByteArray("<div><span>").repeated(depth) + "<p>trop profond</p>" +
                            QByteArray("</span></div>").repeated(depth);
    const Expected<CharterImport> imported = importBytes(html, QStringLiteral("deep.html"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->sections.first().body.exact(QStringLiteral("fr")),
             QStringLiteral("Nous utilisons des cookies."));
}

void TestCharterImporter::refusesPagesNestedTooDeep_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("depth");
    const int n = 100000;
    // 3.3 MB: gumbo overflowed the stack freeing this tree (SIGSEGV).
    QTest::newRow("100,000 tables")
        << "<h2>Cookies</h2><p>Des cookies.</p>" + QByteArray("<table><tr><td>").repeated(n) +
               QByteArray("</td></tr></table>").repeated(n)
        << 4 * n + 2; // html, body, and table tbody tr td each
    // gumbo took 30 s, growing with the square of the depth.
    QTest::newRow("100,000 divs") << "<h2>Cookies</h2><p>Des cookies.</p>" +
                                         QByteArray("<div>").repeated(n) + "x" +
                                         QByteArray("</div>").repeated(n)
                                  << n + 2;
}

void TestCharterImporter::refusesPagesNestedTooDeep()
{
    QFETCH(QByteArray, html);
    QFETCH(int, depth);
    const Expected<CharterImport> imported = importBytes(page(html), QStringLiteral("page.html"));
    QVERIFY(!imported.hasValue());
    QCOMPARE(imported.error(), QStringLiteral("page.html: nested %1 levels deep, more than the "
                                              "2000 Charte reads; not imported")
                                   .arg(depth));
}

void TestCharterImporter::importsAPageOfUsualDepth()
{
    // 50 levels of layout around the charter, as page builders nest it.
    const QByteArray html = QByteArray("<div class=\"wrap\"><section>").repeated(25) +
                            "<h2>Cookies</h2><p>Nous utilisons des cookies.</p>" +
                            QByteArray("</section></div>").repeated(25);
    const Expected<CharterImport> imported = importBytes(page(html), QStringLiteral("page.html"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->sections.size(), 1);
    QCOMPARE(imported->sections.first().body.exact(QStringLiteral("fr")),
             QStringLiteral("Nous utilisons des cookies."));
}

void TestCharterImporter::numbersIdenticalHeadingsInOrder()
{
    // Each id used to be checked against all the ids before it, for each suffix tried:
    // 8,000 identical headings took 165 s, and this page (the 8,000 and more) far longer
    // than the test's time limit.
    const int n = 20000;
    const Expected<CharterImport> imported =
        importBytes(page(QByteArray("<h2>Cookies</h2><p>Des cookies.</p>").repeated(n)),
                    QStringLiteral("page.html"));
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    QCOMPARE(imported->sections.size(), n);
    QCOMPARE(imported->sections.first().id, QStringLiteral("cookies"));
    for (int i = 1; i < n; ++i)
        QCOMPARE(imported->sections.at(i).id, QStringLiteral("cookies-%1").arg(i + 1));
}

void TestCharterImporter::importsChartesOwnHtmlExport_data()
{
    QTest::addColumn<bool>("intoTheSameDocument");
    QTest::newRow("into a new document") << false;
    QTest::newRow("into the document it came from") << true;
}

void TestCharterImporter::importsChartesOwnHtmlExport()
{
    QFETCH(bool, intoTheSameDocument);
    const std::optional<Policy> typical = Templates::load(QStringLiteral("typical"));
    QVERIFY(typical);
    CharterSource source;
    source.data = HtmlExporter::exportCharter(*typical, QStringLiteral("fr"));
    source.name = QStringLiteral("typical.html");
    const Policy context = intoTheSameDocument ? *typical : Policy();
    const Expected<CharterImport> imported = CharterImporter::import(source, context);
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    const QList<Cookie> &cookies = imported->inventory.cookies;
    QCOMPARE(cookies.size(), typical->cookies.size());
    for (qsizetype i = 0; i < cookies.size(); ++i) {
        const Cookie &original = typical->cookies.at(i);
        QCOMPARE(cookies.at(i).name, original.name);
        QCOMPARE(cookies.at(i).party, original.party);
        // Exactly, French no-break spaces ("lecture\u00a0;") included.
        QCOMPARE(cookies.at(i).purpose.exact(QStringLiteral("fr")), original.purpose.exact(QStringLiteral("fr")));
        QCOMPARE(cookies.at(i).lifetime, original.lifetime);
        if (intoTheSameDocument) {
            // Captions are the document's own category names; providers are reused by name.
            QCOMPARE(cookies.at(i).categoryId, original.categoryId);
            QCOMPARE(cookies.at(i).providerId, original.providerId);
        }
    }
    if (intoTheSameDocument) {
        QVERIFY(imported->inventory.providers.isEmpty());
        QVERIFY(imported->inventory.categories.isEmpty());
    } else {
        QCOMPARE(cookies.first().categoryId, QStringLiteral("necessary"));
    }
    QCOMPARE(imported->sections.size(), typical->charter.size());
}

void TestCharterImporter::commandLineImportsTheSeed()
{
    CHARTE_SKIP_UNLESS_SHARED(TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")));
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("seed.charte.json"));
    const TestSupport::CharteRun run = TestSupport::runCharte(
        {QStringLiteral("import"),
         TestSupport::sharedPath(QStringLiteral("seeds/charte-cookies-anru.txt")),
         QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 0);
    const Expected<Policy> policy = PolicyReader::readFile(output);
    QVERIFY2(policy.hasValue(), qPrintable(policy.error()));
    QCOMPARE(policy->cookies.size(), 4);
    QCOMPARE(policy->charter.size(), 4);
    QCOMPARE(policy->providers.size(), 1);
    QCOMPARE(policy->meta.defaultLanguage, QStringLiteral("fr"));
}

void TestCharterImporter::commandLineRefusesAPageWithoutCharter()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("horaires.html"));
    QVERIFY(TestSupport::writeAll(input, page("<h1>Horaires</h1><p>Ouvert le lundi.</p>")));
    const QString output = dir.filePath(QStringLiteral("out.charte.json"));
    const TestSupport::CharteRun run =
        TestSupport::runCharte({QStringLiteral("import"), input, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 2);
    const QString error = run.err().trimmed();
    QVERIFY2(error.startsWith(QStringLiteral("charte: ") + input +
                              QStringLiteral(": no cookie charter")),
             qPrintable(error));
    QVERIFY(!QFile::exists(output));
}

void TestCharterImporter::commandLineRefusesAPageNestedTooDeep()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("page.html"));
    QVERIFY(TestSupport::writeAll(input, page("<h2>Cookies</h2><p>Des cookies.</p>" +
                                              QByteArray("<table><tr><td>").repeated(100000))));
    const QString output = dir.filePath(QStringLiteral("out.charte.json"));
    const TestSupport::CharteRun run =
        TestSupport::runCharte({QStringLiteral("import"), input, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 2); // not a crash (-1)
    QCOMPARE(run.err().trimmed(),
             QStringLiteral("charte: ") + input +
                 QStringLiteral(": nested 400002 levels deep, more than the 2000 Charte reads; "
                                "not imported"));
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestCharterImporter)
#include "tst_charterimporter.moc"
