// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "bannerpage.h"

#include "bannerpreview.h"
#include "commands/bannercommands.h"
#include "document/languages.h"
#include "document/policydocument.h"
#include "export/bannerexporter.h"
#include "export/exportformats.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(color);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 110));
    painter.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}
} // namespace

BannerPage::BannerPage(PolicyDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_languageBox(new QComboBox(this)),
      m_languageLabel(new QLabel(this)),
      m_textsGroup(new QGroupBox(this)),
      m_lookGroup(new QGroupBox(this)),
      m_behaviourGroup(new QGroupBox(this)),
      m_layoutBox(new QComboBox(this)),
      m_layoutLabel(new QLabel(this)),
      m_positionBox(new QComboBox(this)),
      m_positionLabel(new QLabel(this)),
      m_cookieNameEdit(new QLineEdit(this)),
      m_cookieNameLabel(new QLabel(this)),
      m_lifetimeSpin(new QSpinBox(this)),
      m_lifetimeLabel(new QLabel(this)),
      m_logEdit(new QLineEdit(this)),
      m_logLabel(new QLabel(this)),
      m_revisionSpin(new QSpinBox(this)),
      m_revisionLabel(new QLabel(this)),
      m_gpcCheck(new QCheckBox(this)),
      m_consentModeCheck(new QCheckBox(this)),
      m_openButton(new QPushButton(this)),
      m_preview(new BannerPreview(this))
{
    setObjectName(QStringLiteral("bannerPage"));
    m_languageBox->setObjectName(QStringLiteral("bannerEditLanguage"));
    m_languageLabel->setBuddy(m_languageBox);
    m_preview->setObjectName(QStringLiteral("bannerPreview"));
    m_openButton->setObjectName(QStringLiteral("bannerOpenInBrowser"));

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_languageBox, 1);

    auto *textsForm = new QFormLayout(m_textsGroup);
    buildTexts(textsForm);
    auto *lookForm = new QFormLayout(m_lookGroup);
    buildLook(lookForm);
    auto *behaviourForm = new QFormLayout(m_behaviourGroup);
    buildBehaviour(behaviourForm);

    auto *settings = new QWidget(this);
    m_settingsPane = settings;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addLayout(languageRow);
    settingsLayout->addWidget(m_textsGroup);
    settingsLayout->addWidget(m_lookGroup);
    settingsLayout->addWidget(m_behaviourGroup);
    settingsLayout->addWidget(m_openButton, 0, Qt::AlignLeft);
    settingsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The forms get the room their longest label and a readable field need (French
    // labels are longer); the preview, which scales, takes the rest.
    splitter->setSizes({470, 530});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_refreshing)
            return;
        m_preview->setLanguage(editLanguage());
        refreshFromDocument();
    });
    connect(m_openButton, &QPushButton::clicked, this, &BannerPage::openInBrowser);
    connect(m_document, &PolicyDocument::changed, this, &BannerPage::refreshFromDocument);

    retranslateUi();
    refreshFromDocument();
}

BannerPage::~BannerPage() = default;

void BannerPage::buildTexts(QFormLayout *form)
{
    const auto add = [&](const QString &key, LocalizedText BannerSettings::*member, bool multiline) {
        TextField field{key, member};
        field.label = new QLabel(this);
        if (multiline) {
            field.block = new QPlainTextEdit(this);
            field.block->setObjectName(QStringLiteral("banner_") + key);
            field.block->setTabChangesFocus(true);
            field.block->setFixedHeight(field.block->fontMetrics().lineSpacing() * 5 + 12);
            field.label->setBuddy(field.block);
            form->addRow(field.label, field.block);
        } else {
            field.line = new QLineEdit(this);
            field.line->setObjectName(QStringLiteral("banner_") + key);
            field.label->setBuddy(field.line);
            form->addRow(field.label, field.line);
        }
        m_texts.append(field);
    };
    add(QStringLiteral("title"), &BannerSettings::title, false);
    add(QStringLiteral("description"), &BannerSettings::description, true);
    add(QStringLiteral("acceptAll"), &BannerSettings::acceptAll, false);
    add(QStringLiteral("rejectAll"), &BannerSettings::rejectAll, false);
    add(QStringLiteral("customize"), &BannerSettings::customize, false);
    add(QStringLiteral("save"), &BannerSettings::save, false);
    add(QStringLiteral("manage"), &BannerSettings::manage, false);
    for (const TextField &field : std::as_const(m_texts)) {
        if (field.line)
            connect(field.line, &QLineEdit::textEdited, this, [this, field](const QString &text) { editText(field, text); });
        else
            connect(field.block, &QPlainTextEdit::textChanged, this,
                    [this, field] { editText(field, field.block->toPlainText()); });
    }
}

