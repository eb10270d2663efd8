#include "WebhookEditorDialog.h"
#include "ui_WebhookEditorDialog.h"

#include "MessageBoxes.h"
#include "SampleEventComboBox.h"

#include "core/EventPattern.h"
#include "payload/EventCatalog.h"
#include "service/WebhookService.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>

namespace relais {

namespace {

const QString kGeometryKey = QStringLiteral("WebhookEditorDialog/geometry");
const QString kSplitterKey = QStringLiteral("WebhookEditorDialog/payloadSplitter");

// Editing one field can reveal the problems of another it governs.
QStringList revealedBy(const QString &field)
{
    if (field == QLatin1String("bodyMode"))
        return {QStringLiteral("template"), QStringLiteral("form"), QStringLiteral("contentType")};
    if (field == QLatin1String("signing"))
        return {QStringLiteral("secret"), QStringLiteral("hmac")};
    return {field};
}

} // namespace

WebhookEditorDialog::WebhookEditorDialog(WebhookService &service, SecretStore &secrets,
                                         const EventCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookEditorDialog>())
    , m_service(service)
    , m_catalog(catalog)
    , m_tryOut(secrets)
{
    m_ui->setupUi(this);
    m_ui->triggerPage->setCatalog(catalog);
    m_ui->payloadPage->setCatalog(catalog);

    QFont title = font();
    if (title.pointSizeF() > 0)
        title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setWeight(QFont::DemiBold);
    m_ui->pageTitleLabel->setFont(title);
    m_ui->pageSummaryLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->pageSummaryLabel->setContentsMargins(0, 0, 0, 10);
    // Roomier rows than a plain list: this is the dialog's navigation.
    m_ui->pageList->setStyleSheet(QStringLiteral("QListView::item { padding: 4px 8px; }"));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->pageList->setIconSize(QSize(icon, icon));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->problemLabel->setTextFormat(Qt::RichText);
    EditorPage::setErrorText(m_ui->saveErrorLabel, QString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WebhookEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WebhookEditorDialog::reject);

    for (EditorPage *page : pages()) {
        auto *item = new QListWidgetItem(page->title(), m_ui->pageList);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
        connect(page, &EditorPage::edited, this, &WebhookEditorDialog::onEdited);
    }
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pageStack->setCurrentIndex(row);
        m_ui->pageTitleLabel->setText(pages().at(row)->title());
        m_ui->pageSummaryLabel->setText(pages().at(row)->summary());
    });
    // As in tabbed dialogs: Ctrl+Page Down and Ctrl+Page Up change the page.
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        m_ui->pageList->setCurrentRow((m_ui->pageList->currentRow() + 1) % m_ui->pageList->count());
    });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] {
        const int count = m_ui->pageList->count();
        m_ui->pageList->setCurrentRow((m_ui->pageList->currentRow() + count - 1) % count);
    });
    connect(m_ui->problemLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { m_ui->pageList->setCurrentRow(link.toInt()); });

    for (SampleEventComboBox *box :
         {m_ui->triggerPage->sampleComboBox(), m_ui->payloadPage->sampleComboBox()}) {
        connect(box, &SampleEventComboBox::typeChosen, this,
                [this](const QString &type) { chooseSample(type, true); });
    }
    connect(m_ui->payloadPage, &PayloadPage::sampleDataEdited, this,
            [this](const QJsonObject &sample) {
                m_sampleEdits.insert(m_sampleType, sample);
                m_tryOutTimer.start();
            });
    connect(m_ui->payloadPage, &PayloadPage::sampleResetRequested, this, [this] {
        m_sampleEdits.remove(m_sampleType);
        chooseSample(m_sampleType, m_sampleChosenByUser);
    });

    m_tryOutTimer.setSingleShot(true);
    m_tryOutTimer.setInterval(kTryOutDelayMs);
    connect(&m_tryOutTimer, &QTimer::timeout, this, &WebhookEditorDialog::runTryOut);

    restoreSettings();
    m_ui->pageList->setCurrentRow(0);
}

WebhookEditorDialog::~WebhookEditorDialog() = default;

