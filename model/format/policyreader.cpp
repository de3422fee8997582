// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "format/policyreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// The JSON is parsed by simdjson into its read-only tape, and the Policy is built
// straight from that tape. Going through QJsonDocument cost more than twice the
// parse itself: every member became a QJsonValue and then a QString again. The
// tape also lets the cookies, most of a large document, be converted on two cores.

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Where a member sits in the document ("cookies[3].lifetime"), built only when an
// error is reported so that reading 100,000 cookies allocates no path strings.
struct JsonPath
{
    const JsonPath *parent = nullptr;
    QLatin1StringView key;
    qsizetype index = -1;

    JsonPath child(std::string_view name) const
    {
        return JsonPath{this, QLatin1StringView(name.data(), qsizetype(name.size())), -1};
    }
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

QString fromUtf8(std::string_view text)
{
    // QString::fromUtf8 drops a leading byte order mark. Inside a document it is a
    // character like any other: "\uFEFFcookies" is a member of its own, not "cookies".
    constexpr std::string_view Bom = "\xEF\xBB\xBF";
    qsizetype marks = 0;
    while (text.starts_with(Bom)) {
        text.remove_prefix(Bom.size());
        ++marks;
    }
    const QString rest = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return marks == 0 ? rest : QString(marks, QChar(0xFEFF)) + rest;
}

// The first member name an object gives twice, if any (compared as decoded UTF-8).
std::optional<std::string_view> repeatedKey(simdjson::dom::object object)
{
    // Objects of texts by language have a handful of members: compared in place.
    constexpr std::size_t Small = 8;
    std::array<std::string_view, Small> first;
    std::size_t count = 0;
    std::unordered_set<std::string_view> many;
    for (const auto &[key, value] : object) {
        if (count < Small) {
            if (std::find(first.begin(), first.begin() + count, key) != first.begin() + count)
                return key;
            first[count++] = key;
            continue;
        }
        if (many.empty())
            many.insert(first.begin(), first.end());
        if (!many.insert(key).second)
            return key;
    }
    return std::nullopt;
}

// The offset of the first string (a member name or a value) longer, as written, than
// PolicyReader::MaximumTextSize, or -1. Run before parsing, so that such a text is
// refused before it costs memory: quote to quote with memchr, a quote after an odd
// run of backslashes being part of the string. Quotes only occur in strings in valid
// JSON; in broken JSON the parser reports the problem afterwards.
qsizetype firstOverlongString(QByteArrayView data)
{
    const char *const begin = data.data();
    const qsizetype size = data.size();
    qsizetype pos = 0;
    for (;;) {
        const auto *open = static_cast<const char *>(std::memchr(begin + pos, '"', std::size_t(size - pos)));
        if (!open)
            return -1;
        const qsizetype start = open - begin;
        qsizetype end = start + 1;
        for (;;) {
            const auto *close = static_cast<const char *>(std::memchr(begin + end, '"', std::size_t(size - end)));
            if (!close)
                return -1;
            end = close - begin;
            qsizetype backslashes = 0;
            while (begin[end - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
            ++end;
        }
        if (end - start - 1 > PolicyReader::MaximumTextSize)
            return start;
        pos = end + 1;
    }
}

// The byte offset of the first member name given twice in one object, in document
// order, or -1. simdjson keeps no offsets, and this is only needed for the message,
// so the text is walked again. It has been parsed, so it is well formed JSON no
// deeper than simdjson allows.
class RepeatedMemberFinder
{
public:
    explicit RepeatedMemberFinder(QByteArrayView data) : m_data(data) {}

    qsizetype find()
    {
        value();
        return m_found;
    }

private:
    char peek() const { return m_pos < m_data.size() ? m_data.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_data.size() && std::string_view(" \t\r\n").find(m_data.at(m_pos)) != std::string_view::npos)
            ++m_pos;
    }

    QString string()
    {
        ++m_pos; // the opening quote
        QString out;
        qsizetype runStart = m_pos;
        const auto flush = [&] {
            out += fromUtf8(std::string_view(m_data.data() + runStart, std::size_t(m_pos - runStart)));
        };
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '"') {
                flush();
                ++m_pos;
                return out;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            const char escaped = m_pos + 1 < m_data.size() ? m_data.at(m_pos + 1) : '\0';
            if (escaped == 'u') {
                out += QChar(char16_t(m_data.sliced(m_pos + 2, 4).toByteArray().toUShort(nullptr, 16)));
                m_pos += 6;
            } else {
                constexpr std::string_view from = "bfnrt";
                constexpr std::string_view to = "\b\f\n\r\t";
                const std::size_t at = from.find(escaped);
                out += QLatin1Char(at == std::string_view::npos ? escaped : to[at]);
                m_pos += 2;
            }
            runStart = m_pos;
        }
        return out;
    }

    void value()
    {
        skipSpace();
        const char c = peek();
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            ++m_pos;
            skipSpace();
            if (peek() == (object ? '}' : ']')) {
                ++m_pos;
                return;
            }
            QSet<QString> names;
            while (m_found < 0 && m_pos < m_data.size()) {
                if (object) {
                    skipSpace();
                    const qsizetype at = m_pos;
                    const QString name = string();
                    if (names.contains(name)) {
                        m_found = at;
                        return;
                    }
                    names.insert(name);
                    skipSpace();
                    ++m_pos; // the colon
                }
                value();
                skipSpace();
                if (peek() != ',') {
                    ++m_pos; // the closing bracket
                    return;
                }
                ++m_pos;
            }
        } else if (c == '"') {
            string();
        } else {
            while (m_pos < m_data.size() && std::string_view(",]} \t\r\n").find(peek()) == std::string_view::npos)
                ++m_pos;
        }
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_found = -1;
};

class ElementReader;

enum class Presence { Optional, RequiredString, RequiredObject };

// What an object may contain: each known member with the function that reads it
// into the target. Members not listed go to the target's `extra`.
template <typename Target>
struct Member
{
    std::string_view key;
    bool (*read)(ElementReader &, element, const JsonPath &, Target &);
    Presence presence = Presence::Optional;
};

template <typename T>
struct MemberPointer;
template <typename Class, typename Value>
struct MemberPointer<Value Class::*>
{
    using Target = Class;
    using Type = Value;
};

// Reads one value of a document into Policy parts, stopping at the first value that
// does not fit; `error` then holds the one-line reason with the value's path.
class ElementReader
{
public:
    QString error;
    bool repeatedMember = false; // the error is a member name given twice

