// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "itemmodels/cookietablemodel.h"

#include "commands/catalogedits.h"
#include "commands/cookiecommands.h"
#include "document/cookiename.h"
#include "document/cookievalidation.h"
#include "document/policydocument.h"
#include "document/textfolding.h"
#include "format/inventoryfields.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <limits>
#include <map>

namespace {

QString partyLabel(Party party)
{
    return party == Party::First ? QCoreApplication::translate("CookieTableModel", "First party")
                                 : QCoreApplication::translate("CookieTableModel", "Third party");
}

QString storageLabel(StorageKind kind)
{
    switch (kind) {
    case StorageKind::Cookie:
        return QCoreApplication::translate("CookieTableModel", "Cookie");
    case StorageKind::LocalStorage:
        return QCoreApplication::translate("CookieTableModel", "Local storage");
    case StorageKind::SessionStorage:
        return QCoreApplication::translate("CookieTableModel", "Session storage");
    case StorageKind::Pixel:
        return QCoreApplication::translate("CookieTableModel", "Pixel");
    }
    return {};
}

QString basisLabel(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent:
        return QCoreApplication::translate("CookieTableModel", "Consent");
    case LegalBasis::Exempt:
        return QCoreApplication::translate("CookieTableModel", "Exempt from consent");
    case LegalBasis::LegitimateInterest:
        return QCoreApplication::translate("CookieTableModel", "Legitimate interest");
    }
    return {};
}

