// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
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
#include <QTranslator>

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
    void datesAndCountriesFollowTheInterface();
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
    QCOMPARE(labelText(page, QStringLiteral("siteNameLabel")), siteName);
    QVERIFY(labelText(page, QStringLiteral("siteUrlLabel")).contains(policy->meta.siteUrl));
    QVERIFY(labelText(page, QStringLiteral("publisherLabel")).startsWith(policy->meta.publisherName));
    QCOMPARE(labelText(page, QStringLiteral("revisionLabel")), QString::number(policy->meta.revision));
    QCOMPARE(labelText(page, QStringLiteral("cookieCountLabel")), cookies);
    QCOMPARE(labelText(page, QStringLiteral("firstPartyLabel")), firstParty);
    QCOMPARE(labelText(page, QStringLiteral("thirdPartyLabel")), thirdParty);
    QCOMPARE(labelText(page, QStringLiteral("transferCountLabel")), QStringLiteral("0"));
    QVERIFY(labelText(page, QStringLiteral("thirdCountriesLabel")).contains(QStringLiteral("EU")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("cookieCountLabel"))->accessibleName(),
             QStringLiteral("Cookies and trackers: ") + cookies);

    const auto *chart = page.findChild<BarChart *>(QStringLiteral("categoryChart"));
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
    cdn.id = QStringLiteral("cdn");
    cdn.name = QStringLiteral("Example CDN <Inc>");
    cdn.country = QStringLiteral("US");
    policy.providers.append(cdn);
    Cookie cookie;
    cookie.name = QStringLiteral("__cdn");
    cookie.providerId = QStringLiteral("cdn");
    cookie.categoryId = QStringLiteral("necessary");
    policy.cookies.append(cookie);
    PolicyDocument document(policy);
    OverviewPage page(&document);
    page.show();

    QCOMPARE(labelText(page, QStringLiteral("transferCountLabel")), QStringLiteral("1"));
    const QString transfers = labelText(page, QStringLiteral("thirdCountriesLabel"));
    QVERIFY2(transfers.contains(QStringLiteral("United States")), qPrintable(transfers));
    // A provider name is text, never markup.
    QVERIFY2(transfers.contains(QStringLiteral("Example CDN &lt;Inc&gt;")), qPrintable(transfers));

    // Moving the provider into the EU clears the list, live.
    Provider moved = cdn;
    moved.country = QStringLiteral("DE");
    document.setProvider(1, moved);
    QCOMPARE(labelText(page, QStringLiteral("transferCountLabel")), QStringLiteral("0"));
}

void TestOverviewPage::followsLanguage()
{
    const std::optional<Policy> policy = Templates::load(QStringLiteral("typical"));
    QVERIFY(policy);
    PolicyDocument document(*policy);
    OverviewPage page(&document);
    const auto *chart = page.findChild<BarChart *>(QStringLiteral("categoryChart"));
    const QString french = policy->categories.at(1).name.exact(QStringLiteral("fr"));
    const QString english = policy->categories.at(1).name.exact(QStringLiteral("en"));
    QCOMPARE(chart->bars().at(1).label, french);
    page.setLanguage(QStringLiteral("en"));
    QCOMPARE(chart->bars().at(1).label, english);
}

void TestOverviewPage::datesAndCountriesFollowTheInterface()
{
    // The French interface said "Sunday, November 29": dates and country names follow
    // the interface's language, not the system's.
    Policy policy = Templates::defaultPolicy();
    policy.meta.lastUpdated = QDate(2026, 11, 29);
    Provider cdn;
    cdn.id = QStringLiteral("cdn");
    cdn.name = QStringLiteral("Example CDN");
    cdn.country = QStringLiteral("US");
    policy.providers.append(cdn);
    Cookie cookie;
    cookie.name = QStringLiteral("__cdn");
    cookie.providerId = QStringLiteral("cdn");
    cookie.categoryId = QStringLiteral("necessary");
    policy.cookies.append(cookie);
    PolicyDocument document(policy);
    OverviewPage page(&document);
    page.show();
    QCOMPARE(labelText(page, QStringLiteral("lastUpdatedLabel")), QStringLiteral("Sunday, November 29, 2026"));
    QVERIFY(labelText(page, QStringLiteral("thirdCountriesLabel")).contains(QStringLiteral("United States")));

    QTranslator french;
    QVERIFY(french.load(QCoreApplication::applicationDirPath() + QStringLiteral("/../charte_fr.qm")));
    QCoreApplication::installTranslator(&french);
    const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
    QTRY_COMPARE(labelText(page, QStringLiteral("lastUpdatedLabel")), QStringLiteral("dimanche 29 novembre 2026"));
    const QString transfers = labelText(page, QStringLiteral("thirdCountriesLabel"));
    QVERIFY2(transfers.contains(QStringLiteral("États-Unis")), qPrintable(transfers));
}

