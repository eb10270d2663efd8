#include "JsonPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace relais {

namespace {

constexpr int kMaxDepth = 512;

// The single value of the JSON text `literal`, or undefined when it is not
// exactly one value.
QJsonValue singleValue(const QByteArray &literal)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + literal + ']', &pe);
    if (pe.error != QJsonParseError::NoError || doc.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return doc.array().at(0);
}

QString decodeString(const QByteArray &quoted)
{
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    return singleValue(quoted).toString();
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    JsonPath path;
    path.m_text = text;
    const auto fail = [&](qsizetype at, const QString &why) {
        if (error)
            *error = tr("Path “%1”, character %2: %3").arg(text).arg(at + 1).arg(why);
        return std::nullopt;
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (n > 0 && text.at(0) == u'$') {
        i = 1;
        if (i < n && text.at(i) == u'.')
            ++i;
    }
    const auto expectClose = [&]() {
        if (i >= n || text.at(i) != u']')
            return false;
        ++i;
        return true;
    };
    const auto skipSpaces = [&]() {
        while (i < n && text.at(i).isSpace())
            ++i;
    };

    bool afterDot = i > 0 && text.at(i - 1) == u'.';
    bool needKey = true; // at the start or after a dot
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'[') {
            if (afterDot)
                return fail(i, tr("write “[” right after a key, without “.”."));
            Step step;
            const qsizetype open = i;
            ++i;
            if (i >= n)
                return fail(open, tr("“[” is not closed."));
            const QChar first = text.at(i);
            if (first == u'*') {
                step.kind = Step::Kind::Wildcard;
                ++i;
            } else if (first == u'"') {
                qsizetype j = i + 1;
                while (j < n && text.at(j) != u'"')
                    j += text.at(j) == u'\\' ? 2 : 1;
                if (j >= n)
                    return fail(i, tr("the quoted key is not closed."));
                const QJsonValue key = singleValue(text.mid(i, j - i + 1).toUtf8());
                if (!key.isString())
                    return fail(i, tr("the quoted key is not a valid JSON string."));
                step.kind = Step::Kind::Key;
                step.key = key.toString();
                i = j + 1;
            } else if (first == u'?') {
                ++i;
                skipSpaces();
                const qsizetype keysBegin = i;
                while (i < n && text.at(i) != u'=' && text.at(i) != u']' && !text.at(i).isSpace())
                    ++i;
                step.filterKeys = text.mid(keysBegin, i - keysBegin).split(u'.');
                for (const QString &key : std::as_const(step.filterKeys)) {
                    if (key.isEmpty())
                        return fail(keysBegin, tr("name the member to compare, as in "
                                                  "[?classification==\"restricted\"]."));
                }
                skipSpaces();
                if (text.mid(i, 2) != QLatin1String("=="))
                    return fail(i, tr("a filter compares with “==”."));
                i += 2;
                skipSpaces();
                qsizetype j = i;
                bool inString = false;
                for (; j < n; ++j) {
                    const QChar ch = text.at(j);
                    if (inString) {
                        if (ch == u'\\')
                            ++j;
                        else if (ch == u'"')
                            inString = false;
                    } else if (ch == u'"') {
                        inString = true;
                    } else if (ch == u']') {
                        break;
                    }
                }
                if (j >= n)
                    return fail(open, tr("“[” is not closed."));
                step.filterValue = singleValue(text.mid(i, j - i).trimmed().toUtf8());
                if (step.filterValue.isUndefined() || step.filterValue.isObject() ||
                    step.filterValue.isArray()) {
                    return fail(i, tr("compare with a JSON value: \"text\", a number, true, "
                                      "false or null."));
                }
                step.kind = Step::Kind::Filter;
                i = j;
            } else if (first.isDigit() || first == u'-') {
                const qsizetype begin = i;
                ++i;
                while (i < n && text.at(i).isDigit())
                    ++i;
                bool ok = false;
                step.index = text.mid(begin, i - begin).toLongLong(&ok);
                if (!ok)
                    return fail(begin, tr("an index is a whole number."));
                step.kind = Step::Kind::Index;
            } else {
                return fail(i, tr("after “[” write *, an index, a \"quoted key\" or a "
                                  "?filter."));
            }
            if (!expectClose())
                return fail(i, tr("“]” expected."));
            path.m_steps.append(step);
            afterDot = false;
            needKey = false;
            continue;
        }
        if (c == u'.') {
            if (needKey)
                return fail(i, tr("a key is missing before “.”."));
            ++i;
            if (i >= n)
                return fail(i - 1, tr("the path ends with “.”."));
            afterDot = true;
            needKey = true;
            continue;
        }
        if (c == u']')
            return fail(i, tr("“]” without “[”."));
        if (!needKey)
            return fail(i, tr("write “.” before a key."));
        const qsizetype begin = i;
        while (i < n && text.at(i) != u'.' && text.at(i) != u'[' && text.at(i) != u']')
            ++i;
        Step step;
        step.key = text.mid(begin, i - begin);
        step.kind = step.key == QLatin1String("*") ? Step::Kind::Wildcard : Step::Kind::Key;
        path.m_steps.append(step);
        afterDot = false;
        needKey = false;
    }
    if (path.m_steps.isEmpty())
        return fail(0, tr("the path names no value; write for example respondent.email."));
    return path;
}

