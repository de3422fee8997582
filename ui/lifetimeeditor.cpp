#include "lifetimeeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSpinBox>

namespace {
// Ten years: far beyond the 400-day cap browsers apply, so any lifetime a site
// could declare fits, while typing errors such as "13000 months" do not.
constexpr qint64 longestLifetime = 10 * Lifetime::Year;
} // namespace

LifetimeEditor::LifetimeEditor(QWidget *parent)
    : QWidget(parent), m_amount(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_unit);
    m_amount->setObjectName(QStringLiteral("lifetimeAmount"));
    m_unit->setObjectName(QStringLiteral("lifetimeUnit"));
    m_amount->setMinimum(1);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_amount->setAccelerated(true);
    for (int unit = Session; unit <= Years; ++unit)
        m_unit->addItem(QString(), unit);
    retranslateUi();
    setFocusProxy(m_amount);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);

    connect(m_amount, &QSpinBox::valueChanged, this, [this] {
        m_edited = true;
        emit lifetimeChanged();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        m_edited = true;
        updateRange();
        emit lifetimeChanged();
    });
    setValue(1, Session);
    m_edited = false;
}

qint64 LifetimeEditor::unitSeconds(Unit unit)
{
    switch (unit) {
    case Session:
        return 0;
    case Minutes:
        return Lifetime::Minute;
    case Hours:
        return Lifetime::Hour;
    case Days:
        return Lifetime::Day;
    case Weeks:
        return Lifetime::Week;
    case Months:
        return Lifetime::Month;
    case Years:
        return Lifetime::Year;
    }
    return 0;
}

LifetimeEditor::Unit LifetimeEditor::unit() const
{
    return Unit(m_unit->currentData().toInt());
}

int LifetimeEditor::amount() const
{
    return m_amount->value();
}

void LifetimeEditor::updateRange()
{
    const Unit current = unit();
    m_amount->setEnabled(current != Session);
    m_amount->setMaximum(current == Session ? 1 : int(longestLifetime / unitSeconds(current)));
}

void LifetimeEditor::setValue(int amount, Unit unit)
{
    const QSignalBlocker amountBlocker(m_amount);
    const QSignalBlocker unitBlocker(m_unit);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    updateRange();
    m_amount->setValue(amount);
    m_edited = true;
    emit lifetimeChanged();
}

std::optional<Lifetime> LifetimeEditor::lifetime() const
{
    // Untouched, the editor gives back what it was given, even a duration its
    // units cannot spell exactly (90 seconds).
    if (!m_edited)
        return m_original;
    if (unit() == Session)
        return Lifetime::session();
    return Lifetime::fromSeconds(qint64(m_amount->value()) * unitSeconds(unit()));
}

void LifetimeEditor::setLifetime(const std::optional<Lifetime> &lifetime)
{
    if (!lifetime || lifetime->isSession()) {
        setValue(1, Session);
    } else {
        // The largest unit that states the duration exactly, else the nearest
        // whole number of minutes; as Lifetime::format, "182 days" rather than
        // "26 weeks" and "30 days" rather than "1 month".
        const qint64 seconds = lifetime->seconds();
        Unit best = Minutes;
        for (Unit candidate : {Years, Months, Weeks, Days, Hours}) {
            if (candidate == Months && seconds < 2 * Lifetime::Month)
                continue;
            if (candidate == Weeks && seconds >= 2 * Lifetime::Month)
                continue;
            if (seconds % unitSeconds(candidate) == 0) {
                best = candidate;
                break;
            }
        }
        const qint64 count =
            std::max<qint64>(1, (seconds + unitSeconds(best) / 2) / unitSeconds(best));
        setValue(int(std::min<qint64>(count, longestLifetime / unitSeconds(best))), best);
    }
    m_original = lifetime;
    m_edited = false;
}

void LifetimeEditor::retranslateUi()
{
    static const char *const labels[] = {
        QT_TR_NOOP("session"), QT_TR_NOOP("minutes"), QT_TR_NOOP("hours"), QT_TR_NOOP("days"),
        QT_TR_NOOP("weeks"),   QT_TR_NOOP("months"),  QT_TR_NOOP("years"),
    };
    for (int unit = Session; unit <= Years; ++unit)
        m_unit->setItemText(unit, tr(labels[unit]));
    m_amount->setAccessibleName(tr("Lifetime amount"));
    m_unit->setAccessibleName(tr("Lifetime unit"));
    m_unit->setToolTip(tr("\"session\": deleted when the browser closes"));
}

void LifetimeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
