#include "DeliveryLogView.h"
#include "ui_DeliveryLogView.h"

#include "AttemptText.h"
#include "DeliveryExport.h"
#include "DeliveryLogFilter.h"
#include "DeliveryLogModel.h"
#include "EditorPage.h"
#include "FileDialogs.h"
#include "LogExportJob.h"
#include "MessageBoxes.h"

#include "delivery/DeliveryEngine.h"
#include "storage/DatabaseListener.h"
#include "storage/DeliveryRepository.h"
#include "storage/WebhookRepository.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPointer>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace relais {

namespace {

const QString kColumnsKey = QStringLiteral("DeliveryLog/columns");
const QString kLogSplitterKey = QStringLiteral("DeliveryLog/splitter");

// Replaces the text only when it changed, keeping where the reader was.
void setTextKeepingScroll(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int scroll = edit->verticalScrollBar()->value();
    edit->setPlainText(text);
    edit->verticalScrollBar()->setValue(scroll);
}

} // namespace

namespace {

constexpr int kPollMs = 4000;  // sees what relaisctl serve did on the same database
constexpr int kChangeMs = 250; // coalesces the engine's bursts
constexpr int kRedeliverDays = 7;
constexpr int kCountLimit = 1000000;

} // namespace

DeliveryLogView::DeliveryLogView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryLogView>())
    , m_pollTimer(new QTimer(this))
    , m_changeTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->logSplitter->setStretchFactor(0, 3);
    m_ui->logSplitter->setStretchFactor(1, 2);
    for (QPlainTextEdit *edit :
         {m_ui->attemptsTextEdit, m_ui->requestTextEdit, m_ui->responseTextEdit})
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->detailTabs->setCurrentWidget(m_ui->responseTab);
    connect(m_ui->attemptComboBox, &QComboBox::currentIndexChanged, this,
            &DeliveryLogView::showAttempt);
    m_ui->deliveryTable->verticalHeader()->hide();
    // Compact rows: a log is read by scanning many of them.
    m_ui->deliveryTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->deliveryTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->deliveryTable->horizontalHeader()->setHighlightSections(false);

    m_ui->stateComboBox->addItem(tr("Any state"), -1);
    for (const DeliveryState s :
         {DeliveryState::Pending, DeliveryState::Delivering, DeliveryState::Succeeded,
          DeliveryState::Failed, DeliveryState::Exhausted, DeliveryState::Cancelled,
          DeliveryState::SecretUnavailable})
        m_ui->stateComboBox->addItem(DeliveryLogModel::stateName(s), int(s));
    using SC = DeliveryLogFilter::StatusClass;
    m_ui->statusClassComboBox->addItem(tr("Any status"), int(SC::Any));
    m_ui->statusClassComboBox->addItem(tr("2xx success"), int(SC::Success));
    m_ui->statusClassComboBox->addItem(tr("4xx refused"), int(SC::ClientError));
    m_ui->statusClassComboBox->addItem(tr("5xx server error"), int(SC::ServerError));
    m_ui->statusClassComboBox->addItem(tr("Network error"), int(SC::NetworkError));

    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(kChangeMs);
    connect(m_changeTimer, &QTimer::timeout, this, &DeliveryLogView::refresh);
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_ui->redeliverButton->setEnabled(false);
    m_ui->saveBodyButton->setEnabled(false);
    m_ui->redeliverFailedButton->setEnabled(false);
    EditorPage::setNoteText(m_ui->logStatusLabel, QString());
}

// The job (a child) stops and waits for its worker before the widgets go.
DeliveryLogView::~DeliveryLogView()
{
    delete m_exportJob;
    if (m_model) {
        // Column widths and the split between the list and the detail pane.
        QSettings settings;
        settings.setValue(kColumnsKey, m_ui->deliveryTable->horizontalHeader()->saveState());
        settings.setValue(kLogSplitterKey, m_ui->logSplitter->saveState());
    }
}

