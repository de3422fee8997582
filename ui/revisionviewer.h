// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/policy.h"
#include "publishing/publicationarchive.h"

#include <QDialog>

class BannerPreview;
class CookieTableModel;
class PolicyDocument;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

// One published revision, read-only, as an auditor asks for it: the charter as it was
// published (the archived HTML, in each language), the cookie inventory, the
// categories and providers, and the banner visitors saw — all from the archived
// document, never from the one being edited. "Save a Copy As…" writes that document
// to a new file, to be opened and edited without touching the archive.
class RevisionViewer : public QDialog
{
    Q_OBJECT

public:
    RevisionViewer(const ArchiveEntry &entry, const Policy &published, const QString &language,
                   QWidget *parent = nullptr);

    // Writes the archived document to path (atomically); false, with the reason in the
    // status line, when it cannot.
    bool saveCopy(const QString &path);

    // Where "Save a Copy As…" writes without asking (tests); empty asks with a dialog.
    static void setSavePathForTesting(const QString &path);

private:
    void showCharter();
    void fillCatalogs(const QString &language);
    void saveCopyAs();

    ArchiveEntry m_entry;
    PolicyDocument *m_document; // a private copy, never the editor's
    CookieTableModel *m_cookies;
    QLabel *m_header;
    QTabWidget *m_tabs;
    QComboBox *m_charterLanguage;
    QTextBrowser *m_charter;
    QTableView *m_cookieView;
    QTableWidget *m_categories;
    QTableWidget *m_providers;
    BannerPreview *m_banner;
    QLabel *m_status;
};
