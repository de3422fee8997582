#pragma once

#include "document/lifetime.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QSpinBox;

// A cookie lifetime as a person states it: "session", or a whole number of minutes,
// hours, days, weeks, months or years. Nothing else can be entered: no zero, no
// negative, no free text, nothing beyond what a browser would keep.
class LifetimeEditor : public QWidget
{
    Q_OBJECT

public:
    enum Unit { Session, Minutes, Hours, Days, Weeks, Months, Years };
    Q_ENUM(Unit)

    explicit LifetimeEditor(QWidget *parent = nullptr);

    // nullopt when the lifetime is unknown (the editor then proposes "session").
    std::optional<Lifetime> lifetime() const;
    void setLifetime(const std::optional<Lifetime> &lifetime);
    // True once the person changed the number or the unit.
    bool isEdited() const { return m_edited; }

    Unit unit() const;
    int amount() const;
    void setValue(int amount, Unit unit);

    static qint64 unitSeconds(Unit unit);

signals:
    void lifetimeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateRange();

    QSpinBox *m_amount;
    QComboBox *m_unit;
    std::optional<Lifetime> m_original;
    bool m_edited = false;
};
