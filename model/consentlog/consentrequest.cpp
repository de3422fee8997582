// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "consentlog/consentrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

bool isToken(const QString &text, qsizetype minimum, qsizetype maximum, bool allowUpper)
{
    if (text.size() < minimum || text.size() > maximum)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'_' || (allowUpper && u >= u'A' && u <= u'Z');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Expected<ConsentRecord> ConsentRequestReader::read(const QByteArray &body, const QDateTime &now) const
{
    using Result = Expected<ConsentRecord>;
    if (body.size() > MaximumBodySize)
        return Result::failure(QStringLiteral("body over %1 bytes").arg(MaximumBodySize));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result::failure(QStringLiteral("malformed JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!document.isObject())
        return Result::failure(QStringLiteral("the body is not a JSON object"));
    const QJsonObject object = document.object();
    static const QStringList members = {
        QStringLiteral("id"),         QStringLiteral("revision"), QStringLiteral("timestamp"),
        QStringLiteral("method"),     QStringLiteral("categories"), QStringLiteral("gpc"),
        QStringLiteral("page")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!members.contains(it.key()))
            return Result::failure(QStringLiteral("unknown member \"%1\"").arg(it.key().left(64)));
    }
    for (const QString &member : members) {
        if (!object.contains(member))
            return Result::failure(QStringLiteral("missing member \"%1\"").arg(member));
    }

    ConsentRecord record;
    const QJsonValue id = object.value(u"id");
    // Charte's banner draws 32 hex digits, vanilla-cookieconsent a UUID.
    if (!id.isString() || !isToken(id.toString(), 8, 64, true))
        return Result::failure(QStringLiteral("\"id\" must be 8 to 64 letters, digits, - or _"));
    record.consentId = id.toString();

    const QJsonValue revision = object.value(u"revision");
    const double number = revision.toDouble(-1);
    if (!revision.isDouble() || number < 0 || number > 2147483647.0 || number != qint64(number))
        return Result::failure(QStringLiteral("\"revision\" must be a whole number from 0"));
    record.revision = qint64(number);

    const QJsonValue timestamp = object.value(u"timestamp");
    static const QRegularExpression isoForm(QStringLiteral(
        R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?(Z|[+-]\d\d:\d\d)$)"));
    const QString timeText = timestamp.toString();
    record.clientTime = isoForm.match(timeText).hasMatch() ? ConsentRecord::parseTime(timeText)
                                                           : QDateTime();
    if (!timestamp.isString() || !record.clientTime.isValid())
        return Result::failure(
            QStringLiteral("\"timestamp\" must be an ISO 8601 time with its zone (2026-03-14T09:30:00.000Z)"));
    if (record.clientTime > now.addSecs(FutureToleranceSeconds))
        return Result::failure(QStringLiteral("\"timestamp\" is more than a day in the future"));

    const QString method = object.value(u"method").toString();
    if (!ConsentRecord::methods().contains(method))
        return Result::failure(QStringLiteral("\"method\" must be one of %1")
                                   .arg(ConsentRecord::methods().join(QStringLiteral(", "))));
    record.method = method;

    const QJsonValue categories = object.value(u"categories");
    if (!categories.isObject() || categories.toObject().isEmpty() || categories.toObject().size() > 64)
        return Result::failure(QStringLiteral("\"categories\" must be an object of 1 to 64 categories"));
    const QJsonObject choices = categories.toObject();
    for (auto it = choices.begin(); it != choices.end(); ++it) {
        if (!isToken(it.key(), 1, 64, true))
            return Result::failure(QStringLiteral("category id \"%1\" is not an id").arg(it.key().left(64)));
        if (!m_categories.isEmpty() && !m_categories.contains(it.key()))
            return Result::failure(QStringLiteral("category \"%1\" is not in the policy").arg(it.key()));
        if (!it.value().isBool())
            return Result::failure(QStringLiteral("category \"%1\" must be true or false").arg(it.key()));
        record.categories.insert(it.key(), it.value().toBool());
    }

    const QJsonValue gpc = object.value(u"gpc");
    if (!gpc.isBool())
        return Result::failure(QStringLiteral("\"gpc\" must be true or false"));
    record.gpc = gpc.toBool();

    const QString page = object.value(u"page").toString();
    const QUrl url(page, QUrl::StrictMode);
    if (!object.value(u"page").isString() || page.size() > 2048 || !url.isValid() ||
        (url.scheme() != QLatin1StringView("https") && url.scheme() != QLatin1StringView("http")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty())
        return Result::failure(QStringLiteral("\"page\" must be an http(s) address of at most 2048 characters"));
    // The banner strips them; a query or fragment can carry personal data, so a
    // record that has one is refused rather than stored.
    if (url.hasQuery() || url.hasFragment() || page.contains(u'?') || page.contains(u'#'))
        return Result::failure(QStringLiteral("\"page\" must not have a query string or fragment"));
    record.page = page;
    return record;
}