void TestOverviewPage::chartDrawsBars()
{
    BarChart chart;
    chart.setBars({{QStringLiteral("Short"), 1, false}, {QStringLiteral("Long"), 4, false}});
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
    QCOMPARE(labelText(page, QStringLiteral("cookieCountLabel")), QStringLiteral("0"));
    QVERIFY(page.findChild<BarChart *>(QStringLiteral("categoryChart"))->bars().isEmpty());
    QVERIFY(page.findChild<BarChart *>(QStringLiteral("lifetimeChart"))->bars().isEmpty());
    QVERIFY(!labelText(page, QStringLiteral("siteNameLabel")).isEmpty());
}

void TestOverviewPage::hiddenPageCatchesUpWhenShown()
{
    PolicyDocument document(Templates::defaultPolicy());
    OverviewPage page(&document);
    QCOMPARE(labelText(page, QStringLiteral("cookieCountLabel")), QStringLiteral("4"));
    document.removeCookies(0, 2);
    document.removeCookies(0, 1);
    page.show();
    QCOMPARE(labelText(page, QStringLiteral("cookieCountLabel")), QStringLiteral("1"));
    // Visible, it follows at once.
    document.removeCookies(0, 1);
    QCOMPARE(labelText(page, QStringLiteral("cookieCountLabel")), QStringLiteral("0"));
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
        Templates::load(templateName == QStringLiteral("transfer") ? QStringLiteral("typical") : templateName);
    QVERIFY(policy);
    if (templateName == QStringLiteral("transfer")) {
        Provider maps;
        maps.id = QStringLiteral("maps");
        maps.name = QStringLiteral("Example Maps, Inc.");
        maps.country = QStringLiteral("US");
        policy->providers.append(maps);
        Cookie cookie;
        cookie.name = QStringLiteral("_maps_session");
        cookie.providerId = maps.id;
        cookie.categoryId = QStringLiteral("marketing");
        cookie.party = Party::Third;
        cookie.lifetime = Lifetime::fromSeconds(2 * Lifetime::Year);
        policy->cookies.append(cookie);
    }
    window.adopt(*policy, QDir::temp().filePath(templateName + QStringLiteral(".charte.json")));
    window.resize(1180, 800);
    window.showPage(pageId);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    // The page paints with the palette: no colour of its own survives in dark mode.
    QWidget *page = window.page(pageId);
    // The charter page is three panes: look at its rendered charter's background.
    if (pageId == QStringLiteral("charter")) {
        auto *view = page->findChild<QAbstractScrollArea *>(QStringLiteral("charterView"));
        QVERIFY(view);
        page = view->viewport();
    }
    // The cookies page has the details pane at its right: look at the grid's cells.
    if (pageId == QStringLiteral("cookies")) {
        auto *view = page->findChild<QAbstractScrollArea *>(QStringLiteral("cookieView"));
        QVERIFY(view);
        page = view->viewport();
    }
    const QPoint corner = page->mapTo(&window, QPoint(page->width() - 30, page->height() - 30));
    const QPalette::ColorRole role = pageId == QStringLiteral("overview") ? QPalette::Window : QPalette::Base;
    QCOMPARE(QColor(image.pixel(corner * window.devicePixelRatio())), page->palette().color(role));
    const QString directory = qEnvironmentVariable("CHARTE_SCREENSHOT_DIR");
    if (!directory.isEmpty()) {
        const QString path = QDir(directory).filePath(
            QStringLiteral("%1-%2%3.png")
                .arg(templateName, pageId, dark ? QStringLiteral("-dark") : QString()));
        QVERIFY2(image.save(path), qPrintable(path));
    }
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
