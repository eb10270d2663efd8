#pragma once

#include "EditorPage.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>

#include <memory>
#include <optional>

namespace Ui {
class SecurityPage;
}

namespace relais {

class EncryptionEditor;

// The editor's page for trust: the signature scheme and its secret, and how
// the receiver's certificate is checked. A stored secret is never shown: it
// stays in the keychain, and a secret entered here replaces it.
class SecurityPage final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPage)

public:
    explicit SecurityPage(QWidget *parent = nullptr);
    ~SecurityPage() override;

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    FieldErrors problems() const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

    // The secret typed or generated here, when the scheme signs.
    std::optional<QByteArray> signingSecret() const;
    // When a new secret replaces a stored one: how long the stored one stays
    // valid beside it (rotation); empty: it is replaced at once.
    std::optional<std::chrono::seconds> previousSecretOverlap() const;
    // One sentence on what a scheme sends, for the page and its tests.
    static QString explanation(SigningScheme scheme, const HmacOptions &custom);

private:
    SigningScheme currentScheme() const;
    HmacOptions currentHmac() const;
    void updateScheme();
    void updateSecretNote();
    void generateSecret();
    void copySecret();

    const std::unique_ptr<Ui::SecurityPage> m_ui;
    EncryptionEditor *m_encryption = nullptr;
    EditorMode m_mode = EditorMode::Create;
    SigningScheme m_loadedScheme = SigningScheme::None;
    bool m_hasStoredSecret = false;
    bool m_needsSecret = false;
    QDateTime m_previousValidUntil; // a rotation in progress
};

} // namespace relais
