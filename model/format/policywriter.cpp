// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policywriter.h"

#include "format/filewriter.h"
#include "format/jsonwriter.h"

#include <QFileInfo>

namespace {

void writeExtra(JsonWriter &writer, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        writer.key(it.key());
        writer.value(it.value());
    }
}

void writeStringList(JsonWriter &writer, const QStringList &list)
{
    writer.beginArray();
    for (const QString &item : list)
        writer.value(QStringView(item));
    writer.endArray();
}

void writeMeta(JsonWriter &w, const PolicyMeta &meta)
{
    w.beginObject();
    w.member(u"siteName", QStringView(meta.siteName));
    w.member(u"siteUrl", QStringView(meta.siteUrl));
    w.member(u"publisherName", QStringView(meta.publisherName));
    w.member(u"publisherAddress", QStringView(meta.publisherAddress));
    w.member(u"contactEmail", QStringView(meta.contactEmail));
    w.member(u"defaultLanguage", QStringView(meta.defaultLanguage));
    w.key(u"languages");
    writeStringList(w, meta.languages);
    w.member(u"revision", meta.revision);
    if (meta.lastUpdated.isValid())
        w.member(u"lastUpdated", QStringView(meta.lastUpdated.toString(Qt::ISODate)));
    writeExtra(w, meta.extra);
    w.endObject();
}

void writeCategory(JsonWriter &w, const Category &category)
{
    w.beginObject();
    w.member(u"id", QStringView(category.id));
    w.key(u"name");
    PolicyWriter::writeLocalizedText(w, category.name);
    w.key(u"description");
    PolicyWriter::writeLocalizedText(w, category.description);
    w.member(u"required", category.required);
    if (!category.consentModeSignals.isEmpty()) {
        w.key(u"consentModeSignals");
        writeStringList(w, category.consentModeSignals);
    }
    writeExtra(w, category.extra);
    w.endObject();
}

void writeProvider(JsonWriter &w, const Provider &provider)
{
    w.beginObject();
    w.member(u"id", QStringView(provider.id));
    w.member(u"name", QStringView(provider.name));
    w.member(u"website", QStringView(provider.website));
    w.member(u"privacyPolicyUrl", QStringView(provider.privacyPolicyUrl));
    w.member(u"country", QStringView(provider.country));
    writeExtra(w, provider.extra);
    w.endObject();
}

void writeCookie(JsonWriter &w, const Cookie &cookie)
{
    w.beginObject();
    w.member(u"name", QStringView(cookie.name));
    if (cookie.match != NameMatch::Exact)
        w.member(u"match", QStringView(PolicyKeys::toString(cookie.match)));
    w.member(u"provider", QStringView(cookie.providerId));
    w.key(u"service");
    PolicyWriter::writeLocalizedText(w, cookie.service);
    w.key(u"purpose");
    PolicyWriter::writeLocalizedText(w, cookie.purpose);
    w.member(u"category", QStringView(cookie.categoryId));
    if (cookie.lifetime) {
        w.key(u"lifetime");
        if (cookie.lifetime->isSession())
            w.value(u"session");
        else
            w.value(cookie.lifetime->seconds());
    }
    if (!cookie.domain.isEmpty())
        w.member(u"domain", QStringView(cookie.domain));
    if (!cookie.path.isEmpty())
        w.member(u"path", QStringView(cookie.path));
    if (cookie.secure)
        w.member(u"secure", true);
    w.member(u"party", QStringView(PolicyKeys::toString(cookie.party)));
    w.member(u"storage", QStringView(PolicyKeys::toString(cookie.storage)));
    w.member(u"basis", QStringView(PolicyKeys::toString(cookie.basis)));
    if (!cookie.unparsed.isEmpty()) {
        w.key(u"unparsed");
        w.beginObject();
        for (auto it = cookie.unparsed.cbegin(); it != cookie.unparsed.cend(); ++it)
            w.member(it.key(), QStringView(it.value()));
        w.endObject();
    }
    writeExtra(w, cookie.extra);
    w.endObject();
}

void writeSection(JsonWriter &w, const CharterSection &section)
{
    w.beginObject();
    w.member(u"id", QStringView(section.id));
    w.member(u"kind", QStringView(PolicyKeys::toString(section.kind)));
    w.key(u"title");
    PolicyWriter::writeLocalizedText(w, section.title);
    if (section.kind == CharterSection::Kind::Text || !section.body.isEmpty()) {
        w.key(u"body");
        PolicyWriter::writeLocalizedText(w, section.body);
    }
    if (section.kind == CharterSection::Kind::CookieTable)
        w.member(u"category", QStringView(section.categoryId));
    writeExtra(w, section.extra);
    w.endObject();
}

