// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: The Charte developers
#include "scan/consentcontrols.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            out << item.toString();
    }
    return out;
}

// Visible means laid out with a size and not hidden by style: a refusal button kept in
// a closed preferences layer is not on the first layer a visitor sees.
constexpr char FindSource[] = R"JS((() => {
  const selectors = %1;
  const click = %2;
  const visible = (el) => {
    if (typeof el.checkVisibility === 'function' &&
        !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const documents = [document];
  for (let i = 0; i < documents.length; i++) {
    for (const frame of documents[i].querySelectorAll('iframe, frame')) {
      try { if (frame.contentDocument) documents.push(frame.contentDocument); } catch (e) { /* another site's frame */ }
    }
  }
  const roots = [];
  for (const doc of documents) {
    const stack = [doc];
    while (stack.length) {
      const root = stack.pop();
      roots.push(root);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
    }
  }
  for (const selector of selectors) {
    for (const root of roots) {
      let found;
      try { found = root.querySelectorAll(selector); } catch (e) { break; }
      for (const el of found) {
        if (!visible(el)) continue;
        if (click) el.click();
        return selector;
      }
    }
  }
  return '';
})())JS";

} // namespace

const ConsentControls &ConsentControls::builtin()
{
    static const ConsentControls controls = [] {
        QFile file(QStringLiteral(":/scan/consent-controls.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ConsentControls();
        return fromJson(file.readAll());
    }();
    return controls;
}

ConsentControls ConsentControls::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    ConsentControls controls;
    if (!document.isObject() || document.object().value(QLatin1StringView("format")).toString() !=
                                    QLatin1StringView("charte-consent-controls/1")) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? QCoreApplication::translate("ConsentControls",
                                                       "consent controls: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                         : QCoreApplication::translate(
                               "ConsentControls",
                               "consent controls: not a charte-consent-controls/1 document");
        }
        return controls;
    }
    const QJsonArray banners = document.object().value(QLatin1StringView("banners")).toArray();
    for (const QJsonValue &value : banners) {
        const QJsonObject object = value.toObject();
        Banner banner;
        banner.id = object.value(QLatin1StringView("id")).toString();
        banner.name = object.value(QLatin1StringView("name")).toString();
        banner.reject = stringList(object.value(QLatin1StringView("reject")));
        banner.accept = stringList(object.value(QLatin1StringView("accept")));
        controls.m_banners << banner;
    }
    return controls;
}

QStringList ConsentControls::selectors(Kind kind) const
{
    QStringList out;
    for (const Banner &banner : m_banners)
        out << (kind == Kind::Reject ? banner.reject : banner.accept);
    return out;
}

QString ConsentControls::findScript(const QStringList &selectors, bool click)
{
    const QString list = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(selectors)).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(FindSource)
        .arg(list, click ? QStringLiteral("true") : QStringLiteral("false"));
}
