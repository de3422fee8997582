// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "publishing/diffreport.h"

#include "document/languages.h"
#include "document/lifetime.h"
#include "format/htmlwriter.h"
#include "format/jsonwriter.h"

#include <QJsonObject>

using namespace PolicyDiff;
using Attribute = HtmlWriter::Attribute;

namespace {

QString tr2(const QString &language, const char *en, const char *fr)
{
    return QString::fromUtf8(Languages::isFrench(language) ? fr : en);
}

// The reasons of the changes that require consent, each said once.
QStringList reasons(const Result &diff, const QString &language)
{
    QStringList list;
    for (const Change &change : diff.changes) {
        if (!change.requiresConsent)
            continue;
        const QString reason = change.reason.text(language);
        if (!reason.isEmpty() && !list.contains(reason))
            list << reason;
    }
    return list;
}

QJsonObject changeJson(const Change &change, const QString &language)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), PolicyDiff::toString(change.kind));
    const bool isCookie = change.kind == Kind::CookieAdded || change.kind == Kind::CookieRemoved ||
                          change.kind == Kind::CookieChanged;
    if (isCookie) {
        object.insert(QStringLiteral("cookie"), change.subject);
        object.insert(QStringLiteral("domain"), change.domain);
        object.insert(QStringLiteral("match"), PolicyKeys::toString(change.match));
    } else {
        object.insert(QStringLiteral("id"), change.subject);
    }
    object.insert(QStringLiteral("text"), change.text.text(language));
    object.insert(QStringLiteral("requiresNewConsent"), change.requiresConsent);
    if (change.requiresConsent)
        object.insert(QStringLiteral("why"), change.reason.text(language));
    if (!change.fields.isEmpty()) {
        QJsonArray fields;
        for (const FieldChange &field : change.fields) {
            QJsonObject item;
            item.insert(QStringLiteral("field"), field.field);
            item.insert(QStringLiteral("before"), field.before);
            item.insert(QStringLiteral("after"), field.after);
            item.insert(QStringLiteral("text"), field.text.text(language));
            item.insert(QStringLiteral("requiresNewConsent"), field.requiresConsent);
            if (field.requiresConsent)
                item.insert(QStringLiteral("why"), field.reason.text(language));
            fields.append(item);
        }
        object.insert(QStringLiteral("fields"), fields);
    }
    return object;
}

const char styleSheet[] = R"(body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9ccd1;padding:.4rem .6rem;text-align:left;vertical-align:top}
td.before{background:#fdf1f1}td.after{background:#eef8f0}.consent{font-weight:bold;color:#8a1c1c}
.verdict{font-size:1.1rem}pre{white-space:pre-wrap;margin:0;font:inherit}
)";

void cell(HtmlWriter &html, const QString &text, const QString &cssClass = {})
{
    if (cssClass.isEmpty())
        html.start(QLatin1StringView("td"));
    else
        html.start(QLatin1StringView("td"), {{QLatin1StringView("class"), cssClass}});
    html.element(QLatin1StringView("pre"), text);
    html.end();
}

} // namespace

QString DiffReport::valueText(const QString &field, const QJsonValue &value, const QString &language)
{
    if (value.isNull() || value.isUndefined())
        return field == QLatin1StringView("lifetime") ? tr2(language, "not stated", "non précisée") : QString();
    if (field == QLatin1StringView("lifetime")) {
        if (value.isString())
            return Lifetime::session().format(language);
        return Lifetime::fromSeconds(qint64(value.toDouble())).format(language);
    }
    if (value.isBool())
        return value.toBool() ? tr2(language, "yes", "oui") : tr2(language, "no", "non");
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) { // a localized text: every language, the asked one first
        const QJsonObject texts = value.toObject();
        QStringList lines;
        if (texts.contains(language))
            lines << texts.value(language).toString();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            if (it.key() != language)
                lines << QStringLiteral("[%1] %2").arg(it.key(), it.value().toString());
        }
        return lines.join(QLatin1Char('\n'));
    }
    return value.toString();
}

QString DiffReport::verdict(const Result &diff, const QString &language)
{
    if (diff.isEmpty())
        return tr2(language, "No change.", "Aucune modification.");
    if (!diff.requiresConsent())
        return tr2(language, "Visitors need not be asked again: no change widens what they agreed to.",
                   "Inutile de redemander le consentement : aucune modification n’étend ce que les visiteurs ont accepté.");
    return tr2(language, "Visitors must be asked again: %1.", "Le consentement doit être redemandé : %1.")
        .arg(reasons(diff, language).join(QStringLiteral(", ")));
}

