#include "PresetMenu.h"

#include "service/WebhookPresets.h"

#include <QEvent>

namespace relais {

PresetMenu::PresetMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("presetMenu"));
    for (const WebhookPreset &preset : WebhookPresets::all()) {
        QAction *action = addAction(QString());
        action->setObjectName(QStringLiteral("presetAction_") + preset.key);
        action->setData(preset.key);
        connect(action, &QAction::triggered, this,
                [this, key = preset.key] { Q_EMIT presetChosen(key); });
    }
    retranslate();
}

QAction *PresetMenu::actionFor(const QString &key) const
{
    return findChild<QAction *>(QStringLiteral("presetAction_") + key);
}

void PresetMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void PresetMenu::retranslate()
{
    setTitle(tr("New &from…"));
    setToolTip(tr("Create a webhook that sends what another system sends"));
    for (const WebhookPreset &preset : WebhookPresets::all()) {
        if (QAction *action = actionFor(preset.key)) {
            //: %1 is a system's name, such as SeaTable
            action->setText(tr("%1…").arg(preset.systemName));
            action->setToolTip(preset.description);
            action->setStatusTip(preset.description);
        }
    }
}

} // namespace relais