void DeliveryLogView::setUp(const Database &db, DeliveryEngine &engine)
{
    m_db = &db;
    m_engine = &engine;
    m_model = new DeliveryLogModel(db, this);
    m_filter = new DeliveryLogFilter(this);
    m_filter->setSourceModel(m_model);
    m_ui->deliveryTable->setModel(m_filter);
    QHeaderView *header = m_ui->deliveryTable->horizontalHeader();
    // Sized to the first rows once, not measured again on every change: a
    // long log would be read in full at each refresh.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DeliveryLogModel::EventColumn, QHeaderView::Stretch);
    m_ui->deliveryTable->resizeColumnsToContents();
    const QSettings settings;
    header->restoreState(settings.value(kColumnsKey).toByteArray());
    m_ui->logSplitter->restoreState(settings.value(kLogSplitterKey).toByteArray());
    applyWebhookFilter();

    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_ui->stateComboBox->currentData().toInt();
        m_model->setState(s < 0 ? std::nullopt : std::optional(DeliveryState(s)));
    });
    connect(m_ui->statusClassComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusClass(
            DeliveryLogFilter::StatusClass(m_ui->statusClassComboBox->currentData().toInt()));
    });
    connect(m_ui->eventFilterLineEdit, &QLineEdit::textChanged, m_filter,
            &DeliveryLogFilter::setEventText);
    connect(m_ui->allWebhooksCheckBox, &QCheckBox::toggled, this,
            &DeliveryLogView::applyWebhookFilter);
    connect(m_ui->deliveryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeliveryLogView::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_ui->deliveryTable->resizeColumnsToContents();
            m_columnsSized = true;
        }
        if (m_shownId.isEmpty() || !selectDelivery(m_shownId))
            showDetail();
    });
    connect(m_model, &DeliveryLogModel::loadFailed, this, [this](const QString &error) {
        EditorPage::setErrorText(m_ui->logStatusLabel,
                                 tr("Could not read the deliveries: %1").arg(error));
    });
    connect(m_ui->redeliverButton, &QPushButton::clicked, this, &DeliveryLogView::redeliver);
    connect(m_ui->redeliverFailedButton, &QPushButton::clicked, this,
            &DeliveryLogView::redeliverFailed);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DeliveryLogView::exportShown);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &DeliveryLogView::saveBody);
    connect(m_engine, &DeliveryEngine::deliveriesChanged, this, &DeliveryLogView::scheduleRefresh);
    m_pollTimer->start();
}

void DeliveryLogView::followNotifications(DatabaseListener *listener)
{
    if (!listener || !listener->isListening())
        return;
    connect(listener, &DatabaseListener::changed, this, &DeliveryLogView::scheduleRefresh);
    m_pollTimer->stop();
}

bool DeliveryLogView::isPolling() const
{
    return m_pollTimer->isActive();
}

void DeliveryLogView::setWebhook(const QUuid &webhookId)
{
    if (webhookId == m_webhookId)
        return;
    m_webhookId = webhookId;
    if (!m_ui->allWebhooksCheckBox->isChecked())
        applyWebhookFilter();
}

void DeliveryLogView::setAllWebhooks(bool all)
{
    m_ui->allWebhooksCheckBox->setChecked(all);
}

QUuid DeliveryLogView::queriedWebhookId() const
{
    if (m_ui->allWebhooksCheckBox->isChecked())
        return QUuid();
    // A null id means every webhook to the repository: ask for none.
    return m_webhookId.isNull() ? QUuid::createUuidV5(QUuid(), QStringLiteral("none"))
                                : m_webhookId;
}

void DeliveryLogView::applyWebhookFilter()
{
    if (!m_model)
        return;
    const bool all = m_ui->allWebhooksCheckBox->isChecked();
    m_ui->deliveryTable->setColumnHidden(DeliveryLogModel::WebhookColumn, !all);
    m_ui->redeliverFailedButton->setEnabled(!all && !m_webhookId.isNull());
    m_shownId.clear();
    m_model->setWebhook(queriedWebhookId());
}

void DeliveryLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // changes were not followed while hidden
}

void DeliveryLogView::scheduleRefresh()
{
    if (isVisible() && !m_changeTimer->isActive())
        m_changeTimer->start();
}

void DeliveryLogView::refresh()
{
    if (!m_model)
        return;
    m_model->refresh();
    if (m_model->lastError().isEmpty() && !m_ui->logStatusLabel->isHidden() &&
        m_ui->logStatusLabel->text().startsWith(tr("Could not read the deliveries")))
        EditorPage::setNoteText(m_ui->logStatusLabel, QString());
    showDetail(); // attempts of the selected delivery may have been added
}

QString DeliveryLogView::currentDeliveryId() const
{
    const QModelIndex current = m_ui->deliveryTable->currentIndex();
    return current.isValid() ? current.data(DeliveryLogModel::DeliveryIdRole).toString()
                             : QString();
}

