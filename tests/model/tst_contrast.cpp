// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "document/contrast.h"

#include <QTest>

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void luminance_data();
    void luminance();
    void ratio_data();
    void ratio();
    void isSymmetricAndIgnoresAlpha();
};

void TestContrast::luminance_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<double>("expected");
    QTest::newRow("black") << QColor(Qt::black) << 0.0;
    QTest::newRow("white") << QColor(Qt::white) << 1.0;
    QTest::newRow("red") << QColor(255, 0, 0) << 0.2126;
    QTest::newRow("green") << QColor(0, 255, 0) << 0.7152;
    QTest::newRow("blue") << QColor(0, 0, 255) << 0.0722;
    // #777777: 0.4667 linearised to 0.1845 (the textbook mid-grey example).
    QTest::newRow("grey 77") << QColor(0x77, 0x77, 0x77) << 0.18447;
    QTest::newRow("below the linear threshold") << QColor(10, 10, 10) << (10.0 / 255.0) / 12.92;
}

void TestContrast::luminance()
{
    QFETCH(QColor, color);
    QFETCH(double, expected);
    QVERIFY2(qAbs(Contrast::relativeLuminance(color) - expected) < 1e-4,
             qPrintable(QString::number(Contrast::relativeLuminance(color))));
}

void TestContrast::ratio_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("passes");
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0 << true;
    QTest::newRow("same colour") << QColor(0x1d, 0x4e, 0x89) << QColor(0x1d, 0x4e, 0x89) << 1.0 << false;
    // #777/#767676 are the classic pass/fail pair of the WebAIM contrast checker.
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48 << false;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54 << true;
    QTest::newRow("white on Charte blue") << QColor(Qt::white) << QColor(0x1d, 0x4e, 0x89) << 8.39 << true;
    QTest::newRow("white on typical green") << QColor(Qt::white) << QColor(0x0b, 0x5a, 0x3b) << 8.27 << true;
    QTest::newRow("yellow on white") << QColor(0xff, 0xff, 0x00) << QColor(Qt::white) << 1.07 << false;
}

void TestContrast::ratio()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, expected);
    QFETCH(bool, passes);
    const double actual = Contrast::ratio(foreground, background);
    QVERIFY2(qAbs(actual - expected) < 0.01 * expected, qPrintable(QString::number(actual)));
    QCOMPARE(Contrast::meetsTextMinimum(foreground, background), passes);
}

void TestContrast::isSymmetricAndIgnoresAlpha()
{
    const QColor a(0x12, 0x80, 0xc0);
    const QColor b(0xf0, 0xe0, 0x10);
    QCOMPARE(Contrast::ratio(a, b), Contrast::ratio(b, a));
    QColor translucent = a;
    translucent.setAlpha(40);
    QCOMPARE(Contrast::ratio(translucent, b), Contrast::ratio(a, b));
}

QTEST_GUILESS_MAIN(TestContrast)
#include "tst_contrast.moc"
