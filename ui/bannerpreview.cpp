// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "bannerpreview.h"

#include "document/contrast.h"
#include "document/languages.h"
#include "export/bannerexporter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

// Paints the two layers inside simulated browser viewports. Geometry follows
// charte-consent.css in CSS pixels (26rem box, 9rem minimum button column, 1rem
// margins), then the whole viewport is scaled to the widget's width.
class BannerCanvas : public QWidget
{
public:
    explicit BannerCanvas(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        setAccessibleName(BannerPreview::tr("Banner preview"));
    }

    void setState(const Policy *policy, const QString &language, bool mobile)
    {
        m_policy = policy;
        m_language = language;
        m_mobile = mobile;
        setMinimumHeight(heightForWidth(width()));
        update();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const qreal scale = scaleFor(width);
        return int(2 * (captionHeight + viewportHeight * scale + gap)) + 1;
    }
    QSize sizeHint() const override { return {420, heightForWidth(420)}; }

protected:
    // QScrollArea ignores height-for-width, so the height follows the width by hand.
    void resizeEvent(QResizeEvent *event) override
    {
        setMinimumHeight(heightForWidth(width()));
        QWidget::resizeEvent(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        if (!m_policy)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const qreal scale = scaleFor(width());
        const qreal frameWidth = viewportWidth() * scale;
        const qreal left = (width() - frameWidth) / 2;
        qreal top = 0;
        for (int layer = 0; layer < 2; ++layer) {
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(QRectF(left, top, frameWidth, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             layer == 0 ? BannerPreview::tr("First layer") : BannerPreview::tr("Preferences"));
            top += captionHeight;
            painter.save();
            painter.translate(left, top);
            painter.scale(scale, scale);
            const QRectF viewport(0, 0, viewportWidth(), viewportHeight);
            painter.setClipRect(viewport);
            paintPage(painter, viewport);
            if (layer == 0)
                paintFirstLayer(painter, viewport);
            else
                paintPreferences(painter, viewport);
            painter.setClipping(false);
            painter.setPen(QPen(palette().color(QPalette::Mid), 1.5 / scale));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(viewport);
            painter.restore();
            top += viewportHeight * scale + gap;
        }
    }

private:
    static constexpr qreal viewportHeight = 640;
    static constexpr qreal captionHeight = 24;
    static constexpr qreal gap = 12;
    static constexpr qreal margin = 16;
    static constexpr qreal padding = 20;
    static constexpr qreal buttonHeight = 44;
    static constexpr qreal buttonGap = 8;

    qreal viewportWidth() const { return m_mobile ? 390 : 1024; }
    qreal scaleFor(int width) const { return std::min<qreal>(1.0, std::max(80, width - 4) / viewportWidth()); }
    QString text(const LocalizedText &value) const { return m_policy->text(value, m_language); }
    const BannerSettings &banner() const { return m_policy->banner; }

    static QFont font(qreal pixelSize, bool bold = false)
    {
        QFont f;
        f.setPixelSize(int(std::lround(pixelSize)));
        f.setBold(bold);
        return f;
    }

    // Draws text wrapped in width from (x, y); returns the height it took.
    static qreal paragraph(QPainter &painter, qreal x, qreal y, qreal width, const QString &text,
                           const QFont &f, const QColor &color)
    {
        if (text.isEmpty())
            return 0;
        painter.setFont(f);
        painter.setPen(color);
        const QRectF bounds = painter.boundingRect(QRectF(x, y, width, 10000), Qt::TextWordWrap, text);
        painter.drawText(QRectF(x, y, width, bounds.height()), Qt::TextWordWrap, text);
        return bounds.height();
    }
    static qreal paragraphHeight(const QString &text, const QFont &f, qreal width)
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
    }

    // A page with placeholder lines, so the banner is seen over content.
    void paintPage(QPainter &painter, const QRectF &viewport) const
    {
        painter.fillRect(viewport, QColor(0xf6, 0xf7, 0xf9));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd5, 0xd9, 0xde));
        const qreal pageLeft = m_mobile ? 16 : 160;
        const qreal pageWidth = viewport.width() - 2 * pageLeft;
        painter.drawRoundedRect(QRectF(pageLeft, 32, pageWidth * 0.55, 26), 4, 4);
        for (int i = 0; i < 16; ++i) {
            const qreal w = pageWidth * (i % 4 == 3 ? 0.6 : 1.0);
            painter.drawRoundedRect(QRectF(pageLeft, 84 + i * 34, w, 12), 4, 4);
        }
    }

    int columnsFor(qreal contentWidth, int buttons) const
    {
        const int fit = int((contentWidth + buttonGap) / (144 + buttonGap));
        return std::clamp(fit, 1, buttons);
    }
    qreal buttonsHeight(qreal contentWidth, int buttons) const
    {
        const int rows = (buttons + columnsFor(contentWidth, buttons) - 1) / columnsFor(contentWidth, buttons);
        return rows * buttonHeight + (rows - 1) * buttonGap;
    }
    void paintButtons(QPainter &painter, qreal x, qreal y, qreal contentWidth, const QStringList &labels) const
    {
        const int columns = columnsFor(contentWidth, int(labels.size()));
        const qreal w = (contentWidth - (columns - 1) * buttonGap) / columns;
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF r(x + (i % columns) * (w + buttonGap), y + (i / columns) * (buttonHeight + buttonGap),
                           w, buttonHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(banner().buttonBackground);
            painter.drawRoundedRect(r, 6, 6);
            painter.setFont(font(15, true));
            painter.setPen(banner().buttonText);
            painter.drawText(r.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, labels.at(i));
        }
    }
    void paintClose(QPainter &painter, const QRectF &layer) const
    {
        painter.setFont(font(24));
        painter.setPen(banner().text);
        painter.drawText(QRectF(layer.right() - 44, layer.top() + 8, 36, 36), Qt::AlignCenter, QStringLiteral("\u00d7"));
    }
    void paintSurface(QPainter &painter, const QRectF &r, bool rounded) const
    {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 40));
        painter.drawRoundedRect(r.translated(0, 4), rounded ? 8 : 0, rounded ? 8 : 0);
        painter.setBrush(banner().background);
        painter.drawRoundedRect(r, rounded ? 8 : 0, rounded ? 8 : 0);
    }

    void paintFirstLayer(QPainter &painter, const QRectF &viewport) const
    {
        using Layout = BannerSettings::Layout;
        using Position = BannerSettings::Position;
        const qreal vw = viewport.width();
        const bool narrow = vw < 640;
        qreal width = vw;
        if (banner().layout == Layout::Box)
            width = narrow ? vw - 16 : std::min<qreal>(416, vw - 32);
        else if (banner().layout == Layout::Modal)
            width = std::min<qreal>(544, vw - 32);
        const qreal content = width - 2 * padding;
        const QString title = text(banner().title);
        const QString description = text(banner().description);
        const QStringList labels{text(banner().acceptAll), text(banner().rejectAll), text(banner().customize)};
        const qreal height = padding + paragraphHeight(title, font(19, true), content - 32) + 8 +
                             paragraphHeight(description, font(15), content) + 16 + buttonsHeight(content, 3) + 16;

        qreal x = 0;
        qreal y = viewport.height() - height;
        if (banner().layout == Layout::Modal || (banner().layout == Layout::Box && banner().position == Position::Center)) {
            painter.fillRect(viewport, QColor(0, 0, 0, 128));
            x = (vw - width) / 2;
            y = (viewport.height() - height) / 2;
        } else if (banner().layout == Layout::Box) {
            if (narrow) {
                x = 8;
                y = viewport.height() - 8 - height;
            } else {
                switch (banner().position) {
                case Position::BottomLeft: x = margin; break;
                case Position::Bottom:
                case Position::Top: x = (vw - width) / 2; break;
                default: x = vw - margin - width; break;
                }
                y = banner().position == Position::Top ? margin : viewport.height() - margin - height;
            }
        } else if (banner().position == Position::Top) {
            y = 0;
        }
        const QRectF layer(x, y, width, height);
        paintSurface(painter, layer, banner().layout != Layout::Bar);
        qreal cy = y + padding;
        cy += paragraph(painter, x + padding, cy, content - 32, title, font(19, true), banner().text) + 8;
        cy += paragraph(painter, x + padding, cy, content, description, font(15), banner().text) + 16;
        paintButtons(painter, x + padding, cy, content, labels);
        paintClose(painter, layer);
    }

    void paintSwitch(QPainter &painter, const QRectF &r, bool on, bool locked) const
    {
        painter.save();
        if (locked)
            painter.setOpacity(0.7);
        painter.setPen(QPen(on ? banner().buttonBackground : banner().text, 2));
        painter.setBrush(on ? banner().buttonBackground : banner().background);
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        const qreal knob = r.height() - 8;
        const qreal kx = on ? r.right() - 4 - knob : r.left() + 4;
        painter.setPen(Qt::NoPen);
        painter.setBrush(on ? banner().buttonText : banner().text);
        painter.drawEllipse(QRectF(kx, r.top() + 4, knob, knob));
        painter.restore();
    }

    void paintPreferences(QPainter &painter, const QRectF &viewport) const
    {
        painter.fillRect(viewport, QColor(0, 0, 0, 128));
        const qreal vw = viewport.width();
        const qreal width = std::min<qreal>(704, vw - 32);
        const qreal content = width - 2 * padding;
        const qreal x = (vw - width) / 2;
        const qreal y = 16;
        const QRectF layer(x, y, width, viewport.height() - 32);
        paintSurface(painter, layer, true);
        // As in the browser, the buttons stay in view at the bottom and the rest scrolls above them.
        const QStringList labels{text(banner().acceptAll), text(banner().rejectAll), text(banner().save)};
        const qreal buttonsTop = layer.bottom() - padding - buttonsHeight(content, 3);
        painter.save();
        painter.setClipRect(QRectF(x, y, width, buttonsTop - 8 - y), Qt::IntersectClip);
        qreal cy = y + padding;
        cy += paragraph(painter, x + padding, cy, content - 32, BannerExporter::preferencesTitle(m_language),
                        font(19, true), banner().text) + 8;
        cy += paragraph(painter, x + padding, cy, content, text(banner().description), font(15), banner().text) + 12;
        for (const Category &category : m_policy->categories) {
            painter.setPen(QPen(banner().text, 1));
            painter.drawLine(QPointF(x + padding, cy), QPointF(x + width - padding, cy));
            cy += 12;
            const QString name = text(category.name).isEmpty() ? category.id : text(category.name);
            const qreal switchWidth = 44;
            qreal nameWidth = content - switchWidth - 12;
            if (category.required) {
                const QString always = BannerExporter::alwaysOnLabel(m_language);
                const qreal alwaysWidth = QFontMetricsF(font(13, true)).horizontalAdvance(always) + 4;
                nameWidth -= alwaysWidth + 12;
                painter.setFont(font(13, true));
                painter.setPen(banner().text);
                painter.drawText(QRectF(x + width - padding - switchWidth - 12 - alwaysWidth, cy, alwaysWidth, 24),
                                 Qt::AlignRight | Qt::AlignVCenter, always);
            }
            const qreal nameHeight = std::max<qreal>(24, paragraphHeight(name, font(16, true), nameWidth));
            paragraph(painter, x + padding, cy + 1, nameWidth, name, font(16, true), banner().text);
            // Required categories are locked on; every other one starts off (nothing pre-ticked).
            paintSwitch(painter, QRectF(x + width - padding - switchWidth, cy, switchWidth, 24), category.required,
                        category.required);
            cy += nameHeight + 6;
            cy += paragraph(painter, x + padding, cy, content, text(category.description), font(14), banner().text) + 12;
        }
        painter.restore();
        paintButtons(painter, x + padding, buttonsTop, content, labels);
        paintClose(painter, layer);
    }

    const Policy *m_policy = nullptr;
    QString m_language;
    bool m_mobile = false;
};