// An enum value from its file key ("third") or its label in the interface
// language ("Third party"), as a person pastes it from a spreadsheet.
template <typename Enum, std::size_t N>
std::optional<Enum> enumFromText(const QString &text, const Enum (&values)[N],
                                 QString (*label)(Enum))
{
    const QString wanted = text.trimmed();
    for (Enum value : values) {
        if (wanted.compare(PolicyKeys::toString(value), Qt::CaseInsensitive) == 0 ||
            wanted.compare(label(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString matchLabel(NameMatch match)
{
    switch (match) {
    case NameMatch::Exact:
        return QCoreApplication::translate("CookieTableModel", "Exact name");
    case NameMatch::Prefix:
        return QCoreApplication::translate("CookieTableModel", "Name prefix");
    case NameMatch::Regex:
        return QCoreApplication::translate("CookieTableModel", "Pattern (regular expression)");
    }
    return {};
}

QString yesNoLabel(bool value)
{
    return value ? QCoreApplication::translate("CookieTableModel", "Yes")
                 : QCoreApplication::translate("CookieTableModel", "No");
}

// The members of Cookie::extra the optional columns edit (named as in the schema).
const auto HttpOnlyKey = QLatin1StringView("httpOnly");
const auto SameSiteKey = QLatin1StringView("sameSite");
const auto DataRetentionKey = QLatin1StringView("dataRetention");

// SameSite as the file spells it; an empty key: not stated.
constexpr const char *sameSiteKeys[] = {"lax", "strict", "none"};

QString sameSiteLabel(const QString &key)
{
    if (key == QLatin1StringView("lax"))
        return QStringLiteral("Lax");
    if (key == QLatin1StringView("strict"))
        return QStringLiteral("Strict");
    if (key == QLatin1StringView("none"))
        return QStringLiteral("None");
    return key.isEmpty() ? QCoreApplication::translate("CookieTableModel", "Not stated") : key;
}

QString sameSiteOf(const Cookie &cookie)
{
    return cookie.extra.value(SameSiteKey).toString().toLower();
}

constexpr Party parties[] = {Party::First, Party::Third};
constexpr StorageKind storageKinds[] = {StorageKind::Cookie, StorageKind::LocalStorage,
                                        StorageKind::SessionStorage, StorageKind::Pixel};
constexpr LegalBasis bases[] = {LegalBasis::Consent, LegalBasis::Exempt,
                                LegalBasis::LegitimateInterest};
constexpr NameMatch matches[] = {NameMatch::Exact, NameMatch::Prefix, NameMatch::Regex};

// A warning sign drawn once. QPainter on a QImage needs no QGuiApplication, so the
// model stays usable (and testable) from a console program.
QImage drawWarningImage()
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(16, 2);
    triangle.lineTo(30.5, 29);
    triangle.lineTo(1.5, 29);
    triangle.closeSubpath();
    painter.fillPath(triangle, QColor(0xd9, 0x8a, 0x00));
    painter.setPen(QPen(QColor(0x8a, 0x52, 0x00), 1.5));
    painter.drawPath(triangle);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(14.2, 10, 3.6, 11), 1.5, 1.5);
    painter.drawEllipse(QPointF(16, 25), 2.1, 2.1);
    painter.end();
    return image;
}

QVariant warningDecoration()
{
    static const QImage image = drawWarningImage();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return image;
    static const QIcon icon = [] {
        QIcon themed = QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return themed.isNull() ? QIcon(QPixmap::fromImage(image)) : themed;
    }();
    return icon;
}

// A filled dot in the severity's colour, for the vertical header: the cells keep
// their own warning icon for invalid values, so the two marks never share a place.
QImage drawSeverityDot(Severity severity)
{
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = severity == Severity::Error     ? QColor(0xc6, 0x28, 0x28)
                          : severity == Severity::Warning ? QColor(0xe6, 0x8a, 0x00)
                                                          : QColor(0x1e, 0x6f, 0xc8);
    painter.setPen(QPen(colour.darker(130), 1));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return image;
}

QVariant severityDecoration(Severity severity)
{
    static const std::array<QImage, 3> images = {drawSeverityDot(Severity::Error),
                                                 drawSeverityDot(Severity::Warning),
                                                 drawSeverityDot(Severity::Info)};
    const QImage &image = images[std::size_t(severity)];
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return image;
    static const std::array<QIcon, 3> icons = {QIcon(QPixmap::fromImage(images[0])),
                                               QIcon(QPixmap::fromImage(images[1])),
                                               QIcon(QPixmap::fromImage(images[2]))};
    return icons[std::size_t(severity)];
}

QString severityToolTip(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("CookieTableModel",
                                           "This cookie has errors: see the Issues panel");
    case Severity::Warning:
        return QCoreApplication::translate("CookieTableModel",
                                           "This cookie has warnings: see the Issues panel");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("CookieTableModel",
                                       "This cookie has remarks: see the Issues panel");
}

} // namespace

CookieTableModel::CookieTableModel(PolicyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    rebuildNames();
    connectDocument();
}

void CookieTableModel::connectDocument()
{
    connect(m_document, &PolicyDocument::policyReset, this, [this] {
        beginResetModel();
        rebuildNames();
        endResetModel();
    });
    connect(m_document, &PolicyDocument::cookieChanged, this, [this](qsizetype row) {
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    });
    // Thousands of rows at once (a paste, an import, its undo) are announced as a
    // reset: a sorted proxy would otherwise report every scattered run of rows to
    // the view separately, which takes seconds, where rebuilding takes a sort.
    const auto isBulk = [](qsizetype first, qsizetype last) {
        return last - first + 1 >= BulkRows;
    };
    connect(m_document, &PolicyDocument::cookiesChanged, this,
            [this, isBulk](qsizetype first, qsizetype last) {
                if (isBulk(first, last)) {
                    beginResetModel();
                    endResetModel();
                } else {
                    emit dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
                }
            });
    connect(m_document, &PolicyDocument::cookiesAboutToBeInserted, this,
            [this, isBulk](qsizetype first, qsizetype last) {
                m_bulkReset = isBulk(first, last);
                if (m_bulkReset)
                    beginResetModel();
                else
                    beginInsertRows({}, int(first), int(last));
            });
    // Marks are renumbered before the views hear of the change, so that the
    // "only rows with problems" filter reads them where their cookies now are.
    connect(m_document, &PolicyDocument::cookiesInserted, this, [this](qsizetype first, qsizetype last) {
        const qsizetype count = last - first + 1;
        remapRowSeverities([first, count](qsizetype row) { return row >= first ? row + count : row; });
        if (m_bulkReset)
            endResetModel();
        else
            endInsertRows();
        m_bulkReset = false;
    });
    connect(m_document, &PolicyDocument::cookiesAboutToBeRemoved, this,
            [this, isBulk](qsizetype first, qsizetype last) {
                m_bulkReset = isBulk(first, last);
                if (m_bulkReset)
                    beginResetModel();
                else
                    beginRemoveRows({}, int(first), int(last));
            });
    connect(m_document, &PolicyDocument::cookiesRemoved, this, [this](qsizetype first, qsizetype last) {
        const qsizetype count = last - first + 1;
        remapRowSeverities([first, last, count](qsizetype row) -> qsizetype {
            return row < first ? row : row <= last ? -1 : row - count;
        });
        if (m_bulkReset)
            endResetModel();
        else
            endRemoveRows();
        m_bulkReset = false;
    });
    connect(m_document, &PolicyDocument::cookiesAboutToBeMoved, this,
            [this](qsizetype first, qsizetype last, qsizetype destination) {
                beginMoveRows({}, int(first), int(last), {}, int(destination));
            });
    connect(m_document, &PolicyDocument::cookiesMoved, this,
            [this](qsizetype first, qsizetype last, qsizetype destination) {
                const qsizetype count = last - first + 1;
                remapRowSeverities([=](qsizetype row) {
                    if (row >= first && row <= last) // the block itself
                        return destination > last ? row + (destination - last - 1) : row - (first - destination);
                    if (destination > last && row > last && row < destination)
                        return row - count; // rows the block passed going down
                    if (destination < first && row >= destination && row < first)
                        return row + count; // rows the block passed going up
                    return row;
                });
                endMoveRows();
            });
    // Names of providers and categories appear in every row.
    connect(m_document, &PolicyDocument::providersChanged, this, &CookieTableModel::refreshAll);
    connect(m_document, &PolicyDocument::categoriesChanged, this, &CookieTableModel::refreshAll);
    connect(m_document, &PolicyDocument::metaChanged, this, &CookieTableModel::refreshAll);
}

void CookieTableModel::refreshAll()
{
    rebuildNames();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CookieTableModel::rebuildNames()
{
    const Policy &policy = m_document->policy();
    const QString language = editLanguage();
    m_providerNames.clear();
    for (const Provider &provider : policy.providers)
        m_providerNames.insert(provider.id, provider.name.isEmpty() ? provider.id : provider.name);
    m_categoryNames.clear();
    for (const Category &category : policy.categories) {
        const QString name = policy.text(category.name, language);
        m_categoryNames.insert(category.id, name.isEmpty() ? category.id : name);
    }
}

void CookieTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshAll();
}

QString CookieTableModel::editLanguage() const
{
    return m_editLanguage.isEmpty() ? m_document->policy().meta.defaultLanguage : m_editLanguage;
}

void CookieTableModel::setEditLanguage(const QString &language)
{
    if (m_editLanguage == language)
        return;
    m_editLanguage = language;
    refreshAll();
}

int CookieTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->policy().cookies.size());
}

int CookieTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CookieTableModel::fieldName(Column column)
{
    static const char *const names[ColumnCount] = {
        "provider", "service", "name",   "purpose",  "category", "lifetime",
        "domain",   "party",   "storage", "basis",   "match",    "path",
        "secure",   "httpOnly", "sameSite", "dataRetention"};
    return QLatin1StringView(names[column]);
}

CookieTableModel::Column CookieTableModel::columnForField(const QString &field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (fieldName(Column(column)) == field)
            return Column(column);
    }
    // The file's name for the basis; the column's is the short one.
    if (field == QLatin1StringView("legalBasis"))
        return BasisColumn;
    return NameColumn;
}

QList<std::pair<QString, QString>> CookieTableModel::choices(Column column)
{
    QList<std::pair<QString, QString>> result;
    switch (column) {
    case PartyColumn:
        for (Party value : parties)
            result.append({PolicyKeys::toString(value), partyLabel(value)});
        break;
    case StorageColumn:
        for (StorageKind value : storageKinds)
            result.append({PolicyKeys::toString(value), storageLabel(value)});
        break;
    case BasisColumn:
        for (LegalBasis value : bases)
            result.append({PolicyKeys::toString(value), basisLabel(value)});
        break;
    case MatchColumn:
        for (NameMatch value : matches)
            result.append({PolicyKeys::toString(value), matchLabel(value)});
        break;
    case SecureColumn:
    case HttpOnlyColumn:
        result.append({QStringLiteral("true"), yesNoLabel(true)});
        result.append({QStringLiteral("false"), yesNoLabel(false)});
        break;
    case SameSiteColumn:
        result.append({QString(), sameSiteLabel(QString())});
        for (const char *key : sameSiteKeys)
            result.append({QLatin1StringView(key), sameSiteLabel(QLatin1StringView(key))});
        break;
    default:
        break;
    }
    return result;
}