bool DeliveryLogView::selectDelivery(const QString &deliveryId)
{
    const int row = m_model ? m_model->rowOf(deliveryId) : -1;
    const QModelIndex index =
        row >= 0 ? m_filter->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid())
        return false;
    m_ui->deliveryTable->setCurrentIndex(index);
    m_ui->deliveryTable->scrollTo(index);
    return true;
}

void DeliveryLogView::showDetail()
{
    const QString id = currentDeliveryId();
    m_shownId = id;
    if (id.isEmpty() || !m_db) {
        clearDetail(tr("Select a delivery to see its attempts."));
        return;
    }
    QString error;
    const std::optional<DeliveryDetail> detail = DeliveryRepository(*m_db).find(id, &error);
    if (!detail) {
        clearDetail(error.isEmpty() ? tr("This delivery no longer exists.") : error);
        return;
    }
    const Delivery &d = detail->summary.delivery;
    m_ui->detailTitleLabel->setText(
        tr("%1 · %2 · %3")
            .arg(d.id, detail->summary.eventType, DeliveryLogModel::stateName(d.state)));
    QString text;
    if (!d.lastError.isEmpty())
        text += tr("Last error: %1").arg(d.lastError) + QStringLiteral("\n\n");
    if (detail->attempts.isEmpty())
        text += tr("No attempt yet.") + u'\n';
    for (const StoredAttempt &a : detail->attempts)
        text += AttemptText::describe(a) + u'\n';
    setTextKeepingScroll(m_ui->attemptsTextEdit, text);

    // The attempt chooser keeps the user's choice while attempts are added;
    // a new delivery shows its latest attempt.
    const bool sameDelivery = !m_attempts.isEmpty() && !detail->attempts.isEmpty() &&
                              m_attempts.first().attempt.id == detail->attempts.first().attempt.id;
    const int chosen = m_ui->attemptComboBox->currentIndex();
    const bool followLatest = !sameDelivery || chosen == m_ui->attemptComboBox->count() - 1;
    m_attempts = detail->attempts;
    {
        const QSignalBlocker blocker(m_ui->attemptComboBox);
        m_ui->attemptComboBox->clear();
        for (const StoredAttempt &a : std::as_const(m_attempts)) {
            m_ui->attemptComboBox->addItem(tr("Attempt %1 · %2")
                                               .arg(a.attempt.number)
                                               .arg(a.attempt.responseStatus
                                                        ? QString::number(a.attempt.responseStatus)
                                                        : tr("no response")));
        }
        m_ui->attemptComboBox->setCurrentIndex(followLatest ? int(m_attempts.size()) - 1 : chosen);
    }
    m_ui->attemptComboBox->setEnabled(!m_attempts.isEmpty());
    showAttempt();
    // What the repository leaves alone: see DeliveryRepository::redeliver().
    const bool canRedeliver =
        !d.test && detail->summary.rendered && d.state != DeliveryState::Delivering;
    m_ui->redeliverButton->setEnabled(canRedeliver);
    bool hasBody = false;
    for (const StoredAttempt &a : detail->attempts)
        hasBody = hasBody || a.attempt.responseStatus != 0;
    m_ui->saveBodyButton->setEnabled(hasBody);
    m_ui->redeliverButton->setToolTip(
        d.test ? tr("A test is not redelivered: send a new test instead.")
               : tr("Send the stored request again now, as a new attempt"));
}

void DeliveryLogView::clearDetail(const QString &title)
{
    m_ui->detailTitleLabel->setText(title);
    m_attempts.clear();
    m_ui->attemptComboBox->clear();
    m_ui->attemptComboBox->setEnabled(false);
    for (QPlainTextEdit *edit :
         {m_ui->attemptsTextEdit, m_ui->requestTextEdit, m_ui->responseTextEdit})
        edit->clear();
    m_ui->redeliverButton->setEnabled(false);
    m_ui->saveBodyButton->setEnabled(false);
}

void DeliveryLogView::showAttempt()
{
    const int i = m_ui->attemptComboBox->currentIndex();
    if (i < 0 || i >= m_attempts.size()) {
        m_ui->requestTextEdit->setPlainText(tr("No attempt yet."));
        m_ui->responseTextEdit->setPlainText(tr("No attempt yet."));
        return;
    }
    const StoredAttempt &a = m_attempts.at(i);
    m_ui->attemptComboBox->setToolTip(AttemptText::title(a));
    setTextKeepingScroll(m_ui->requestTextEdit, AttemptText::request(a));
    setTextKeepingScroll(m_ui->responseTextEdit, AttemptText::response(a));
}

