#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;

namespace Ui {
class EventPicker;
}

namespace relais {

class EventCatalog;

// Chooses a webhook's event patterns: the catalog's known events grouped by
// system, each with a check box, and a list of everything selected, where
// patterns the catalog does not list (Sales Order.*, *) are added by hand.
class EventPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPicker)

public:
    explicit EventPicker(QWidget *parent = nullptr);
    ~EventPicker() override;

    void setCatalog(const EventCatalog &catalog);
    void setPatterns(const QStringList &patterns);
    QStringList patterns() const { return m_patterns; }

Q_SIGNALS:
    void patternsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onItemChanged(QStandardItem *item);
    void addTypedPattern();
    void removeSelected();
    void syncTree();
    void syncList();
    void updateButtons();

    const std::unique_ptr<Ui::EventPicker> m_ui;
    QStandardItemModel *const m_model;
    QSortFilterProxyModel *const m_proxy;
    QStringList m_patterns;
    bool m_syncing = false;
};

} // namespace relais