BannerPreview::BannerPreview(QWidget *parent)
    : QWidget(parent),
      m_desktopButton(new QToolButton(this)),
      m_mobileButton(new QToolButton(this)),
      m_widthGroup(new QButtonGroup(this)),
      m_languageBox(new QComboBox(this)),
      m_languageLabel(new QLabel(this)),
      m_contrastTitle(new QLabel(this)),
      m_contrastLayout(new QVBoxLayout),
      m_canvas(new BannerCanvas(this))
{
    m_desktopButton->setObjectName(QStringLiteral("previewDesktop"));
    m_mobileButton->setObjectName(QStringLiteral("previewMobile"));
    m_languageBox->setObjectName(QStringLiteral("previewLanguage"));
    m_canvas->setObjectName(QStringLiteral("previewCanvas"));
    for (QToolButton *button : {m_desktopButton, m_mobileButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_widthGroup->addButton(button);
    }
    m_desktopButton->setChecked(true);
    m_languageLabel->setBuddy(m_languageBox);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_desktopButton);
    controls->addWidget(m_mobileButton);
    controls->addStretch();
    controls->addWidget(m_languageLabel);
    controls->addWidget(m_languageBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_contrastTitle->setObjectName(QStringLiteral("contrastTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_contrastTitle);
    layout->addLayout(m_contrastLayout);

    connect(m_widthGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            m_canvas->setState(&m_policy, language(), isMobile());
    });
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setState(&m_policy, language(), isMobile());
        emit languageChanged(language());
    });
    retranslateUi();
}