Qt::ItemFlags CookieTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) // views ask for the root; not a mistake
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Draggable: rows are reordered by dragging them (the view moves them, see
    // CookieGridView); the model never takes drops itself. A read-only table (an
    // archived revision) offers no cell for editing.
    const Qt::ItemFlags flags =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return m_readOnly ? flags : flags | Qt::ItemIsEditable;
}

QVariant CookieTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cookie &cookie = m_document->policy().cookies.at(index.row());
    switch (role) {
    case FindingSeverityRole: {
        const std::optional<Severity> severity = rowSeverity(index.row());
        return severity ? QVariant(int(*severity)) : QVariant();
    }
    case Qt::DisplayRole:
        return displayText(cookie, index.column());
    case Qt::EditRole:
        return editData(cookie, index.column());
    case Qt::ToolTipRole:
    case ProblemRole: {
        const QString text = problem(cookie, index.column());
        return role == ProblemRole || !text.isEmpty() ? QVariant(text) : QVariant();
    }
    case Qt::DecorationRole:
        return problem(cookie, index.column()).isEmpty() ? QVariant() : warningDecoration();
    case SortRole:
        return sortData(cookie, index.column());
    case FieldRole:
        return fieldName(Column(index.column()));
    default:
        return {};
    }
}

QString CookieTableModel::providerName(const QString &id) const
{
    return m_providerNames.value(id, id);
}

QString CookieTableModel::categoryName(const QString &id) const
{
    return m_categoryNames.value(id, id);
}