void DeliveryLogView::redeliver()
{
    const QString id = currentDeliveryId();
    if (id.isEmpty() || !m_engine)
        return;
    m_ui->redeliverButton->setEnabled(false);
    const QPointer<DeliveryLogView> self(this);
    m_engine->redeliver(id, [self, id](int count, const QString &error) {
        if (!self)
            return;
        if (count < 0)
            EditorPage::setErrorText(self->m_ui->logStatusLabel,
                                     tr("Could not redeliver %1: %2").arg(id, error));
        else if (count == 0)
            EditorPage::setNoteText(self->m_ui->logStatusLabel,
                                    tr("%1 was not redelivered: it is being sent, or has "
                                       "nothing to send.")
                                        .arg(id));
        else
            EditorPage::setNoteText(self->m_ui->logStatusLabel,
                                    tr("Redelivery of %1 scheduled.").arg(id));
        self->refresh();
    });
}

QString DeliveryLogView::webhookName() const
{
    QString error;
    const std::optional<Webhook> webhook = WebhookRepository(*m_db).find(m_webhookId, &error);
    return webhook ? webhook->name : m_webhookId.toString(QUuid::WithoutBraces);
}

int DeliveryLogView::countFailed(const QDateTime &since, QString *error) const
{
    int count = 0;
    for (const DeliveryState state : {DeliveryState::Failed, DeliveryState::Exhausted}) {
        DeliveryFilter filter;
        filter.webhookId = m_webhookId;
        filter.state = state;
        filter.since = since;
        filter.limit = kCountLimit;
        filter.includeTests = false;
        QString listError;
        const QList<DeliverySummary> rows = DeliveryRepository(*m_db).list(filter, &listError);
        if (!listError.isEmpty()) {
            if (error)
                *error = listError;
            return -1;
        }
        count += int(rows.size());
    }
    return count;
}

void DeliveryLogView::redeliverFailed()
{
    if (!m_engine || m_webhookId.isNull() || m_ui->allWebhooksCheckBox->isChecked())
        return;
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-kRedeliverDays);
    QString error;
    const int count = countFailed(since, &error);
    const QString name = webhookName();
    if (count < 0) {
        EditorPage::setErrorText(m_ui->logStatusLabel,
                                 tr("Could not read the deliveries: %1").arg(error));
        return;
    }
    if (count == 0) {
        EditorPage::setNoteText(
            m_ui->logStatusLabel,
            tr("“%1” has no failed delivery in the last %n day(s).", nullptr, kRedeliverDays)
                .arg(name));
        return;
    }
    const QMessageBox::StandardButton answer = MessageBoxes::question(
        this, tr("Redeliver Failed Deliveries"),
        tr("Redeliver the failed deliveries of “%1” (%n)?", nullptr, count).arg(name),
        tr("Every failed or exhausted delivery of the last %n day(s) is sent again now, as a "
           "new attempt.",
           nullptr, kRedeliverDays),
        tr("Redeliver"));
    if (answer != QMessageBox::Yes)
        return;
    m_ui->redeliverFailedButton->setEnabled(false);
    const QPointer<DeliveryLogView> self(this);
    m_engine->redeliverFailed(m_webhookId, since, [self, name](int scheduled, const QString &why) {
        if (!self)
            return;
        self->m_ui->redeliverFailedButton->setEnabled(
            !self->m_ui->allWebhooksCheckBox->isChecked() && !self->m_webhookId.isNull());
        if (scheduled < 0)
            EditorPage::setErrorText(
                self->m_ui->logStatusLabel,
                tr("Could not redeliver the failed deliveries of “%1”: %2").arg(name, why));
        else
            EditorPage::setNoteText(
                self->m_ui->logStatusLabel,
                tr("Failed deliveries of “%1” scheduled again: %n.", nullptr, scheduled).arg(name));
        self->refresh();
    });
}

