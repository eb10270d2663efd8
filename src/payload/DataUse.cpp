#include "DataUse.h"

#include <QRegularExpression>

namespace relais {

namespace {

// ".name" or "?.name" at `at`, after optional spaces.
QString memberAt(QStringView code, qsizetype *at)
{
    static const QRegularExpression member(QStringLiteral("\\G\\s*\\??\\.\\s*([A-Za-z_$][\\w$]*)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = member.match(code, *at);
    if (!m.hasMatch())
        return {};
    *at = m.capturedEnd();
    return m.captured(1);
}

// Whether what follows a member chain calls it ("(", "?.(") or changes it
// (an assignment, ++, --): either way the chain's last member acts on the
// object before it, which must then be there whole.
bool actsOnParent(QStringView code, qsizetype at)
{
    static const QRegularExpression after(QStringLiteral(
        "\\G\\s*(?:\\?\\.)?\\(|\\G\\s*(?:\\+\\+|--|(?:\\*\\*|>>>|<<|>>|&&|\\|\\||\\?\\?|"
        "[-+*/%&|^])?=(?![=>]))"));
    return after.match(code, at).hasMatch();
}

bool changedBefore(QStringView code, qsizetype start)
{
    static const QRegularExpression before(QStringLiteral("(?:\\+\\+|--|\\bdelete)\\s*$"));
    return before.match(code.left(start)).hasMatch();
}

} // namespace

void DataUse::scan(QStringView code)
{
    if (wholeData)
        return;
    // The text is scanned as it is, strings and comments included: a name
    // found in a string only makes the use larger, never smaller.
    static const QRegularExpression names(
        QStringLiteral("(?<![\\w$.])(doc|event|eval|arguments)(?![\\w$])"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (code.contains(u"\\u")) { // an escaped identifier could name doc
        *this = whole();
        return;
    }
    QRegularExpressionMatchIterator it = names.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView name = m.capturedView(1);
        if (name == u"eval" || name == u"arguments") {
            *this = whole();
            return;
        }
        qsizetype at = m.capturedEnd();
        if (name == u"event") {
            const QString member = memberAt(code, &at);
            if (member.isEmpty()) {
                *this = whole();
                return;
            }
            if (member != u"data") {
                eventFields |= member == u"id"           ? Id
                               : member == u"type"       ? Type
                               : member == u"resource"   ? Resource
                               : member == u"occurredAt" ? OccurredAt
                                                         : 0;
                continue;
            }
        }
        QStringList path;
        for (QString key = memberAt(code, &at); !key.isEmpty(); key = memberAt(code, &at))
            path << key;
        if (!path.isEmpty() && (actsOnParent(code, at) || changedBefore(code, m.capturedStart())))
            path.removeLast();
        // Object literals and setProperty() take "__proto__" for the prototype.
        if (path.isEmpty() || path.contains(u"__proto__")) {
            *this = whole();
            return;
        }
        if (!paths.contains(path))
            paths << path;
        if (!keys.contains(path.constFirst()))
            keys << path.constFirst();
    }
}

} // namespace relais
