// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/bannerexporter.h"
#include "export/htmlexporter.h"
#include "format/templates.h"

#include <QRegularExpression>
#include <QTest>

// The standalone HTML charter: structure a browser and a screen reader rely on,
// and escaping by construction.
class TestHtmlExporter : public QObject
{
    Q_OBJECT

private slots:
    void pageStructure_data();
    void pageStructure();
    void sectionsKeepTheirOrder();
    void oneTablePerCategory();
    void markdownIsRenderedSafely();
    void hostileTextStaysText();
    void isDeterministic();
    void frenchTypography_data();
    void frenchTypography();

private:
    static int count(const QString &haystack, const QString &needle) { return int(haystack.count(needle)); }
};

void TestHtmlExporter::pageStructure_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("updated");
    QTest::addColumn<QString>("manage");
    QTest::newRow("fr") << "fr" << "<h1>Charte cookies</h1>" << QStringLiteral("Dernière mise à jour")
                        << QStringLiteral("Gérer mes cookies");
    QTest::newRow("en") << "en" << "<h1>Cookie policy</h1>" << "Last updated" << "Manage cookies";
}

void TestHtmlExporter::pageStructure()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, updated);
    QFETCH(QString, manage);
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(Templates::defaultPolicy(), language));
    QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>\n<html lang=\"") + language + QLatin1StringView("\">")));
    QVERIFY(html.contains(QLatin1StringView("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1StringView("name=\"viewport\"")));
    QVERIFY(html.contains(QLatin1StringView("<title>")));
    QVERIFY(html.contains(heading));
    QVERIFY(html.contains(QLatin1StringView("@media print")));
    QVERIFY(html.contains(QLatin1StringView("max-width:40rem")));
    QVERIFY(html.contains(updated));
    QVERIFY(html.contains(QLatin1StringView("<time datetime=\"2026-11-29\">")));
    QVERIFY(html.contains(QLatin1StringView("<button type=\"button\" class=\"charte-manage\" "
                                        "data-charte-consent=\"open\">") + manage + QLatin1StringView("</button>")));
    // Provider names link to their privacy policy.
    QCOMPARE(count(html, QStringLiteral("<a href=\"https://www.opendatasoft.com/fr/politique-de-confidentialite/\" "
                                        "rel=\"noopener noreferrer\">Opendatasoft</a>")), 4);
    QVERIFY(html.endsWith(QLatin1StringView("</html>\n")));
}

void TestHtmlExporter::sectionsKeepTheirOrder()
{
    const Policy policy = Templates::defaultPolicy();
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    qsizetype previous = -1;
    for (const CharterSection &section : policy.charter) {
        const qsizetype at = html.indexOf(QLatin1StringView("<section id=\"section-") + section.id + QLatin1Char('"'));
        QVERIFY2(at > previous, qPrintable(section.id));
        previous = at;
    }
    QCOMPARE(count(html, QStringLiteral("<h2>")), int(policy.charter.size()) - 1);
}

void TestHtmlExporter::oneTablePerCategory()
{
    const QString fr = QString::fromUtf8(HtmlExporter::exportCharter(Templates::defaultPolicy(), QStringLiteral("fr")));
    QCOMPARE(count(fr, QStringLiteral("<table>")), 1);
    QVERIFY(fr.contains(QStringLiteral("<caption>Cookies nécessaires</caption>")));
    QCOMPARE(count(fr, QStringLiteral("<th scope=\"col\">")), 5);
    QCOMPARE(count(fr, QStringLiteral("<th scope=\"row\">")), 4);
    for (const char *name : {"sessionid", "django_language", "csrftoken", "cookies_preferences"})
        QVERIFY(fr.contains(QLatin1StringView("<code>") + QLatin1StringView(name) + QLatin1StringView("</code>")));
    QVERIFY(fr.contains(QLatin1StringView("<td>2 semaines</td>")));
    QVERIFY(fr.contains(QLatin1StringView("<td>1 an</td>")));

    const std::optional<Policy> typical = Templates::load(QStringLiteral("typical"));
    QVERIFY(typical.has_value());
    const QString en = QString::fromUtf8(HtmlExporter::exportCharter(*typical, QStringLiteral("en")));
    QCOMPARE(count(en, QStringLiteral("<table>")), 3);
    QVERIFY(en.contains(QLatin1StringView("<caption>Embedded YouTube videos</caption>")));
    QVERIFY(en.contains(QLatin1StringView("(third party)")));

    // A placeholder for one category, and cookies whose category is unknown.
    Policy policy = *typical;
    policy.charter = {policy.charter.at(2)};
    policy.charter[0].categoryId = QStringLiteral("statistics");
    QString one = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("en")));
    QCOMPARE(count(one, QStringLiteral("<table>")), 1);
    QVERIFY(one.contains(QLatin1StringView("_pk_id.")));
    QVERIFY(!one.contains(QLatin1StringView("YSC")));
    policy.charter[0].categoryId.clear();
    policy.cookies[0].categoryId = QStringLiteral("nonexistent");
    one = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("en")));
    QVERIFY(one.contains(QLatin1StringView("<caption>Other cookies</caption>")));
}

