#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace relais {

// Recognises Jinja syntax (Frappe and Dokos templates are Jinja) in a
// template, and says how to write the same thing in JavaScript. Each
// function returns an empty string when there is nothing to say.
class JinjaHints final
{
    Q_DECLARE_TR_FUNCTIONS(JinjaHints)

public:
    // `expression` is the inside of a placeholder; flags filters such as
    // "doc.name | upper" (but not JavaScript's || or bitwise "x | 0").
    static QString filterProblem(QStringView expression);
    // `inner` is the inside of a {% … %} block.
    static QString blockProblem(QStringView inner);
    static QString commentProblem();
    // For an expression that did not compile: flags Jinja words and
    // operators (and, or, not, is none, ~, True, None…). `placeholder`:
    // the expression stands between {{ }}.
    static QString operatorProblem(QStringView expression, bool placeholder = true);
    // For an error a script threw: a hint when it reached for Frappe's
    // Python API (frappe.utils…), which only exists in Frappe.
    static QString frappeApiProblem(const QString &message);
    // The JavaScript for "value | filter(arguments)", or an empty string
    // for a filter without a simple equivalent.
    static QString translateFilter(const QString &value, const QString &filter,
                                   const QString &arguments);
};

} // namespace relais
