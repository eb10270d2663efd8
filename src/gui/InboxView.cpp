#include "InboxView.h"
#include "ui_InboxView.h"

#include "InboxRequestModel.h"
#include "JsonHighlighter.h"
#include "delivery/InboxServer.h"
#include "delivery/InboxVerdict.h"
#include "storage/InboxRepository.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QTimer>

namespace relais {

namespace {

const QString kDefaultInbox = QStringLiteral("default");
constexpr int kShownRequests = InboxRequestModel::kMaxRows;

// JSON indented for reading; anything else as it came.
QString prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

} // namespace

InboxView::InboxView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InboxView>())
    , m_model(new InboxRequestModel(this))
{
    m_ui->setupUi(this);
    m_ui->requestsTableView->setModel(m_model);
    m_ui->requestsTableView->horizontalHeader()->setSectionResizeMode(InboxRequestModel::PathColumn,
                                                                      QHeaderView::Stretch);
    m_ui->requestsTableView->horizontalHeader()->setStretchLastSection(false);
    new JsonHighlighter(m_ui->bodyTextEdit->document());
    m_ui->inboxSplitter->setStretchFactor(0, 3);
    m_ui->inboxSplitter->setStretchFactor(1, 2);
    setEnabled(false);

    connect(m_ui->inboxComboBox, &QComboBox::currentIndexChanged, this, &InboxView::onInboxChosen);
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this, &InboxView::copyUrl);
    connect(m_ui->applyScriptButton, &QPushButton::clicked, this, &InboxView::applyScript);
    connect(m_ui->addInboxButton, &QPushButton::clicked, this, &InboxView::addInbox);
    connect(m_ui->newInboxLineEdit, &QLineEdit::returnPressed, this, &InboxView::addInbox);
    connect(m_ui->requestsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &InboxView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::showDetail);
}

InboxView::~InboxView() = default;

void InboxView::setUp(const Database &db, InboxServer *server)
{
    m_db = &db;
    m_server = server;
    if (m_server) {
        connect(m_server, &InboxServer::requestReceived, this, &InboxView::onRequestReceived);
    }
    QString error;
    InboxRepository repository(db);
    if (repository.list(&error).isEmpty() && error.isEmpty())
        repository.ensure(kDefaultInbox, &error);
    setEnabled(true);
    refresh();
}

QString InboxView::currentInbox() const
{
    return m_ui->inboxComboBox->currentText();
}

bool InboxView::setInbox(const QString &name)
{
    int index = m_ui->inboxComboBox->findText(name);
    if (index < 0) {
        refresh(); // made since the list was read
        index = m_ui->inboxComboBox->findText(name);
    }
    if (index < 0)
        return false;
    m_ui->inboxComboBox->setCurrentIndex(index);
    return true;
}

QString InboxView::currentUrl() const
{
    return m_server && m_server->isListening() && !currentInbox().isEmpty()
               ? m_server->urlFor(currentInbox())
               : QString();
}

void InboxView::refresh()
{
    if (!m_db)
        return;
    const QString current = currentInbox();
    QString error;
    const QList<Inbox> inboxes = InboxRepository(*m_db).list(&error);
    {
        const QSignalBlocker blocker(m_ui->inboxComboBox);
        m_ui->inboxComboBox->clear();
        for (const Inbox &inbox : inboxes)
            m_ui->inboxComboBox->addItem(inbox.name);
        const int index = m_ui->inboxComboBox->findText(current);
        m_ui->inboxComboBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!error.isEmpty())
        m_ui->verdictLabel->setText(error);
    onInboxChosen();
}

void InboxView::onInboxChosen()
{
    updateUrl();
    showScript();
    loadRequests();
}

void InboxView::updateUrl()
{
    const QString url = currentUrl();
    m_ui->urlLineEdit->setText(url);
    m_ui->urlLineEdit->setPlaceholderText(
        m_server && m_server->isListening()
            ? QString()
            : tr("The inbox is not running: start it to receive webhooks."));
    m_ui->copyUrlButton->setEnabled(!url.isEmpty());
}

