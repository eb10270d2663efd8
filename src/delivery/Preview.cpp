#include "Preview.h"

#include "RequestBuilder.h"

#include "core/Redaction.h"
#include "core/Webhook.h"
#include "payload/PayloadEngine.h"

namespace relais {

namespace {

QString stageKey(MatchResult::Stage s)
{
    switch (s) {
    case MatchResult::Stage::Pattern:
        return QStringLiteral("pattern");
    case MatchResult::Stage::Resource:
        return QStringLiteral("resource");
    case MatchResult::Stage::Condition:
        break;
    }
    return QStringLiteral("condition");
}

QString partKey(PayloadError::Part p)
{
    switch (p) {
    case PayloadError::Part::Condition:
        return QStringLiteral("condition");
    case PayloadError::Part::Url:
        return QStringLiteral("url");
    case PayloadError::Part::Header:
        return QStringLiteral("header");
    case PayloadError::Part::FormField:
        return QStringLiteral("formField");
    case PayloadError::Part::Body:
        break;
    }
    return QStringLiteral("body");
}

} // namespace

QJsonObject PreviewResult::toJson() const
{
    QJsonObject o{{QStringLiteral("matched"), match.matched},
                  {QStringLiteral("decidedBy"), stageKey(match.decidedBy)},
                  {QStringLiteral("explanation"), match.explanation()}};
    if (!match.conditionValue.isEmpty())
        o.insert(QStringLiteral("conditionValue"), match.conditionValue);
    if (error) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("part"), partKey(error->part)},
                             {QStringLiteral("partName"), error->partName},
                             {QStringLiteral("message"), error->message},
                             {QStringLiteral("line"), error->line},
                             {QStringLiteral("column"), error->column}});
    }
    if (rendered) {
        QJsonObject r = request.toJson();
        r.insert(QStringLiteral("body"), QString::fromUtf8(request.body));
        o.insert(QStringLiteral("request"), r);
    }
    if (!signingNote.isEmpty())
        o.insert(QStringLiteral("signingNote"), signingNote);
    return o;
}

PreviewResult Preview::run(PayloadEngine &engine, SecretStore &secrets, const Webhook &webhook,
                           const Event &event)
{
    PreviewResult result;
    result.match = engine.match(webhook, event);
    if (result.match.error) {
        result.error = result.match.error;
        return result;
    }

    RequestBuilder builder(engine, secrets);
    PayloadError error;
    RequestSnapshot request;
    if (!builder.render(webhook, event, &request, &error)) {
        result.error = error;
        return result;
    }
    RequestSnapshot signedRequest = request;
    RequestBuilder::AttemptProblem problem = RequestBuilder::AttemptProblem::None;
    QString note;
    if (!builder.prepareAttempt(webhook, Delivery::newId(), QDateTime::currentSecsSinceEpoch(),
                                &signedRequest, &problem, &note)) {
        result.signingNote = note;
        signedRequest = request;
    }
    result.request = Redaction::request(signedRequest, RequestBuilder::secretHeaderNames(webhook));
    result.rendered = true;
    return result;
}

} // namespace relais