void BannerPage::buildLook(QFormLayout *form)
{
    m_layoutBox->setObjectName(QStringLiteral("bannerLayout"));
    m_positionBox->setObjectName(QStringLiteral("bannerPosition"));
    m_layoutLabel->setBuddy(m_layoutBox);
    m_positionLabel->setBuddy(m_positionBox);
    for (auto layout : {BannerSettings::Layout::Bar, BannerSettings::Layout::Box, BannerSettings::Layout::Modal})
        m_layoutBox->addItem(QString(), QVariant::fromValue(int(layout)));
    for (auto position : {BannerSettings::Position::Bottom, BannerSettings::Position::Top,
                          BannerSettings::Position::BottomLeft, BannerSettings::Position::BottomRight,
                          BannerSettings::Position::Center})
        m_positionBox->addItem(QString(), QVariant::fromValue(int(position)));
    form->addRow(m_layoutLabel, m_layoutBox);
    form->addRow(m_positionLabel, m_positionBox);
    connect(m_layoutBox, &QComboBox::activated, this, [this] {
        edit(QString(), QCoreApplication::translate("UndoCommands", "Change banner layout"),
             [this](BannerSettings &banner, int &) {
                 banner.layout = BannerSettings::Layout(m_layoutBox->currentData().toInt());
             });
    });
    connect(m_positionBox, &QComboBox::activated, this, [this] {
        edit(QString(), QCoreApplication::translate("UndoCommands", "Change banner position"),
             [this](BannerSettings &banner, int &) {
                 banner.position = BannerSettings::Position(m_positionBox->currentData().toInt());
             });
    });

    const auto add = [&](const QString &key, QColor BannerSettings::*member) {
        ColourField field{key, member};
        field.label = new QLabel(this);
        field.button = new QPushButton(this);
        field.button->setObjectName(QStringLiteral("bannerColour_") + key);
        field.label->setBuddy(field.button);
        form->addRow(field.label, field.button);
        m_colours.append(field);
        connect(field.button, &QPushButton::clicked, this, [this, field] { chooseColour(field); });
    };
    add(QStringLiteral("background"), &BannerSettings::background);
    add(QStringLiteral("text"), &BannerSettings::text);
    add(QStringLiteral("buttonBackground"), &BannerSettings::buttonBackground);
    add(QStringLiteral("buttonText"), &BannerSettings::buttonText);
}

void BannerPage::buildBehaviour(QFormLayout *form)
{
    m_cookieNameEdit->setObjectName(QStringLiteral("bannerCookieName"));
    m_lifetimeSpin->setObjectName(QStringLiteral("bannerLifetime"));
    m_revisionSpin->setObjectName(QStringLiteral("bannerRevision"));
    m_logEdit->setObjectName(QStringLiteral("bannerConsentLog"));
    m_logLabel->setBuddy(m_logEdit);
    m_gpcCheck->setObjectName(QStringLiteral("bannerGpc"));
    m_consentModeCheck->setObjectName(QStringLiteral("bannerConsentMode"));
    m_cookieNameLabel->setBuddy(m_cookieNameEdit);
    m_lifetimeLabel->setBuddy(m_lifetimeSpin);
    m_revisionLabel->setBuddy(m_revisionSpin);
    // 13 months is the longest CNIL accepts for a stored choice; the fr profile warns above 6.
    m_lifetimeSpin->setRange(1, 395);
    m_revisionSpin->setRange(1, 1000000);
    form->addRow(m_cookieNameLabel, m_cookieNameEdit);
    form->addRow(m_lifetimeLabel, m_lifetimeSpin);
    form->addRow(m_logLabel, m_logEdit);
    form->addRow(m_revisionLabel, m_revisionSpin);
    form->addRow(m_gpcCheck);
    form->addRow(m_consentModeCheck);

    connect(m_cookieNameEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("consentCookieName"),
             QCoreApplication::translate("UndoCommands", "Edit consent cookie name"),
             [&text](BannerSettings &banner, int &) { banner.consentCookieName = text; });
    });
    connect(m_lifetimeSpin, &QSpinBox::valueChanged, this, [this](int days) {
        edit(QStringLiteral("consentLifetimeDays"),
             QCoreApplication::translate("UndoCommands", "Change consent lifetime"),
             [days](BannerSettings &banner, int &) { banner.consentLifetimeDays = days; });
    });
    connect(m_logEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("consentLogUrl"),
             QCoreApplication::translate("UndoCommands", "Edit consent log address"),
             [&text](BannerSettings &banner, int &) { banner.consentLogUrl = text; });
    });
    connect(m_revisionSpin, &QSpinBox::valueChanged, this, [this](int value) {
        edit(QStringLiteral("revision"),
             QCoreApplication::translate("UndoCommands", "Change policy revision"),
             [value](BannerSettings &, int &revision) { revision = value; });
    });
    connect(m_gpcCheck, &QCheckBox::toggled, this, [this](bool on) {
        edit(QString(),
             QCoreApplication::translate("UndoCommands", "Change Global Privacy Control handling"),
             [on](BannerSettings &banner, int &) { banner.honourGlobalPrivacyControl = on; });
    });
    connect(m_consentModeCheck, &QCheckBox::toggled, this, [this](bool on) {
        edit(QString(), QCoreApplication::translate("UndoCommands", "Change Google Consent Mode"),
             [on](BannerSettings &banner, int &) { banner.googleConsentMode = on; });
    });
}

