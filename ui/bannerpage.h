// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include "document/expected.h"
#include "document/policy.h"

#include <QWidget>

#include <functional>
#include <memory>

class BannerPreview;
class PolicyDocument;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTemporaryDir;

// The Banner page: the consent banner's texts (per language), look and behaviour,
// beside a live preview. Every edit is a bannerEditCommand on the document's undo
// stack; the page redraws from the document's signals, so undo is shown at once.
class BannerPage : public QWidget
{
    Q_OBJECT

public:
    explicit BannerPage(PolicyDocument *document, QWidget *parent = nullptr);
    ~BannerPage() override;

    BannerPreview *preview() const { return m_preview; }
    // The language whose texts the fields edit.
    QString editLanguage() const;
    void setEditLanguage(const QString &language);

    // Writes the bundle and demo page to a folder that lives as long as this page;
    // returns the demo page's path. "Open in browser" then hands it to the system.
    Expected<QString> writeBrowserPreview();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct TextField
    {
        QString key;                    // field id for undo merging: "title", …
        LocalizedText BannerSettings::*member;
        QLabel *label = nullptr;
        QLineEdit *line = nullptr;      // one of line / block
        QPlainTextEdit *block = nullptr;
    };
    struct ColourField
    {
        QString key;
        QColor BannerSettings::*member;
        QLabel *label = nullptr;
        QPushButton *button = nullptr;
    };

    void buildTexts(QFormLayout *form);
    void buildLook(QFormLayout *form);
    void buildBehaviour(QFormLayout *form);
    void retranslateUi();
    void refreshFromDocument();
    void refreshLanguages();
    void edit(const QString &field, const QString &description,
              const std::function<void(BannerSettings &, int &revision)> &change);
    void editText(const TextField &field, const QString &text);
    void chooseColour(const ColourField &field);
    void openInBrowser();

    PolicyDocument *m_document;
    QList<TextField> m_texts;
    QList<ColourField> m_colours;
    QComboBox *m_languageBox;
    QLabel *m_languageLabel;
    QGroupBox *m_textsGroup;
    QGroupBox *m_lookGroup;
    QGroupBox *m_behaviourGroup;
    QComboBox *m_layoutBox;
    QLabel *m_layoutLabel;
    QComboBox *m_positionBox;
    QLabel *m_positionLabel;
    QLineEdit *m_cookieNameEdit;
    QLabel *m_cookieNameLabel;
    QSpinBox *m_lifetimeSpin;
    QLabel *m_lifetimeLabel;
    QLineEdit *m_logEdit;
    QLabel *m_logLabel;
    QSpinBox *m_revisionSpin;
    QLabel *m_revisionLabel;
    QCheckBox *m_gpcCheck;
    QCheckBox *m_consentModeCheck;
    QPushButton *m_openButton;
    BannerPreview *m_preview;
    QWidget *m_settingsPane = nullptr; // the scrolled forms beside the preview
    std::unique_ptr<QTemporaryDir> m_browserFolder;
    bool m_refreshing = false;
};
