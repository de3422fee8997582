#include "policyreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <initializer_list>
#include <thread>

namespace {

// A named context lupdate can see: a free tr() wrapper would hide every
// string passed through it from the translation catalogue.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicyReader)
};

// Where a member sits in the document ("cookies[3].lifetime"), built only when an
// error is reported so that reading 100,000 cookies allocates no path strings.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    QLatin1StringView key;
    qsizetype index = -1;

    JsonPath child(QLatin1StringView name) const { return JsonPath{this, name, -1}; }
    JsonPath at(qsizetype i) const { return JsonPath{this, {}, i}; }

    QString toString() const
    {
        QString prefix = parent ? parent->toString() : QString();
        if (index >= 0)
            return prefix + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (key.isEmpty())
            return prefix;
        return prefix.isEmpty() ? QString(key) : prefix + QLatin1Char('.') + key;
    }
};

// Converts the parsed JSON into a Policy, stopping at the first member that does
// not fit; `failed` holds the one-line reason.
class PolicyBuilder
{
public:
    QString error;
    bool failed() const { return !error.isEmpty(); }

    bool fail(const JsonPath &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.toString() + QStringLiteral(": ") + message;
        return false;
    }

    // Copies members that are not in `known` into extra (forward compatibility).
    static QJsonObject unknownMembers(const QJsonObject &object,
                                      std::initializer_list<const char *> known)
    {
        // The common case, nothing unknown, is settled by lookups that allocate
        // nothing; iterating keys would build a QString per member.
        qsizetype present = 0;
        for (const char *name : known)
            present += object.contains(QLatin1StringView(name)) ? 1 : 0;
        if (present == object.size())
            return {};
        QJsonObject extra;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool isKnown = false;
            for (const char *name : known)
                isKnown = isKnown || it.key() == QLatin1StringView(name);
            if (!isKnown)
                extra.insert(it.key(), it.value());
        }
        return extra;
    }

    // Each reader comes in two forms: on a value already at hand (the single pass
    // over a cookie's members) and on a named member of an object.
    bool string(const QJsonValue &value, const JsonPath &path, QString &out, bool required = false)
    {
        if (value.isUndefined() || value.isNull()) {
            if (required)
                return fail(path, Tr::tr("missing, expected a string"));
            return true;
        }
        if (!value.isString())
            return fail(path, Tr::tr("expected a string"));
        out = value.toString();
        return true;
    }

    bool string(const QJsonObject &object, const JsonPath &parent, const char *name,
                QString &out, bool required = false)
    {
        return string(object.value(QLatin1StringView(name)), parent.child(QLatin1StringView(name)),
                      out, required);
    }

    bool boolean(const QJsonValue &value, const JsonPath &path, bool &out)
    {
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(path, Tr::tr("expected true or false"));
        out = value.toBool();
        return true;
    }

    bool boolean(const QJsonObject &object, const JsonPath &parent, const char *name, bool &out)
    {
        return boolean(object.value(QLatin1StringView(name)), parent.child(QLatin1StringView(name)), out);
    }

    bool integer(const QJsonObject &object, const JsonPath &parent, const char *name, int &out,
                 int minimum)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1e300);
        if (!value.isDouble() || number != double(qint64(number)) || number < minimum ||
            number > 1e9) {
            return fail(parent.child(QLatin1StringView(name)),
                        Tr::tr("expected a whole number from %1").arg(minimum));
        }
        out = int(number);
        return true;
    }

    bool stringList(const QJsonObject &object, const JsonPath &parent, const char *name,
                    QStringList &out)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (value.isUndefined())
            return true;
        const JsonPath path = parent.child(QLatin1StringView(name));
        if (!value.isArray())
            return fail(path, Tr::tr("expected a list of strings"));
        const QJsonArray array = value.toArray();
        out.clear();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(path.at(i), Tr::tr("expected a string"));
            out.append(array.at(i).toString());
        }
        return true;
    }

    bool localized(const QJsonObject &object, const JsonPath &parent, const char *name,
                   LocalizedText &out)
    {
        return localized(object.value(QLatin1StringView(name)), parent.child(QLatin1StringView(name)),
                         out);
    }

    bool localized(const QJsonValue &value, const JsonPath &path, LocalizedText &out)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject())
            return fail(path, Tr::tr("expected an object of texts by language, such as {\"fr\": \"…\"}"));
        const QJsonObject texts = value.toObject();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            if (!it.value().isString()) {
                return fail(path, Tr::tr("the text for language \"%1\" is not a string")
                                      .arg(it.key()));
            }
            out.set(it.key(), it.value().toString());
        }
        return true;
    }

    template <typename Enum>
    bool keyword(const QJsonValue &value, const JsonPath &path, Enum &out,
                 std::optional<Enum> (*parse)(const QString &), const char *expected)
    {
        if (value.isUndefined())
            return true;
        const std::optional<Enum> parsed = parse(value.toString());
        if (!value.isString() || !parsed)
            return fail(path, Tr::tr("expected one of %1").arg(QLatin1StringView(expected)));
        out = *parsed;
        return true;
    }

    template <typename Enum>
    bool keyword(const QJsonObject &object, const JsonPath &parent, const char *name, Enum &out,
                 std::optional<Enum> (*parse)(const QString &), const char *expected)
    {
        return keyword(object.value(QLatin1StringView(name)), parent.child(QLatin1StringView(name)),
                       out, parse, expected);
    }

    bool color(const QJsonObject &object, const JsonPath &parent, const char *name, QColor &out)
    {
        const QJsonValue value = object.value(QLatin1StringView(name));
        if (value.isUndefined())
            return true;
        const QColor parsed = QColor::fromString(value.toString());
        if (!value.isString() || !parsed.isValid() || !value.toString().startsWith(u'#'))
            return fail(parent.child(QLatin1StringView(name)),
                        Tr::tr("expected a colour such as \"#1d4e89\""));
        out = parsed;
        return true;
    }

    bool object(const QJsonValue &value, const JsonPath &path, QJsonObject &out)
    {
        if (!value.isObject())
            return fail(path, Tr::tr("expected an object"));
        out = value.toObject();
        return true;
    }

    template <typename Item, typename ReadFn>
    bool list(const QJsonObject &root, const JsonPath &parent, const char *name,
              QList<Item> &out, ReadFn read)
    {
        const QJsonValue value = root.value(QLatin1StringView(name));
        if (value.isUndefined())
            return true;
        const JsonPath path = parent.child(QLatin1StringView(name));
        if (!value.isArray())
            return fail(path, Tr::tr("expected a list"));
        const QJsonArray array = value.toArray();
        out.resize(array.size());
        Item *items = out.data();
        const auto readRange = [&array, &path, items, read](PolicyBuilder &builder, qsizetype begin,
                                                            qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                const JsonPath itemPath = path.at(i);
                QJsonObject itemObject;
                if (!builder.object(array.at(i), itemPath, itemObject) ||
                    !(builder.*read)(itemObject, itemPath, items[i]))
                    return false;
            }
            return true;
        };
        // Converting a large list takes longer than parsing it: the second half is
        // converted on another core. The JSON is only read (const access, no detach),
        // and each half writes its own items and reports into its own builder; the
        // first half's error wins, as it would in a sequential read.
        constexpr qsizetype ParallelThreshold = 20000;
        if (array.size() < ParallelThreshold)
            return readRange(*this, 0, array.size());
        const qsizetype half = array.size() / 2;
        PolicyBuilder secondBuilder;
        bool secondOk = false;
        std::thread second([&] { secondOk = readRange(secondBuilder, half, array.size()); });
        const bool firstOk = readRange(*this, 0, half);
        second.join();
        if (firstOk && !secondOk)
            error = secondBuilder.error;
        return firstOk && secondOk;
    }

    bool readMeta(const QJsonObject &o, const JsonPath &path, PolicyMeta &meta)
    {
        QString lastUpdated;
        const bool ok = string(o, path, "siteName", meta.siteName) &&
                        string(o, path, "siteUrl", meta.siteUrl) &&
                        string(o, path, "publisherName", meta.publisherName) &&
                        string(o, path, "publisherAddress", meta.publisherAddress) &&
                        string(o, path, "contactEmail", meta.contactEmail) &&
                        string(o, path, "defaultLanguage", meta.defaultLanguage, true) &&
                        stringList(o, path, "languages", meta.languages) &&
                        integer(o, path, "revision", meta.revision, 1) &&
                        string(o, path, "lastUpdated", lastUpdated);
        if (!ok)
            return false;
        if (meta.defaultLanguage.isEmpty())
            return fail(path.child(QLatin1StringView("defaultLanguage")), Tr::tr("must not be empty"));
        if (!meta.languages.contains(meta.defaultLanguage))
            return fail(path.child(QLatin1StringView("languages")),
                        Tr::tr("must include the default language \"%1\"").arg(meta.defaultLanguage));
        if (!lastUpdated.isEmpty()) {
            meta.lastUpdated = QDate::fromString(lastUpdated, Qt::ISODate);
            if (!meta.lastUpdated.isValid())
                return fail(path.child(QLatin1StringView("lastUpdated")),
                            Tr::tr("expected a date such as \"2026-11-29\""));
        }
        meta.extra = unknownMembers(o, {"siteName", "siteUrl", "publisherName",
                                        "publisherAddress", "contactEmail", "defaultLanguage",
                                        "languages", "revision", "lastUpdated"});
        return true;
    }

    bool readCategory(const QJsonObject &o, const JsonPath &path, Category &category)
    {
        if (!(string(o, path, "id", category.id, true) && localized(o, path, "name", category.name) &&
              localized(o, path, "description", category.description) &&
              boolean(o, path, "required", category.required) &&
              stringList(o, path, "consentModeSignals", category.consentModeSignals)))
            return false;
        category.extra = unknownMembers(o, {"id", "name", "description", "required",
                                            "consentModeSignals"});
        return true;
    }

    bool readProvider(const QJsonObject &o, const JsonPath &path, Provider &provider)
    {
        if (!(string(o, path, "id", provider.id, true) && string(o, path, "name", provider.name) &&
              string(o, path, "website", provider.website) &&
              string(o, path, "privacyPolicyUrl", provider.privacyPolicyUrl) &&
              string(o, path, "country", provider.country)))
            return false;
        provider.extra = unknownMembers(o, {"id", "name", "website", "privacyPolicyUrl", "country"});
        return true;
    }

    bool readLifetime(const QJsonValue &value, const JsonPath &path, std::optional<Lifetime> &out)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (value.isString() && value.toString() == QLatin1StringView("session")) {
            out = Lifetime::session();
            return true;
        }
        const double seconds = value.toDouble(-1);
        if (value.isDouble() && seconds >= 1 && seconds == double(qint64(seconds))) {
            out = Lifetime::fromSeconds(qint64(seconds));
            return true;
        }
        return fail(path, Tr::tr("expected \"session\" or a duration (a whole number of seconds)"));
    }

    enum class CookieMember {
        Name, Match, Provider, Service, Purpose, Category, Lifetime, Domain, Path, Secure,
        Party, Storage, Basis, Unparsed, Unknown
    };

    static CookieMember cookieMember(const QString &key, QLatin1StringView &spelling)
    {
        static const std::pair<QLatin1StringView, CookieMember> members[] = {
            {QLatin1StringView("name"), CookieMember::Name},         {QLatin1StringView("match"), CookieMember::Match},
            {QLatin1StringView("provider"), CookieMember::Provider}, {QLatin1StringView("service"), CookieMember::Service},
            {QLatin1StringView("purpose"), CookieMember::Purpose},   {QLatin1StringView("category"), CookieMember::Category},
            {QLatin1StringView("lifetime"), CookieMember::Lifetime}, {QLatin1StringView("domain"), CookieMember::Domain},
            {QLatin1StringView("path"), CookieMember::Path},         {QLatin1StringView("secure"), CookieMember::Secure},
            {QLatin1StringView("party"), CookieMember::Party},       {QLatin1StringView("storage"), CookieMember::Storage},
            {QLatin1StringView("basis"), CookieMember::Basis},       {QLatin1StringView("unparsed"), CookieMember::Unparsed},
        };
        for (const auto &[name, member] : members) {
            if (key == name) {
                spelling = name;
                return member;
            }
        }
        return CookieMember::Unknown;
    }

    // Cookies are most of a large document: their members are read in one pass
    // over the object instead of one lookup per known member.
    bool readCookie(const QJsonObject &o, const JsonPath &path, Cookie &cookie)
    {
        bool hasName = false;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            const QJsonValue value = it.value();
            QLatin1StringView spelling;
            const CookieMember member = cookieMember(key, spelling);
            const JsonPath at = path.child(spelling);
            bool ok = true;
            switch (member) {
            case CookieMember::Name:
                ok = string(value, at, cookie.name, true);
                hasName = true;
                break;
            case CookieMember::Match:
                ok = keyword(value, at, cookie.match, &PolicyKeys::nameMatch,
                             "\"exact\", \"prefix\", \"regex\"");
                break;
            case CookieMember::Provider: ok = string(value, at, cookie.providerId); break;
            case CookieMember::Service: ok = localized(value, at, cookie.service); break;
            case CookieMember::Purpose: ok = localized(value, at, cookie.purpose); break;
            case CookieMember::Category: ok = string(value, at, cookie.categoryId); break;
            case CookieMember::Lifetime: ok = readLifetime(value, at, cookie.lifetime); break;
            case CookieMember::Domain: ok = string(value, at, cookie.domain); break;
            case CookieMember::Path: ok = string(value, at, cookie.path); break;
            case CookieMember::Secure: ok = boolean(value, at, cookie.secure); break;
            case CookieMember::Party:
                ok = keyword(value, at, cookie.party, &PolicyKeys::party, "\"first\", \"third\"");
                break;
            case CookieMember::Storage:
                ok = keyword(value, at, cookie.storage, &PolicyKeys::storageKind,
                             "\"cookie\", \"localStorage\", \"sessionStorage\", \"pixel\"");
                break;
            case CookieMember::Basis:
                ok = keyword(value, at, cookie.basis, &PolicyKeys::legalBasis,
                             "\"consent\", \"exempt\", \"legitimate-interest\"");
                break;
            case CookieMember::Unparsed: {
                if (!value.isObject())
                    return fail(at, Tr::tr("expected an object"));
                const QJsonObject texts = value.toObject();
                for (auto text = texts.constBegin(); text != texts.constEnd(); ++text)
                    cookie.unparsed.insert(text.key(), text.value().toString());
                break;
            }
            case CookieMember::Unknown: cookie.extra.insert(key, value); break;
            }
            if (!ok)
                return false;
        }
        if (!hasName)
            return fail(path.child(QLatin1StringView("name")), Tr::tr("missing, expected a string"));
        return true;
    }

    bool readSection(const QJsonObject &o, const JsonPath &path, CharterSection &section)
    {
        if (!(string(o, path, "id", section.id) &&
              keyword(o, path, "kind", section.kind, &PolicyKeys::sectionKind,
                      "\"text\", \"cookie-table\"") &&
              localized(o, path, "title", section.title) && localized(o, path, "body", section.body) &&
              string(o, path, "category", section.categoryId)))
            return false;
        section.extra = unknownMembers(o, {"id", "kind", "title", "body", "category"});
        return true;
    }

    bool readBanner(const QJsonObject &o, const JsonPath &path, BannerSettings &banner)
    {
        if (!(localized(o, path, "title", banner.title) &&
              localized(o, path, "description", banner.description) &&
              localized(o, path, "acceptAll", banner.acceptAll) &&
              localized(o, path, "rejectAll", banner.rejectAll) &&
              localized(o, path, "customize", banner.customize) &&
              localized(o, path, "save", banner.save) && localized(o, path, "manage", banner.manage) &&
              keyword(o, path, "layout", banner.layout, &PolicyKeys::layout,
                      "\"bar\", \"box\", \"modal\"") &&
              keyword(o, path, "position", banner.position, &PolicyKeys::position,
                      "\"bottom\", \"top\", \"bottom-left\", \"bottom-right\", \"center\"") &&
              color(o, path, "backgroundColor", banner.background) &&
              color(o, path, "textColor", banner.text) &&
              color(o, path, "buttonColor", banner.buttonBackground) &&
              color(o, path, "buttonTextColor", banner.buttonText) &&
              string(o, path, "consentCookieName", banner.consentCookieName) &&
              integer(o, path, "consentLifetimeDays", banner.consentLifetimeDays, 1) &&
              boolean(o, path, "globalPrivacyControl", banner.honourGlobalPrivacyControl) &&
              boolean(o, path, "googleConsentMode", banner.googleConsentMode)))
            return false;
        banner.extra = unknownMembers(
            o, {"title", "description", "acceptAll", "rejectAll", "customize", "save", "manage",
                "layout", "position", "backgroundColor", "textColor", "buttonColor",
                "buttonTextColor", "consentCookieName", "consentLifetimeDays",
                "globalPrivacyControl", "googleConsentMode"});
        return true;
    }

    bool readPolicy(const QJsonObject &root, Policy &policy)
    {
        const JsonPath top;
        QString format;
        if (!string(root, top, "format", format, true))
            return false;
        if (format != PolicyReader::formatVersion()) {
            if (format.startsWith(QLatin1StringView("charte/")))
                return fail(top.child(QLatin1StringView("format")),
                            Tr::tr("\"%1\" is a newer format than this version of Charte reads "
                               "(charte/1); open it with a newer Charte")
                                .arg(format));
            return fail(top.child(QLatin1StringView("format")),
                        Tr::tr("\"%1\" is not a Charte document format (expected \"charte/1\")")
                            .arg(format));
        }
        QJsonObject metaObject;
        if (!root.contains(QLatin1StringView("meta")))
            return fail(top.child(QLatin1StringView("meta")), Tr::tr("missing, expected an object"));
        if (!object(root.value(QLatin1StringView("meta")), top.child(QLatin1StringView("meta")),
                    metaObject) ||
            !readMeta(metaObject, top.child(QLatin1StringView("meta")), policy.meta))
            return false;
        if (!list(root, top, "categories", policy.categories, &PolicyBuilder::readCategory) ||
            !list(root, top, "providers", policy.providers, &PolicyBuilder::readProvider) ||
            !list(root, top, "cookies", policy.cookies, &PolicyBuilder::readCookie) ||
            !list(root, top, "charter", policy.charter, &PolicyBuilder::readSection))
            return false;
        if (root.contains(QLatin1StringView("banner"))) {
            QJsonObject bannerObject;
            const JsonPath bannerPath = top.child(QLatin1StringView("banner"));
            if (!object(root.value(QLatin1StringView("banner")), bannerPath, bannerObject) ||
                !readBanner(bannerObject, bannerPath, policy.banner))
                return false;
        }
        policy.extra = unknownMembers(root, {"format", "meta", "categories", "providers",
                                             "cookies", "charter", "banner"});
        return true;
    }
};