    bool fail(const JsonPath &path, const QString &message)
    {
        if (error.isEmpty())
            error = path.toString() + QStringLiteral(": ") + message;
        return false;
    }

    // Two members of one name would be read as one and saved as one: the other's
    // content would be lost without a word.
    bool failRepeated(const JsonPath &path, std::string_view key)
    {
        if (error.isEmpty())
            repeatedMember = true;
        return fail(path, QCoreApplication::translate("PolicyReader", "the member \"%1\" appears twice in this object")
                              .arg(fromUtf8(key)));
    }

    // Unknown members are kept as JSON so that they are written back unchanged.
    bool json(element value, const JsonPath &path, QJsonValue &out)
    {
        switch (value.type()) {
        case element_type::ARRAY: {
            simdjson::dom::array items;
            if (value.get_array().get(items) != simdjson::SUCCESS)
                return true;
            QJsonArray array;
            qsizetype index = 0;
            for (element item : items) {
                QJsonValue itemValue;
                if (!json(item, path.at(index++), itemValue))
                    return false;
                array.append(itemValue);
            }
            out = array;
            return true;
        }
        case element_type::OBJECT: {
            simdjson::dom::object members;
            if (value.get_object().get(members) != simdjson::SUCCESS)
                return true;
            QJsonObject object;
            for (const auto &[key, member] : members) {
                const QString name = fromUtf8(key);
                if (object.contains(name))
                    return failRepeated(path, key);
                QJsonValue memberValue;
                if (!json(member, path.child(key), memberValue))
                    return false;
                object.insert(name, memberValue);
            }
            out = object;
            return true;
        }
        case element_type::INT64: out = QJsonValue(qint64(value.get_int64().value_unsafe())); return true;
        case element_type::UINT64: out = QJsonValue(double(value.get_uint64().value_unsafe())); return true;
        case element_type::DOUBLE: out = QJsonValue(value.get_double().value_unsafe()); return true;
        case element_type::STRING: out = QJsonValue(fromUtf8(value.get_string().value_unsafe())); return true;
        case element_type::BOOL: out = QJsonValue(value.get_bool().value_unsafe()); return true;
        case element_type::NULL_VALUE: out = QJsonValue(QJsonValue::Null); return true;
        }
        return true;
    }

    // A member table entry that reads `Field` of its target with `Read`.
    template <auto Field, auto Read>
    static bool field(ElementReader &reader, element value, const JsonPath &path,
                      typename MemberPointer<decltype(Field)>::Target &target)
    {
        return (reader.*Read)(value, path, target.*Field);
    }

