#include "Delivery.h"

#include "EnumNames.h"
#include "TimeOrderedId.h"

#include <QJsonArray>

namespace relais {

namespace {

using enumnames::keyOf;
using enumnames::Named;
using enumnames::valueOf;

const Named kStates[] = {{"pending", int(DeliveryState::Pending)},
                         {"delivering", int(DeliveryState::Delivering)},
                         {"succeeded", int(DeliveryState::Succeeded)},
                         {"failed", int(DeliveryState::Failed)},
                         {"exhausted", int(DeliveryState::Exhausted)},
                         {"cancelled", int(DeliveryState::Cancelled)},
                         {"secret-unavailable", int(DeliveryState::SecretUnavailable)}};
const Named kTriggers[] = {{"scheduled", int(AttemptTrigger::Scheduled)},
                           {"manual", int(AttemptTrigger::Manual)},
                           {"test", int(AttemptTrigger::Test)}};

} // namespace

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const auto &[name, value] : headers)
        a.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    return a;
}

HeaderList headersFromJson(const QJsonArray &a)
{
    HeaderList headers;
    for (const QJsonValue &v : a) {
        const QJsonArray pair = v.toArray();
        headers.append({pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QJsonObject RequestSnapshot::toJson() const
{
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("headers"), headersToJson(headers)}};
}

RequestSnapshot RequestSnapshot::fromJson(const QJsonObject &o)
{
    RequestSnapshot r;
    r.method = o.value(QLatin1String("method")).toString();
    r.url = o.value(QLatin1String("url")).toString();
    r.headers = headersFromJson(o.value(QLatin1String("headers")).toArray());
    return r;
}

QString deliveryStateKey(DeliveryState s)
{
    return keyOf(kStates, s);
}
bool deliveryStateFromKey(const QString &key, DeliveryState *out)
{
    return valueOf(kStates, key, out);
}
QString attemptTriggerKey(AttemptTrigger t)
{
    return keyOf(kTriggers, t);
}
bool attemptTriggerFromKey(const QString &key, AttemptTrigger *out)
{
    return valueOf(kTriggers, key, out);
}

QString Delivery::newId()
{
    return TimeOrderedId::make(u"msg_");
}

} // namespace relais
