#pragma once

#include "core/FieldError.h"
#include "core/Webhook.h"

#include <QAbstractTableModel>
#include <QSet>

namespace relais {

// The extra headers of the webhook being edited: name, value and whether
// the value is secret. Secret values are never displayed; a secret stored in
// the keychain is not loaded at all, and an empty value keeps it.
class HeadersTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersTableModel)

public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        SecretColumn,
        ColumnCount
    };

    explicit HeadersTableModel(QObject *parent = nullptr);
    ~HeadersTableModel() override;

    // `storedSecrets`: whether the secret values of `headers` are in the
    // keychain (editing a saved webhook) or not (a copy, a new webhook).
    void setHeaders(const QList<WebhookHeader> &headers, bool storedSecrets);
    QList<WebhookHeader> headers() const { return m_headers; }

    void addHeader();
    void removeHeader(int row);

    // What is wrong with a row, one sentence each; empty when it can be sent.
    QStringList problems(int row) const;
    // The problems of every row that Webhook::validate() does not report.
    FieldErrors extraProblems() const;
    // Whether the value of `row` is a secret kept in the keychain.
    bool isStoredSecret(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString missingValueProblem(int row) const;
    void rowChanged(int row);

    QList<WebhookHeader> m_headers;
    QSet<QString> m_storedSecretNames; // lower case
};

} // namespace relais
