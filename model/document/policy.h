// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/lifetime.h"
#include "document/localizedtext.h"

#include <QAnyStringView>
#include <QColor>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The parts of a cookie charter document (see docs/document-format.md).
// Plain values: PolicyDocument owns one Policy and is the only way to change it
// in the application, so that every change is signalled and undoable.
//
// Each part keeps the JSON members this version does not know in `extra`, and
// writes them back unchanged, so a newer Charte's additions survive an older one.

struct PolicyMeta
{
    QString siteName;
    QString siteUrl;
    QString publisherName;    // the controller: company or public body
    QString publisherAddress;
    QString contactEmail;     // DPO or privacy contact
    QString defaultLanguage = QStringLiteral("fr");
    QStringList languages = {QStringLiteral("fr")};
    int revision = 1;
    QDate lastUpdated;
    QJsonObject extra;

    friend bool operator==(const PolicyMeta &, const PolicyMeta &) = default;
};

struct Category
{
    QString id; // "necessary", "statistics", …; referenced by cookies
    LocalizedText name;
    LocalizedText description;
    bool required = false; // cannot be refused: only consent-exempt cookies belong here
    QStringList consentModeSignals; // Google Consent Mode v2 signals it grants
    QJsonObject extra;

    friend bool operator==(const Category &, const Category &) = default;
};

struct Provider
{
    QString id;
    QString name;
    QString website;
    QString privacyPolicyUrl;
    QString country; // ISO 3166-1 alpha-2; outside the EU/EEA means a transfer
    QJsonObject extra;

    friend bool operator==(const Provider &, const Provider &) = default;
};

enum class NameMatch { Exact, Prefix, Regex };
enum class Party { First, Third };
enum class StorageKind { Cookie, LocalStorage, SessionStorage, Pixel };
// Legitimate interest is representable only so the checker can refuse it.
enum class LegalBasis { Consent, Exempt, LegitimateInterest };

struct Cookie
{
    QString name;
    NameMatch match = NameMatch::Exact;
    QString providerId;
    LocalizedText service; // "service and location", e.g. "Authentication (front office)"
    LocalizedText purpose;
    QString categoryId;
    std::optional<Lifetime> lifetime; // missing until someone states it
    QString domain;
    QString path;
    bool secure = false;
    Party party = Party::First;
    StorageKind storage = StorageKind::Cookie;
    LegalBasis basis = LegalBasis::Consent;
    // Texts an import could not understand, keyed by field ("lifetime": "Persistant"),
    // kept so nothing typed by a person is lost and the cell can be flagged.
    QMap<QString, QString> unparsed;
    QJsonObject extra;

    friend bool operator==(const Cookie &, const Cookie &) = default;
};

struct CharterSection
{
    enum class Kind {
        Text,        // a title and a Markdown body
        CookieTable, // renders the cookie table of `categoryId`, or of all categories if empty
        Changes,     // renders the dated list of published revisions (Policy::history)
    };
    QString id;
    Kind kind = Kind::Text;
    LocalizedText title;
    LocalizedText body; // Markdown (CommonMark), raw HTML is not rendered
    QString categoryId;
    QJsonObject extra;

    friend bool operator==(const CharterSection &, const CharterSection &) = default;
};

struct BannerSettings
{
    enum class Layout { Bar, Box, Modal };
    enum class Position { Bottom, Top, BottomLeft, BottomRight, Center };

    LocalizedText title;
    LocalizedText description;
    LocalizedText acceptAll;
    LocalizedText rejectAll;
    LocalizedText customize;
    LocalizedText save;
    LocalizedText manage; // the permanent "manage cookies" entry
    Layout layout = Layout::Bar;
    Position position = Position::Bottom;
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor text = QColor(0x1f, 0x23, 0x28);
    QColor buttonBackground = QColor(0x1d, 0x4e, 0x89);
    QColor buttonText = QColor(0xff, 0xff, 0xff);
    QString consentCookieName = QStringLiteral("cookies_preferences");
    int consentLifetimeDays = 182;
    // Where the banner sends each choice (id, time, revision, categories) so that the
    // controller can prove consent (GDPR art. 7(1)); empty: the choice stays in the
    // visitor's browser only.
    QString consentLogUrl;
    bool honourGlobalPrivacyControl = true;
    bool googleConsentMode = false;
    QJsonObject extra;

    friend bool operator==(const BannerSettings &, const BannerSettings &) = default;
};

// One published revision as the charter lists it ("historique des modifications"):
// written by publishing (see publishing/), in the document so that every export of
// the same document says the same; the archive keeps the proof.
struct PublishedRevision
{
    int revision = 1;
    QDate date;
    LocalizedText summary; // one change a line, in each language of the document
    QString note;          // the publisher's own words, as typed
    QJsonObject extra;

    friend bool operator==(const PublishedRevision &, const PublishedRevision &) = default;
};

struct Policy
{
    PolicyMeta meta;
    QList<Category> categories;
    QList<Provider> providers;
    QList<Cookie> cookies;
    QList<CharterSection> charter;
    BannerSettings banner;
    QList<PublishedRevision> history; // oldest first; empty until the first publish
    QJsonObject extra; // unknown top-level members

    const Category *category(const QString &id) const;
    const Provider *provider(const QString &id) const;
    qsizetype categoryIndex(const QString &id) const;
    qsizetype providerIndex(const QString &id) const;
    // The text of a LocalizedText in language, with the document's default as fallback.
    QString text(const LocalizedText &value, const QString &language) const
    {
        return value.value(language, meta.defaultLanguage);
    }

    friend bool operator==(const Policy &, const Policy &) = default;
};

// Stable spellings used in the file format and the CLI; never translated. Lookups
// take any string view, so the reader matches UTF-8 straight from the file.
namespace PolicyKeys {
QString toString(NameMatch value);
QString toString(Party value);
QString toString(StorageKind value);
QString toString(LegalBasis value);
QString toString(CharterSection::Kind value);
QString toString(BannerSettings::Layout value);
QString toString(BannerSettings::Position value);
std::optional<NameMatch> nameMatch(QAnyStringView key);
std::optional<Party> party(QAnyStringView key);
std::optional<StorageKind> storageKind(QAnyStringView key);
std::optional<LegalBasis> legalBasis(QAnyStringView key);
std::optional<CharterSection::Kind> sectionKind(QAnyStringView key);
std::optional<BannerSettings::Layout> layout(QAnyStringView key);
std::optional<BannerSettings::Position> position(QAnyStringView key);
} // namespace PolicyKeys