QString CookieTableModel::displayText(const Cookie &cookie, int column) const
{
    // What an import could not understand is shown as it was written, flagged.
    if (!cookie.unparsed.isEmpty()) {
        const auto original = cookie.unparsed.constFind(fieldName(Column(column)));
        if (original != cookie.unparsed.cend())
            return *original;
    }
    const Policy &policy = m_document->policy();
    switch (Column(column)) {
    case ProviderColumn:
        return providerName(cookie.providerId);
    case ServiceColumn:
        return policy.text(cookie.service, editLanguage());
    case NameColumn:
        return CookieName::display(cookie);
    case PurposeColumn:
        return policy.text(cookie.purpose, editLanguage());
    case CategoryColumn:
        return categoryName(cookie.categoryId);
    case LifetimeColumn:
        return cookie.lifetime ? cookie.lifetime->format(editLanguage()) : QString();
    case DomainColumn:
        return cookie.domain;
    case PartyColumn:
        return partyLabel(cookie.party);
    case StorageColumn:
        return storageLabel(cookie.storage);
    case BasisColumn:
        return basisLabel(cookie.basis);
    case MatchColumn:
        return matchLabel(cookie.match);
    case PathColumn:
        return cookie.path;
    case SecureColumn:
        return yesNoLabel(cookie.secure);
    case HttpOnlyColumn:
        return yesNoLabel(cookie.extra.value(HttpOnlyKey).toBool());
    case SameSiteColumn: {
        const QString key = sameSiteOf(cookie);
        return key.isEmpty() ? QString() : sameSiteLabel(key);
    }
    case DataRetentionColumn: {
        const std::optional<qint64> seconds = statedDataRetention(cookie.extra);
        return seconds ? Lifetime::fromSeconds(*seconds).format(editLanguage()) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CookieTableModel::editData(const Cookie &cookie, int column) const
{
    const QString language = editLanguage();
    switch (Column(column)) {
    case ProviderColumn:
        return cookie.providerId;
    case ServiceColumn:
        return cookie.service.exact(language);
    case NameColumn:
        return CookieName::display(cookie);
    case PurposeColumn:
        return cookie.purpose.exact(language);
    case CategoryColumn:
        return cookie.categoryId;
    case LifetimeColumn:
        // Seconds, or -1 for a session cookie, or an invalid QVariant when unknown.
        return cookie.lifetime ? QVariant(cookie.lifetime->isSession() ? qint64(-1)
                                                                       : cookie.lifetime->seconds())
                               : QVariant();
    case DomainColumn:
        return cookie.domain;
    case PartyColumn:
        return PolicyKeys::toString(cookie.party);
    case StorageColumn:
        return PolicyKeys::toString(cookie.storage);
    case BasisColumn:
        return PolicyKeys::toString(cookie.basis);
    case MatchColumn:
        return PolicyKeys::toString(cookie.match);
    case PathColumn:
        return cookie.path;
    case SecureColumn:
        return cookie.secure ? QStringLiteral("true") : QStringLiteral("false");
    case HttpOnlyColumn:
        return cookie.extra.value(HttpOnlyKey).toBool() ? QStringLiteral("true")
                                                        : QStringLiteral("false");
    case SameSiteColumn:
        return sameSiteOf(cookie);
    case DataRetentionColumn: {
        // Seconds, as the lifetime, or an invalid QVariant when not stated.
        const std::optional<qint64> seconds = statedDataRetention(cookie.extra);
        return seconds ? QVariant(*seconds) : QVariant();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QString CookieTableModel::displayText(int row, int column) const
{
    return displayText(m_document->policy().cookies.at(row), column);
}

qint64 CookieTableModel::lifetimeSortKey(int row) const
{
    // Session first, then by duration, unknown lifetimes last.
    const Cookie &cookie = m_document->policy().cookies.at(row);
    return cookie.lifetime ? cookie.lifetime->sortKey() : std::numeric_limits<qint64>::max();
}

QVariant CookieTableModel::sortData(const Cookie &cookie, int column) const
{
    if (column == LifetimeColumn)
        return cookie.lifetime ? cookie.lifetime->sortKey() : std::numeric_limits<qint64>::max();
    return TextFolding::searchKey(displayText(cookie, column));
}

QString CookieTableModel::problem(const Cookie &cookie, int column) const
{
    const QString field = fieldName(Column(column));
    if (!cookie.unparsed.isEmpty()) {
        const auto original = cookie.unparsed.constFind(field);
        if (original != cookie.unparsed.cend())
            return tr("Could not understand \"%1\"; please correct this cell.").arg(*original);
    }
    const Policy &policy = m_document->policy();
    switch (Column(column)) {
    case NameColumn:
        if (cookie.name.trimmed().isEmpty())
            return tr("Required: the name the cookie is stored under.");
        if (CookieValidation::isValidName(cookie))
            return {};
        if (cookie.match == NameMatch::Regex)
            return tr("\"%1\" is not a valid regular expression.").arg(CookieName::display(cookie));
        return tr("\"%1\" is not a valid cookie name: a name cannot contain spaces, accented "
                  "letters or any of ( ) < > @ , ; : \\ \" / [ ] ? = { }.")
            .arg(CookieName::display(cookie));
    case ProviderColumn:
        if (cookie.providerId.trimmed().isEmpty())
            return tr("Required: who sets this cookie.");
        if (!m_providerNames.contains(cookie.providerId))
            return tr("Unknown provider \"%1\": choose one from the list or add it under "
                      "Providers.")
                .arg(cookie.providerId);
        return {};
    case PurposeColumn:
        if (cookie.purpose.value(policy.meta.defaultLanguage).trimmed().isEmpty())
            return tr("Required: what the cookie is for, at least in the default language (%1).")
                .arg(policy.meta.defaultLanguage);
        return {};
    case CategoryColumn:
        if (cookie.categoryId.trimmed().isEmpty())
            return tr("Required: the category that decides when the cookie may be set.");
        if (!m_categoryNames.contains(cookie.categoryId))
            return tr("Unknown category \"%1\": choose one from the list or add it under "
                      "Categories.")
                .arg(cookie.categoryId);
        return {};
    case LifetimeColumn:
        if (!cookie.lifetime)
            return tr("Required: how long the cookie lives (\"session\" or a duration).");
        return {};
    default:
        return {};
    }
}

QString CookieTableModel::providerIdFor(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (m_providerNames.contains(wanted))
        return wanted;
    for (const Provider &provider : m_document->policy().providers) {
        if (provider.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            provider.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return provider.id;
    }
    return wanted; // kept as written; the cell shows it as unknown
}

QString CookieTableModel::categoryIdFor(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (m_categoryNames.contains(wanted))
        return wanted;
    for (const Category &category : m_document->policy().categories) {
        if (category.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return category.id;
        const auto &names = category.name.texts();
        for (auto name = names.cbegin(); name != names.cend(); ++name) {
            if (name->compare(wanted, Qt::CaseInsensitive) == 0)
                return category.id;
        }
    }
    return wanted;
}

Cookie CookieTableModel::withValue(Cookie cookie, int column, const QVariant &value) const
{
    const QString field = fieldName(Column(column));
    const QString text = value.toString();
    cookie.unparsed.remove(field);
    const auto keepUnparsed = [&] {
        if (!text.trimmed().isEmpty())
            cookie.unparsed.insert(field, text);
    };
    switch (Column(column)) {
    case ProviderColumn:
        cookie.providerId = providerIdFor(text);
        break;
    case ServiceColumn:
        cookie.service.set(editLanguage(), text);
        break;
    case NameColumn: {
        // "_pk_id.*" is the family of names starting with "_pk_id.", as the cell shows it.
        const CookieName::Parsed typed = CookieName::parse(text);
        cookie.name = typed.name;
        cookie.match = typed.match;
        break;
    }
    case PurposeColumn:
        cookie.purpose.set(editLanguage(), text);
        break;
    case CategoryColumn:
        cookie = CatalogEdits::withCategory(m_document->policy(), std::move(cookie), categoryIdFor(text));
        break;
    case LifetimeColumn: {
        if (!value.isValid() ||
            (value.typeId() == QMetaType::QString && text.trimmed().isEmpty())) {
            cookie.lifetime.reset();
        } else if (value.typeId() != QMetaType::QString) {
            const qint64 seconds = value.toLongLong();
            cookie.lifetime = seconds <= 0 ? Lifetime::session() : Lifetime::fromSeconds(seconds);
        } else if (const std::optional<Lifetime> parsed = Lifetime::parse(text)) {
            cookie.lifetime = *parsed;
        } else {
            cookie.lifetime.reset();
            keepUnparsed();
        }
        break;
    }
    case DomainColumn:
        cookie.domain = text.trimmed();
        break;
    case PartyColumn:
        if (const auto party = enumFromText(text, parties, partyLabel))
            cookie.party = *party;
        else
            keepUnparsed();
        break;
    case StorageColumn:
        if (const auto kind = enumFromText(text, storageKinds, storageLabel))
            cookie.storage = *kind;
        else
            keepUnparsed();
        break;
    case BasisColumn:
        if (const auto basis = enumFromText(text, bases, basisLabel))
            cookie.basis = *basis;
        else
            keepUnparsed();
        break;
    case MatchColumn:
        if (const auto match = enumFromText(text, matches, matchLabel))
            cookie.match = *match;
        else
            keepUnparsed();
        break;
    case PathColumn:
        cookie.path = text.trimmed();
        break;
    case SecureColumn:
    case HttpOnlyColumn: {
        // Empty (a cleared cell) is "no", as an absent attribute is.
        std::optional<bool> yes = text.trimmed().isEmpty() ? std::optional<bool>(false)
                                                           : InventoryFields::yesNo(text);
        if (!yes && text.trimmed().compare(yesNoLabel(true), Qt::CaseInsensitive) == 0)
            yes = true;
        if (!yes && text.trimmed().compare(yesNoLabel(false), Qt::CaseInsensitive) == 0)
            yes = false;
        if (!yes) {
            keepUnparsed();
        } else if (column == SecureColumn) {
            cookie.secure = *yes;
        } else if (*yes) {
            cookie.extra.insert(HttpOnlyKey, true);
        } else {
            cookie.extra.remove(HttpOnlyKey);
        }
        break;
    }
    case SameSiteColumn: {
        const QString wanted = text.trimmed();
        QString key;
        for (const char *candidate : sameSiteKeys) {
            const QLatin1StringView spelled(candidate);
            if (wanted.compare(spelled, Qt::CaseInsensitive) == 0)
                key = spelled;
        }
        if (wanted.isEmpty() || wanted.compare(sameSiteLabel(QString()), Qt::CaseInsensitive) == 0)
            cookie.extra.remove(SameSiteKey);
        else if (!key.isEmpty())
            cookie.extra.insert(SameSiteKey, key);
        else
            keepUnparsed();
        break;
    }
    case DataRetentionColumn: {
        if (!value.isValid() ||
            (value.typeId() == QMetaType::QString && text.trimmed().isEmpty())) {
            cookie.extra.remove(DataRetentionKey);
        } else if (value.typeId() != QMetaType::QString && value.toLongLong() > 0) {
            cookie.extra.insert(DataRetentionKey, value.toLongLong());
        } else if (const std::optional<Lifetime> parsed = Lifetime::parse(text);
                   parsed && !parsed->isSession()) {
            cookie.extra.insert(DataRetentionKey, parsed->seconds());
        } else {
            cookie.extra.remove(DataRetentionKey);
            keepUnparsed();
        }
        break;
    }
    case ColumnCount:
        break;
    }
    return cookie;
}

bool CookieTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Cookie &current = m_document->policy().cookies.at(index.row());
    Cookie changed = withValue(current, index.column(), value);
    if (changed == current)
        return true;
    m_document->undoStack()->push(setCookieFieldCommand(
        m_document, index.row(), fieldName(Column(index.column())), std::move(changed)));
    return true;
}

Cookie CookieTableModel::newCookie() const
{
    // No category yet: choosing one sets the legal basis too (CatalogEdits::withCategory),
    // and a row born in the first category would be filed as necessary unasked.
    Cookie cookie;
    const Policy &policy = m_document->policy();
    if (policy.providers.size() == 1)
        cookie.providerId = policy.providers.constFirst().id;
    return cookie;
}

void CookieTableModel::addCookie(int row)
{
    row = qBound(0, row, rowCount());
    m_document->undoStack()->push(new AddCookiesCommand(m_document, row, {newCookie()}));
}

void CookieTableModel::removeCookies(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    m_document->undoStack()->push(
        new RemoveCookiesCommand(m_document, QList<qsizetype>(rows.cbegin(), rows.cend())));
}

void CookieTableModel::duplicateCookies(const QList<int> &rows)
{
    if (QUndoCommand *command =
            AddCookiesCommand::duplicate(m_document, QList<qsizetype>(rows.cbegin(), rows.cend())))
        m_document->undoStack()->push(command);
}

int CookieTableModel::pasteBlock(const QList<int> &rows, int firstColumn,
                                 const QList<QStringList> &block)
{
    if (firstColumn < 0 || firstColumn >= ColumnCount)
        return 0;
    QList<int> columns;
    for (int column = firstColumn; column < ColumnCount; ++column)
        columns.append(column);
    return pasteBlock(rows, columns, block);
}

int CookieTableModel::pasteBlock(const QList<int> &rows, const QList<int> &columns,
                                 const QList<QStringList> &block, int insertAt)
{
    if (block.isEmpty() || columns.isEmpty())
        return 0;
    const QList<Cookie> &cookies = m_document->policy().cookies;
    const auto fill = [&](Cookie cookie, const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (columns.at(i) >= 0 && columns.at(i) < ColumnCount)
                cookie = withValue(std::move(cookie), columns.at(i), cells.at(i));
        }
        return cookie;
    };
    const Cookie blank = newCookie();
    if (insertAt >= 0) {
        QList<Cookie> inserted;
        inserted.reserve(block.size());
        for (const QStringList &cells : block)
            inserted.append(fill(blank, cells));
        auto *command = new AddCookiesCommand(m_document, std::min<qsizetype>(insertAt, cookies.size()),
                                              std::move(inserted));
        command->setText(QCoreApplication::translate("UndoCommands", "Paste %n rows", nullptr,
                                                     int(block.size())));
        m_document->undoStack()->push(command);
        return int(block.size());
    }
    const qsizetype existing = std::min(rows.size(), block.size());
    QList<qsizetype> targets;
    QList<Cookie> values;
    targets.reserve(existing);
    values.reserve(existing);
    for (qsizetype i = 0; i < existing; ++i) {
        targets.append(rows.at(i));
        values.append(fill(cookies.at(rows.at(i)), block.at(i)));
    }
    QList<Cookie> appended;
    appended.reserve(block.size() - existing);
    for (qsizetype i = existing; i < block.size(); ++i)
        appended.append(fill(blank, block.at(i)));
    m_document->undoStack()->push(new PasteCookiesCommand(m_document, std::move(targets),
                                                          std::move(values), std::move(appended)));
    return int(block.size());
}

int CookieTableModel::clearCells(const QList<std::pair<int, int>> &cells)
{
    const QList<Cookie> &cookies = m_document->policy().cookies;
    std::map<int, Cookie> changed; // by row, so that the step lists rows in order
    for (const auto &[row, column] : cells) {
        if (row < 0 || row >= cookies.size() || column < 0 || column >= ColumnCount)
            continue;
        auto at = changed.find(row);
        if (at == changed.end())
            at = changed.emplace(row, cookies.at(row)).first;
        at->second = withValue(std::move(at->second), column, QString());
    }
    QList<qsizetype> rows;
    QList<Cookie> values;
    for (auto &[row, cookie] : changed) {
        if (cookie == cookies.at(row))
            continue;
        rows.append(row);
        values.append(std::move(cookie));
    }
    if (rows.isEmpty())
        return 0;
    const int count = int(rows.size());
    m_document->undoStack()->push(
        new ClearCookieCellsCommand(m_document, std::move(rows), std::move(values)));
    return count;
}

QVariant CookieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The vertical header is the findings mark and nothing else: no row numbers.
        const std::optional<Severity> severity = rowSeverity(section);
        switch (role) {
        case Qt::DecorationRole:
            return severity ? severityDecoration(*severity) : QVariant();
        case Qt::ToolTipRole:
            return severity ? QVariant(severityToolTip(*severity)) : QVariant();
        case FindingSeverityRole:
            return severity ? QVariant(int(*severity)) : QVariant();
        case Qt::DisplayRole:
            return QString();
        default:
            return QAbstractTableModel::headerData(section, orientation, role);
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProviderColumn:
        return tr("Provider");
    case ServiceColumn:
        return tr("Service and location");
    case NameColumn:
        return tr("Cookie");
    case PurposeColumn:
        return tr("Purpose");
    case CategoryColumn:
        return tr("Category");
    case LifetimeColumn:
        return tr("Lifetime");
    case DomainColumn:
        return tr("Domain");
    case PartyColumn:
        return tr("Party");
    case StorageColumn:
        return tr("Storage");
    case BasisColumn:
        return tr("Legal basis");
    case MatchColumn:
        return tr("Name match");
    case PathColumn:
        return tr("Path");
    case SecureColumn:
        return tr("Secure");
    case HttpOnlyColumn:
        return tr("HttpOnly");
    case SameSiteColumn:
        return tr("SameSite");
    case DataRetentionColumn:
        return tr("Data retention");
    case ColumnCount:
        break;
    }
    return {};
}

void CookieTableModel::remapRowSeverities(const std::function<qsizetype(qsizetype)> &newRow)
{
    if (m_rowSeverities.isEmpty())
        return;
    QHash<qsizetype, Severity> moved;
    moved.reserve(m_rowSeverities.size());
    for (auto it = m_rowSeverities.cbegin(); it != m_rowSeverities.cend(); ++it) {
        const qsizetype row = newRow(it.key());
        if (row >= 0)
            moved.insert(row, it.value());
    }
    m_rowSeverities = std::move(moved);
}

void CookieTableModel::setRowSeverities(const QHash<qsizetype, Severity> &severities)
{
    if (severities == m_rowSeverities)
        return;
    // Only rows whose mark changed are announced, so a check that finds what the
    // last one found repaints nothing, and the proxy's caches stay warm.
    QList<int> changed;
    for (auto it = m_rowSeverities.cbegin(); it != m_rowSeverities.cend(); ++it) {
        const auto found = severities.constFind(it.key());
        if (found == severities.cend() || found.value() != it.value())
            changed.append(int(it.key()));
    }
    for (auto it = severities.cbegin(); it != severities.cend(); ++it) {
        if (!m_rowSeverities.contains(it.key()))
            changed.append(int(it.key()));
    }
    m_rowSeverities = severities;
    const int rows = rowCount();
    for (int row : std::as_const(changed)) {
        if (row < 0 || row >= rows)
            continue;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {FindingSeverityRole});
        emit headerDataChanged(Qt::Vertical, row, row);
    }
    emit rowSeveritiesChanged();
}

std::optional<Severity> CookieTableModel::rowSeverity(int row) const
{
    const auto found = m_rowSeverities.constFind(row);
    if (found == m_rowSeverities.cend())
        return std::nullopt;
    return found.value();
}