std::optional<JsonValueIndex> JsonValueIndex::build(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("The body is not valid JSON (%1 at byte %2).")
                         .arg(pe.errorString())
                         .arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject() && !doc.isArray()) {
        if (error)
            *error = tr("The body is not a JSON object or array.");
        return std::nullopt;
    }
    JsonValueIndex index(json);
    qsizetype pos = 0;
    if (index.parseValue(&pos, 0) != 0) {
        if (error)
            *error = tr("The body could not be read as JSON.");
        return std::nullopt;
    }
    return index;
}

void JsonValueIndex::skipSpace(qsizetype *pos) const
{
    while (*pos < m_text.size() && isSpace(m_text.at(*pos)))
        ++*pos;
}

qsizetype JsonValueIndex::skipString(qsizetype pos) const
{
    qsizetype j = pos + 1;
    while (j < m_text.size()) {
        const char c = m_text.at(j);
        if (c == '\\')
            j += 2;
        else if (c == '"')
            return j + 1;
        else
            ++j;
    }
    return -1;
}

// The text was accepted by QJsonDocument already: this only finds where
// each value is, and gives up (-1) on anything unexpected.
int JsonValueIndex::parseValue(qsizetype *pos, int depth)
{
    if (depth > kMaxDepth)
        return -1;
    skipSpace(pos);
    const qsizetype size = m_text.size();
    if (*pos >= size)
        return -1;
    const int index = int(m_nodes.size());
    m_nodes.push_back(Node{});
    m_nodes[index].begin = *pos;
    const char c = m_text.at(*pos);
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        m_nodes[index].type = object ? Node::Type::Object : Node::Type::Array;
        ++*pos;
        skipSpace(pos);
        if (*pos < size && m_text.at(*pos) == close) {
            ++*pos;
        } else {
            for (;;) {
                QString key;
                if (object) {
                    skipSpace(pos);
                    if (*pos >= size || m_text.at(*pos) != '"')
                        return -1;
                    const qsizetype keyEnd = skipString(*pos);
                    if (keyEnd < 0)
                        return -1;
                    key = decodeString(m_text.mid(*pos, keyEnd - *pos));
                    *pos = keyEnd;
                    skipSpace(pos);
                    if (*pos >= size || m_text.at(*pos) != ':')
                        return -1;
                    ++*pos;
                }
                const int child = parseValue(pos, depth + 1);
                if (child < 0)
                    return -1;
                if (object)
                    m_nodes[index].members.append({key, child});
                else
                    m_nodes[index].items.append(child);
                skipSpace(pos);
                if (*pos >= size)
                    return -1;
                const char next = m_text.at(*pos);
                ++*pos;
                if (next == close)
                    break;
                if (next != ',')
                    return -1;
            }
        }
    } else if (c == '"') {
        m_nodes[index].type = Node::Type::String;
        *pos = skipString(*pos);
        if (*pos < 0)
            return -1;
    } else {
        while (*pos < size && !isSpace(m_text.at(*pos)) && m_text.at(*pos) != ',' &&
               m_text.at(*pos) != ']' && m_text.at(*pos) != '}')
            ++*pos;
        if (*pos == m_nodes[index].begin)
            return -1;
    }
    m_nodes[index].end = *pos;
    return index;
}

