#pragma once

#include "policy.h"

#include <QMainWindow>

class CookieTableModel;
class PolicyDocument;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

// The document window: the charter as the visitor reads it beside the cookie table.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PolicyDocument *document() const { return m_document; }
    // Opens path in this window; on failure shows the reason and keeps the current document.
    bool openFile(const QString &path);
    // Shows policy, read from path by the caller (the command line reports its own errors).
    void adopt(Policy policy, const QString &path);
    void showDefaultCharter();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshCharter();
    void updateTitle();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void open();
    bool maybeSave();

    PolicyDocument *m_document;
    CookieTableModel *m_cookieModel;
    QSplitter *m_splitter;
    QTextBrowser *m_charterView;
    QTableView *m_cookieView;
};
