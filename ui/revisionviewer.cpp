// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "revisionviewer.h"

#include "bannerpreview.h"
#include "document/countries.h"
#include "document/languages.h"
#include "document/policydocument.h"
#include "format/policywriter.h"
#include "interfacedates.h"
#include "itemmodels/cookietablemodel.h"
#include "languagename.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString savePathForTesting;

QTableWidget *readOnlyTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

// Column widths from the header and the first rows only, capped: an archived inventory
// may hold 100,000 cookies, and measuring every row would stall the window.
void fitColumnsToSample(QTableView *view)
{
    constexpr int sampleRows = 50;
    constexpr int widest = 280;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    for (int column = 0; column < model->columnCount(); ++column) {
        int width = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + padding;
        for (int row = 0; row < std::min(sampleRows, model->rowCount()); ++row)
            width = std::max(width, metrics.horizontalAdvance(model->index(row, column).data().toString()) + padding);
        view->setColumnWidth(column, std::min(width, widest));
    }
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

} // namespace

void RevisionViewer::setSavePathForTesting(const QString &path)
{
    savePathForTesting = path;
}

RevisionViewer::RevisionViewer(const ArchiveEntry &entry, const Policy &published, const QString &language,
                               QWidget *parent)
    : QDialog(parent),
      m_entry(entry),
      m_document(new PolicyDocument(published, this)),
      m_cookies(new CookieTableModel(m_document, this)),
      m_header(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_charterLanguage(new QComboBox(this)),
      m_charter(new QTextBrowser(this)),
      m_cookieView(new QTableView(this)),
      m_categories(readOnlyTable(QStringLiteral("revisionCategories"), this)),
      m_providers(readOnlyTable(QStringLiteral("revisionProviders"), this)),
      m_banner(new BannerPreview(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("revisionViewer"));
    const QString date = InterfaceDates::text(entry.date);
    setWindowTitle(tr("Revision %1 of %2 (read-only)").arg(entry.revision).arg(date));

    m_header->setObjectName(QStringLiteral("revisionHeader"));
    m_header->setWordWrap(true);
    QString header = entry.publisher.isEmpty()
                         ? tr("Revision %1, published on %2.").arg(entry.revision).arg(date)
                         : tr("Revision %1, published on %2 by %3.").arg(entry.revision).arg(date, entry.publisher);
    header += QLatin1Char(' ') + tr("Read-only: this is the document as it was published, not the one you edit.");
    if (!entry.note.isEmpty())
        header += QLatin1Char('\n') + tr("Note: %1").arg(entry.note);
    m_header->setText(header);
    m_tabs->setObjectName(QStringLiteral("revisionTabs"));

    // The charter exactly as archived, one file per language.
    auto *charterTab = new QWidget(this);
    auto *charterLayout = new QVBoxLayout(charterTab);
    m_charterLanguage->setObjectName(QStringLiteral("revisionLanguage"));
    m_charter->setObjectName(QStringLiteral("revisionCharter"));
    m_charter->setOpenExternalLinks(false);
    charterLayout->addWidget(m_charterLanguage, 0, Qt::AlignLeft);
    charterLayout->addWidget(m_charter, 1);
    for (auto it = entry.files.cbegin(); it != entry.files.cend(); ++it) {
        if (it.key().startsWith(QLatin1StringView("charter.")) && it.key().endsWith(QLatin1StringView(".html")))
            m_charterLanguage->addItem(languageDisplayName(it.key().section(QLatin1Char('.'), 1, 1)), it.key());
    }
    const int preferred = m_charterLanguage->findData(QStringLiteral("charter.%1.html").arg(language));
    if (preferred >= 0)
        m_charterLanguage->setCurrentIndex(preferred);
    connect(m_charterLanguage, &QComboBox::currentIndexChanged, this, &RevisionViewer::showCharter);
    m_tabs->addTab(charterTab, tr("Charter"));

    // The inventory through the grid's own model, read-only: the same columns and
    // words as the Cookies page, so the two can be compared side by side.
    m_cookies->setReadOnly(true);
    m_cookies->setEditLanguage(language);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_cookies);
    sorted->setSortRole(CookieTableModel::SortRole);
    m_cookieView->setObjectName(QStringLiteral("revisionCookies"));
    m_cookieView->setModel(sorted);
    m_cookieView->setSortingEnabled(true);
    m_cookieView->sortByColumn(-1, Qt::AscendingOrder); // the document's order until a header is clicked
    m_cookieView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cookieView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cookieView->setWordWrap(false);
    m_cookieView->horizontalHeader()->setStretchLastSection(true);
    m_cookieView->verticalHeader()->setDefaultSectionSize(m_cookieView->fontMetrics().height() + 8);
    fitColumnsToSample(m_cookieView);
    m_tabs->addTab(m_cookieView, tr("Cookies (%1)").arg(published.cookies.size()));

    fillCatalogs(language);
    m_tabs->addTab(m_categories, tr("Categories (%1)").arg(published.categories.size()));
    m_tabs->addTab(m_providers, tr("Providers (%1)").arg(published.providers.size()));

    m_banner->setObjectName(QStringLiteral("revisionBanner"));
    m_banner->setPolicy(published);
    m_banner->setLanguage(language);
    m_tabs->addTab(m_banner, tr("Banner"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *saveCopyButton = buttons->addButton(tr("Save a Copy As…"), QDialogButtonBox::ActionRole);
    saveCopyButton->setObjectName(QStringLiteral("revisionSaveCopy"));
    saveCopyButton->setToolTip(tr("Write this revision to a new file, to open and edit it; the archive stays as it is"));
    connect(saveCopyButton, &QPushButton::clicked, this, &RevisionViewer::saveCopyAs);
    // Enter in the tables must not press a button (a file dialog, or closing the view).
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setObjectName(QStringLiteral("revisionStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    showCharter();
    resize(1000, 720);
}

void RevisionViewer::showCharter()
{
    if (m_charterLanguage->count() == 0) {
        m_charter->setPlainText(tr("This entry of the archive holds no charter page."));
        return;
    }
    QFile file(QDir(m_entry.folder).filePath(m_charterLanguage->currentData().toString()));
    m_charter->setHtml(file.open(QIODevice::ReadOnly)
                           ? QString::fromUtf8(file.readAll())
                           : tr("This file of the archive cannot be read: %1").arg(file.errorString()));
}

void RevisionViewer::fillCatalogs(const QString &language)
{
    const Policy &policy = m_document->policy();
    QHash<QString, int> cookiesPerCategory;
    QHash<QString, int> cookiesPerProvider;
    for (const Cookie &cookie : policy.cookies) {
        ++cookiesPerCategory[cookie.categoryId];
        ++cookiesPerProvider[cookie.providerId];
    }

    m_categories->setColumnCount(4);
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Refusable"), tr("Cookies"), tr("Description")});
    m_categories->setRowCount(int(policy.categories.size()));
    for (int row = 0; row < policy.categories.size(); ++row) {
        const Category &category = policy.categories.at(row);
        setRow(m_categories, row,
               {policy.text(category.name, language), category.required ? tr("no (necessary)") : tr("yes"),
                QString::number(cookiesPerCategory.value(category.id)), policy.text(category.description, language)});
    }

    m_providers->setColumnCount(4);
    m_providers->setHorizontalHeaderLabels({tr("Provider"), tr("Country"), tr("Cookies"), tr("Privacy policy")});
    m_providers->setRowCount(int(policy.providers.size()));
    const QString interface = Languages::ofInterface();
    for (int row = 0; row < policy.providers.size(); ++row) {
        const Provider &provider = policy.providers.at(row);
        setRow(m_providers, row,
               {provider.name, provider.country.isEmpty() ? QString() : Countries::displayName(provider.country, interface),
                QString::number(cookiesPerProvider.value(provider.id)), provider.privacyPolicyUrl});
    }
    for (QTableWidget *table : {m_categories, m_providers})
        table->resizeColumnsToContents(); // a catalogue has tens of rows, not thousands
}

bool RevisionViewer::saveCopy(const QString &path)
{
    const Status written = PolicyWriter::writeFile(m_document->policy(), path);
    if (!written) {
        m_status->setText(tr("The copy was not written: %1").arg(written.error));
        return false;
    }
    m_status->setText(tr("Revision %1 written to %2. Open it to edit it; the archive is unchanged.")
                          .arg(m_entry.revision)
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

void RevisionViewer::saveCopyAs()
{
    QString path = savePathForTesting;
    if (path.isEmpty()) {
        // Beside the document: the entry is NAME.charte-archive/NNNN.
        QDir folder(m_entry.folder);
        folder.cdUp();
        const QString documentName = folder.dirName().section(QStringLiteral(".charte-archive"), 0, 0);
        folder.cdUp();
        const QString proposed = QStringLiteral("%1-revision-%2.charte.json").arg(documentName).arg(m_entry.revision);
        path = QFileDialog::getSaveFileName(this, tr("Save a Copy of the Revision"), folder.filePath(proposed),
                                            tr("Charte documents (*.charte.json)"));
    }
    if (!path.isEmpty())
        saveCopy(path);
}
