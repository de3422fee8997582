// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "export/csvexporter.h"

#include "document/languages.h"
#include "format/inventoryfields.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

// RFC 4180 quoting, plus the guard against spreadsheet formulas: a cell starting
// with = + - @ would be run by Excel or Calc, so it gets a leading apostrophe
// (which the import removes).
void appendCell(QString &out, const QString &cell)
{
    QString text = cell;
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.at(0)))
        text.prepend(u'\'');
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote) {
        out += text;
        return;
    }
    out += u'"';
    out += QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""));
    out += u'"';
}

void appendRow(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        appendCell(out, cells.at(i));
    }
    out += QStringLiteral("\r\n");
}

// The document's languages first (default language leading), then any other
// language a cookie text is written in, so no text is left out of the export.
QStringList exportLanguages(const Policy &policy)
{
    const QStringList languages = Languages::defaultFirst(policy.meta);
    QStringList others;
    const auto collect = [&](const LocalizedText &text) {
        for (const QString &language : text.languages()) {
            if (!languages.contains(language) && !others.contains(language))
                others << language;
        }
    };
    for (const Cookie &cookie : policy.cookies) {
        collect(cookie.service);
        collect(cookie.purpose);
        if (const Category *category = policy.category(cookie.categoryId))
            collect(category->name);
    }
    others.sort();
    return languages + others;
}

} // namespace

QByteArray CsvExporter::exportCsv(const Policy &policy, const QString &language)
{
    const QString lang = language.isEmpty() ? policy.meta.defaultLanguage : language;
    const QStringList languages = exportLanguages(policy);
    const bool withExtra =
        std::any_of(policy.cookies.cbegin(), policy.cookies.cend(), [](const Cookie &cookie) {
            return !cookie.extra.isEmpty() || cookie.unparsed.contains(QStringLiteral("extra"));
        });

    struct Column
    {
        InventoryField field;
        QString language;
    };
    QList<Column> columns;
    QStringList header;
    for (const InventoryField field : InventoryFields::all()) {
        if (field == InventoryField::Extra && !withExtra)
            continue;
        if (!InventoryFields::isLocalized(field)) {
            columns << Column{field, {}};
            header << InventoryFields::header(field, lang);
            continue;
        }
        for (const QString &textLanguage : languages) {
            columns << Column{field, textLanguage};
            header << InventoryFields::header(field, lang) + QStringLiteral(" (") + textLanguage +
                          QLatin1Char(')');
        }
    }

    QString out;
    appendRow(out, header);
    for (const Cookie &cookie : policy.cookies) {
        const Provider *provider = policy.provider(cookie.providerId);
        const Category *category = policy.category(cookie.categoryId);
        QStringList cells;
        for (const Column &column : columns) {
            // A cell an import could not read goes back out as it was written.
            const QString unparsed = cookie.unparsed.value(InventoryFields::key(column.field));
            if (!unparsed.isEmpty()) {
                cells << unparsed;
                continue;
            }
            switch (column.field) {
            case InventoryField::Ignore:
                cells << QString();
                break;
            case InventoryField::Name:
                cells << cookie.name;
                break;
            case InventoryField::NameMatch:
                cells << InventoryFields::format(cookie.match, lang);
                break;
            case InventoryField::Provider:
                cells << (provider ? provider->name : QString());
                break;
            case InventoryField::ProviderId:
                cells << cookie.providerId;
                break;
            case InventoryField::ProviderWebsite:
                cells << (provider ? provider->website : QString());
                break;
            case InventoryField::ProviderPrivacyPolicy:
                cells << (provider ? provider->privacyPolicyUrl : QString());
                break;
            case InventoryField::ProviderCountry:
                cells << (provider ? provider->country : QString());
                break;
            case InventoryField::Service:
                cells << cookie.service.exact(column.language);
                break;
            case InventoryField::Purpose:
                cells << cookie.purpose.exact(column.language);
                break;
            case InventoryField::Category:
                cells << cookie.categoryId;
                break;
            case InventoryField::CategoryName:
                cells << (category ? category->name.exact(column.language) : QString());
                break;
            case InventoryField::Lifetime:
                cells << (cookie.lifetime ? cookie.lifetime->format(lang) : QString());
                break;
            case InventoryField::Domain:
                cells << cookie.domain;
                break;
            case InventoryField::Path:
                cells << cookie.path;
                break;
            case InventoryField::Secure:
                cells << InventoryFields::formatYesNo(cookie.secure, lang);
                break;
            case InventoryField::Party:
                cells << InventoryFields::format(cookie.party, lang);
                break;
            case InventoryField::Storage:
                cells << InventoryFields::format(cookie.storage, lang);
                break;
            case InventoryField::Basis:
                cells << InventoryFields::format(cookie.basis, lang);
                break;
            case InventoryField::Extra:
                cells << (cookie.extra.isEmpty()
                              ? QString()
                              : QString::fromUtf8(
                                    QJsonDocument(cookie.extra).toJson(QJsonDocument::Compact)));
                break;
            }
        }
        appendRow(out, cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}
