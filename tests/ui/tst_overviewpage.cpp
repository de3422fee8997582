#include "barchart.h"
#include "document/policydocument.h"
#include "format/templates.h"
#include "mainwindow.h"
#include "overviewpage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

// The Overview page: its figures, and that the chart really draws them.
// With CHARTE_SCREENSHOT_DIR set, also saves screenshots of the window there.
class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTemplateFigures_data();
    void showsTemplateFigures();
    void listsThirdCountries();
    void followsLanguage();
    void chartDrawsBars();
    void emptyDocument();
    void hiddenPageCatchesUpWhenShown();
    void screenshots_data();
    void screenshots();

private:
    static QString labelText(const OverviewPage &page, const QString &name)
    {
        const auto *label = page.findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<missing %1>").arg(name);
    }
};

void TestOverviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Charte"));
    QCoreApplication::setApplicationName(QStringLiteral("charte-tst-overviewpage"));
}

void TestOverviewPage::showsTemplateFigures_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("cookies");
    QTest::addColumn<QString>("firstParty");
    QTest::addColumn<QString>("thirdParty");
    QTest::addColumn<QList<qsizetype>>("perCategory");

    QTest::newRow("default") << "default"
                             << "ANRU Open Data"
                             << "4"
                             << "4"
                             << "0" << QList<qsizetype>{4};
    QTest::newRow("typical") << "typical"
                             << "Commune de Valbourg"
                             << "7"
                             << "4"
                             << "3" << QList<qsizetype>{2, 2, 3};
}

void TestOverviewPage::showsTemplateFigures()
{
    QFETCH(QString, templateName);
    QFETCH(QString, siteName);
    QFETCH(QString, cookies);
    QFETCH(QString, firstParty);
    QFETCH(QString, thirdParty);
    QFETCH(QList<qsizetype>, perCategory);

    const std::optional<Policy> policy = Templates::load(templateName);
    QVERIFY(policy);
    PolicyDocument document(*policy);
    OverviewPage page(&document);
    QCOMPARE(labelText(page, u"siteNameLabel"_qs), siteName);
    QVERIFY(labelText(page, u"siteUrlLabel"_qs).contains(policy->meta.siteUrl));
    QVERIFY(labelText(page, u"publisherLabel"_qs).startsWith(policy->meta.publisherName));
    QCOMPARE(labelText(page, u"revisionLabel"_qs), QString::number(policy->meta.revision));
    QCOMPARE(labelText(page, u"cookieCountLabel"_qs), cookies);
    QCOMPARE(labelText(page, u"firstPartyLabel"_qs), firstParty);
    QCOMPARE(labelText(page, u"thirdPartyLabel"_qs), thirdParty);
    QCOMPARE(labelText(page, u"transferCountLabel"_qs), u"0"_qs);
    QVERIFY(labelText(page, u"thirdCountriesLabel"_qs).contains(u"EU"_qs));
    QCOMPARE(page.findChild<QLabel *>(u"cookieCountLabel"_qs)->accessibleName(),
             u"Cookies and trackers: "_qs + cookies);

    const auto *chart = page.findChild<BarChart *>(u"categoryChart"_qs);
    QVERIFY(chart);
    QList<qsizetype> values;
    for (const BarChart::Bar &bar : chart->bars())
        values.append(bar.value);
    QCOMPARE(values, perCategory);
    // Screen readers hear the same figures.
    QVERIFY(chart->accessibleDescription().contains(chart->bars().first().label));
}

void TestOverviewPage::listsThirdCountries()
{
    Policy policy = Templates::defaultPolicy();
    Provider cdn;
    cdn.id = u"cdn"_qs;
    cdn.name = u"Example CDN <Inc>"_qs;
    cdn.country = u"US"_qs;
    policy.providers.append(cdn);
    Cookie cookie;
    cookie.name = u"__cdn"_qs;
    cookie.providerId = u"cdn"_qs;
    cookie.categoryId = u"necessary"_qs;
    policy.cookies.append(cookie);
    PolicyDocument document(policy);
    OverviewPage page(&document);
    page.show();

    QCOMPARE(labelText(page, u"transferCountLabel"_qs), u"1"_qs);
    const QString transfers = labelText(page, u"thirdCountriesLabel"_qs);
    QVERIFY2(transfers.contains(u"United States"_qs), qPrintable(transfers));
    // A provider name is text, never markup.
    QVERIFY2(transfers.contains(u"Example CDN &lt;Inc&gt;"_qs), qPrintable(transfers));

    // Moving the provider into the EU clears the list, live.
    Provider moved = cdn;
    moved.country = u"DE"_qs;
    document.setProvider(1, moved);
    QCOMPARE(labelText(page, u"transferCountLabel"_qs), u"0"_qs);
}

void TestOverviewPage::followsLanguage()
{
    const std::optional<Policy> policy = Templates::load(u"typical"_qs);
    QVERIFY(policy);
    PolicyDocument document(*policy);
    OverviewPage page(&document);
    const auto *chart = page.findChild<BarChart *>(u"categoryChart"_qs);
    const QString french = policy->categories.at(1).name.exact(u"fr"_qs);
    const QString english = policy->categories.at(1).name.exact(u"en"_qs);
    QCOMPARE(chart->bars().at(1).label, french);
    page.setLanguage(u"en"_qs);
    QCOMPARE(chart->bars().at(1).label, english);
}