// 1-based line and column of a byte offset, for "FILE:LINE:COLUMN" messages.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so that editors agree on them.
    const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

Expected<Policy> PolicyReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Policy>::failure(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > MaximumFileSize)
        return Expected<Policy>::failure(
            path + QStringLiteral(": ") +
            Tr::tr("the file is %1 MiB, more than the %2 MiB a Charte document may have")
                .arg(file.size() >> 20)
                .arg(MaximumFileSize >> 20));
    return read(file.readAll(), path);
}

Expected<Policy> PolicyReader::read(const QByteArray &input, const QString &sourceName)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // tolerate the byte order mark some editors add
    if (data.trimmed().isEmpty())
        return Expected<Policy>::failure(sourceName + QStringLiteral(": ") +
                                         Tr::tr("the file is empty, expected a Charte document"));

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        const QString where =
            sourceName + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') +
            QString::number(column) + QStringLiteral(": ");
        if (parseError.error == QJsonParseError::IllegalUTF8String)
            return Expected<Policy>::failure(
                where + Tr::tr("the file is not valid UTF-8; save it as UTF-8 and try again"));
        return Expected<Policy>::failure(where + Tr::tr("malformed JSON: %1").arg(parseError.errorString()));
    }
    if (!json.isObject())
        return Expected<Policy>::failure(sourceName + QStringLiteral(": ") +
                                         Tr::tr("expected a JSON object with \"format\": \"charte/1\""));

    PolicyBuilder builder;
    Policy policy;
    if (!builder.readPolicy(json.object(), policy))
        return Expected<Policy>::failure(sourceName + QStringLiteral(": ") + builder.error);
    return policy;
}
