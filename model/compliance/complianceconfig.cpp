// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "compliance/complianceconfig.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace {

const QString &memberName()
{
    static const QString name = QStringLiteral("compliance");
    return name;
}

void addField(QCryptographicHash &hash, const QString &text)
{
    hash.addData(text.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1)); // separator, so "ab"+"c" differs from "a"+"bc"
}

void addLocalized(QCryptographicHash &hash, const LocalizedText &text)
{
    for (const auto &[language, value] : text.entries()) {
        addField(hash, language);
        addField(hash, value);
    }
    addField(hash, {});
}

} // namespace

bool Suppression::matches(const Finding &finding) const
{
    if (justification.trimmed().isEmpty() || rule != finding.rule)
        return false;
    if (!kind.isEmpty() && kind != FindingPlace::kindKey(finding.place.kind))
        return false;
    if (!id.isEmpty() && id != finding.place.id)
        return false;
    return field.isEmpty() || field == finding.place.field;
}

ComplianceConfig ComplianceConfig::fromPolicy(const Policy &policy)
{
    ComplianceConfig config;
    const QJsonObject object = policy.extra.value(memberName()).toObject();
    config.profile = object.value(QLatin1StringView("profile")).toString();
    for (const QJsonValue &value : object.value(QLatin1StringView("disabledRules")).toArray()) {
        if (value.isString())
            config.disabledRules << value.toString();
    }
    for (const QJsonValue &value : object.value(QLatin1StringView("suppressions")).toArray()) {
        const QJsonObject item = value.toObject();
        Suppression suppression;
        suppression.rule = item.value(QLatin1StringView("rule")).toString();
        suppression.kind = item.value(QLatin1StringView("kind")).toString();
        suppression.id = item.value(QLatin1StringView("id")).toString();
        suppression.field = item.value(QLatin1StringView("field")).toString();
        suppression.justification = item.value(QLatin1StringView("justification")).toString();
        if (!suppression.rule.isEmpty())
            config.suppressions << suppression;
    }
    config.inventoryDigest = object.value(QLatin1StringView("inventoryDigest")).toString();
    return config;
}

void ComplianceConfig::store(Policy &policy) const
{
    // Keep members a newer version may have added next to ours.
    QJsonObject object = policy.extra.value(memberName()).toObject();
    const auto set = [&object](const QString &key, const QJsonValue &value, bool empty) {
        if (empty)
            object.remove(key);
        else
            object.insert(key, value);
    };
    set(QStringLiteral("profile"), profile, profile.isEmpty());
    set(QStringLiteral("disabledRules"), QJsonArray::fromStringList(disabledRules),
        disabledRules.isEmpty());
    QJsonArray list;
    for (const Suppression &suppression : suppressions) {
        QJsonObject item;
        item.insert(QStringLiteral("rule"), suppression.rule);
        if (!suppression.kind.isEmpty())
            item.insert(QStringLiteral("kind"), suppression.kind);
        if (!suppression.id.isEmpty())
            item.insert(QStringLiteral("id"), suppression.id);
        if (!suppression.field.isEmpty())
            item.insert(QStringLiteral("field"), suppression.field);
        item.insert(QStringLiteral("justification"), suppression.justification);
        list.append(item);
    }
    set(QStringLiteral("suppressions"), list, list.isEmpty());
    set(QStringLiteral("inventoryDigest"), inventoryDigest, inventoryDigest.isEmpty());
    if (object.isEmpty())
        policy.extra.remove(memberName());
    else
        policy.extra.insert(memberName(), object);
}

QString ComplianceStamp::inventoryDigest(const Policy &policy)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Cookie &cookie : policy.cookies) {
        addField(hash, cookie.name);
        addField(hash, cookie.providerId);
        addField(hash, cookie.categoryId);
        addField(hash, cookie.lifetime ? QString::number(cookie.lifetime->seconds())
                                       : QStringLiteral("-"));
        addField(hash, cookie.domain);
        addField(hash, PolicyKeys::toString(cookie.basis));
        addLocalized(hash, cookie.purpose);
        addLocalized(hash, cookie.service);
    }
    return QString::fromLatin1(hash.result().toHex());
}

void ComplianceStamp::markUpdated(Policy &policy, const QDate &today)
{
    policy.meta.lastUpdated = today;
    ComplianceConfig config = ComplianceConfig::fromPolicy(policy);
    config.inventoryDigest = inventoryDigest(policy);
    config.store(policy);
}