void BannerPreview::setPolicy(const Policy &policy)
{
    m_policy = policy;
    updateLanguages();
    updateContrast();
    m_canvas->setState(&m_policy, language(), isMobile());
}

QString BannerPreview::language() const
{
    const QString chosen = m_languageBox->currentData().toString();
    return chosen.isEmpty() ? m_policy.meta.defaultLanguage : chosen;
}

void BannerPreview::setLanguage(const QString &language)
{
    const int index = m_languageBox->findData(language);
    if (index >= 0)
        m_languageBox->setCurrentIndex(index);
}

bool BannerPreview::isMobile() const
{
    return m_mobileButton->isChecked();
}

void BannerPreview::setMobile(bool mobile)
{
    (mobile ? m_mobileButton : m_desktopButton)->setChecked(true);
}

void BannerPreview::updateLanguages()
{
    const QStringList languages = Languages::defaultFirst(m_policy.meta);
    QStringList shown;
    for (int i = 0; i < m_languageBox->count(); ++i)
        shown << m_languageBox->itemData(i).toString();
    if (shown == languages)
        return;
    const QString current = language();
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->clear();
    for (const QString &code : languages)
        m_languageBox->addItem(code, code);
    m_languageBox->setCurrentIndex(std::max(0, int(languages.indexOf(current))));
}

