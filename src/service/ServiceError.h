#pragma once

#include <QString>

namespace relais {

// Why a use case failed: the user's input (fix it and retry) or the
// environment (database, keychain, files). relaisctl maps these to exit
// codes 2 and 1; the GUI shows validation problems next to the field.
struct ServiceError
{
    enum class Kind
    {
        None,
        Validation,
        Runtime
    };

    Kind kind = Kind::None;
    QString message;

    static ServiceError validation(const QString &m) { return {Kind::Validation, m}; }
    static ServiceError runtime(const QString &m) { return {Kind::Runtime, m}; }
};

} // namespace relais
