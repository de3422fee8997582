#include "htmlexporter.h"
#include "templates.h"

#include <QRegularExpression>
#include <QTest>

// The standalone HTML charter: structure a browser and a screen reader rely on,
// and escaping by construction.
class TestHtmlExport : public QObject
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

private:
    static int count(const QString &haystack, const QString &needle) { return int(haystack.count(needle)); }
};

void TestHtmlExport::pageStructure_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("updated");
    QTest::addColumn<QString>("manage");
    QTest::newRow("fr") << "fr" << "<h1>Charte cookies</h1>" << QStringLiteral("Dernière mise à jour")
                        << QStringLiteral("Gérer mes cookies");
    QTest::newRow("en") << "en" << "<h1>Cookie policy</h1>" << "Last updated" << "Manage cookies";
}

void TestHtmlExport::pageStructure()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, updated);
    QFETCH(QString, manage);
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(Templates::defaultPolicy(), language));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"") + language + QLatin1String("\">")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QLatin1String("name=\"viewport\"")));
    QVERIFY(html.contains(QLatin1String("<title>")));
    QVERIFY(html.contains(heading));
    QVERIFY(html.contains(QLatin1String("@media print")));
    QVERIFY(html.contains(QLatin1String("max-width:40rem")));
    QVERIFY(html.contains(updated));
    QVERIFY(html.contains(QLatin1String("<time datetime=\"2026-11-29\">")));
    QVERIFY(html.contains(QLatin1String("<button type=\"button\" class=\"charte-manage\" "
                                        "data-charte-consent=\"open\">") + manage + QLatin1String("</button>")));
    // Provider names link to their privacy policy.
    QCOMPARE(count(html, QStringLiteral("<a href=\"https://www.opendatasoft.com/fr/politique-de-confidentialite/\" "
                                        "rel=\"noopener noreferrer\">Opendatasoft</a>")), 4);
    QVERIFY(html.endsWith(QLatin1String("</html>\n")));
}

void TestHtmlExport::sectionsKeepTheirOrder()
{
    const Policy policy = Templates::defaultPolicy();
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    qsizetype previous = -1;
    for (const CharterSection &section : policy.charter) {
        const qsizetype at = html.indexOf(QLatin1String("<section id=\"section-") + section.id + QLatin1Char('"'));
        QVERIFY2(at > previous, qPrintable(section.id));
        previous = at;
    }
    QCOMPARE(count(html, QStringLiteral("<h2>")), int(policy.charter.size()) - 1);
}

void TestHtmlExport::oneTablePerCategory()
{
    const QString fr = QString::fromUtf8(HtmlExporter::exportCharter(Templates::defaultPolicy(), QStringLiteral("fr")));
    QCOMPARE(count(fr, QStringLiteral("<table>")), 1);
    QVERIFY(fr.contains(QStringLiteral("<caption>Cookies nécessaires</caption>")));
    QCOMPARE(count(fr, QStringLiteral("<th scope=\"col\">")), 5);
    QCOMPARE(count(fr, QStringLiteral("<th scope=\"row\">")), 4);
    for (const char *name : {"sessionid", "django_language", "csrftoken", "cookies_preferences"})
        QVERIFY(fr.contains(QLatin1String("<code>") + QLatin1String(name) + QLatin1String("</code>")));
    QVERIFY(fr.contains(QLatin1String("<td>2 semaines</td>")));
    QVERIFY(fr.contains(QLatin1String("<td>1 an</td>")));

    const std::optional<Policy> typical = Templates::load(QStringLiteral("typical"));
    QVERIFY(typical.has_value());
    const QString en = QString::fromUtf8(HtmlExporter::exportCharter(*typical, QStringLiteral("en")));
    QCOMPARE(count(en, QStringLiteral("<table>")), 3);
    QVERIFY(en.contains(QLatin1String("<caption>Embedded YouTube videos</caption>")));
    QVERIFY(en.contains(QLatin1String("(third party)")));

    // A placeholder for one category, and cookies whose category is unknown.
    Policy policy = *typical;
    policy.charter = {policy.charter.at(2)};
    policy.charter[0].categoryId = QStringLiteral("statistics");
    QString one = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("en")));
    QCOMPARE(count(one, QStringLiteral("<table>")), 1);
    QVERIFY(one.contains(QLatin1String("_pk_id.")));
    QVERIFY(!one.contains(QLatin1String("YSC")));
    policy.charter[0].categoryId.clear();
    policy.cookies[0].categoryId = QStringLiteral("nonexistent");
    one = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("en")));
    QVERIFY(one.contains(QLatin1String("<caption>Other cookies</caption>")));
}

void TestHtmlExport::markdownIsRenderedSafely()
{
    Policy policy = Templates::defaultPolicy();
    policy.charter[0].body.set(QStringLiteral("fr"),
                               QStringLiteral("Du **gras**, de l'*italique*, [un lien](https://example.org), "
                                              "[piège](javascript:alert(1)) et <b onclick=\"x()\">du HTML</b>.\n\n"
                                              "# Titre\n\n- un\n- deux\n\n<script>alert(1)</script>"));
    const QString html = QString::fromUtf8(HtmlExporter::exportCharter(policy, QStringLiteral("fr")));
    QVERIFY(html.contains(QLatin1String("<strong>gras</strong>")));
    QVERIFY(html.contains(QLatin1String("<em>italique</em>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://example.org\">un lien</a>")));
    QVERIFY(html.contains(QLatin1String("<h2>Titre</h2>"))); // nested under the page's h1
    QVERIFY(html.contains(QLatin1String("<li>un</li>")));
    QVERIFY(!html.contains(QLatin1String("javascript:")));
    QVERIFY(!html.contains(QLatin1String("onclick")));
    QVERIFY(!html.contains(QLatin1String("<script")));
}

void TestHtmlExport::hostileTextStaysText()
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
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("javascript:")));
    QVERIFY(html.contains(QLatin1String("<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>")));
    QVERIFY(html.contains(QLatin1String("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>")));
    // Without a safe link the provider name is plain text.
    QVERIFY(html.contains(QLatin1String("<td>\"&gt;&lt;img src=x onerror=alert(1)&gt;</td>\n")) ||
            html.contains(QLatin1String("<tr><td>\"&gt;&lt;img")));
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

void TestHtmlExport::isDeterministic()
{
    const Policy policy = Templates::defaultPolicy();
    QCOMPARE(HtmlExporter::exportCharter(policy, QStringLiteral("en")),
             HtmlExporter::exportCharter(policy, QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
