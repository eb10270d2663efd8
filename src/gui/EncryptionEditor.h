#pragma once

#include "core/FieldError.h"
#include "core/Webhook.h"

#include <QGroupBox>
#include <QTimer>

#include <memory>

namespace Ui {
class EncryptionEditor;
}

namespace relais {

// The Security page's part for ngSurvey-style field encryption: JSON paths
// whose values are sent as OpenPGP messages, and the recipient's public key.
// The key is checked with GnuPG off the GUI thread a moment after it is
// typed, and what GnuPG read (fingerprint, user ids, expiry) is shown.
class EncryptionEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncryptionEditor)

public:
    explicit EncryptionEditor(QWidget *parent = nullptr);
    ~EncryptionEditor() override;

    void load(const Webhook &webhook);
    void apply(Webhook *webhook) const;
    // Shows the errors filed under "encryptFields" and "encryptionKey".
    void showErrors(const FieldErrors &errors);
    static QStringList fields();
    // The key check in progress, for tests; false once its result is shown.
    bool isCheckingKey() const { return m_checking; }

Q_SIGNALS:
    void edited(const QString &field);

private:
    void checkKey();
    void showKeyResult(quint64 ticket, bool ok, const QString &text);

    const std::unique_ptr<Ui::EncryptionEditor> m_ui;
    QTimer m_keyTimer;
    quint64 m_ticket = 0;
    bool m_checking = false;
};

} // namespace relais
