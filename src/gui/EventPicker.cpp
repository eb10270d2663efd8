#include "EventPicker.h"
#include "ui_EventPicker.h"

#include "EditorPage.h"

#include "core/EventPattern.h"
#include "payload/EventCatalog.h"

#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace relais {

namespace {

constexpr int TypeRole = Qt::UserRole + 1;

} // namespace

EventPicker::EventPicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EventPicker>())
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Event"), tr("Description")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->eventTree->setModel(m_proxy);
    m_ui->patternErrorLabel->hide();
    m_ui->patternList->installEventFilter(this);
    m_ui->patternLineEdit->installEventFilter(this);

    connect(m_model, &QStandardItemModel::itemChanged, this, &EventPicker::onItemChanged);
    connect(m_ui->eventFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_ui->eventTree->expandAll();
    });
    connect(m_ui->addPatternButton, &QPushButton::clicked, this, &EventPicker::addTypedPattern);
    connect(m_ui->removePatternButton, &QPushButton::clicked, this, &EventPicker::removeSelected);
    connect(m_ui->patternLineEdit, &QLineEdit::textChanged, this, &EventPicker::updateButtons);
    connect(m_ui->patternList, &QListWidget::itemSelectionChanged, this,
            &EventPicker::updateButtons);
    updateButtons();
}

EventPicker::~EventPicker() = default;

void EventPicker::setCatalog(const EventCatalog &catalog)
{
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    m_model->removeRows(0, m_model->rowCount());
    for (const QString &system : catalog.systems()) {
        auto *group = new QStandardItem(system);
        group->setCheckable(true);
        group->setEditable(false);
        auto *groupDescription = new QStandardItem();
        groupDescription->setEditable(false);
        for (const EventType &type : catalog.typesOf(system)) {
            auto *item = new QStandardItem(type.type);
            item->setCheckable(true);
            item->setEditable(false);
            item->setData(type.type, TypeRole);
            item->setToolTip(type.description);
            auto *description = new QStandardItem(type.description);
            description->setEditable(false);
            description->setToolTip(type.description);
            group->appendRow({item, description});
        }
        m_model->appendRow({group, groupDescription});
    }
    m_ui->eventTree->expandAll();
    m_ui->eventTree->resizeColumnToContents(0);
    syncTree();
}

void EventPicker::setPatterns(const QStringList &patterns)
{
    m_patterns.clear();
    for (const QString &p : patterns) {
        if (!m_patterns.contains(p.trimmed()))
            m_patterns << p.trimmed();
    }
    syncTree();
    syncList();
}

void EventPicker::onItemChanged(QStandardItem *item)
{
    if (m_syncing || item->column() != 0)
        return;
    const bool checked = item->checkState() == Qt::Checked;
    QStringList types;
    if (item->parent() == nullptr) {
        // A system: all its events, or none.
        for (int row = 0; row < item->rowCount(); ++row)
            types << item->child(row)->data(TypeRole).toString();
    } else {
        types << item->data(TypeRole).toString();
    }
    for (const QString &type : std::as_const(types)) {
        if (checked && !m_patterns.contains(type))
            m_patterns << type;
        else if (!checked)
            m_patterns.removeAll(type);
    }
    syncTree();
    syncList();
    Q_EMIT patternsChanged();
}

void EventPicker::addTypedPattern()
{
    const QString pattern = m_ui->patternLineEdit->text().trimmed();
    if (pattern.isEmpty())
        return;
    const QString problem = EventPattern::problem(pattern);
    EditorPage::setErrorText(m_ui->patternErrorLabel, problem);
    if (!problem.isEmpty())
        return;
    if (!m_patterns.contains(pattern))
        m_patterns << pattern;
    m_ui->patternLineEdit->clear();
    syncTree();
    syncList();
    Q_EMIT patternsChanged();
}

void EventPicker::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_ui->patternList->selectedItems();
    if (selected.isEmpty())
        return;
    for (const QListWidgetItem *item : selected)
        m_patterns.removeAll(item->data(TypeRole).toString());
    syncTree();
    syncList();
    Q_EMIT patternsChanged();
}

void EventPicker::syncTree()
{
    const QScopedValueRollback<bool> syncing(m_syncing, true);
    for (int g = 0; g < m_model->rowCount(); ++g) {
        QStandardItem *group = m_model->item(g);
        int checked = 0;
        for (int row = 0; row < group->rowCount(); ++row) {
            QStandardItem *item = group->child(row);
            const QString type = item->data(TypeRole).toString();
            const bool on = m_patterns.contains(type);
            checked += on ? 1 : 0;
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            // An event a wildcard already sends is shown as such.
            QString coveredBy;
            for (const QString &p : std::as_const(m_patterns)) {
                if (p != type && EventPattern::matches(p, type)) {
                    coveredBy = p;
                    break;
                }
            }
            QFont font = item->font();
            font.setItalic(!on && !coveredBy.isEmpty());
            item->setFont(font);
            item->setToolTip(coveredBy.isEmpty()
                                 ? group->child(row, 1)->text()
                                 : tr("Already sent: the pattern %1 includes it.").arg(coveredBy));
        }
        group->setCheckState(checked == 0                   ? Qt::Unchecked
                             : checked == group->rowCount() ? Qt::Checked
                                                            : Qt::PartiallyChecked);
    }
}

void EventPicker::syncList()
{
    m_ui->patternList->clear();
    for (const QString &pattern : std::as_const(m_patterns)) {
        QString text = pattern;
        if (pattern == QLatin1String("*")) {
            text = tr("* (every event)");
        } else if (pattern.endsWith(u'*')) {
            int known = 0;
            for (int g = 0; g < m_model->rowCount(); ++g) {
                for (int row = 0; row < m_model->item(g)->rowCount(); ++row) {
                    known += EventPattern::matches(
                                 pattern, m_model->item(g)->child(row)->data(TypeRole).toString())
                                 ? 1
                                 : 0;
                }
            }
            text = (known == 1 ? tr("%1 (%n known event)", nullptr, known)
                               : tr("%1 (%n known events)", nullptr, known))
                       .arg(pattern);
        }
        auto *item = new QListWidgetItem(text, m_ui->patternList);
        item->setData(TypeRole, pattern);
    }
    if (m_patterns.isEmpty()) {
        auto *hint =
            new QListWidgetItem(tr("Nothing yet: tick an event on the left."), m_ui->patternList);
        hint->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void EventPicker::updateButtons()
{
    m_ui->addPatternButton->setEnabled(!m_ui->patternLineEdit->text().trimmed().isEmpty());
    m_ui->removePatternButton->setEnabled(!m_ui->patternList->selectedItems().isEmpty());
    if (m_ui->patternLineEdit->text().trimmed().isEmpty())
        m_ui->patternErrorLabel->hide();
}

bool EventPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // Enter adds the typed pattern rather than pressing the dialog's OK.
        if (watched == m_ui->patternLineEdit && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            addTypedPattern();
            return true;
        }
        if (watched == m_ui->patternList && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais
