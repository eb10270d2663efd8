#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace relais {

// A path naming values inside a JSON document, for field encryption.
//
//   respondent.email                          a member of an object
//   answers[0]  answers[-1]                   an array item (negative: from the end)
//   answers[*].value                          every item of an array (or
//                                             every member value of an object)
//   answers[?classification=="restricted"].value
//                                             the items whose member (a dotted
//                                             path of keys) equals a JSON literal:
//                                             "text", a number, true, false, null
//   ["key.with.dots"]  meta["a b"]            a member whose name holds . [ ] "
//
// An optional leading "$" or "$." is accepted (JSONPath habit). Keys are
// compared exactly (case-sensitive). A path that matches nothing is not an
// error: the value is simply absent from this body.
class JsonPath final
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    struct Step
    {
        enum class Kind
        {
            Key,
            Index,
            Wildcard,
            Filter
        };
        Kind kind = Kind::Key;
        QString key;            // Key
        qsizetype index = 0;    // Index
        QStringList filterKeys; // Filter: the member compared, as a path of keys
        QJsonValue filterValue; // Filter: the literal it must equal
    };

    // Nothing, and a translated `error` naming the character at fault, when
    // `text` is not a path.
    static std::optional<JsonPath> parse(const QString &text, QString *error);

    const QString &text() const { return m_text; }
    const QList<Step> &steps() const { return m_steps; }

private:
    QString m_text;
    QList<Step> m_steps;
};

// Where each value of a JSON text starts and ends, found without
// re-serialising it: a value can then be replaced while every other byte
// stays as it was (member order, number spelling, white space), which
// QJsonDocument would not keep.
class JsonValueIndex final
{
    Q_DECLARE_TR_FUNCTIONS(JsonValueIndex)

public:
    struct Span
    {
        qsizetype begin = 0; // byte offsets into the text; end is one past
        qsizetype end = 0;
        bool isString = false;
    };

    // Nothing, with a translated `error`, when `json` is not a JSON object
    // or array.
    static std::optional<JsonValueIndex> build(const QByteArray &json, QString *error);

    // The values `path` names, in text order, without duplicates.
    QList<Span> select(const JsonPath &path) const;

    // The text of a string value, unescaped.
    QString stringAt(const Span &span) const;
    // The value's JSON text without insignificant white space.
    QByteArray compactAt(const Span &span) const;

private:
    struct Node
    {
        enum class Type
        {
            Object,
            Array,
            String,
            Scalar
        };
        Type type = Type::Scalar;
        qsizetype begin = 0;
        qsizetype end = 0;
        QList<QPair<QString, int>> members; // Object: key, node
        QList<int> items;                   // Array
    };

    explicit JsonValueIndex(const QByteArray &json)
        : m_text(json)
    {}
    int parseValue(qsizetype *pos, int depth);
    qsizetype skipString(qsizetype pos) const;
    void skipSpace(qsizetype *pos) const;
    QJsonValue valueOf(int node) const;
    QList<int> children(int node) const;
    bool filterMatches(int node, const JsonPath::Step &step) const;

    QByteArray m_text;
    std::vector<Node> m_nodes; // 0: the root
};

} // namespace relais
