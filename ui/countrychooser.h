// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QComboBox>
#include <QString>

#include <optional>

// A provider's country, chosen by its name in the interface language with the ISO
// code beside it ("Nouvelle-Zélande (NZ)"), or typed as a code; the document keeps the
// code. A line edit cut "Nouvelle-Zélande" to "NO" (Norway, in the EEA) and hid a
// transfer: here a text that names no country, or several, is refused and the stored
// country stays as it was.
class CountryChooser : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryChooser(QWidget *parent = nullptr);

    // The code shown ("" for none stated). An unknown code from a file is shown as it
    // is, so that it can be seen and replaced.
    void setCode(const QString &code);
    // What the text names: "" when empty, the code of the one country it names, or
    // nothing when it names none or several (then the text is marked as refused).
    std::optional<QString> chosenCode() const;

signals:
    // The user finished editing (Enter, leaving the field, a pick in the list) with a
    // text that names one country, or none stated.
    void codeChosen(const QString &code);
    // The user finished editing with a text that names no single country.
    void refused(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillNames();
    void finishEditing();
    void markRefused(bool refused);

    QString m_language;
};
