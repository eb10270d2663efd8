#include "ScriptCompiler.h"

#include "JsonText.h"
#include "ScriptSandbox.h"
#include "TemplateParser.h"
#include "TextPosition.h"

namespace relais {

// The generated source, and where each piece of user text went in it.
//
// Every script becomes a function of the webhook, the event's fields and
// the parts of its data the script reads (see DataUse), passed one by one:
// the function assembles `event` and `doc` from them with object literals,
// much faster than building them property by property from C++.
class ScriptCompiler::Source
{
public:
    explicit Source(const DataUse &use)
    {
        add(u"(function (__r) {\n"
            u"var __s = __r.s, __v = __r.v, __t = __r.t, __cap = __r.cap, __body = __r.body,"
            u" __fail = __r.fail, __concat = __r.concat;\n"
            u"return function (webhook, __id, __type, __resource, __occurredAt, __data");
        QString doc = QStringLiteral("__data");
        if (!use.wholeData) {
            doc = QStringLiteral("{");
            for (qsizetype i = 0; i < use.keys.size(); ++i) {
                const QString arg = QStringLiteral("__d") + QString::number(i);
                add(QString(QStringLiteral(", ") + arg));
                doc += (i ? QStringLiteral(", ") : QString()) + jsontext::quote(use.keys.at(i)) +
                       QStringLiteral(": ") + arg;
            }
            doc += u'}';
        }
        add(QString(QStringLiteral(") {\nvar doc = ") + doc +
                    QStringLiteral(", event = {id: __id, type: __type, resource: __resource, "
                                   "occurredAt: __occurredAt, data: doc};\n")));
    }

    void add(QStringView code)
    {
        m_text += code;
        m_line += int(code.count(u'\n'));
    }

    // User text starts a line of its own and is followed by a line break,
    // so that a // comment in it cannot swallow the generated code.
    void addUser(const QString &text, SourceRegion region)
    {
        region.generatedLine = m_line;
        region.lineCount = int(text.count(u'\n')) + 1;
        region.text = text;
        m_regions.append(region);
        add(text);
        add(u"\n");
    }

