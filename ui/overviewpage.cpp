// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "overviewpage.h"

#include "barchart.h"
#include "document/countries.h"
#include "document/languages.h"
#include "interfacedates.h"
#include "document/policydocument.h"
#include "document/policystatistics.h"
#include "languagename.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeHeading(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeLabel(objectName, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

// A figure in large type above its caption, on the base colour like a card.
QFrame *makeTile(QLabel *number, QLabel *caption, QWidget *parent)
{
    auto *tile = new QFrame(parent);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setBackgroundRole(QPalette::Base);
    tile->setAutoFillBackground(true);
    QFont font = number->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 2.0);
    number->setFont(font);
    caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(number);
    layout->addWidget(caption);
    return tile;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

OverviewPage::OverviewPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("overviewPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));

    m_siteName = makeLabel(QStringLiteral("siteNameLabel"), content);
    QFont titleFont = m_siteName->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    m_siteName->setFont(titleFont);
    m_siteName->setWordWrap(true);
    m_siteUrl = makeLabel(QStringLiteral("siteUrlLabel"), content);
    m_siteUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_siteUrl->setOpenExternalLinks(true);

    m_publisherCaption = new QLabel(content);
    m_publisher = makeLabel(QStringLiteral("publisherLabel"), content);
    m_publisher->setWordWrap(true);
    m_contactCaption = new QLabel(content);
    m_contact = makeLabel(QStringLiteral("contactLabel"), content);
    m_revisionCaption = new QLabel(content);
    m_revision = makeLabel(QStringLiteral("revisionLabel"), content);
    m_lastUpdatedCaption = new QLabel(content);
    m_lastUpdated = makeLabel(QStringLiteral("lastUpdatedLabel"), content);
    m_languagesCaption = new QLabel(content);
    m_languages = makeLabel(QStringLiteral("languagesLabel"), content);

    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(24);
    facts->setVerticalSpacing(6);
    facts->addRow(m_publisherCaption, m_publisher);
    facts->addRow(m_contactCaption, m_contact);
    facts->addRow(m_revisionCaption, m_revision);
    facts->addRow(m_lastUpdatedCaption, m_lastUpdated);
    facts->addRow(m_languagesCaption, m_languages);

    m_cookieCount = makeLabel(QStringLiteral("cookieCountLabel"), content);
    m_cookieCountCaption = new QLabel(content);
    m_firstParty = makeLabel(QStringLiteral("firstPartyLabel"), content);
    m_firstPartyCaption = new QLabel(content);
    m_thirdParty = makeLabel(QStringLiteral("thirdPartyLabel"), content);
    m_thirdPartyCaption = new QLabel(content);
    m_transferCount = makeLabel(QStringLiteral("transferCountLabel"), content);
    m_transferCountCaption = new QLabel(content);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(m_cookieCount, m_cookieCountCaption, content), 1);
    tiles->addWidget(makeTile(m_firstParty, m_firstPartyCaption, content), 1);
    tiles->addWidget(makeTile(m_thirdParty, m_thirdPartyCaption, content), 1);
    tiles->addWidget(makeTile(m_transferCount, m_transferCountCaption, content), 1);

    m_categoryHeading = makeHeading(QStringLiteral("categoryHeading"), content);
    m_categoryChart = new BarChart(content);
    m_categoryChart->setObjectName(QStringLiteral("categoryChart"));
    m_lifetimeHeading = makeHeading(QStringLiteral("lifetimeHeading"), content);
    m_lifetimeChart = new BarChart(content);
    m_lifetimeChart->setObjectName(QStringLiteral("lifetimeChart"));
    auto *charts = new QGridLayout;
    charts->setHorizontalSpacing(32);
    charts->setVerticalSpacing(8);
    charts->addWidget(m_categoryHeading, 0, 0);
    charts->addWidget(m_categoryChart, 1, 0, Qt::AlignTop);
    charts->addWidget(m_lifetimeHeading, 0, 1);
    charts->addWidget(m_lifetimeChart, 1, 1, Qt::AlignTop);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);

    m_transfersHeading = makeHeading(QStringLiteral("transfersHeading"), content);
    m_transfers = makeLabel(QStringLiteral("thirdCountriesLabel"), content);
    m_transfers->setWordWrap(true);
    m_transfers->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(6);
    layout->addWidget(m_siteName);
    layout->addWidget(m_siteUrl);
    layout->addSpacing(14);
    layout->addLayout(facts);
    layout->addSpacing(20);
    layout->addLayout(tiles);
    layout->addSpacing(24);
    layout->addLayout(charts);
    layout->addSpacing(24);
    layout->addWidget(m_transfersHeading);
    layout->addWidget(m_transfers);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Hidden, the page only notes that it is stale: a paste of thousands of rows on
    // the Cookies page should not also pay for statistics nobody is looking at.
    connect(m_document, &PolicyDocument::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    retranslateUi();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void OverviewPage::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_publisherCaption->setText(tr("Publisher:"));
    m_contactCaption->setText(tr("Privacy contact:"));
    m_revisionCaption->setText(tr("Revision:"));
    m_lastUpdatedCaption->setText(tr("Last updated:"));
    m_languagesCaption->setText(tr("Languages:"));
    m_cookieCountCaption->setText(tr("Cookies and trackers"));
    m_firstPartyCaption->setText(tr("First party"));
    m_thirdPartyCaption->setText(tr("Third party"));
    m_transferCountCaption->setText(tr("Providers outside the EU/EEA"));
    m_categoryHeading->setText(tr("Cookies per category"));
    m_categoryChart->setAccessibleName(tr("Cookies per category"));
    m_categoryChart->setEmptyText(tr("No cookies declared yet."));
    m_lifetimeHeading->setText(tr("Lifetimes"));
    m_lifetimeChart->setAccessibleName(tr("Cookies per lifetime"));
    m_lifetimeChart->setEmptyText(tr("No cookies declared yet."));
    m_transfersHeading->setText(tr("Transfers outside the EU/EEA"));
    refresh();
}