void TestHtmlExporter::markdownIsRenderedSafely()
{
    Policy policy = Templates::defaultPolicy();
    policy.charter[0].body.set(QStringLiteral("fr"),
                               QStringLiteral("Du **gras**, de l'*italique*, [un lien](https://example.org), "
                                              "[piège](javascript:alert(1)) et <b onclick=\"x()\">du HTML</b>.\n\n"
                                              "# Titre\n\n- un\n- deux\n\n<script>alert(1)</script>"));
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    QVERIFY(html.contains(QLatin1StringView("<strong>gras</strong>")));
    QVERIFY(html.contains(QLatin1StringView("<em>italique</em>")));
    QVERIFY(html.contains(QLatin1StringView("<a href=\"https://example.org\">un lien</a>")));
    QVERIFY(html.contains(QLatin1StringView("<h2>Titre</h2>"))); // nested under the page's h1
    QVERIFY(html.contains(QLatin1StringView("<li>un</li>")));
    QVERIFY(!html.contains(QLatin1StringView("javascript:")));
    QVERIFY(!html.contains(QLatin1StringView("onclick=\"")));
    QVERIFY(!html.contains(QLatin1StringView("<script")));
    // The refused link keeps its text and links nowhere, not to the page itself.
    QVERIFY(html.contains(QStringLiteral(" piège et ")));
    QVERIFY(!html.contains(QLatin1StringView("href=\"\"")));
    // Raw HTML is shown as the text it is; no "raw HTML omitted" comment.
    QVERIFY(!html.contains(QLatin1StringView("<!--")));
    QVERIFY(html.contains(QLatin1StringView("&lt;b onclick=&quot;x()&quot;&gt;du HTML&lt;/b&gt;")));
    QVERIFY(html.contains(QLatin1StringView("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")));
}

void TestHtmlExporter::hostileTextStaysText()
{
    Policy policy = Templates::defaultPolicy();
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QString img = QStringLiteral("\"><img src=x onerror=alert(1)>");
    policy.meta.siteName = script;
    policy.meta.publisherName = img;
    policy.meta.contactEmail = QStringLiteral("x\"@y><script>");
    policy.cookies[0].name = script;
    policy.cookies[0].purpose.set(QStringLiteral("fr"), img);
    policy.cookies[0].service.set(QStringLiteral("fr"), QStringLiteral("</td></tr></table><script>"));
    policy.providers[0].name = img;
    policy.providers[0].privacyPolicyUrl = QStringLiteral("javascript:alert(1)");
    policy.categories[0].name.set(QStringLiteral("fr"), QStringLiteral("</caption><script>alert(2)</script>"));
    policy.charter[0].title.set(QStringLiteral("fr"), QStringLiteral("</h1><script>alert(3)</script>"));
    policy.banner.manage.set(QStringLiteral("fr"), QStringLiteral("</button><script>alert(4)</script>"));

    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    QVERIFY(!html.contains(QLatin1StringView("<script")));
    QVERIFY(!html.contains(QLatin1StringView("<img")));
    QVERIFY(!html.contains(QLatin1StringView("javascript:")));
    QVERIFY(html.contains(QLatin1StringView("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")));
    QVERIFY(html.contains(QLatin1StringView("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>")));
    // Without a safe link the provider name is plain text.
    QVERIFY(html.contains(QLatin1StringView("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>\n")) ||
            html.contains(QLatin1StringView("<tr><td>\"&gt;&lt;img")));
    // Every element the page opens is one the exporter writes.
    static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)"));
    const QStringList allowed = {"html", "head", "meta", "title", "style", "body", "main", "article",
                                 "section", "h1", "h2", "h3", "p", "div", "table", "caption",
                                 "thead", "tbody", "tr", "th", "td", "code", "span", "a", "footer",
                                 "time", "button", "strong", "em", "ul", "li"};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
}

void TestHtmlExporter::isDeterministic()
{
    const Policy policy = Templates::defaultPolicy();
    QCOMPARE(HtmlExporter::exportCharter(policy, QStringLiteral("en")),
             HtmlExporter::exportCharter(policy, QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestHtmlExporter)
void TestHtmlExporter::frenchTypography_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::newRow("default") << QStringLiteral("default");
    QTest::newRow("typical") << QStringLiteral("typical");
}

// French typography: a no-break space before ; : ! ? and inside « », in the templates'
// texts and in what the exports add, so that a line never starts with "»)" or "?".
void TestHtmlExporter::frenchTypography()
{
    QFETCH(QString, templateName);
    const Policy policy = *Templates::load(templateName);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression breakable(QStringLiteral("[ \\t\\n][;:!?»]|«[ \\t\\n]"));
    QString page = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    page.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    page.remove(tags);
    const QRegularExpressionMatch inPage = breakable.match(page);
    QVERIFY2(!inPage.hasMatch(), qPrintable(page.mid(qMax(0, int(inPage.capturedStart()) - 40), 60)));
    QVERIFY(page.contains(u"\u00a0:"));
    const QString banner = QString::fromUtf8(BannerExporter::configJson(policy, nullptr));
    const QRegularExpressionMatch inBanner = breakable.match(banner);
    QVERIFY2(!inBanner.hasMatch(), qPrintable(banner.mid(qMax(0, int(inBanner.capturedStart()) - 40), 60)));
}

#include "tst_htmlexporter.moc"
