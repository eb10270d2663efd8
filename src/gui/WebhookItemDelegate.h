#pragma once

#include <QStyledItemDelegate>

namespace relais {

// Paints a webhook row of the list in two lines: health mark and name, then
// the receiver's host and the event patterns underneath.
class WebhookItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookItemDelegate)

public:
    explicit WebhookItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The mark's colour; chosen to read on both light and dark palettes.
    static QColor healthColor(int health, const QPalette &palette);
};

} // namespace relais
