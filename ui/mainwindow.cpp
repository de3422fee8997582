#include "mainwindow.h"

#include "cookietablemodel.h"
#include "htmlexporter.h"
#include "htmlwriter.h"
#include "policydocument.h"
#include "policyreader.h"
#include "policywriter.h"
#include "templates.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QScrollBar>
#include <QTextBrowser>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_document(new PolicyDocument(this)),
      m_cookieModel(new CookieTableModel(m_document, this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_charterView(new QTextBrowser(m_splitter)),
      m_cookieView(new QTableView(m_splitter))
{
    m_charterView->setObjectName(QStringLiteral("charterView"));
    m_charterView->setOpenExternalLinks(true);
    m_charterView->setAccessibleName(tr("Charter"));
    // QTextDocument understands a subset of CSS: enough for readable tables.
    m_charterView->document()->setDefaultStyleSheet(QStringLiteral(
        "table { border-collapse: collapse; margin: 8px 0; }"
        "th, td { border: 1px solid palette(mid); padding: 4px 8px; }"
        "caption { font-weight: 600; padding: 6px 0; }"
        "h1 { font-size: x-large; } h2 { font-size: large; }"));
    m_cookieView->setObjectName(QStringLiteral("cookieView"));
    m_cookieView->setAccessibleName(tr("Cookies"));
    m_cookieView->setModel(m_cookieModel);
    m_cookieView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cookieView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cookieView->setAlternatingRowColors(true);
    m_cookieView->setWordWrap(false);
    m_cookieView->verticalHeader()->hide();
    m_cookieView->horizontalHeader()->setStretchLastSection(true);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    createActions();
    connect(m_document, &PolicyDocument::changed, this, &MainWindow::refreshCharter);
    connect(m_document, &PolicyDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PolicyDocument::modificationChanged, this, &MainWindow::updateTitle);
    resize(1100, 780);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QAction *saveAction = fileMenu->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::showDefaultCharter()
{
    m_document->resetPolicy(Templates::defaultPolicy());
    m_document->setFilePath({});
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    Expected<Policy> policy = PolicyReader::readFile(path);
    if (!policy) {
        QMessageBox::warning(this, tr("Cannot open the document"), policy.error());
        return false;
    }
    adopt(std::move(policy).value(), path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

void MainWindow::adopt(Policy policy, const QString &path)
{
    m_document->resetPolicy(std::move(policy));
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    updateTitle();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a charter"), QFileInfo(m_document->filePath()).absolutePath(),
        tr("Charte documents (*.charte.json);;JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the charter"), m_document->filePath(),
                                                tr("Charte documents (*.charte.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".charte.json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const Status status = PolicyWriter::writeFile(m_document->policy(), path);
    if (!status) {
        QMessageBox::warning(this, tr("Cannot save the document"), status.error);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    updateTitle();
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The document has been modified. Save the changes?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::refreshCharter()
{
    const Policy &policy = m_document->policy();
    HtmlWriter html;
    HtmlExporter::writeCharterBody(html, policy, policy.meta.defaultLanguage);
    const int scroll = m_charterView->verticalScrollBar()->value();
    m_charterView->setHtml(QString::fromUtf8(html.finish()));
    m_charterView->verticalScrollBar()->setValue(scroll);
    m_cookieView->resizeColumnsToContents();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Default charter") : QFileInfo(path).fileName();
    setWindowFilePath(path);
    setWindowTitle(name + QStringLiteral("[*] — Charte"));
    setWindowModified(m_document->isModified());
}