void TestOverviewPage::chartDrawsBars()
{
    BarChart chart;
    chart.setBars({{u"Short"_qs, 1, false}, {u"Long"_qs, 4, false}});
    chart.resize(400, chart.sizeHint().height());
    const QImage image = chart.grab().toImage();
    const QRgb highlight = chart.palette().color(QPalette::Highlight).rgb();
    // Count the highlight-coloured pixels on the middle line of each bar.
    const auto barLength = [&](int row) {
        const int y =
            4 + row * (chart.fontMetrics().height() + 10) + (chart.fontMetrics().height() + 10) / 2;
        int length = 0;
        for (int x = 0; x < image.width(); ++x)
            length += image.pixel(x, y) == highlight ? 1 : 0;
        return length;
    };
    const int shortBar = barLength(0);
    const int longBar = barLength(1);
    QVERIFY2(shortBar > 0, "the bar of 1 is drawn");
    QVERIFY2(longBar > 3 * shortBar,
             qPrintable(QStringLiteral("%1 vs %2").arg(longBar).arg(shortBar)));
}

void TestOverviewPage::emptyDocument()
{
    PolicyDocument document;
    OverviewPage page(&document);
    QCOMPARE(labelText(page, u"cookieCountLabel"_qs), u"0"_qs);
    QVERIFY(page.findChild<BarChart *>(u"categoryChart"_qs)->bars().isEmpty());
    QVERIFY(page.findChild<BarChart *>(u"lifetimeChart"_qs)->bars().isEmpty());
    QVERIFY(!labelText(page, u"siteNameLabel"_qs).isEmpty());
}

void TestOverviewPage::hiddenPageCatchesUpWhenShown()
{
    PolicyDocument document(Templates::defaultPolicy());
    OverviewPage page(&document);
    QCOMPARE(labelText(page, u"cookieCountLabel"_qs), u"4"_qs);
    document.removeCookies(0, 2);
    document.removeCookies(0, 1);
    page.show();
    QCOMPARE(labelText(page, u"cookieCountLabel"_qs), u"1"_qs);
    // Visible, it follows at once.
    document.removeCookies(0, 1);
    QCOMPARE(labelText(page, u"cookieCountLabel"_qs), u"0"_qs);
}

void TestOverviewPage::screenshots_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("pageId");
    QTest::addColumn<bool>("dark");

    struct Shot
    {
        const char *templateName;
        const char *pageId;
        bool dark;
    };
    const Shot shots[] = {
        {"default", "overview", false}, {"default", "cookies", false},
        {"typical", "overview", false}, {"typical", "cookies", false},
        {"typical", "charter", false},  {"typical", "overview", true},
        {"typical", "charter", true},   {"transfer", "overview", false},
    };
    for (const Shot &shot : shots) {
        QTest::addRow("%s %s%s", shot.templateName, shot.pageId, shot.dark ? " dark" : "")
            << QString::fromLatin1(shot.templateName) << QString::fromLatin1(shot.pageId)
            << shot.dark;
    }
}

void TestOverviewPage::screenshots()
{
    QFETCH(QString, templateName);
    QFETCH(QString, pageId);
    QFETCH(bool, dark);

    // A dark platform palette, as a desktop in dark mode hands it to the application.
    const QPalette original = QApplication::palette();
    const auto restorePalette = qScopeGuard([&original] { QApplication::setPalette(original); });
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        QApplication::setPalette(palette);
    }
    MainWindow window;
    // "transfer": the typical town site that also embeds a map from a US provider.
    std::optional<Policy> policy =
        Templates::load(templateName == u"transfer"_qs ? u"typical"_qs : templateName);
    QVERIFY(policy);
    if (templateName == u"transfer"_qs) {
        Provider maps;
        maps.id = u"maps"_qs;
        maps.name = u"Example Maps, Inc."_qs;
        maps.country = u"US"_qs;
        policy->providers.append(maps);
        Cookie cookie;
        cookie.name = u"_maps_session"_qs;
        cookie.providerId = maps.id;
        cookie.categoryId = u"marketing"_qs;
        cookie.party = Party::Third;
        cookie.lifetime = Lifetime::fromSeconds(2 * Lifetime::Year);
        policy->cookies.append(cookie);
    }
    window.adopt(*policy, QDir::temp().filePath(templateName + u".charte.json"_qs));
    window.resize(1180, 800);
    window.showPage(pageId);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    // The page paints with the palette: no colour of its own survives in dark mode.
    QWidget *page = window.page(pageId);
    // The charter page is three panes: look at its rendered charter's background.
    if (pageId == u"charter"_qs) {
        auto *view = page->findChild<QAbstractScrollArea *>(u"charterView"_qs);
        QVERIFY(view);
        page = view->viewport();
    }
    const QPoint corner = page->mapTo(&window, QPoint(page->width() - 30, page->height() - 30));
    const QPalette::ColorRole role = pageId == u"overview"_qs ? QPalette::Window : QPalette::Base;
    QCOMPARE(QColor(image.pixel(corner * window.devicePixelRatio())), page->palette().color(role));
    const QString directory = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        const QString path = QDir(directory).filePath(
            QStringLiteral("%1-%2%3.png")
                .arg(templateName, pageId, dark ? u"-dark"_qs : QString()));
        QVERIFY2(image.save(path), qPrintable(path));
    }
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