void InboxView::showScript()
{
    QString error;
    const std::optional<Inbox> inbox =
        m_db ? InboxRepository(*m_db).find(currentInbox(), &error) : std::nullopt;
    m_ui->scriptGroupBox->setEnabled(inbox.has_value());
    if (!inbox)
        return;
    m_ui->statusSpinBox->setValue(inbox->status);
    m_ui->delaySpinBox->setValue(inbox->delayMs);
    m_ui->failFirstSpinBox->setValue(inbox->failFirst);
    m_ui->failStatusSpinBox->setValue(inbox->failStatus);
    m_ui->retryAfterSpinBox->setValue(inbox->retryAfterSeconds);
}

void InboxView::loadRequests()
{
    QString error;
    m_model->setRequests(
        m_db && !currentInbox().isEmpty()
            ? InboxRepository(*m_db).requests(currentInbox(), kShownRequests, &error)
            : QList<InboxRequest>());
    if (!error.isEmpty())
        m_ui->verdictLabel->setText(error);
}

void InboxView::onRequestReceived(const QString &inbox, qint64 id)
{
    if (!m_db || inbox != currentInbox())
        return;
    QString error;
    const std::optional<InboxRequest> request = InboxRepository(*m_db).findRequest(id, &error);
    if (!request)
        return;
    // Keeps the user's selection (and detail) where it was.
    const bool nothingSelected = !m_ui->requestsTableView->currentIndex().isValid();
    m_model->prepend(*request);
    if (nothingSelected)
        m_ui->requestsTableView->selectRow(0);
}

void InboxView::showDetail()
{
    const QModelIndex current = m_ui->requestsTableView->currentIndex();
    if (!current.isValid()) {
        m_ui->verdictLabel->setText(m_model->rowCount() == 0
                                        ? tr("No request yet. Point a webhook at the URL above "
                                             "and send a test.")
                                        : tr("Select a request to see it."));
        m_ui->headersTextEdit->clear();
        m_ui->bodyTextEdit->clear();
        return;
    }
    const InboxRequest &r = m_model->requestAt(current.row());
    const QString verdict = InboxVerdict::label(r.verdict);
    const QString mark = InboxVerdict::isValid(r.verdict)     ? QStringLiteral("✓ ")
                         : InboxVerdict::isProblem(r.verdict) ? QStringLiteral("✗ ")
                                                              : QString();
    m_ui->verdictLabel->setText(tr("%1 %2 from %3, answered %4. Signature: %5%6. %7")
                                    .arg(r.method, r.path, r.source)
                                    .arg(r.answeredStatus)
                                    .arg(mark, verdict, r.verdictDetail));
    QString headers;
    for (const auto &[name, value] : r.headers)
        headers +=
            QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    m_ui->headersTextEdit->setPlainText(headers);
    m_ui->bodyTextEdit->setPlainText(prettyBody(r.body));
}

void InboxView::applyScript()
{
    if (!m_db || currentInbox().isEmpty())
        return;
    Inbox inbox;
    inbox.name = currentInbox();
    inbox.status = m_ui->statusSpinBox->value();
    inbox.delayMs = m_ui->delaySpinBox->value();
    inbox.failFirst = m_ui->failFirstSpinBox->value();
    inbox.failStatus = m_ui->failStatusSpinBox->value();
    inbox.retryAfterSeconds = m_ui->retryAfterSpinBox->value();
    QString error;
    // The body is kept as it was: the view has no control for it.
    if (const auto stored = InboxRepository(*m_db).find(inbox.name, &error))
        inbox.body = stored->body;
    if (!InboxRepository(*m_db).setScript(inbox, &error)) {
        m_ui->verdictLabel->setText(error);
        return;
    }
    m_ui->applyScriptButton->setText(tr("Applied"));
    QTimer::singleShot(1500, this, [this] { m_ui->applyScriptButton->setText(tr("A&pply")); });
}

void InboxView::copyUrl()
{
    const QString url = currentUrl();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    m_ui->copyUrlButton->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_ui->copyUrlButton->setText(tr("&Copy")); });
}

void InboxView::addInbox()
{
    if (!m_db)
        return;
    const QString name = m_ui->newInboxLineEdit->text().trimmed();
    if (name.isEmpty())
        return;
    Inbox inbox;
    inbox.name = name;
    QString error;
    if (!InboxRepository(*m_db).create(inbox, &error)) {
        m_ui->verdictLabel->setText(error);
        return;
    }
    m_ui->newInboxLineEdit->clear();
    refresh();
    setInbox(name);
}

} // namespace relais
