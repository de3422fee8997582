#pragma once

#include <QAbstractTableModel>

class PolicyDocument;

// The cookie inventory as a table, over a PolicyDocument. DisplayRole is the text a
// person reads in the edit language; EditRole the raw value; SortRole a key that
// sorts as people expect (lifetimes by duration, session first).
class CookieTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProviderColumn,
        ServiceColumn,
        NameColumn,
        PurposeColumn,
        CategoryColumn,
        LifetimeColumn,
        DomainColumn,
        PartyColumn,
        StorageColumn,
        BasisColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        // The JSON member name of the column ("purpose"), for code that maps
        // columns to document fields.
        FieldRole,
    };

    explicit CookieTableModel(PolicyDocument *document, QObject *parent = nullptr);

    // The language localized columns show and edit; empty means the default one.
    QString editLanguage() const;
    void setEditLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString fieldName(Column column);

protected:
    PolicyDocument *document() const { return m_document; }

private:
    QVariant displayData(int row, int column) const;
    QVariant editData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QVariant toolTipData(int row, int column) const;
    void connectDocument();

    PolicyDocument *m_document;
    QString m_editLanguage;
};
