// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The refusal and acceptance controls of the consent banners the browser scan knows
// (Charte's own, the libraries Charte exports to, the common commercial ones), read
// from resources/scan/consent-controls.json, and the page script that finds one of
// them. Why data and not code: vendors rename their buttons; a selector is fixed in
// the data file without touching the scanner.
class ConsentControls
{
public:
    enum class Kind { Reject, Accept };

    struct Banner
    {
        QString id;
        QString name;
        QStringList reject;
        QStringList accept;
    };

    // The embedded list (read once).
    static const ConsentControls &builtin();
    // Reads a list in the charte-consent-controls/1 format; empty with *error on failure.
    static ConsentControls fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Banner> &banners() const { return m_banners; }
    // Every known selector of that kind, in the file's order.
    QStringList selectors(Kind kind) const;

    // A script for Runtime.evaluate that looks for the first of `selectors` shown on
    // the page — in the document, in open shadow roots and in frames the page can
    // reach — and returns the selector that matched ("" when none did). With `click`
    // it also clicks that element. Never throws: a selector the page's engine refuses
    // is skipped.
    static QString findScript(const QStringList &selectors, bool click);

private:
    QList<Banner> m_banners;
};
