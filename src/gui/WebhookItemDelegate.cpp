#include "WebhookItemDelegate.h"

#include "WebhookListModel.h"
#include "WebhookText.h"

#include <QApplication>
#include <QPainter>

namespace relais {

namespace {

constexpr int kHPadding = 10;
constexpr int kVPadding = 7;
constexpr int kLineGap = 2;

QFont nameFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * 0.9);
    else
        f.setPixelSize(std::max(1, base.pixelSize() * 9 / 10));
    return f;
}

} // namespace

WebhookItemDelegate::WebhookItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor WebhookItemDelegate::healthColor(int health, const QPalette &palette)
{
    switch (WebhookHealth(health)) {
    case WebhookHealth::Enabled:
        return QColor(0x2e, 0x9d, 0x57);
    case WebhookHealth::AutoDisabled:
        return QColor(0xd3, 0x4a, 0x2c);
    case WebhookHealth::NeedsSecret:
        return QColor(0xc7, 0x8a, 0x00);
    case WebhookHealth::Disabled:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

void WebhookItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus from the style; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(selected ? 0.8 : 0.62);

    const QFont base = opt.font;
    const QFontMetrics nameMetrics(nameFont(base));
    const QFontMetrics smallMetrics(smallFont(base));
    const QRect area = opt.rect.adjusted(kHPadding, kVPadding, -kHPadding, -kVPadding);

    painter->save();
    painter->setClipRect(opt.rect);

    // Health mark, in a fixed-width column so that names line up.
    const int health = index.data(WebhookListModel::HealthRole).toInt();
    const int markWidth = nameMetrics.height();
    const QRect markRect(area.left(), area.top(), markWidth, nameMetrics.height());
    painter->setFont(base);
    painter->setPen(selected ? text : healthColor(health, opt.palette));
    painter->drawText(markRect, Qt::AlignCenter,
                      index.data(WebhookListModel::HealthMarkRole).toString());

    const int left = markRect.right() + 1 + kHPadding / 2;
    const QRect firstLine(left, area.top(), area.right() - left, nameMetrics.height());
    painter->setFont(nameFont(base));
    painter->setPen(text);
    painter->drawText(
        firstLine, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, firstLine.width()));

    // Where it sends, then what makes it send.
    const QString host = index.data(WebhookListModel::HostRole).toString();
    const QString events = index.data(WebhookListModel::EventsRole).toString();
    const QString details =
        host.isEmpty() ? events : tr("%1 · %2", "host · events").arg(host, events);
    const QRect secondLine(left, firstLine.bottom() + 1 + kLineGap, firstLine.width(),
                           smallMetrics.height());
    painter->setFont(smallFont(base));
    painter->setPen(dim);
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(details, Qt::ElideRight, secondLine.width()));
    painter->restore();
}

QSize WebhookItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics nameMetrics(nameFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    return {nameMetrics.averageCharWidth() * 24,
            2 * kVPadding + nameMetrics.height() + kLineGap + smallMetrics.height()};
}

} // namespace relais
