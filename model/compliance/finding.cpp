#include "compliance/finding.h"

#include "document/languages.h"

QString SeverityKeys::toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> SeverityKeys::fromString(const QString &key)
{
    for (Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (key == toString(severity))
            return severity;
    }
    return std::nullopt;
}

QString TwoLanguageText::text(const QString &language) const
{
    return Languages::isFrench(language) && !fr.isEmpty() ? fr : en;
}

FindingPlace FindingPlace::document(const QString &field)
{
    return {Kind::Document, -1, {}, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::cookie(qsizetype index, const QString &name, const QString &field)
{
    return {Kind::Cookie, index, name, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::category(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Category, index, id, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::provider(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Provider, index, id, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::banner(const QString &field)
{
    return {Kind::Banner, -1, {}, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::section(qsizetype index, const QString &id, const QString &field)
{
    return {Kind::Section, index, id, field, {}, {}, {}, {}};
}

FindingPlace FindingPlace::siteCookie(qsizetype declaredIndex, const QString &name,
                                      const QString &domain, const QString &url)
{
    return {Kind::Cookie, declaredIndex, name, {}, {}, domain, url, {}};
}

FindingPlace FindingPlace::siteHost(const QString &host)
{
    return {Kind::Document, -1, {}, {}, {}, host, {}, {}};
}

QString FindingPlace::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Document:
        return QStringLiteral("document");
    case Kind::Cookie:
        return QStringLiteral("cookie");
    case Kind::Category:
        return QStringLiteral("category");
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Banner:
        return QStringLiteral("banner");
    case Kind::Section:
        return QStringLiteral("section");
    }
    return {};
}

QString FindingPlace::describe(const QString &uiLanguage) const
{
    const bool french = Languages::isFrench(uiLanguage);
    QString text;
    switch (kind) {
    case Kind::Document:
        text = french ? QStringLiteral("document") : QStringLiteral("document");
        break;
    case Kind::Cookie:
        text = (french ? QStringLiteral("cookie %1 (ligne %2)") : QStringLiteral("cookie %1 (row %2)"))
                   .arg(id.isEmpty() ? QStringLiteral("?") : id)
                   .arg(index + 1);
        break;
    case Kind::Category:
        text = (french ? QStringLiteral("catégorie %1") : QStringLiteral("category %1")).arg(id);
        break;
    case Kind::Provider:
        text = (french ? QStringLiteral("fournisseur %1") : QStringLiteral("provider %1")).arg(id);
        break;
    case Kind::Banner:
        text = french ? QStringLiteral("bandeau") : QStringLiteral("banner");
        break;
    case Kind::Section:
        text = (french ? QStringLiteral("section %1") : QStringLiteral("section %1")).arg(id);
        break;
    }
    if (!field.isEmpty())
        text += QStringLiteral(", ") + field;
    if (!language.isEmpty())
        text += QStringLiteral(" [") + language + QLatin1Char(']');
    return text;
}