QString BannerPage::editLanguage() const
{
    const QString chosen = m_languageBox->currentData().toString();
    return chosen.isEmpty() ? m_document->policy().meta.defaultLanguage : chosen;
}

void BannerPage::setEditLanguage(const QString &language)
{
    const int index = m_languageBox->findData(language);
    if (index >= 0)
        m_languageBox->setCurrentIndex(index);
}

void BannerPage::edit(const QString &field, const QString &description,
                      const std::function<void(BannerSettings &, int &)> &change)
{
    if (m_refreshing)
        return;
    BannerSettings banner = m_document->policy().banner;
    int revision = m_document->policy().meta.revision;
    change(banner, revision);
    if (banner == m_document->policy().banner && revision == m_document->policy().meta.revision)
        return;
    m_document->undoStack()->push(
        bannerEditCommand(m_document, banner, revision, field, description));
}

void BannerPage::editText(const TextField &field, const QString &text)
{
    const QString language = editLanguage();
    edit(field.key + QLatin1Char('/') + language,
         QCoreApplication::translate("UndoCommands", "Edit banner text"),
         [&](BannerSettings &banner, int &) {
             LocalizedText &value = banner.*field.member;
             if (text.isEmpty())
                 value.remove(language);
             else
                 value.set(language, text);
         });
}

void BannerPage::chooseColour(const ColourField &field)
{
    const QColor current = m_document->policy().banner.*field.member;
    const QColor chosen = QColorDialog::getColor(current, this, field.label->text().remove(QLatin1Char('&')));
    if (!chosen.isValid())
        return;
    edit(QString(), QCoreApplication::translate("UndoCommands", "Change banner colour"),
         [&](BannerSettings &banner, int &) { banner.*field.member = chosen; });
}

void BannerPage::refreshLanguages()
{
    const QStringList languages = Languages::defaultFirst(m_document->policy().meta);
    QStringList shown;
    for (int i = 0; i < m_languageBox->count(); ++i)
        shown << m_languageBox->itemData(i).toString();
    if (shown == languages)
        return;
    const QString current = m_languageBox->currentData().toString();
    m_languageBox->clear();
    for (const QString &code : languages)
        m_languageBox->addItem(QLocale(code).nativeLanguageName().isEmpty()
                                   ? code
                                   : QStringLiteral("%1 (%2)").arg(QLocale(code).nativeLanguageName(), code),
                               code);
    m_languageBox->setCurrentIndex(std::max(0, int(languages.indexOf(current))));
}

void BannerPage::refreshFromDocument()
{
    // Setting a widget's value must not read back as an edit; comparing first also keeps
    // the cursor where it is while the user types.
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    refreshLanguages();
    const Policy &policy = m_document->policy();
    const BannerSettings &banner = policy.banner;
    const QString language = editLanguage();
    for (const TextField &field : std::as_const(m_texts)) {
        const LocalizedText &value = banner.*field.member;
        const QString text = value.exact(language);
        const QString fallback = language == policy.meta.defaultLanguage ? QString()
                                                                         : value.exact(policy.meta.defaultLanguage);
        if (field.line) {
            if (field.line->text() != text)
                field.line->setText(text);
            field.line->setPlaceholderText(fallback);
        } else {
            if (field.block->toPlainText() != text)
                field.block->setPlainText(text);
            field.block->setPlaceholderText(fallback);
        }
    }
    m_layoutBox->setCurrentIndex(m_layoutBox->findData(int(banner.layout)));
    m_positionBox->setCurrentIndex(m_positionBox->findData(int(banner.position)));
    for (const ColourField &field : std::as_const(m_colours)) {
        const QColor color = banner.*field.member;
        field.button->setIcon(swatch(color));
        field.button->setText(color.name());
    }
    if (m_cookieNameEdit->text() != banner.consentCookieName)
        m_cookieNameEdit->setText(banner.consentCookieName);
    m_lifetimeSpin->setValue(banner.consentLifetimeDays);
    if (m_logEdit->text() != banner.consentLogUrl)
        m_logEdit->setText(banner.consentLogUrl);
    m_revisionSpin->setValue(policy.meta.revision);
    m_gpcCheck->setChecked(banner.honourGlobalPrivacyControl);
    m_consentModeCheck->setChecked(banner.googleConsentMode);
    m_refreshing = wasRefreshing;
    m_preview->setPolicy(policy);
}