QString colorName(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

void writeBanner(JsonWriter &w, const BannerSettings &banner)
{
    w.beginObject();
    const std::pair<const char16_t *, const LocalizedText *> texts[] = {
        {u"title", &banner.title},         {u"description", &banner.description},
        {u"acceptAll", &banner.acceptAll}, {u"rejectAll", &banner.rejectAll},
        {u"customize", &banner.customize}, {u"save", &banner.save},
        {u"manage", &banner.manage},
    };
    for (const auto &[name, text] : texts) {
        w.key(name);
        PolicyWriter::writeLocalizedText(w, *text);
    }
    w.member(u"layout", QStringView(PolicyKeys::toString(banner.layout)));
    w.member(u"position", QStringView(PolicyKeys::toString(banner.position)));
    w.member(u"backgroundColor", QStringView(colorName(banner.background)));
    w.member(u"textColor", QStringView(colorName(banner.text)));
    w.member(u"buttonColor", QStringView(colorName(banner.buttonBackground)));
    w.member(u"buttonTextColor", QStringView(colorName(banner.buttonText)));
    w.member(u"consentCookieName", QStringView(banner.consentCookieName));
    w.member(u"consentLifetimeDays", banner.consentLifetimeDays);
    if (!banner.consentLogUrl.isEmpty()) // optional: documents without it stay as they were
        w.member(u"consentLogUrl", QStringView(banner.consentLogUrl));
    w.member(u"globalPrivacyControl", banner.honourGlobalPrivacyControl);
    w.member(u"googleConsentMode", banner.googleConsentMode);
    writeExtra(w, banner.extra);
    w.endObject();
}

void writePublishedRevision(JsonWriter &w, const PublishedRevision &revision)
{
    w.beginObject();
    w.member(u"revision", revision.revision);
    if (revision.date.isValid())
        w.member(u"date", QStringView(revision.date.toString(Qt::ISODate)));
    w.key(u"summary");
    PolicyWriter::writeLocalizedText(w, revision.summary);
    if (!revision.note.isEmpty())
        w.member(u"note", QStringView(revision.note));
    writeExtra(w, revision.extra);
    w.endObject();
}

template <typename Item, typename WriteFn>
void writeList(JsonWriter &w, QStringView name, const QList<Item> &items, WriteFn write)
{
    w.key(name);
    w.beginArray();
    for (const Item &item : items)
        write(w, item);
    w.endArray();
}

// The whole document; writeCookies writes the cookies array's items.
template <typename WriteCookies>
void writeDocument(JsonWriter &w, const Policy &policy, WriteCookies writeCookies)
{
    w.beginObject();
    w.member(u"format", u"charte/1");
    w.key(u"meta");
    writeMeta(w, policy.meta);
    writeList(w, u"categories", policy.categories, writeCategory);
    writeList(w, u"providers", policy.providers, writeProvider);
    w.key(u"cookies");
    w.beginArray();
    writeCookies();
    w.endArray();
    writeList(w, u"charter", policy.charter, writeSection);
    w.key(u"banner");
    writeBanner(w, policy.banner);
    if (!policy.history.isEmpty()) // optional: documents never published stay as they were
        writeList(w, u"history", policy.history, writePublishedRevision);
    writeExtra(w, policy.extra);
    w.endObject();
}

} // namespace

void PolicyWriter::writeLocalizedText(JsonWriter &writer, const LocalizedText &text)
{
    writer.beginObject();
    for (const auto &[language, value] : text.entries())
        writer.member(language, QStringView(value));
    writer.endObject();
}

QByteArray PolicyWriter::toJson(const Policy &policy)
{
    JsonWriter w;
    writeDocument(w, policy, [&] {
        for (const Cookie &cookie : policy.cookies)
            writeCookie(w, cookie);
    });
    return w.finish();
}

Status PolicyWriter::write(const Policy &policy, const CookieBatches &more,
                           const FileWriter::Sink &sink)
{
    JsonWriter w;
    Status status;
    bool sinkFailed = false;
    writeDocument(w, policy, [&] {
        for (const Cookie &cookie : policy.cookies)
            writeCookie(w, cookie);
        while (status && !sinkFailed) {
            Expected<QList<Cookie>> batch = more();
            if (!batch) {
                status = Status::failure(batch.error());
                break;
            }
            if (batch->isEmpty())
                break;
            for (const Cookie &cookie : std::as_const(*batch))
                writeCookie(w, cookie);
            sinkFailed = !sink(w.take());
        }
    });
    if (!status || sinkFailed)
        return status; // the sink's failure is its writer's to report
    sink(w.finish());
    return Status::success();
}

Status PolicyWriter::writeFile(const Policy &policy, const QString &path)
{
    return FileWriter::write(path, toJson(policy));
}