    template <typename Target, std::size_t N>
    bool members(element value, const JsonPath &path, Target &target,
                 const Member<Target> (&table)[N], QJsonObject &extra)
    {
        static_assert(N <= 32, "presence is tracked in a 32-bit mask");
        simdjson::dom::object object;
        if (value.get_object().get(object) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected an object"));
        std::uint32_t seen = 0;
        for (const auto &[key, memberValue] : object) {
            std::size_t index = 0;
            while (index < N && table[index].key != key)
                ++index;
            if (index == N) {
                // Only a name equal byte for byte is the known member: "\uFEFFcookies"
                // is an unknown member of its own.
                const QString name = fromUtf8(key);
                if (extra.contains(name))
                    return failRepeated(path, key);
                QJsonValue extraValue;
                if (!json(memberValue, path.child(key), extraValue))
                    return false;
                extra.insert(name, extraValue);
                continue;
            }
            if (seen & (std::uint32_t(1) << index))
                return failRepeated(path, key);
            seen |= std::uint32_t(1) << index;
            if (!table[index].read(*this, memberValue, path.child(table[index].key), target))
                return false;
        }
        for (std::size_t index = 0; index < N; ++index) {
            if (seen & (std::uint32_t(1) << index))
                continue;
            if (table[index].presence == Presence::RequiredString)
                return fail(path.child(table[index].key), QCoreApplication::translate("PolicyReader", "missing, expected a string"));
            if (table[index].presence == Presence::RequiredObject)
                return fail(path.child(table[index].key), QCoreApplication::translate("PolicyReader", "missing, expected an object"));
        }
        return true;
    }

    // Reads a list of objects. Lists that are long enough to matter (the cookies of
    // a large site) are read in two halves on two cores: the tape is only read, each
    // half writes its own items and reports into its own reader, and the first half's
    // error wins, as it would in a sequential read.
    template <typename Item>
    bool list(element value, const JsonPath &path, QList<Item> &out,
              bool (ElementReader::*readItem)(element, const JsonPath &, Item &))
    {
        simdjson::dom::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a list"));
        // A dom::array is walked, not indexed: collect the items to split them.
        std::vector<element> items(array.begin(), array.end());
        out.resize(qsizetype(items.size()));
        Item *target = out.data();
        const auto readRange = [&](ElementReader &reader, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) {
                if (!(reader.*readItem)(items[i], path.at(qsizetype(i)), target[i]))
                    return false;
            }
            return true;
        };
        constexpr std::size_t ParallelThreshold = 20000;
        if (items.size() < ParallelThreshold)
            return readRange(*this, 0, items.size());
        const std::size_t half = items.size() / 2;
        ElementReader secondReader;
        bool secondOk = false;
        std::thread second([&] { secondOk = readRange(secondReader, half, items.size()); });
        const bool firstOk = readRange(*this, 0, half);
        second.join();
        if (firstOk && !secondOk) {
            error = secondReader.error;
            repeatedMember = secondReader.repeatedMember;
        }
        return firstOk && secondOk;
    }

    // Value readers. A null counts as absent where the format allows a member to be
    // left out.
    bool string(element value, const JsonPath &path, QString &out)
    {
        return text(value, path, out, Sharing::Own);
    }

    // Ids, domains and paths repeat through a document: equal ones share one QString,
    // which saves an allocation per cookie and per field.
    bool sharedString(element value, const JsonPath &path, QString &out)
    {
        return text(value, path, out, Sharing::Shared);
    }