QList<BannerPreview::ContrastCheck> BannerPreview::contrastChecks() const
{
    const BannerSettings &banner = m_policy.banner;
    const double textRatio = Contrast::ratio(banner.text, banner.background);
    const double buttonRatio = Contrast::ratio(banner.buttonText, banner.buttonBackground);
    const auto check = [](const QString &key, const QString &label, double ratio) {
        return ContrastCheck{key, label, ratio, ratio < Contrast::minimumTextRatio};
    };
    return {check(QStringLiteral("text"), tr("Text on background"), textRatio),
            check(QStringLiteral("acceptAll"), tr("\"Accept all\" button"), buttonRatio),
            check(QStringLiteral("rejectAll"), tr("\"Reject all\" button"), buttonRatio),
            check(QStringLiteral("customize"), tr("\"Customise\" button"), buttonRatio),
            check(QStringLiteral("save"), tr("\"Save\" button"), buttonRatio)};
}

void BannerPreview::updateContrast()
{
    const QList<ContrastCheck> checks = contrastChecks();
    while (m_contrastLabels.size() < checks.size()) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        m_contrastLayout->addWidget(label);
        m_contrastLabels.append(label);
    }
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const ContrastCheck &check = checks.at(i);
        QLabel *label = m_contrastLabels.at(i);
        label->setObjectName(QStringLiteral("contrast_") + check.key);
        label->setProperty("belowMinimum", check.belowMinimum);
        const QString ratio = Languages::interfaceLocale().toString(check.ratio, 'f', 2);
        label->setText(check.belowMinimum
                           ? tr("\u26a0 %1: %2:1, below the 4.5:1 minimum (WCAG AA)").arg(check.label, ratio)
                           : tr("\u2713 %1: %2:1").arg(check.label, ratio));
        // Colour is a second cue; the sign and the words carry the meaning.
        label->setStyleSheet(check.belowMinimum ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
        label->setAccessibleName(label->text());
    }
}

void BannerPreview::retranslateUi()
{
    m_desktopButton->setText(tr("Desktop"));
    m_desktopButton->setToolTip(tr("Preview at a desktop browser width (1024 pixels)"));
    m_mobileButton->setText(tr("Mobile"));
    m_mobileButton->setToolTip(tr("Preview at a phone width (390 pixels)"));
    m_languageLabel->setText(tr("Previe&w language:"));
    m_contrastTitle->setText(tr("Contrast (WCAG)"));
    m_canvas->setAccessibleName(tr("Banner preview"));
    updateContrast();
    m_canvas->update();
}

void BannerPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
