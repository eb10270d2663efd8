#include "JsonToScript.h"

#include "JsonText.h"

#include <QJSEngine>
#include <QJsonArray>
#include <QJsonObject>

namespace relais {

QJSValue JsonToScript::convert(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QJSValue(value.toString());
    case QJsonValue::Double:
        return QJSValue(value.toDouble());
    case QJsonValue::Bool:
        return QJSValue(value.toBool());
    case QJsonValue::Null:
        return QJSValue(QJSValue::NullValue);
    case QJsonValue::Object:
        return object(value.toObject());
    case QJsonValue::Array:
        return array(value.toArray());
    case QJsonValue::Undefined:
        break;
    }
    return QJSValue();
}

QJSValue JsonToScript::array(const QJsonArray &array)
{
    QJSValue result = m_engine.newArray(uint(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i)
        result.setProperty(quint32(i), convert(array.at(i)));
    return result;
}

QJSValue JsonToScript::object(const QJsonObject &object)
{
    if (object.size() > kMaxKeys)
        return m_engine.toScriptValue(object);
    QString keySet;
    keySet.reserve(object.size() * 24);
    QJSValueList values;
    values.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        keySet += it.key();
        keySet += u'\x1f';
        values << convert(it.value());
    }
    const QJSValue builder = builderFor(keySet, object);
    if (!builder.isCallable())
        return m_engine.toScriptValue(object);
    return builder.call(values);
}

QJSValue JsonToScript::builderFor(const QString &keySet, const QJsonObject &object)
{
    const auto found = m_builders.constFind(keySet);
    if (found == m_builders.cend()) {
        if (m_builders.size() >= kMaxBuilders)
            m_builders.clear();
        m_builders.insert(keySet, QJSValue()); // seen once
        return {};
    }
    if (found->isCallable())
        return *found;

    // (function (v0, v1) { return {"a": v0, "b": v1}; })
    QString parameters;
    QString members;
    qsizetype i = 0;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++i) {
        if (it.key() == u"__proto__")
            return {}; // a literal would take it for the prototype
        const QString name = QStringLiteral("v") + QString::number(i);
        parameters += (i ? QStringLiteral(", ") : QString()) + name;
        members += (i ? QStringLiteral(", ") : QString()) + jsontext::quote(it.key()) +
                   QStringLiteral(": ") + name;
    }
    const QJSValue builder =
        m_engine.evaluate(QStringLiteral("(function (") + parameters +
                          QStringLiteral(") { return {") + members + QStringLiteral("}; })"));
    m_builders.insert(keySet, builder.isCallable() ? builder : QJSValue());
    return builder;
}

} // namespace relais