    bool boolean(element value, const JsonPath &path, bool &out)
    {
        if (value.get_bool().get(out) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected true or false"));
        return true;
    }

    bool count(element value, const JsonPath &path, int &out)
    {
        constexpr int Minimum = 1;
        double number = 0;
        if (value.get_double().get(number) != simdjson::SUCCESS || number != double(qint64(number)) ||
            number < Minimum || number > 1e9)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a whole number from %1").arg(Minimum));
        out = int(number);
        return true;
    }

    bool stringList(element value, const JsonPath &path, QStringList &out)
    {
        simdjson::dom::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a list of strings"));
        out.clear();
        qsizetype index = 0;
        for (element item : array) {
            std::string_view text;
            if (item.get_string().get(text) != simdjson::SUCCESS)
                return fail(path.at(index), QCoreApplication::translate("PolicyReader", "expected a string"));
            out.append(shared(text));
            ++index;
        }
        return true;
    }

    bool localized(element value, const JsonPath &path, LocalizedText &out)
    {
        if (value.is_null())
            return true;
        simdjson::dom::object texts;
        if (value.get_object().get(texts) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected an object of texts by language, such as {\"fr\": \"…\"}"));
        if (const std::optional<std::string_view> repeated = repeatedKey(texts))
            return failRepeated(path, *repeated);
        for (const auto &[language, textValue] : texts) {
            std::string_view text;
            if (textValue.get_string().get(text) != simdjson::SUCCESS)
                return fail(path, QCoreApplication::translate("PolicyReader", "the text for language \"%1\" is not a string")
                                      .arg(fromUtf8(language)));
            out.set(shared(language), fromUtf8(text));
        }
        return true;
    }

    // Free texts an import could not understand, by field name.
    bool unparsedTexts(element value, const JsonPath &path, QMap<QString, QString> &out)
    {
        simdjson::dom::object texts;
        if (value.get_object().get(texts) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected an object"));
        if (const std::optional<std::string_view> repeated = repeatedKey(texts))
            return failRepeated(path, *repeated);
        for (const auto &[fieldName, textValue] : texts) {
            std::string_view text;
            if (textValue.get_string().get(text) != simdjson::SUCCESS)
                return fail(path, QCoreApplication::translate("PolicyReader", "expected a string"));
            out.insert(fromUtf8(fieldName), fromUtf8(text));
        }
        return true;
    }

    template <typename Enum>
    bool keyword(element value, const JsonPath &path, Enum &out,
                 std::optional<Enum> (*parse)(QAnyStringView), const char *expected)
    {
        std::string_view text;
        std::optional<Enum> parsed;
        if (value.get_string().get(text) == simdjson::SUCCESS)
            parsed = parse(QUtf8StringView(text.data(), qsizetype(text.size())));
        if (!parsed)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected one of %1").arg(QLatin1StringView(expected)));
        out = *parsed;
        return true;
    }

    bool nameMatch(element value, const JsonPath &path, NameMatch &out)
    {
        return keyword(value, path, out, &PolicyKeys::nameMatch, "\"exact\", \"prefix\", \"regex\"");
    }
    bool party(element value, const JsonPath &path, Party &out)
    {
        return keyword(value, path, out, &PolicyKeys::party, "\"first\", \"third\"");
    }
    bool storage(element value, const JsonPath &path, StorageKind &out)
    {
        return keyword(value, path, out, &PolicyKeys::storageKind,
                       "\"cookie\", \"localStorage\", \"sessionStorage\", \"pixel\"");
    }
    bool basis(element value, const JsonPath &path, LegalBasis &out)
    {
        return keyword(value, path, out, &PolicyKeys::legalBasis,
                       "\"consent\", \"exempt\", \"legitimate-interest\"");
    }
    bool sectionKind(element value, const JsonPath &path, CharterSection::Kind &out)
    {
        return keyword(value, path, out, &PolicyKeys::sectionKind,
                       "\"text\", \"cookie-table\", \"changes\"");
    }
    bool layout(element value, const JsonPath &path, BannerSettings::Layout &out)
    {
        return keyword(value, path, out, &PolicyKeys::layout, "\"bar\", \"box\", \"modal\"");
    }
    bool position(element value, const JsonPath &path, BannerSettings::Position &out)
    {
        return keyword(value, path, out, &PolicyKeys::position,
                       "\"bottom\", \"top\", \"bottom-left\", \"bottom-right\", \"center\"");
    }

    bool color(element value, const JsonPath &path, QColor &out)
    {
        std::string_view text;
        QColor parsed;
        if (value.get_string().get(text) == simdjson::SUCCESS && text.starts_with('#'))
            parsed = QColor::fromString(QUtf8StringView(text.data(), qsizetype(text.size())));
        if (!parsed.isValid())
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a colour such as \"#1d4e89\""));
        out = parsed;
        return true;
    }

    bool date(element value, const JsonPath &path, QDate &out)
    {
        if (value.is_null())
            return true;
        std::string_view text;
        if (value.get_string().get(text) == simdjson::SUCCESS)
            out = QDate::fromString(fromUtf8(text), Qt::ISODate);
        if (!out.isValid())
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a date such as \"2026-11-29\""));
        return true;
    }

    bool lifetime(element value, const JsonPath &path, std::optional<Lifetime> &out)
    {
        if (value.is_null())
            return true;
        std::string_view text;
        if (value.get_string().get(text) == simdjson::SUCCESS && text == "session") {
            out = Lifetime::session();
            return true;
        }
        double seconds = 0;
        if (value.is_number() && value.get_double().get(seconds) == simdjson::SUCCESS &&
            seconds >= 1 && seconds <= double(Lifetime::Maximum) && seconds == double(qint64(seconds))) {
            out = Lifetime::fromSeconds(qint64(seconds));
            return true;
        }
        return fail(path, QCoreApplication::translate("PolicyReader", "expected \"session\" or a duration (a whole number of seconds)"));
    }

    // The parts of a document.
    bool meta(element value, const JsonPath &path, PolicyMeta &meta);
    bool category(element value, const JsonPath &path, Category &category);
    bool provider(element value, const JsonPath &path, Provider &provider);
    bool cookie(element value, const JsonPath &path, Cookie &cookie);
    bool section(element value, const JsonPath &path, CharterSection &section);
    bool publishedRevision(element value, const JsonPath &path, PublishedRevision &revision);
    bool banner(element value, const JsonPath &path, BannerSettings &banner);
    bool policy(element value, Policy &policy);

