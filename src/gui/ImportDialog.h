#pragma once

#include "service/FrappeImport.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace relais {

class WebhookService;

// Importing webhooks from a file: a Relais export or an export of Frappe /
// Dokos Webhook documents, told apart by their content. Before anything is
// written the dialog lists each webhook with what could not be carried over
// (Jinja loops, Python expressions, secrets to give again); Import writes
// them all or none.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum class Format
    {
        Relais,
        Frappe,
        Unknown
    };

    ImportDialog(WebhookService &service, const QString &fileName, QWidget *parent = nullptr);

    Format format() const { return m_format; }
    // What was written, after Import.
    QList<Webhook> imported() const { return m_imported; }
    // The problem that keeps the file from being imported; empty if none.
    QString problem() const { return m_problem; }

    static Format detect(const QByteArray &json);

    void accept() override;

private:
    void preview();
    void fail(const QString &problem);

    WebhookService &m_service;
    QByteArray m_bytes;
    Format m_format = Format::Unknown;
    QString m_problem;
    QList<Webhook> m_imported;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace relais
