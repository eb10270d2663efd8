#include "ImportDialog.h"

#include "EditorPage.h"

#include "service/WebhookService.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais {

namespace {

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QJsonArray documentsIn(const QJsonDocument &doc, const char *key)
{
    if (doc.isArray())
        return doc.array();
    const QJsonValue v = doc.object().value(QLatin1String(key));
    return v.isArray() ? v.toArray() : QJsonArray{doc.object()};
}

} // namespace

ImportDialog::ImportDialog(WebhookService &service, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Import webhooks"));
    resize(720, 480);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setAccessibleName(tr("Webhooks to import and notes"));
    m_tree->setHeaderLabels({tr("Webhook"), tr("Events"), tr("Notes")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importErrorLabel"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    EditorPage::setErrorText(m_error, QString());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("“%1” cannot be read: %2").arg(fileName, file.errorString()));
        return;
    }
    if (file.size() > kMaxFileBytes) {
        fail(tr("“%1” is larger than 16 MB: this is not a webhook export.")
                 .arg(QFileInfo(fileName).fileName()));
        return;
    }
    m_bytes = file.readAll();
    m_format = detect(m_bytes);
    m_summary->setText(tr("From %1").arg(QFileInfo(fileName).fileName()));
    preview();
}

ImportDialog::Format ImportDialog::detect(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isNull())
        return Format::Unknown;
    if (doc.object().value(QLatin1String("format")).toString() == QLatin1String("relais-webhooks"))
        return Format::Relais;
    const QJsonArray docs =
        documentsIn(doc, doc.object().contains(QLatin1String("docs")) ? "docs" : "data");
    for (const QJsonValue &d : docs) {
        const QJsonObject o = d.toObject();
        if (o.contains(QLatin1String("webhook_doctype")) ||
            o.value(QLatin1String("doctype")).toString() == QLatin1String("Webhook"))
            return Format::Frappe;
    }
    return doc.isArray() ? Format::Relais : Format::Unknown;
}

void ImportDialog::fail(const QString &problem)
{
    m_problem = problem;
    EditorPage::setErrorText(m_error, problem);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(false);
    }
}

void ImportDialog::preview()
{
    switch (m_format) {
    case Format::Unknown:
        fail(tr("This file is neither a Relais export nor an export of Frappe / Dokos Webhook "
                "documents."));
        return;
    case Format::Relais: {
        const QJsonArray entries = documentsIn(QJsonDocument::fromJson(m_bytes), "webhooks");
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            QStringList events;
            for (const QJsonValue &e : o.value(QLatin1String("events")).toArray())
                events << e.toString();
            auto *item = new QTreeWidgetItem(m_tree, {o.value(QLatin1String("name")).toString(),
                                                      events.join(QStringLiteral(", "))});
            item->setToolTip(0, o.value(QLatin1String("url")).toString());
        }
        m_summary->setText(m_summary->text() + u' ' +
                           tr("— a Relais export with %n webhook(s). Signed webhooks come "
                              "without their secret and stay disabled until you give it.",
                              nullptr, int(entries.size())));
        return;
    }
    case Format::Frappe:
        break;
    }
    QList<FrappeImport::Entry> entries;
    ServiceError error;
    if (!FrappeImport::convert(m_bytes, &entries, &error)) {
        fail(error.message);
        return;
    }
    int notes = 0;
    for (const FrappeImport::Entry &e : std::as_const(entries)) {
        auto *item = new QTreeWidgetItem(
            m_tree, {e.webhook.name, e.webhook.eventPatterns.join(QStringLiteral(", ")),
                     e.notes.isEmpty() ? tr("Carried over as is")
                                       : tr("%n note(s)", nullptr, int(e.notes.size()))});
        item->setToolTip(0, e.webhook.url);
        for (const QString &note : e.notes) {
            auto *child = new QTreeWidgetItem(item, {QString(), QString(), note});
            child->setToolTip(2, note);
            ++notes;
        }
        item->setExpanded(true);
    }
    m_summary->setText(m_summary->text() + u' ' +
                       tr("— %n Frappe / Dokos webhook(s).", nullptr, int(entries.size())) + u' ' +
                       (notes == 0 ? tr("Everything can be carried over.")
                                   : tr("Read the notes: what they name was not carried over "
                                        "as is and needs your attention.")));
}

void ImportDialog::accept()
{
    ServiceError error;
    bool ok = false;
    m_imported.clear();
    if (m_format == Format::Frappe) {
        QList<FrappeImport::Entry> entries;
        ok = FrappeImport::importInto(m_service, m_bytes, &entries, &error);
        for (const FrappeImport::Entry &e : std::as_const(entries))
            m_imported << e.webhook;
    } else if (m_format == Format::Relais) {
        ok = m_service.importJson(m_bytes, &m_imported, &error);
    }
    if (!ok) {
        // Nothing was written: the import is all or nothing.
        EditorPage::setErrorText(m_error, error.message);
        return;
    }
    QDialog::accept();
}

} // namespace relais