private:
    enum class Sharing { Own, Shared };

    bool text(element value, const JsonPath &path, QString &out, Sharing sharing)
    {
        if (value.is_null())
            return true;
        std::string_view utf8;
        if (value.get_string().get(utf8) != simdjson::SUCCESS)
            return fail(path, QCoreApplication::translate("PolicyReader", "expected a string"));
        out = sharing == Sharing::Shared ? shared(utf8) : fromUtf8(utf8);
        return true;
    }

    QString shared(std::string_view text)
    {
        if (text.size() > 64)
            return fromUtf8(text);
        const auto found = m_shared.find(text);
        if (found != m_shared.end())
            return found->second;
        return m_shared.emplace(text, fromUtf8(text)).first->second;
    }

    // The views point into the parser's string buffer, which outlives the reader.
    std::unordered_map<std::string_view, QString> m_shared;
};

using R = ElementReader;

bool ElementReader::meta(element value, const JsonPath &path, PolicyMeta &meta)
{
    static constexpr Member<PolicyMeta> table[] = {
        {"siteName", R::field<&PolicyMeta::siteName, &R::string>},
        {"siteUrl", R::field<&PolicyMeta::siteUrl, &R::string>},
        {"publisherName", R::field<&PolicyMeta::publisherName, &R::string>},
        {"publisherAddress", R::field<&PolicyMeta::publisherAddress, &R::string>},
        {"contactEmail", R::field<&PolicyMeta::contactEmail, &R::string>},
        {"defaultLanguage", R::field<&PolicyMeta::defaultLanguage, &R::string>,
         Presence::RequiredString},
        {"languages", R::field<&PolicyMeta::languages, &R::stringList>},
        {"revision", R::field<&PolicyMeta::revision, &R::count>},
        {"lastUpdated", R::field<&PolicyMeta::lastUpdated, &R::date>},
    };
    if (!members(value, path, meta, table, meta.extra))
        return false;
    if (meta.defaultLanguage.isEmpty())
        return fail(path.child("defaultLanguage"), QCoreApplication::translate("PolicyReader", "must not be empty"));
    if (!meta.languages.contains(meta.defaultLanguage))
        return fail(path.child("languages"),
                    QCoreApplication::translate("PolicyReader", "must include the default language \"%1\"").arg(meta.defaultLanguage));
    return true;
}

bool ElementReader::category(element value, const JsonPath &path, Category &category)
{
    static constexpr Member<Category> table[] = {
        {"id", R::field<&Category::id, &R::sharedString>, Presence::RequiredString},
        {"name", R::field<&Category::name, &R::localized>},
        {"description", R::field<&Category::description, &R::localized>},
        {"required", R::field<&Category::required, &R::boolean>},
        {"consentModeSignals", R::field<&Category::consentModeSignals, &R::stringList>},
    };
    return members(value, path, category, table, category.extra);
}

bool ElementReader::provider(element value, const JsonPath &path, Provider &provider)
{
    static constexpr Member<Provider> table[] = {
        {"id", R::field<&Provider::id, &R::sharedString>, Presence::RequiredString},
        {"name", R::field<&Provider::name, &R::string>},
        {"website", R::field<&Provider::website, &R::string>},
        {"privacyPolicyUrl", R::field<&Provider::privacyPolicyUrl, &R::string>},
        {"country", R::field<&Provider::country, &R::sharedString>},
    };
    return members(value, path, provider, table, provider.extra);
}

bool ElementReader::cookie(element value, const JsonPath &path, Cookie &cookie)
{
    // In the order the writer puts them, so that the lookup usually stops early.
    static constexpr Member<Cookie> table[] = {
        {"name", R::field<&Cookie::name, &R::string>, Presence::RequiredString},
        {"match", R::field<&Cookie::match, &R::nameMatch>},
        {"provider", R::field<&Cookie::providerId, &R::sharedString>},
        {"service", R::field<&Cookie::service, &R::localized>},
        {"purpose", R::field<&Cookie::purpose, &R::localized>},
        {"category", R::field<&Cookie::categoryId, &R::sharedString>},
        {"lifetime", R::field<&Cookie::lifetime, &R::lifetime>},
        {"domain", R::field<&Cookie::domain, &R::sharedString>},
        {"path", R::field<&Cookie::path, &R::sharedString>},
        {"secure", R::field<&Cookie::secure, &R::boolean>},
        {"party", R::field<&Cookie::party, &R::party>},
        {"storage", R::field<&Cookie::storage, &R::storage>},
        {"basis", R::field<&Cookie::basis, &R::basis>},
        {"unparsed", R::field<&Cookie::unparsed, &R::unparsedTexts>},
    };
    return members(value, path, cookie, table, cookie.extra);
}

