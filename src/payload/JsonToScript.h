#pragma once

#include <QHash>
#include <QJSValue>
#include <QJsonValue>
#include <QString>

class QJSEngine;

namespace relais {

// Converts JSON to script values, several times faster than
// QJSEngine::toScriptValue() for documents: an object is made by a small
// function returning an object literal, one function per set of keys
// (a Sales Order's lines all share one), rather than key by key. A key set
// gets its function the second time it is seen, so data with ever-changing
// keys does not compile a function per object.
class JsonToScript final
{
public:
    static constexpr qsizetype kMaxBuilders = 512;
    static constexpr qsizetype kMaxKeys = 256;

    explicit JsonToScript(QJSEngine &engine)
        : m_engine(engine)
    {}

    QJSValue convert(const QJsonValue &value);

private:
    QJSValue object(const QJsonObject &object);
    QJSValue array(const QJsonArray &array);
    QJSValue builderFor(const QString &keySet, const QJsonObject &object);

    QJSEngine &m_engine;
    QHash<QString, QJSValue> m_builders; // by key set; undefined: seen once
};

} // namespace relais