QList<EditorPage *> WebhookEditorDialog::pages() const
{
    return {m_ui->generalPage, m_ui->triggerPage,  m_ui->payloadPage,
            m_ui->headersPage, m_ui->securityPage, m_ui->deliveryPage};
}

void WebhookEditorDialog::startNew()
{
    Webhook w;
    // The id is chosen now so that keychain entries and the preview agree.
    w.id = QUuid::createUuid();
    setWindowTitle(tr("New webhook"));
    load(w, EditorMode::Create);
}

void WebhookEditorDialog::startEdit(const Webhook &webhook)
{
    setWindowTitle(tr("Edit “%1”").arg(webhook.name));
    load(webhook, EditorMode::Edit);
}

void WebhookEditorDialog::startDuplicate(const Webhook &source)
{
    Webhook copy = source;
    copy.id = QUuid::createUuid();
    copy.name = tr("%1 (copy)").arg(source.name);
    for (int n = 2; n < 100 && nameTaken(copy.name, copy.id); ++n)
        copy.name = tr("%1 (copy %2)").arg(source.name).arg(n);
    copy.secrets.clear();
    copy.needsSecret = false;
    copy.disabledReason.clear();
    copy.createdAt = {};
    copy.updatedAt = {};
    for (WebhookHeader &h : copy.headers) {
        if (h.secret)
            h.value.clear();
    }
    setWindowTitle(tr("New webhook from “%1”").arg(source.name));
    load(copy, EditorMode::Duplicate);
}

void WebhookEditorDialog::startFromPreset(const Webhook &preset, const QString &systemName)
{
    Webhook w = preset;
    w.id = QUuid::createUuid();
    w.secrets.clear();
    setWindowTitle(tr("New %1 webhook").arg(systemName));
    load(w, EditorMode::Create);
}

void WebhookEditorDialog::load(const Webhook &webhook, EditorMode mode)
{
    m_loading = true;
    m_namesTaken.clear();
    m_mode = mode;
    m_loaded = webhook;
    for (EditorPage *page : pages())
        page->load(webhook, mode);
    m_loading = false;
    m_baseline = this->webhook();
    m_touched.clear();
    // A saved webhook shows all its problems at once; a new one only those
    // of the fields the user has been to.
    m_revealAll = mode != EditorMode::Create;
    EditorPage::setErrorText(m_ui->saveErrorLabel, QString());
    m_sampleEdits.clear();
    m_sampleChosenByUser = false;
    pickDefaultSample();
    runTryOut();
    m_ui->pageList->setCurrentRow(0);
    m_ui->generalPage->setFocus(Qt::OtherFocusReason);
}

Webhook WebhookEditorDialog::webhook() const
{
    Webhook w = m_loaded;
    for (const EditorPage *page : pages())
        page->apply(&w);
    return w;
}

bool WebhookEditorDialog::hasUnsavedChanges() const
{
    return webhook() != m_baseline || m_ui->securityPage->signingSecret().has_value();
}

void WebhookEditorDialog::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(int(page));
}

void WebhookEditorDialog::onEdited(const QString &field)
{
    if (m_loading)
        return;
    for (const QString &f : revealedBy(field))
        m_touched.insert(f);
    EditorPage::setErrorText(m_ui->saveErrorLabel, QString());
    if (field == QLatin1String("events") && !m_sampleChosenByUser)
        pickDefaultSample();
    revalidate();
    m_tryOutTimer.start();
}

FieldErrors WebhookEditorDialog::scriptProblems(const QList<PayloadError> &errors) const
{
    FieldErrors problems;
    const bool form = webhook().bodyMode == BodyMode::Form;
    for (const PayloadError &e : errors) {
        switch (e.part) {
        case PayloadError::Part::Condition:
            problems.append({QStringLiteral("condition"), e.toString()});
            break;
        case PayloadError::Part::Body:
            problems.append(
                {form ? QStringLiteral("form") : QStringLiteral("template"), e.toString()});
            break;
        case PayloadError::Part::FormField:
            problems.append(
                {QStringLiteral("form"), tr("%1: %2").arg(e.partLabel(), e.toString())});
            break;
        case PayloadError::Part::Url:
            problems.append({QStringLiteral("url"), tr("%1: %2").arg(e.partLabel(), e.toString())});
            break;
        case PayloadError::Part::Header:
            problems.append(
                {QStringLiteral("headers"), tr("%1: %2").arg(e.partLabel(), e.toString())});
            break;
        }
    }
    return problems;
}

bool WebhookEditorDialog::nameTaken(const QString &name, const QUuid &except)
{
    if (!m_nameTaken || name.trimmed().isEmpty())
        return false;
    // Once per name: the check may be a query to a remote database.
    const auto known = m_namesTaken.constFind(name);
    if (known != m_namesTaken.cend())
        return *known;
    const bool taken = m_nameTaken(name, except);
    m_namesTaken.insert(name, taken);
    return taken;
}

void WebhookEditorDialog::revalidate()
{
    const Webhook w = webhook();
    FieldErrors all = w.validate();
    if (nameTaken(w.name, w.id))
        all.prepend({QStringLiteral("name"),
                     tr("A webhook named “%1” already exists: choose another name.").arg(w.name)});
    for (const EditorPage *page : pages())
        all += page->problems();
    all += m_scriptProblems;

    FieldError firstHidden;
    int firstHiddenPage = -1;
    const QList<EditorPage *> list = pages();
    for (int i = 0; i < list.size(); ++i) {
        EditorPage *page = list.at(i);
        FieldErrors shown;
        for (const FieldError &e : std::as_const(all)) {
            if (!page->fields().contains(e.field))
                continue;
            if (m_revealAll || m_touched.contains(e.field))
                shown << e;
            else if (firstHiddenPage < 0) {
                firstHidden = e;
                firstHiddenPage = i;
            }
        }
        page->showErrors(shown);
        m_ui->pageList->item(i)->setIcon(
            shown.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_ui->pageList->item(i)->setToolTip(shown.isEmpty() ? QString()
                                                            : tr("Something to fix on this page"));
    }

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(all.isEmpty());
    if (all.isEmpty()) {
        m_ui->problemLabel->clear();
        ok->setToolTip(QString());
        return;
    }
    // Say what is still missing, and where, rather than leave OK silently grey.
    int pageIndex = firstHiddenPage;
    FieldError problem = firstHidden;
    if (pageIndex < 0) {
        problem = all.first();
        for (int i = 0; i < list.size() && pageIndex < 0; ++i) {
            if (list.at(i)->fields().contains(problem.field))
                pageIndex = i;
        }
    }
    const QString where = pageIndex >= 0 ? list.at(pageIndex)->title() : QString();
    // A problem already shown next to its field is not repeated here.
    m_ui->problemLabel->setText(
        firstHiddenPage >= 0 ? tr("Before saving — <a href=\"%1\">%2</a>: %3")
                                   .arg(pageIndex)
                                   .arg(where.toHtmlEscaped(), problem.message.toHtmlEscaped())
                             : tr("Before saving, fix what is marked on <a href=\"%1\">%2</a>.")
                                   .arg(pageIndex)
                                   .arg(where.toHtmlEscaped()));
    ok->setToolTip(problem.message);
}

void WebhookEditorDialog::runTryOut()
{
    m_tryOutTimer.stop();
    const Webhook w = webhook();
    const TryOutResult result = m_tryOut.run(w, sampleEvent(), m_ui->securityPage->signingSecret());
    m_scriptProblems = scriptProblems(m_tryOut.check(w));
    m_ui->triggerPage->showTryOut(result);
    m_ui->payloadPage->showTryOut(result);
    revalidate();
}

Event WebhookEditorDialog::sampleEvent() const
{
    const EventType *type = m_catalog.find(m_sampleType);
    if (!type) {
        Event e;
        e.id = QStringLiteral("evt_sample");
        e.type = m_sampleType.isEmpty() ? QStringLiteral("test") : m_sampleType;
        e.occurredAt = QDateTime::currentDateTimeUtc();
        e.source = QStringLiteral("sample");
        return e;
    }
    Event e = type->sampleEvent();
    if (const auto edited = m_sampleEdits.constFind(m_sampleType); edited != m_sampleEdits.cend())
        e.data = *edited;
    return e;
}

void WebhookEditorDialog::chooseSample(const QString &type, bool byUser)
{
    m_sampleType = type;
    m_sampleChosenByUser = byUser;
    m_ui->triggerPage->sampleComboBox()->setCurrentType(type);
    m_ui->payloadPage->sampleComboBox()->setCurrentType(type);
    m_ui->payloadPage->setSampleData(sampleEvent().data, m_sampleEdits.contains(type));
    m_tryOutTimer.start();
}

void WebhookEditorDialog::pickDefaultSample()
{
    const QStringList patterns = webhook().eventPatterns;
    if (!m_sampleType.isEmpty() && EventPattern::matchesAny(patterns, m_sampleType))
        return;
    QString type = m_catalog.types().isEmpty() ? QString() : m_catalog.types().first().type;
    for (const EventType &t : m_catalog.types()) {
        if (EventPattern::matchesAny(patterns, t.type)) {
            type = t.type;
            break;
        }
    }
    if (m_sampleType.isEmpty() || !patterns.isEmpty())
        chooseSample(type, false);
}

void WebhookEditorDialog::setInboxUrl(const QString &url)
{
    m_ui->generalPage->setInboxUrl(url);
}

void WebhookEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool WebhookEditorDialog::save()
{
    m_tryOutTimer.stop();
    runTryOut();
    m_revealAll = true;
    revalidate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return false;

    Webhook w = webhook();
    const std::optional<QByteArray> secret = m_ui->securityPage->signingSecret();
    ServiceError error;
    const auto overlap = m_ui->securityPage->previousSecretOverlap();
    bool saved = false;
    if (m_mode != EditorMode::Edit)
        saved = m_service.create(w, secret, &error);
    else if (secret && overlap)
        saved = m_service.rotateSigningSecret(
            w, *secret, QDateTime::currentDateTimeUtc().addSecs(overlap->count()), &error);
    else
        saved = m_service.update(w, secret, &error);
    if (!saved) {
        if (error.kind == ServiceError::Kind::Validation) {
            EditorPage::setErrorText(m_ui->saveErrorLabel, error.message);
        } else {
            MessageBoxes::warning(this, tr("Save webhook"),
                                  tr("“%1” could not be saved.").arg(w.name),
                                  tr("%1\n\nYour changes are still here: save again once this "
                                     "is solved.")
                                      .arg(error.message));
        }
        return false;
    }
    m_saved = w;
    m_baseline = webhook();
    Q_EMIT webhookSaved(w);
    return true;
}

void WebhookEditorDialog::reject()
{
    if (hasUnsavedChanges()) {
        const QString name = webhook().name;
        const auto answer = MessageBoxes::question(
            this, tr("Discard changes"),
            m_mode == EditorMode::Edit || !name.isEmpty()
                ? tr("Discard your changes to “%1”?").arg(name.isEmpty() ? m_loaded.name : name)
                : tr("Discard this new webhook?"),
            tr("What you entered in this dialog will be lost."), tr("&Discard"),
            QMessageBox::Warning);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

void WebhookEditorDialog::done(int result)
{
    m_tryOutTimer.stop();
    saveSettings();
    QDialog::done(result);
}

void WebhookEditorDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a table or tree (committing a cell, ticking an event) must not
    // press Save: the edit would be lost or the dialog closed half-done.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        for (QWidget *w = focusWidget(); w && w != this; w = w->parentWidget()) {
            if (qobject_cast<QAbstractItemView *>(w)) {
                event->accept();
                return;
            }
        }
    }
    QDialog::keyPressEvent(event);
}

void WebhookEditorDialog::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1040, 720);
    m_ui->payloadPage->restoreSplitterState(settings.value(kSplitterKey).toByteArray());
}

void WebhookEditorDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_ui->payloadPage->splitterState());
}

} // namespace relais