void OverviewPage::refresh()
{
    m_stale = false;
    const Policy &policy = m_document->policy();
    const PolicyMeta &meta = policy.meta;
    const QString language = m_language.isEmpty() ? meta.defaultLanguage : m_language;
    const auto orMissing = [this](const QString &text) {
        return text.trimmed().isEmpty() ? tr("Not stated") : text;
    };

    m_siteName->setText(meta.siteName.trimmed().isEmpty() ? tr("Unnamed site") : meta.siteName);
    if (meta.siteUrl.isEmpty()) {
        m_siteUrl->setText(tr("No site address yet"));
    } else {
        m_siteUrl->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(escaped(meta.siteUrl), escaped(meta.siteUrl)));
    }
    QString publisher = orMissing(meta.publisherName);
    if (!meta.publisherAddress.trimmed().isEmpty())
        publisher += QStringLiteral("\n") + meta.publisherAddress;
    m_publisher->setText(publisher);
    m_contact->setText(orMissing(meta.contactEmail));
    m_revision->setText(QString::number(meta.revision));
    m_lastUpdated->setText(meta.lastUpdated.isValid()
                               ? InterfaceDates::text(meta.lastUpdated)
                               : tr("Not stated"));
    QStringList languages;
    for (const QString &code : meta.languages) {
        QString name = languageDisplayName(code);
        if (code == meta.defaultLanguage)
            name = tr("%1, default").arg(name);
        languages.append(name);
    }
    m_languages->setText(languages.join(QStringLiteral(" · ")));

    const PolicyStatistics stats = PolicyStatistics::compute(policy, language);
    m_cookieCount->setText(QString::number(stats.cookieCount()));
    m_firstParty->setText(QString::number(stats.firstPartyCount()));
    m_thirdParty->setText(QString::number(stats.thirdPartyCount()));
    m_transferCount->setText(QString::number(stats.thirdCountryProviders().size()));
    // A screen reader reaching a figure hears what it counts, not a bare number.
    for (const auto &[number, caption] : {std::pair{m_cookieCount, m_cookieCountCaption},
                                          std::pair{m_firstParty, m_firstPartyCaption},
                                          std::pair{m_thirdParty, m_thirdPartyCaption},
                                          std::pair{m_transferCount, m_transferCountCaption}}) {
        number->setAccessibleName(
            tr("%1: %2", "figure caption: number").arg(caption->text(), number->text()));
    }

    QList<BarChart::Bar> categoryBars;
    for (const PolicyStatistics::CategoryCount &category : stats.cookiesPerCategory()) {
        QString label = category.name;
        if (category.id.isEmpty())
            label = tr("No category");
        else if (!category.known)
            label = tr("%1 (undefined)").arg(category.id);
        categoryBars.append({label, category.count, !category.known});
    }
    m_categoryChart->setBars(categoryBars);

    const QString bucketLabels[PolicyStatistics::LifetimeBucketCount] = {
        tr("Session"),         tr("Up to 1 month"),       tr("Up to 6 months"),
        tr("Up to 13 months"), tr("More than 13 months"), tr("Not stated"),
    };
    QList<BarChart::Bar> lifetimeBars;
    for (int bucket = 0; bucket < PolicyStatistics::LifetimeBucketCount; ++bucket) {
        const auto which = PolicyStatistics::LifetimeBucket(bucket);
        const qsizetype count = stats.lifetimeCount(which);
        // "Not stated" only appears when something is missing: it is a to-do, not a band.
        if (which == PolicyStatistics::UnstatedLifetime && count == 0)
            continue;
        lifetimeBars.append({bucketLabels[bucket], count,
                             which == PolicyStatistics::LongerThanThirteenMonths ||
                                 which == PolicyStatistics::UnstatedLifetime});
    }
    m_lifetimeChart->setBars(stats.cookieCount() > 0 ? lifetimeBars : QList<BarChart::Bar>());

    QStringList lines;
    for (const PolicyStatistics::ThirdCountryProvider &provider : stats.thirdCountryProviders()) {
        // "cookies: N" rather than a plural form, which would need a translation even in English.
        lines.append(tr("<b>%1</b> — %2 (%3), cookies: %4")
                         .arg(escaped(provider.providerName),
                              escaped(Countries::displayName(provider.country, Languages::ofInterface())),
                              escaped(provider.country), QString::number(provider.cookieCount)));
    }
    if (!stats.providersWithoutCountry().isEmpty()) {
        QStringList names;
        for (const QString &name : stats.providersWithoutCountry())
            names.append(escaped(name));
        lines.append(tr("Country not stated for: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (lines.isEmpty()) {
        lines.append(stats.providerCount() == 0
                         ? tr("No providers declared yet.")
                         : tr("None: every provider is established in the EU or the EEA."));
    }
    m_transfers->setText(lines.join(QStringLiteral("<br>")));
}
