// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "userguidewindow.h"

#include "format/markdown.h"
#include "interfacelanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideWindow::UserGuideWindow(InterfaceLanguage *language, QWidget *parent)
    : QDialog(parent), m_language(language), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    // Not modal, and a window of its own: the guide stays open beside the editor.
    setWindowFlag(Qt::Window);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    load();
}

QString UserGuideWindow::guideMarkdown(const QString &language)
{
    const QString path = language == QLatin1StringView("fr")
                             ? QStringLiteral(":/guide/user-guide.fr.md")
                             : QStringLiteral(":/guide/user-guide.md");
    QFile file(path);
    // Embedded at build time: a missing resource is a build mistake, said plainly.
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build (%1).").arg(path);
    return QString::fromUtf8(file.readAll());
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    // The catalogues are installed by then, and effectiveLanguage() names them.
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

void UserGuideWindow::load()
{
    setWindowTitle(tr("Charte User Guide"));
    m_browser->setHtml(
        QString::fromUtf8(Markdown::toHtml(guideMarkdown(m_language->effectiveLanguage()))));
}