bool ElementReader::section(element value, const JsonPath &path, CharterSection &section)
{
    static constexpr Member<CharterSection> table[] = {
        {"id", R::field<&CharterSection::id, &R::string>},
        {"kind", R::field<&CharterSection::kind, &R::sectionKind>},
        {"title", R::field<&CharterSection::title, &R::localized>},
        {"body", R::field<&CharterSection::body, &R::localized>},
        {"category", R::field<&CharterSection::categoryId, &R::sharedString>},
    };
    return members(value, path, section, table, section.extra);
}

bool ElementReader::publishedRevision(element value, const JsonPath &path, PublishedRevision &revision)
{
    static constexpr Member<PublishedRevision> table[] = {
        {"revision", R::field<&PublishedRevision::revision, &R::count>},
        {"date", R::field<&PublishedRevision::date, &R::date>},
        {"summary", R::field<&PublishedRevision::summary, &R::localized>},
        {"note", R::field<&PublishedRevision::note, &R::string>},
    };
    return members(value, path, revision, table, revision.extra);
}

bool ElementReader::banner(element value, const JsonPath &path, BannerSettings &banner)
{
    using B = BannerSettings;
    static constexpr Member<B> table[] = {
        {"title", R::field<&B::title, &R::localized>},
        {"description", R::field<&B::description, &R::localized>},
        {"acceptAll", R::field<&B::acceptAll, &R::localized>},
        {"rejectAll", R::field<&B::rejectAll, &R::localized>},
        {"customize", R::field<&B::customize, &R::localized>},
        {"save", R::field<&B::save, &R::localized>},
        {"manage", R::field<&B::manage, &R::localized>},
        {"layout", R::field<&B::layout, &R::layout>},
        {"position", R::field<&B::position, &R::position>},
        {"backgroundColor", R::field<&B::background, &R::color>},
        {"textColor", R::field<&B::text, &R::color>},
        {"buttonColor", R::field<&B::buttonBackground, &R::color>},
        {"buttonTextColor", R::field<&B::buttonText, &R::color>},
        {"consentCookieName", R::field<&B::consentCookieName, &R::string>},
        {"consentLifetimeDays", R::field<&B::consentLifetimeDays, &R::count>},
        {"consentLogUrl", R::field<&B::consentLogUrl, &R::string>},
        {"globalPrivacyControl", R::field<&B::honourGlobalPrivacyControl, &R::boolean>},
        {"googleConsentMode", R::field<&B::googleConsentMode, &R::boolean>},
    };
    return members(value, path, banner, table, banner.extra);
}

bool ElementReader::policy(element value, Policy &policy)
{
    const JsonPath top;
    simdjson::dom::object root;
    if (value.get_object().get(root) != simdjson::SUCCESS) {
        error = QCoreApplication::translate("PolicyReader", "expected a JSON object with \"format\": \"charte/1\"");
        return false;
    }
    // The format is settled before anything else, so that a newer document is refused
    // as such rather than for a member this version does not understand.
    element formatValue;
    if (root.at_key("format").get(formatValue) != simdjson::SUCCESS)
        return fail(top.child("format"), QCoreApplication::translate("PolicyReader", "missing, expected a string"));
    QString format;
    if (!string(formatValue, top.child("format"), format))
        return false;
    if (format != PolicyReader::formatVersion()) {
        if (format.startsWith(QLatin1StringView("charte/")))
            return fail(top.child("format"),
                        QCoreApplication::translate("PolicyReader", "\"%1\" is a newer format than this version of Charte reads "
                               "(charte/1); open it with a newer Charte")
                            .arg(format));
        return fail(top.child("format"),
                    QCoreApplication::translate("PolicyReader", "\"%1\" is not a Charte document format (expected \"charte/1\")")
                        .arg(format));
    }
    static constexpr Member<Policy> table[] = {
        {"format", [](R &, element, const JsonPath &, Policy &) { return true; }},
        {"meta", R::field<&Policy::meta, &R::meta>, Presence::RequiredObject},
        {"categories", [](R &reader, element list, const JsonPath &at, Policy &target) {
             return reader.list(list, at, target.categories, &R::category);
         }},
        {"providers", [](R &reader, element list, const JsonPath &at, Policy &target) {
             return reader.list(list, at, target.providers, &R::provider);
         }},
        {"cookies", [](R &reader, element list, const JsonPath &at, Policy &target) {
             return reader.list(list, at, target.cookies, &R::cookie);
         }},
        {"charter", [](R &reader, element list, const JsonPath &at, Policy &target) {
             return reader.list(list, at, target.charter, &R::section);
         }},
        {"banner", R::field<&Policy::banner, &R::banner>},
        {"history", [](R &reader, element list, const JsonPath &at, Policy &target) {
             return reader.list(list, at, target.history, &R::publishedRevision);
         }},
    };
    return members(value, top, policy, table, policy.extra);
}