    QString finished() const { return m_text + QStringLiteral("};\n})"); }
    const QList<SourceRegion> &regions() const { return m_regions; }

private:
    QString m_text;
    int m_line = 1;
    QList<SourceRegion> m_regions;
};

ScriptCompiler::Result ScriptCompiler::finish(std::shared_ptr<CompiledScript> script,
                                              const Source &source)
{
    script->regions = source.regions();
    ScriptFailure failure;
    if (!m_sandbox.compile(source.finished(), &script->function, &failure))
        script->error = script->errorFor(failure);
    return script;
}

ScriptCompiler::Result ScriptCompiler::condition(const QString &expression)
{
    auto script = std::make_shared<CompiledScript>();
    script->kind = CompiledScript::Kind::Condition;
    script->part = PayloadError::Part::Condition;
    script->dataUse.scan(expression);
    Source source(script->dataUse);
    source.add(u"try { return (\n");
    source.addUser(expression, {});
    source.add(u"); } catch (__e) { throw __fail(__e, -1); }\n");
    return finish(script, source);
}

ScriptCompiler::Result ScriptCompiler::transform(const QString &text)
{
    auto script = std::make_shared<CompiledScript>();
    script->kind = CompiledScript::Kind::Transform;
    script->part = PayloadError::Part::Body;
    script->dataUse = DataUse::whole(); // its own copy of everything, to change at will
    Source source(script->dataUse);
    // The user's code runs in a function of its own: its declarations stay
    // local, and whatever it throws is caught.
    source.add(u"try { return __body((function () {\n");
    source.addUser(text, {});
    source.add(u";\nif (typeof transform !== \"function\") throw __r.noTransform();\n"
               u"return transform(event);\n"
               u"})()); } catch (__e) { throw __fail(__e, -1); }\n");
    return finish(script, source);
}

ScriptCompiler::Result ScriptCompiler::jsonTemplate(const QString &text)
{
    return templateScript(text, CompiledScript::Kind::JsonTemplate, PayloadError::Part::Body, {});
}

ScriptCompiler::Result ScriptCompiler::textTemplate(const QString &text)
{
    return templateScript(text, CompiledScript::Kind::TextTemplate, PayloadError::Part::Body, {});
}

ScriptCompiler::Result ScriptCompiler::parts(const QString &text, PayloadError::Part part,
                                             const QString &partName)
{
    return templateScript(text, CompiledScript::Kind::Parts, part, partName);
}

ScriptCompiler::Result ScriptCompiler::templateScript(const QString &text,
                                                      CompiledScript::Kind kind,
                                                      PayloadError::Part part,
                                                      const QString &partName)
{
    auto script = std::make_shared<CompiledScript>();
    script->kind = kind;
    script->part = part;
    script->partName = partName;

    const bool json = kind == CompiledScript::Kind::JsonTemplate;
    QList<TemplateSegment> segments;
    PayloadError error;
    error.part = part;
    error.partName = partName;
    if (!TemplateParser::parse(text,
                               json ? TemplateParser::Syntax::Json : TemplateParser::Syntax::Text,
                               &segments, &error) ||
        (json && !TemplateParser::checkJsonShape(text, segments, &error))) {
        script->error = error;
        return script;
    }
    script->checkJson = json && !TemplateParser::alwaysRendersJson(text, segments);

    for (const TemplateSegment &segment : std::as_const(segments)) {
        if (segment.type == TemplateSegment::Type::Placeholder)
            script->dataUse.scan(segment.text);
    }
    Source source(script->dataUse);
    const bool asArray = kind == CompiledScript::Kind::Parts;
    // One native concat: "a" + "b" + … would leave a chain of rope nodes
    // for the garbage collector.
    source.add(asArray ? u"var __p = -1;\ntry { return [\n"
                       : u"var __p = -1, __o;\ntry { __o = __concat.call(\"\"\n");
    QString literal;
    int index = 0;
    for (const TemplateSegment &segment : std::as_const(segments)) {
        if (segment.type == TemplateSegment::Type::Literal) {
            if (asArray)
                literal += segment.text;
            else
                source.add(QString(u", " + jsontext::quote(segment.text) + u"\n"));
            continue;
        }
        if (asArray) {
            script->literals << literal;
            literal.clear();
        }
        const QStringView convert = !json ? u"__t" : segment.inJsonString ? u"__s" : u"__v";
        source.add(QString((asArray ? QString() : QStringLiteral(", ")) + convert + u"((__p = " +
                           QString::number(index++) + u", (\n"));
        SourceRegion region;
        const TextPosition at = TextPosition::at(text, segment.textOffset);
        const TextPosition placeholder = TextPosition::at(text, segment.offset);
        region.userLine = at.line;
        region.userColumn = at.column;
        region.placeholderLine = placeholder.line;
        region.placeholderColumn = placeholder.column;
        source.addUser(segment.text, region);
        source.add(asArray ? u"))),\n" : u")))\n");
    }
    if (asArray) {
        script->literals << literal;
        source.add(u"];\n} catch (__e) { throw __fail(__e, __p); }\n");
    } else {
        source.add(u");\n} catch (__e) { throw __fail(__e, __p); }\nreturn __cap(__o);\n");
    }
    return finish(script, source);
}

ScriptCompiler::Result ScriptCompiler::formFields(const QList<FormField> &fields)
{
    auto script = std::make_shared<CompiledScript>();
    script->kind = CompiledScript::Kind::FormFields;
    script->part = PayloadError::Part::FormField;
    QStringList expressions;
    for (const FormField &field : fields) {
        QString expression = field.expression;
        // "{{ doc.customer }}" is accepted as well as "doc.customer".
        const QString trimmed = expression.trimmed();
        if (trimmed.startsWith(u"{{") && trimmed.endsWith(u"}}") &&
            TemplateParser::placeholderEnd(trimmed, 2) == trimmed.size() - 2)
            expression = trimmed.mid(2, trimmed.size() - 4);
        if (expression.trimmed().isEmpty()) {
            PayloadError e;
            e.kind = PayloadError::Kind::Syntax;
            e.part = PayloadError::Part::FormField;
            e.partName = field.key;
            e.message =
                tr("Form field \"%1\" needs an expression, such as doc.name.").arg(field.key);
            script->error = e;
            return script;
        }
        expressions << expression;
        script->dataUse.scan(expression);
    }
    Source source(script->dataUse);
    source.add(u"var __p = -1;\ntry { return [\n");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        source.add(QString(u"__t((__p = " + QString::number(i) + u", (\n"));
        SourceRegion region;
        region.partName = fields.at(i).key;
        source.addUser(expressions.at(i), region);
        source.add(u"))),\n");
    }
    source.add(u"];\n} catch (__e) { throw __fail(__e, __p); }\n");
    return finish(script, source);
}

} // namespace relais
