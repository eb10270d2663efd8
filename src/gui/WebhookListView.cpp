#include "WebhookListView.h"
#include "ui_WebhookListView.h"

#include "WebhookItemDelegate.h"
#include "WebhookListModel.h"

#include <QKeyEvent>
#include <QSortFilterProxyModel>

namespace relais {

WebhookListView::WebhookListView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookListView>())
    , m_model(new WebhookListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(WebhookListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->webhookList->setModel(m_proxy);
    m_ui->webhookList->setItemDelegate(new WebhookItemDelegate(m_ui->webhookList));
    m_ui->noMatchLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noMatchLabel->hide();

    // The styles' built-in icons have no magnifier: without a theme, no icon.
    if (const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find")); !find.isNull())
        m_ui->searchLineEdit->addAction(find, QLineEdit::LeadingPosition);
    m_ui->searchLineEdit->installEventFilter(this);
    setFocusProxy(m_ui->webhookList);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &WebhookListView::applyFilter);
    connect(m_ui->webhookList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WebhookListView::currentWebhookChanged);
    connect(m_ui->webhookList, &QListView::activated, this, &WebhookListView::webhookActivated);
}

WebhookListView::~WebhookListView() = default;

void WebhookListView::setWebhooks(const QList<Webhook> &webhooks)
{
    const std::optional<Webhook> before = currentWebhook();
    const QSignalBlocker blocker(m_ui->webhookList->selectionModel());
    m_model->setWebhooks(webhooks);
    if (before) {
        const QModelIndex again = m_proxy->mapFromSource(m_model->indexOf(before->id));
        if (again.isValid())
            m_ui->webhookList->setCurrentIndex(again);
    }
    ensureCurrent();
    applyFilter(m_ui->searchLineEdit->text());
    // The same webhook may have changed (enabled, renamed): always tell.
    Q_EMIT currentWebhookChanged();
}

std::optional<Webhook> WebhookListView::currentWebhook() const
{
    return m_model->webhook(m_proxy->mapToSource(m_ui->webhookList->currentIndex()));
}

void WebhookListView::selectWebhook(const QUuid &id)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid() && m_model->indexOf(id).isValid()) {
        m_ui->searchLineEdit->clear();
        index = m_proxy->mapFromSource(m_model->indexOf(id));
    }
    if (index.isValid())
        m_ui->webhookList->setCurrentIndex(index);
}

void WebhookListView::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
}

bool WebhookListView::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down and Enter go to the list; Escape clears.
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_ui->webhookList->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key == Qt::Key_Escape && !m_ui->searchLineEdit->text().isEmpty()) {
            m_ui->searchLineEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WebhookListView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    ensureCurrent();

    const bool noMatch = m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    m_ui->noMatchLabel->setText(
        noMatch ? tr("No webhook matches “%1”.\nEsc clears the search.").arg(text.trimmed())
                : QString());
    m_ui->noMatchLabel->setVisible(noMatch);
}

void WebhookListView::ensureCurrent()
{
    QListView *list = m_ui->webhookList;
    if (!list->currentIndex().isValid() && m_proxy->rowCount() > 0)
        list->setCurrentIndex(m_proxy->index(0, 0));
    else if (list->currentIndex().isValid())
        list->selectionModel()->select(list->currentIndex(), QItemSelectionModel::ClearAndSelect);
}

} // namespace relais