void DeliveryLogView::exportShown()
{
    if (!m_filter || !m_db || m_exportJob)
        return;
    const QString fileName =
        FileDialogs::saveFileName(this, tr("Export Deliveries"), QStringLiteral("deliveries.csv"),
                                  tr("CSV files (*.csv);;JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    LogExportSpec spec;
    spec.webhookId = queriedWebhookId();
    const int state = m_ui->stateComboBox->currentData().toInt();
    spec.state = state < 0 ? std::nullopt : std::optional(DeliveryState(state));
    spec.statusClass =
        DeliveryLogFilter::StatusClass(m_ui->statusClassComboBox->currentData().toInt());
    spec.eventText = m_ui->eventFilterLineEdit->text();
    spec.fileName = fileName;
    spec.pageSize = m_exportPageSize;

    const QString shortName = QFileInfo(fileName).fileName();
    m_exportJob = new LogExportJob(*m_db, spec, this);
    m_exportProgress = new QProgressDialog(this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setWindowTitle(tr("Export Deliveries"));
    m_exportProgress->setLabelText(tr("Exporting deliveries to %1…").arg(shortName));
    m_exportProgress->setCancelButtonText(tr("Cancel"));
    m_exportProgress->setRange(0, 0); // how many is not known beforehand
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    m_exportProgress->setMinimumDuration(0);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_ui->exportButton->setEnabled(false);

    connect(m_exportProgress, &QProgressDialog::canceled, m_exportJob, &LogExportJob::cancel);
    QProgressDialog *const progress = m_exportProgress;
    connect(m_exportJob, &LogExportJob::progress, progress, [progress, shortName](int rows) {
        progress->setLabelText(
            tr("Exporting deliveries to %1: %n row(s) written…", nullptr, rows).arg(shortName));
    });
    connect(m_exportJob, &LogExportJob::finished, this, [this, shortName](int rows) {
        endExport();
        EditorPage::setNoteText(m_ui->logStatusLabel,
                                tr("Deliveries exported to %1: %n.", nullptr, rows).arg(shortName));
    });
    connect(m_exportJob, &LogExportJob::failed, this, [this, fileName](const QString &error) {
        endExport();
        EditorPage::setErrorText(m_ui->logStatusLabel,
                                 tr("Could not export to %1: %2").arg(fileName, error));
    });
    connect(m_exportJob, &LogExportJob::cancelled, this, [this] {
        endExport();
        EditorPage::setNoteText(m_ui->logStatusLabel, tr("Export cancelled."));
    });
    EditorPage::setNoteText(m_ui->logStatusLabel, QString());
    m_exportProgress->show();
    m_exportJob->start();
}

void DeliveryLogView::endExport()
{
    // Called from the job's own signal: deleted once it has returned.
    m_exportJob->deleteLater();
    m_exportJob = nullptr;
    m_exportProgress->hide();
    m_exportProgress->deleteLater();
    m_exportProgress = nullptr;
    m_ui->exportButton->setEnabled(true);
}

void DeliveryLogView::saveBody()
{
    const QString id = currentDeliveryId();
    if (id.isEmpty() || !m_db)
        return;
    QString error;
    const std::optional<DeliveryDetail> detail = DeliveryRepository(*m_db).find(id, &error);
    const StoredAttempt *answered = nullptr;
    if (detail) {
        // The attempt shown when it has a body, else the last one that has.
        const int chosen = m_ui->attemptComboBox->currentIndex();
        for (qsizetype i = 0; i < detail->attempts.size(); ++i) {
            const StoredAttempt &a = detail->attempts.at(i);
            if (a.attempt.responseStatus != 0 && (!answered || i <= chosen))
                answered = &a;
        }
    }
    if (!answered) {
        EditorPage::setErrorText(m_ui->logStatusLabel,
                                 tr("%1 has no response body to save.").arg(id));
        return;
    }
    const QString fileName = FileDialogs::saveFileName(
        this, tr("Save Response Body"),
        QStringLiteral("response-%1.txt").arg(answered->attempt.number), tr("All files (*)"));
    if (fileName.isEmpty())
        return;
    if (!DeliveryExport::writeOwnerOnly(fileName, answered->attempt.responseBody, &error))
        EditorPage::setErrorText(m_ui->logStatusLabel,
                                 tr("Could not save to %1: %2").arg(fileName, error));
    else
        EditorPage::setNoteText(m_ui->logStatusLabel, tr("Response body of attempt %1 saved to %2.")
                                                          .arg(answered->attempt.number)
                                                          .arg(QFileInfo(fileName).fileName()));
}

} // namespace relais
