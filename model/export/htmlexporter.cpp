// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/htmlexporter.h"

#include "document/cookiename.h"
#include "document/languages.h"
#include "export/exportstrings.h"
#include "format/htmlwriter.h"
#include "format/markdown.h"

#include <QFile>
#include <QHash>
#include <QLocale>

using Key = ExportStrings::Key;
using Attribute = HtmlWriter::Attribute;

namespace {

QByteArray stylesheet()
{
    QFile file(QStringLiteral(":/html/charter.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "Last updated: " in English, "Dernière mise à jour : " (with a no-break space
// before the colon) in French typography.
QString labelled(Key key, const QString &language)
{
    const bool french = Languages::isFrench(language);
    return ExportStrings::text(key, language) + (french ? QStringLiteral("\u00a0: ") : QStringLiteral(": "));
}

QString sectionAnchor(const CharterSection &section, qsizetype index)
{
    return section.id.isEmpty() ? QStringLiteral("section-%1").arg(index + 1)
                                : QStringLiteral("section-") + section.id;
}

// A provider as its table cell shows it, worked out once per export rather than
// once per cookie row.
struct ProviderCell
{
    QString name;
    QString href; // empty when the privacy-policy URL is missing or not a safe link
};
using ProviderCells = QHash<QString, ProviderCell>;

ProviderCells providerCells(const Policy &policy)
{
    ProviderCells cells;
    for (const Provider &provider : policy.providers) {
        const QString url = provider.privacyPolicyUrl.trimmed();
        cells.insert(provider.id, {provider.name.isEmpty() ? provider.id : provider.name,
                                   HtmlWriter::isSafeLinkTarget(url) ? url : QString()});
    }
    return cells;
}

void writeProviderCell(HtmlWriter &html, const ProviderCells &providers, const Cookie &cookie)
{
    html.start(QLatin1StringView("td"));
    const auto provider = providers.constFind(cookie.providerId);
    if (provider == providers.cend()) {
        html.text(cookie.providerId);
    } else if (!provider->href.isEmpty()) {
        html.element(QLatin1StringView("a"), provider->name,
                     {{QLatin1StringView("href"), provider->href},
                      {QLatin1StringView("rel"), QStringLiteral("noopener noreferrer")}});
    } else {
        html.text(provider->name);
    }
    html.end();
}

void writeCookieTable(HtmlWriter &html, const Policy &policy, const ProviderCells &providers,
                      const QString &language,
                      const QString &caption, const QString &description,
                      const QList<const Cookie *> &cookies)
{
    const QString lang = language;
    html.start(QLatin1StringView("div"), {{QLatin1StringView("class"), QStringLiteral("charte-table")}});
    html.start(QLatin1StringView("table"));
    html.element(QLatin1StringView("caption"), caption);
    html.start(QLatin1StringView("thead"));
    html.start(QLatin1StringView("tr"));
    for (Key key : {Key::Provider, Key::Service, Key::Cookie, Key::Purpose, Key::Lifetime})
        html.element(QLatin1StringView("th"), ExportStrings::text(key, lang),
                     {{QLatin1StringView("scope"), QStringLiteral("col")}});
    html.end(); // tr
    html.end(); // thead
    html.start(QLatin1StringView("tbody"));
    for (const Cookie *cookie : cookies) {
        html.start(QLatin1StringView("tr"));
        writeProviderCell(html, providers, *cookie);
        html.element(QLatin1StringView("td"), policy.text(cookie->service, lang));
        html.start(QLatin1StringView("th"), {{QLatin1StringView("scope"), QStringLiteral("row")}});
        html.element(QLatin1StringView("code"), CookieName::display(*cookie));
        if (cookie->party == Party::Third) {
            html.text(u" ");
            html.element(QLatin1StringView("span"),
                         QString(QLatin1Char('(') + ExportStrings::text(Key::ThirdParty, lang) + QLatin1Char(')')),
                         {{QLatin1StringView("class"), QStringLiteral("charte-party")}});
        }
        html.end();
        html.element(QLatin1StringView("td"), policy.text(cookie->purpose, lang));
        const QString lifetime = cookie->lifetime ? cookie->lifetime->format(lang)
                                                  : cookie->unparsed.value(QStringLiteral("lifetime"));
        html.element(QLatin1StringView("td"), lifetime);
        html.end(); // tr
        html.newline();
    }
    html.end(); // tbody
    html.end(); // table
    if (!description.isEmpty())
        html.element(QLatin1StringView("p"), description,
                     {{QLatin1StringView("class"), QStringLiteral("charte-category-description")}});
    html.end(); // div
    html.newline();
}

// The first rows of cookies when a preview limit applies, and the paragraph that
// says how many were left out (written after the table by writeCookieTables).
QList<const Cookie *> limited(const QList<const Cookie *> &cookies, const CharterPreviewLimit &limit)
{
    if (limit.rowsPerTable <= 0 || cookies.size() <= limit.rowsPerTable)
        return cookies;
    return cookies.first(limit.rowsPerTable);
}

void writeLeftOut(HtmlWriter &html, qsizetype total, const CharterPreviewLimit &limit)
{
    if (limit.rowsPerTable <= 0 || total <= limit.rowsPerTable)
        return;
    const qsizetype more = total - limit.rowsPerTable;
    html.element(QLatin1StringView("p"),
                 limit.moreText ? limit.moreText(more) : QStringLiteral("+%1").arg(more),
                 {{QLatin1StringView("class"), QStringLiteral("charte-more")}});
    html.newline();
}

void writeCookieTables(HtmlWriter &html, const Policy &policy, const ProviderCells &providers,
                       const QString &language, const QString &categoryId,
                       const CharterPreviewLimit &limit)
{
    for (const Category &category : policy.categories) {
        if (!categoryId.isEmpty() && category.id != categoryId)
            continue;
        const QList<const Cookie *> cookies = HtmlExporter::cookiesOf(policy, category.id);
        if (cookies.isEmpty() && categoryId.isEmpty())
            continue; // the all-categories table lists what is there
        const QString caption = policy.text(category.name, language);
        writeCookieTable(html, policy, providers, language, caption.isEmpty() ? category.id : caption,
                         policy.text(category.description, language), limited(cookies, limit));
        writeLeftOut(html, cookies.size(), limit);
    }
    if (categoryId.isEmpty()) {
        const QList<const Cookie *> orphans = HtmlExporter::cookiesOf(policy, QString());
        if (!orphans.isEmpty()) {
            writeCookieTable(html, policy, providers, language,
                             ExportStrings::text(Key::Uncategorised, language), {},
                             limited(orphans, limit));
            writeLeftOut(html, orphans.size(), limit);
        }
    }
}

// The "changes" section: the published revisions, newest first, each with its date,
// its number, the publisher's note and the summary of what changed, in language.
void writeRevisionHistory(HtmlWriter &html, const Policy &policy, const QString &language)
{
    if (policy.history.isEmpty()) {
        html.element(QLatin1StringView("p"), ExportStrings::text(Key::NoRevisionPublished, language),
                     {{QLatin1StringView("class"), QStringLiteral("charte-changes-none")}});
        return;
    }
    html.start(QLatin1StringView("ul"), {{QLatin1StringView("class"), QStringLiteral("charte-changes")}});
    html.newline();
    for (auto it = policy.history.crbegin(); it != policy.history.crend(); ++it) {
        html.start(QLatin1StringView("li"));
        html.start(QLatin1StringView("p"), {{QLatin1StringView("class"), QStringLiteral("charte-change-heading")}});
        if (it->date.isValid()) {
            html.element(QLatin1StringView("time"), QLocale(language).toString(it->date, QLocale::LongFormat),
                         {{QLatin1StringView("datetime"), it->date.toString(Qt::ISODate)}});
            html.text(u" — ");
        }
        html.text(QString(ExportStrings::text(Key::Revision, language) + QLatin1Char(' ') +
                          QString::number(it->revision)));
        html.end();
        if (!it->note.isEmpty())
            html.element(QLatin1StringView("p"), it->note,
                         {{QLatin1StringView("class"), QStringLiteral("charte-change-note")}});
        const QStringList lines = policy.text(it->summary, language).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!lines.isEmpty()) {
            html.start(QLatin1StringView("ul"));
            for (const QString &line : lines)
                html.element(QLatin1StringView("li"), line);
            html.end();
        }
        html.end(); // li
        html.newline();
    }
    html.end(); // ul
    html.newline();
}

} // namespace

QList<const Cookie *> HtmlExporter::cookiesOf(const Policy &policy, const QString &categoryId)
{
    QList<const Cookie *> result;
    for (const Cookie &cookie : policy.cookies) {
        const bool belongs = categoryId.isEmpty() ? policy.categoryIndex(cookie.categoryId) < 0
                                                  : cookie.categoryId == categoryId;
        if (belongs)
            result.append(&cookie);
    }
    return result;
}

void HtmlExporter::writeCharterBody(HtmlWriter &html, const Policy &policy, const QString &language,
                                    const CharterPreviewLimit &limit)
{
    html.start(QLatin1StringView("article"), {{QLatin1StringView("class"), QStringLiteral("charte")}});
    html.newline();
    const ProviderCells providers = providerCells(policy);
    for (qsizetype i = 0; i < policy.charter.size(); ++i) {
        const CharterSection &section = policy.charter.at(i);
        const bool isFirst = i == 0;
        html.start(QLatin1StringView("section"),
                   {{QLatin1StringView("id"), sectionAnchor(section, i)}});
        // The first section's title is the page's heading; the others are its parts.
        html.element(isFirst ? QLatin1StringView("h1") : QLatin1StringView("h2"),
                     policy.text(section.title, language));
        html.newline();
        html.trustedMarkup(Markdown::toHtml(policy.text(section.body, language), isFirst ? 1 : 2));
        if (section.kind == CharterSection::Kind::CookieTable)
            writeCookieTables(html, policy, providers, language, section.categoryId, limit);
        else if (section.kind == CharterSection::Kind::Changes)
            writeRevisionHistory(html, policy, language);
        html.end();
        html.newline();
    }
    html.end();
    html.newline();
}

QByteArray HtmlExporter::exportCharter(const Policy &policy, const QString &requestedLanguage)
{
    const QString language =
        requestedLanguage.isEmpty() ? policy.meta.defaultLanguage : requestedLanguage;
    const QString pageTitle = policy.charter.isEmpty()
                                  ? policy.meta.siteName
                                  : policy.text(policy.charter.first().title, language) +
                                        QStringLiteral(" — ") + policy.meta.siteName;
    HtmlWriter html;
    html.beginPage(language, pageTitle, stylesheet());
    html.beginMain();
    writeCharterBody(html, policy, language);

    html.start(QLatin1StringView("footer"), {{QLatin1StringView("class"), QStringLiteral("charte-footer")}});
    html.newline();
    if (!policy.meta.publisherName.isEmpty()) {
        html.start(QLatin1StringView("p"));
        html.text(labelled(Key::PublishedBy, language));
        html.text(policy.meta.publisherName);
        if (!policy.meta.contactEmail.isEmpty()) {
            html.text(u" — ");
            const QString mailto = QStringLiteral("mailto:") + policy.meta.contactEmail;
            if (HtmlWriter::isSafeLinkTarget(mailto))
                html.element(QLatin1StringView("a"), policy.meta.contactEmail,
                             {{QLatin1StringView("href"), mailto}});
            else
                html.text(policy.meta.contactEmail);
        }
        html.end();
        html.newline();
    }
    html.start(QLatin1StringView("p"));
    if (policy.meta.lastUpdated.isValid()) {
        html.text(labelled(Key::LastUpdated, language));
        html.element(QLatin1StringView("time"),
                     QLocale(language).toString(policy.meta.lastUpdated, QLocale::LongFormat),
                     {{QLatin1StringView("datetime"), policy.meta.lastUpdated.toString(Qt::ISODate)}});
        html.text(u" · ");
    }
    html.text(QString(ExportStrings::text(Key::Revision, language) + QLatin1Char(' ') +
                      QString::number(policy.meta.revision)));
    html.end();
    html.newline();
    const QString manageLabel = policy.text(policy.banner.manage, language);
    html.element(QLatin1StringView("button"),
                 manageLabel.isEmpty() ? ExportStrings::text(Key::ManagePreferences, language)
                                       : manageLabel,
                 {{QLatin1StringView("type"), QStringLiteral("button")},
                  {QLatin1StringView("class"), QStringLiteral("charte-manage")},
                  {QLatin1StringView("data-charte-consent"), QStringLiteral("open")}});
    html.newline();
    html.end(); // footer
    html.newline();
    return html.finishPage(); // main, body, html
}
