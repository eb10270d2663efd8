#include "SampleEventComboBox.h"

#include "payload/EventCatalog.h"

#include <QStandardItemModel>

namespace relais {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

} // namespace

SampleEventComboBox::SampleEventComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT typeChosen(itemData(index, TypeRole).toString()); });
}

SampleEventComboBox::~SampleEventComboBox() = default;

void SampleEventComboBox::setCatalog(const EventCatalog &catalog)
{
    const QSignalBlocker blocker(this);
    clear();
    auto *items = qobject_cast<QStandardItemModel *>(model());
    for (const QString &system : catalog.systems()) {
        // A heading that cannot be chosen.
        addItem(system);
        if (QStandardItem *heading = items ? items->item(count() - 1) : nullptr) {
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        for (const EventType &type : catalog.typesOf(system)) {
            addItem(type.type);
            setItemData(count() - 1, type.type, TypeRole);
            setItemData(count() - 1, type.description, Qt::ToolTipRole);
        }
    }
}

QString SampleEventComboBox::currentType() const
{
    return currentData(TypeRole).toString();
}

void SampleEventComboBox::setCurrentType(const QString &type)
{
    const QSignalBlocker blocker(this);
    const int index = findData(type, TypeRole);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace relais
