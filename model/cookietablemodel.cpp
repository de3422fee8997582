#include "cookietablemodel.h"

#include "policydocument.h"

#include <QCoreApplication>

#include <limits>

namespace {
QString partyLabel(Party party)
{
    return party == Party::First
               ? QCoreApplication::translate("CookieTableModel", "First party")
               : QCoreApplication::translate("CookieTableModel", "Third party");
}

QString storageLabel(StorageKind kind)
{
    switch (kind) {
    case StorageKind::Cookie: return QCoreApplication::translate("CookieTableModel", "Cookie");
    case StorageKind::LocalStorage:
        return QCoreApplication::translate("CookieTableModel", "Local storage");
    case StorageKind::SessionStorage:
        return QCoreApplication::translate("CookieTableModel", "Session storage");
    case StorageKind::Pixel: return QCoreApplication::translate("CookieTableModel", "Pixel");
    }
    return {};
}

QString basisLabel(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent: return QCoreApplication::translate("CookieTableModel", "Consent");
    case LegalBasis::Exempt:
        return QCoreApplication::translate("CookieTableModel", "Exempt from consent");
    case LegalBasis::LegitimateInterest:
        return QCoreApplication::translate("CookieTableModel", "Legitimate interest");
    }
    return {};
}
} // namespace

CookieTableModel::CookieTableModel(PolicyDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connectDocument();
}

void CookieTableModel::connectDocument()
{
    connect(m_document, &PolicyDocument::policyReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_document, &PolicyDocument::cookieChanged, this, [this](qsizetype row) {
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    });
    connect(m_document, &PolicyDocument::cookiesAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(m_document, &PolicyDocument::cookiesInserted, this, [this] { endInsertRows(); });
    connect(m_document, &PolicyDocument::cookiesAboutToBeRemoved, this,
            [this](qsizetype first, qsizetype last) { beginRemoveRows({}, int(first), int(last)); });
    connect(m_document, &PolicyDocument::cookiesRemoved, this, [this] { endRemoveRows(); });
    connect(m_document, &PolicyDocument::cookiesAboutToBeMoved, this,
            [this](qsizetype first, qsizetype last, qsizetype destination) {
                beginMoveRows({}, int(first), int(last), {}, int(destination));
            });
    connect(m_document, &PolicyDocument::cookiesMoved, this, [this] { endMoveRows(); });
    // Names of providers and categories appear in every row.
    const auto refreshAll = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(m_document, &PolicyDocument::providersChanged, this, refreshAll);
    connect(m_document, &PolicyDocument::categoriesChanged, this, refreshAll);
    connect(m_document, &PolicyDocument::metaChanged, this, refreshAll);
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
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    static const char *const names[ColumnCount] = {"provider", "service",  "name",  "purpose",
                                                   "category", "lifetime", "domain", "party",
                                                   "storage",  "basis"};
    return QLatin1StringView(names[column]);
}

QVariant CookieTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayData(index.row(), index.column());
    case Qt::EditRole: return editData(index.row(), index.column());
    case Qt::ToolTipRole: return toolTipData(index.row(), index.column());
    case SortRole: return sortData(index.row(), index.column());
    case FieldRole: return fieldName(Column(index.column()));
    default: return {};
    }
}

QVariant CookieTableModel::displayData(int row, int column) const
{
    const Policy &policy = m_document->policy();
    const Cookie &cookie = policy.cookies.at(row);
    const QString language = editLanguage();
    switch (Column(column)) {
    case ProviderColumn: {
        const Provider *provider = policy.provider(cookie.providerId);
        return provider && !provider->name.isEmpty() ? provider->name : cookie.providerId;
    }
    case ServiceColumn: return policy.text(cookie.service, language);
    case NameColumn: return cookie.name;
    case PurposeColumn: return policy.text(cookie.purpose, language);
    case CategoryColumn: {
        const Category *category = policy.category(cookie.categoryId);
        const QString name = category ? policy.text(category->name, language) : QString();
        return name.isEmpty() ? cookie.categoryId : name;
    }
    case LifetimeColumn:
        return cookie.lifetime ? cookie.lifetime->format(language)
                               : cookie.unparsed.value(QStringLiteral("lifetime"));
    case DomainColumn: return cookie.domain;
    case PartyColumn: return partyLabel(cookie.party);
    case StorageColumn: return storageLabel(cookie.storage);
    case BasisColumn: return basisLabel(cookie.basis);
    case ColumnCount: break;
    }
    return {};
}

QVariant CookieTableModel::editData(int row, int column) const
{
    const Cookie &cookie = m_document->policy().cookies.at(row);
    const QString language = editLanguage();
    switch (Column(column)) {
    case ProviderColumn: return cookie.providerId;
    case ServiceColumn: return cookie.service.exact(language);
    case NameColumn: return cookie.name;
    case PurposeColumn: return cookie.purpose.exact(language);
    case CategoryColumn: return cookie.categoryId;
    case LifetimeColumn:
        // Seconds, or -1 for a session cookie, or an invalid QVariant when unknown.
        return cookie.lifetime ? QVariant(cookie.lifetime->isSession() ? qint64(-1)
                                                                       : cookie.lifetime->seconds())
                               : QVariant();
    case DomainColumn: return cookie.domain;
    case PartyColumn: return PolicyKeys::toString(cookie.party);
    case StorageColumn: return PolicyKeys::toString(cookie.storage);
    case BasisColumn: return PolicyKeys::toString(cookie.basis);
    case ColumnCount: break;
    }
    return {};
}

QVariant CookieTableModel::sortData(int row, int column) const
{
    if (column == LifetimeColumn) {
        const Cookie &cookie = m_document->policy().cookies.at(row);
        // Session first, then by duration, unknown lifetimes last.
        return cookie.lifetime ? cookie.lifetime->sortKey() : std::numeric_limits<qint64>::max();
    }
    return displayData(row, column).toString().toCaseFolded();
}

QVariant CookieTableModel::toolTipData(int row, int column) const
{
    const Cookie &cookie = m_document->policy().cookies.at(row);
    const QString original = cookie.unparsed.value(fieldName(Column(column)));
    if (!original.isEmpty())
        return tr("Could not understand \"%1\"; please correct this cell.").arg(original);
    return {};
}

QVariant CookieTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProviderColumn: return tr("Provider");
    case ServiceColumn: return tr("Service and location");
    case NameColumn: return tr("Cookie");
    case PurposeColumn: return tr("Purpose");
    case CategoryColumn: return tr("Category");
    case LifetimeColumn: return tr("Lifetime");
    case DomainColumn: return tr("Domain");
    case PartyColumn: return tr("Party");
    case StorageColumn: return tr("Storage");
    case BasisColumn: return tr("Legal basis");
    case ColumnCount: break;
    }
    return {};
}
