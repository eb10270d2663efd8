#pragma once

#include <QMenu>

namespace relais {

// The "New from…" menu: one entry per seed system preset (WebhookPresets),
// each telling which preset the user picked.
class PresetMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetMenu)

public:
    explicit PresetMenu(QWidget *parent = nullptr);

    // The entry of a preset, named "presetAction_<key>" for tests.
    QAction *actionFor(const QString &key) const;

Q_SIGNALS:
    void presetChosen(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace relais