QByteArray DiffReport::text(const Result &diff, const Sides &sides, const QString &language)
{
    QString out = tr2(language, "Changes from %1 to %2: %3", "Modifications de %1 à %2 : %3")
                      .arg(sides.before, sides.after)
                      .arg(diff.changes.size()) +
                  QLatin1Char('\n') + verdict(diff, language) + QLatin1Char('\n');
    for (const Change &change : diff.changes) {
        const bool perField = change.kind == Kind::CookieChanged || change.fields.size() > 1;
        const auto line = [&](const TwoLanguageText &text, bool consent, const TwoLanguageText &reason) {
            out += (consent ? QStringLiteral("  ! ") : QStringLiteral("  - ")) + text.text(language);
            if (consent)
                out += tr2(language, " — asks again: ", " — redemander : ") + reason.text(language);
            out += QLatin1Char('\n');
        };
        if (perField) {
            for (const FieldChange &field : change.fields)
                line(field.text, field.requiresConsent, field.reason);
        } else {
            line(change.text, change.requiresConsent, change.reason);
        }
    }
    return out.toUtf8();
}

QJsonArray DiffReport::changesJson(const Result &diff, const QString &language)
{
    QJsonArray changes;
    for (const Change &change : diff.changes)
        changes.append(changeJson(change, language));
    return changes;
}

QByteArray DiffReport::json(const Result &diff, const Sides &sides, const QString &language)
{
    JsonWriter w;
    w.beginObject();
    w.member(u"before", QStringView(sides.before));
    w.member(u"after", QStringView(sides.after));
    w.member(u"changeCount", qint64(diff.changes.size()));
    w.member(u"requiresNewConsent", diff.requiresConsent());
    w.key(u"why");
    w.value(QJsonValue(QJsonArray::fromStringList(reasons(diff, language))));
    w.key(u"changes");
    // Written change by change: a diff of thousands of cookies is not built as one tree.
    w.beginArray();
    for (const Change &change : diff.changes)
        w.value(QJsonValue(changeJson(change, language)));
    w.endArray();
    w.endObject();
    return w.finish();
}

QByteArray DiffReport::html(const Result &diff, const Sides &sides, const QString &language)
{
    HtmlWriter html;
    const QString title = tr2(language, "Changes from %1 to %2", "Modifications de %1 à %2").arg(sides.before, sides.after);
    html.beginPage(language, title, QByteArray(styleSheet));
    html.beginMain();
    html.element(QLatin1StringView("h1"), title);
    html.element(QLatin1StringView("p"), verdict(diff, language),
                 {{QLatin1StringView("class"), QStringLiteral("verdict")}});
    if (!diff.isEmpty()) {
        html.start(QLatin1StringView("table"));
        html.start(QLatin1StringView("thead"));
        html.start(QLatin1StringView("tr"));
        for (const QString &header : {tr2(language, "Change", "Modification"), sides.before, sides.after,
                                      tr2(language, "New consent", "Nouveau consentement")})
            html.element(QLatin1StringView("th"), header, {{QLatin1StringView("scope"), QStringLiteral("col")}});
        html.end();
        html.end();
        html.start(QLatin1StringView("tbody"));
        for (const Change &change : diff.changes) {
            const auto row = [&](const TwoLanguageText &text, const QString &before, const QString &after,
                                 bool consent, const TwoLanguageText &reason) {
                html.start(QLatin1StringView("tr"), {{QLatin1StringView("data-kind"), PolicyDiff::toString(change.kind)}});
                cell(html, text.text(language));
                cell(html, before, QStringLiteral("before"));
                cell(html, after, QStringLiteral("after"));
                cell(html, consent ? reason.text(language) : QString(), consent ? QStringLiteral("consent") : QString());
                html.end();
                html.newline();
            };
            if (change.fields.isEmpty()) {
                row(change.text, {}, {}, change.requiresConsent, change.reason);
                continue;
            }
            for (const FieldChange &field : change.fields)
                row(field.text, valueText(field.field, field.before, language),
                    valueText(field.field, field.after, language), field.requiresConsent, field.reason);
        }
        html.end();
        html.end();
    }
    return html.finishPage();
}