QList<int> JsonValueIndex::children(int node) const
{
    const Node &n = m_nodes[node];
    if (n.type == Node::Type::Array)
        return n.items;
    QList<int> values;
    for (const auto &member : n.members)
        values << member.second;
    return values;
}

QJsonValue JsonValueIndex::valueOf(int node) const
{
    const Node &n = m_nodes[node];
    switch (n.type) {
    case Node::Type::String:
        return QJsonValue(decodeString(m_text.mid(n.begin, n.end - n.begin)));
    case Node::Type::Scalar:
        return singleValue(m_text.mid(n.begin, n.end - n.begin));
    case Node::Type::Object:
    case Node::Type::Array:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool JsonValueIndex::filterMatches(int node, const JsonPath::Step &step) const
{
    int current = node;
    for (const QString &key : step.filterKeys) {
        const Node &n = m_nodes[current];
        if (n.type != Node::Type::Object)
            return false;
        const auto it = std::find_if(n.members.cbegin(), n.members.cend(),
                                     [&key](const auto &member) { return member.first == key; });
        if (it == n.members.cend())
            return false;
        current = it->second;
    }
    return valueOf(current) == step.filterValue;
}

QList<JsonValueIndex::Span> JsonValueIndex::select(const JsonPath &path) const
{
    using Kind = JsonPath::Step::Kind;
    QList<int> current{0};
    for (const JsonPath::Step &step : path.steps()) {
        QList<int> next;
        for (int node : std::as_const(current)) {
            const Node &n = m_nodes[node];
            switch (step.kind) {
            case Kind::Key:
                // Every member of that name: a duplicated key must not leak.
                for (const auto &[key, child] : n.members) {
                    if (key == step.key)
                        next << child;
                }
                break;
            case Kind::Index: {
                const qsizetype i = step.index < 0 ? n.items.size() + step.index : step.index;
                if (n.type == Node::Type::Array && i >= 0 && i < n.items.size())
                    next << n.items.at(i);
                break;
            }
            case Kind::Wildcard:
                next << children(node);
                break;
            case Kind::Filter:
                for (int child : children(node)) {
                    if (filterMatches(child, step))
                        next << child;
                }
                break;
            }
        }
        current = next;
    }
    std::sort(current.begin(), current.end());
    current.erase(std::unique(current.begin(), current.end()), current.end());
    QList<Span> spans;
    for (int node : std::as_const(current)) {
        const Node &n = m_nodes[node];
        spans.append({n.begin, n.end, n.type == Node::Type::String});
    }
    return spans;
}

QString JsonValueIndex::stringAt(const Span &span) const
{
    return decodeString(m_text.mid(span.begin, span.end - span.begin));
}

QByteArray JsonValueIndex::compactAt(const Span &span) const
{
    QByteArray out;
    out.reserve(span.end - span.begin);
    bool inString = false;
    for (qsizetype i = span.begin; i < span.end; ++i) {
        const char c = m_text.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < span.end)
                out += m_text.at(++i);
            else if (c == '"')
                inString = false;
        } else if (!isSpace(c)) {
            out += c;
            inString = c == '"';
        }
    }
    return out;
}

} // namespace relais