Expected<QString> BannerPage::writeBrowserPreview()
{
    if (!m_browserFolder || !m_browserFolder->isValid()) {
        m_browserFolder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/charte-banner-XXXXXX"));
        if (!m_browserFolder->isValid())
            return Expected<QString>::failure(m_browserFolder->errorString());
    }
    const ExportFormat *format = ExportFormats::find(QStringLiteral("banner"));
    Q_ASSERT(format);
    ExportOptions options;
    options.language = editLanguage();
    const Expected<ExportResult> result = format->run(m_document->policy(), options);
    if (!result)
        return Expected<QString>::failure(result.error());
    const Status written = ExportFormats::write(*format, *result, m_browserFolder->path());
    if (!written)
        return Expected<QString>::failure(written.error);
    return QDir(m_browserFolder->path()).filePath(QString(BannerExporter::demoName));
}

void BannerPage::openInBrowser()
{
    const Expected<QString> page = writeBrowserPreview();
    if (!page) {
        QMessageBox::warning(this, tr("Open in browser"), tr("The banner could not be written: %1").arg(page.error()));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*page)))
        QMessageBox::warning(this, tr("Open in browser"),
                             tr("No browser could be started. The demo page is %1").arg(QDir::toNativeSeparators(*page)));
}

void BannerPage::retranslateUi()
{
    m_languageLabel->setText(tr("Texts in &language:"));
    m_textsGroup->setTitle(tr("Texts"));
    m_lookGroup->setTitle(tr("Look"));
    m_behaviourGroup->setTitle(tr("Behaviour"));
    // Labels change length with the language: the forms never get narrower than
    // their labels and entries ask.
    if (m_settingsPane)
        QTimer::singleShot(0, m_settingsPane, [pane = m_settingsPane] {
            pane->setMinimumWidth(pane->sizeHint().width());
        });
    const QStringList labels{tr("&Title:"), tr("&Description:"), tr("&Accept all:"), tr("&Reject all:"),
                             tr("C&ustomise:"), tr("&Save choices:"), tr("&Manage cookies link:")};
    for (qsizetype i = 0; i < m_texts.size(); ++i)
        m_texts[i].label->setText(labels.at(i));
    m_layoutLabel->setText(tr("La&yout:"));
    m_layoutBox->setItemText(0, tr("Bar across the page"));
    m_layoutBox->setItemText(1, tr("Box"));
    m_layoutBox->setItemText(2, tr("Centred modal"));
    m_positionLabel->setText(tr("&Position:"));
    m_positionBox->setItemText(0, tr("Bottom"));
    m_positionBox->setItemText(1, tr("Top"));
    m_positionBox->setItemText(2, tr("Bottom left"));
    m_positionBox->setItemText(3, tr("Bottom right"));
    m_positionBox->setItemText(4, tr("Centre"));
    const QStringList colourLabels{tr("Bac&kground:"), tr("Te&xt:"), tr("&Buttons:"), tr("Butto&n text:")};
    for (qsizetype i = 0; i < m_colours.size(); ++i) {
        m_colours[i].label->setText(colourLabels.at(i));
        m_colours[i].button->setToolTip(tr("Choose a colour"));
    }
    m_cookieNameLabel->setText(tr("Consent &cookie name:"));
    m_lifetimeLabel->setText(tr("Consent kept &for:"));
    m_lifetimeSpin->setSuffix(tr(" days"));
    m_lifetimeSpin->setToolTip(tr("How long a visitor's choice, consent or refusal, is kept before asking again. "
                                  "The CNIL recommends six months (182 days)."));
    m_logLabel->setText(tr("Consent log addr&ess:"));
    m_logEdit->setPlaceholderText(tr("Optional: https://… or /path on the site"));
    m_logEdit->setToolTip(tr("Each choice (a random id, the time, the revision and the categories) is also "
                             "sent there, so that you can prove consent. Leave empty to keep choices only "
                             "in the visitor's browser."));
    m_revisionLabel->setText(tr("Policy re&vision:"));
    m_revisionSpin->setToolTip(tr("Raising the revision asks every visitor again."));
    m_gpcCheck->setText(tr("Honour &Global Privacy Control"));
    m_gpcCheck->setToolTip(tr("When the visitor's browser sends the GPC signal, advertising categories stay "
                              "refused unless the visitor switches them on, and the banner says so."));
    m_consentModeCheck->setText(tr("Send Google Consent Mode v&2 signals"));
    m_consentModeCheck->setToolTip(tr("Everything denied by default before any tag, then updated with each "
                                      "choice from the categories' signals."));
    m_openButton->setText(tr("&Open in browser"));
    m_openButton->setToolTip(tr("Writes the banner and a demo page to a temporary folder and opens it"));
}

void BannerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