// 1-based line and column of a byte offset, for "FILE:LINE:COLUMN" messages.
std::pair<int, int> lineAndColumn(QByteArrayView data, qsizetype offset)
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
    const int column = int(QString::fromUtf8(data.sliced(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

// Text in UTF-16 or UTF-32 starts with a byte order mark or has zero bytes among
// its first characters; it is refused as "not UTF-8" rather than as bad JSON.
bool looksLikeWideText(QByteArrayView data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return true;
    // Zero bytes alone are no text at all (see firstControlByte).
    const QByteArrayView start = data.first(std::min<qsizetype>(data.size(), 4));
    return start.contains('\0') &&
           std::any_of(start.begin(), start.end(), [](char c) { return c != 0; });
}

// The first byte that has no place in JSON text: a NUL outside any string (the file
// is binary, not text), or a control character written raw inside a string, which
// must be escaped; Qt's parser lets the latter through, so it is found here.
struct ControlByte
{
    qsizetype offset = -1;
    bool insideString = false;
};

ControlByte firstControlByte(QByteArrayView data)
{
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = uchar(data.at(i));
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            else if (c < 0x20)
                return {i, true};
        } else if (c == '"') {
            inString = true;
        } else if (c == 0) {
            return {i, false};
        }
    }
    return {};
}

// A \uD800–\uDFFF escape that is not half of a pair: Qt's parser lets it through,
// simdjson does not, and the user needs the place to fix it.
qsizetype loneSurrogateOffset(QByteArrayView data)
{
    // An escape preceded by an even number of backslashes (an escaped backslash is
    // not an escape): a high half not followed by a low one, or a low half alone.
    static const QRegularExpression loneSurrogate(QStringLiteral(
        R"((?<!\\)((?:\\\\)*)(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|)"
        R"((?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}))"));
    const QString text = QString::fromUtf8(data);
    const QRegularExpressionMatch match = loneSurrogate.match(text);
    if (!match.hasMatch())
        return -1;
    return QStringView(text).first(match.capturedStart(2)).toUtf8().size();
}

QString placeOf(QByteArrayView data, const QString &sourceName, qsizetype offset)
{
    const auto [line, column] = lineAndColumn(data, offset);
    return sourceName + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') +
           QString::number(column) + QStringLiteral(": ");
}

// simdjson says what is wrong but not where. Malformed input is rare and small next
// to a successful load, so Qt's parser reads it again to find the line and column.
QString describeMalformed(QByteArrayView data, const QString &sourceName, simdjson::error_code code)
{
    const QString notUtf8 = QCoreApplication::translate("PolicyReader", "the file is not valid UTF-8; save it as UTF-8 and try again");
    if (looksLikeWideText(data))
        return sourceName + QStringLiteral(": ") + notUtf8;
    const ControlByte control = firstControlByte(data);
    if (control.offset >= 0 && !control.insideString)
        return sourceName + QStringLiteral(": ") +
               QCoreApplication::translate("PolicyReader",
                                           "this is not a text file (it contains NUL bytes)");
    QJsonParseError parseError;
    QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (control.offset >= 0 &&
        (parseError.error == QJsonParseError::NoError || parseError.offset >= control.offset)) {
        const QString codePoint =
            QStringLiteral("%1")
                .arg(uint(uchar(data.at(control.offset))), 4, 16, QLatin1Char('0'))
                .toUpper();
        return placeOf(data, sourceName, control.offset) +
               QCoreApplication::translate(
                   "PolicyReader",
                   "malformed JSON: a control character (U+%1) inside a string; write it as \\u%1")
                   .arg(codePoint);
    }
    if (parseError.error != QJsonParseError::NoError) {
        const QString where = placeOf(data, sourceName, parseError.offset);
        if (parseError.error == QJsonParseError::IllegalUTF8String || code == simdjson::UTF8_ERROR)
            return where + notUtf8;
        return where + QCoreApplication::translate("PolicyReader", "malformed JSON: %1").arg(parseError.errorString());
    }
    // The two parsers disagree, which they do on a lone surrogate escape.
    if (code == simdjson::UTF8_ERROR)
        return sourceName + QStringLiteral(": ") + notUtf8;
    const qsizetype surrogate = code == simdjson::STRING_ERROR ? loneSurrogateOffset(data) : -1;
    if (surrogate >= 0)
        return placeOf(data, sourceName, surrogate) +
               QCoreApplication::translate("PolicyReader", "malformed JSON: a \\u escape holds half of a surrogate pair");
    return sourceName + QStringLiteral(": ") +
           QCoreApplication::translate("PolicyReader", "malformed JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
}

} // namespace

Expected<Policy> PolicyReader::read(const QByteArray &input, const QString &sourceName)
{
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // tolerate the byte order mark some editors add
    if (std::all_of(data.begin(), data.end(), [](char c) { return QChar::isSpace(uchar(c)); }))
        return Expected<Policy>::failure(sourceName + QStringLiteral(": ") +
                                         QCoreApplication::translate("PolicyReader", "the file is empty, expected a Charte document"));

    if (const qsizetype overlong = firstOverlongString(data); overlong >= 0) {
        return Expected<Policy>::failure(
            placeOf(data, sourceName, overlong) +
            QCoreApplication::translate("PolicyReader", "a text of more than %1 MiB; Charte reads texts up to %1 MiB")
                .arg(PolicyReader::MaximumTextSize >> 20));
    }

    // simdjson reads up to SIMDJSON_PADDING bytes past the end: readFile() leaves that
    // room; other callers' bytes are copied when the room is not there.
    const bool roomAfter = input.capacity() - input.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    simdjson::dom::parser parser;
    element root;
    const simdjson::error_code code =
        parser.parse(data.data(), std::size_t(data.size()), !roomAfter).get(root);
    if (code != simdjson::SUCCESS)
        return Expected<Policy>::failure(describeMalformed(data, sourceName, code));

    ElementReader reader;
    Policy policy;
    if (!reader.policy(root, policy)) {
        const qsizetype repeated = reader.repeatedMember ? RepeatedMemberFinder(data).find() : -1;
        if (repeated >= 0)
            return Expected<Policy>::failure(placeOf(data, sourceName, repeated) + reader.error);
        return Expected<Policy>::failure(sourceName + QStringLiteral(": ") + reader.error);
    }
    return policy;
}

Expected<QByteArray> PolicyReader::readAll(QIODevice &device, const QString &sourceName,
                                           qint64 maximumSize)
{
    constexpr qint64 chunk = qint64(1) << 20;
    QByteArray data;
    // A file says its size: room for exactly that, instead of doubling up to it (which
    // holds both the old and the new buffer for a moment).
    if (!device.isSequential() && device.size() > 0)
        data.reserve(qsizetype(std::min(device.size(), maximumSize + 1) + chunk) +
                     qsizetype(simdjson::SIMDJSON_PADDING));
    for (;;) {
        const qint64 wanted = std::min(chunk, maximumSize + 1 - qint64(data.size()));
        const qsizetype before = data.size();
        if (data.capacity() < before + wanted + qsizetype(simdjson::SIMDJSON_PADDING))
            data.reserve(std::max(2 * data.capacity(), before + qsizetype(wanted) +
                                                           qsizetype(simdjson::SIMDJSON_PADDING)));
        data.resize(before + qsizetype(wanted));
        const qint64 got = device.read(data.data() + before, wanted);
        if (got < 0)
            return Expected<QByteArray>::failure(sourceName + QStringLiteral(": ") +
                                                 device.errorString());
        data.resize(before + qsizetype(got));
        if (data.size() > maximumSize)
            return Expected<QByteArray>::failure(
                sourceName + QStringLiteral(": ") +
                QCoreApplication::translate("PolicyReader",
                                            "more than %1 MiB, the most Charte reads")
                    .arg(maximumSize >> 20));
        if (got == 0) // a file, or standard input, blocks until it has bytes or ends
            break;
    }
    return data;
}

Expected<QByteArray> PolicyReader::readFileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(path + QStringLiteral(": ") + file.errorString());
    if (file.size() > MaximumFileSize)
        return Expected<QByteArray>::failure(
            path + QStringLiteral(": ") +
            QCoreApplication::translate("PolicyReader", "the file is %1 MiB, more than the %2 MiB a Charte document may have")
                .arg(file.size() >> 20)
                .arg(MaximumFileSize >> 20));
    // A pipe has no size to check first: readAll refuses it while reading. A file is
    // read with room for the parser's padding, so that the bytes are not copied again.
    return readAll(file, path);
}

Expected<Policy> PolicyReader::readFile(const QString &path)
{
    const Expected<QByteArray> data = readFileBytes(path);
    if (!data)
        return Expected<Policy>::failure(data.error());
    return read(*data, path);
}
