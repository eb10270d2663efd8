#pragma once

#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class InboxView;
}

namespace relais {

class Database;
class InboxRequestModel;
class InboxServer;

// The built-in inbox: pick an inbox, copy its URL, see the requests it
// received (newest first, live) with the verdict on their signature, read
// one's headers and pretty body, and script how the inbox answers.
class InboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxView)

public:
    explicit InboxView(QWidget *parent = nullptr);
    ~InboxView() override;

    // Called once, before anything is shown. `server` may be nullptr or not
    // listening: the view then says so instead of showing a URL. Creates the
    // inbox "default" when there is none.
    void setUp(const Database &db, InboxServer *server);

    QString currentInbox() const;
    // False when there is no such inbox.
    bool setInbox(const QString &name);
    // The URL to paste into a webhook; empty while the server is not listening.
    QString currentUrl() const;
    InboxRequestModel *model() const { return m_model; }

public Q_SLOTS:
    // Reloads the inboxes and the current inbox's requests.
    void refresh();
    // Stores the script controls as the current inbox's script.
    void applyScript();
    void copyUrl();
    // Creates the inbox named in the name field and selects it.
    void addInbox();

private:
    void onRequestReceived(const QString &inbox, qint64 id);
    void onInboxChosen();
    void loadRequests();
    void showScript();
    void showDetail();
    void updateUrl();

    const std::unique_ptr<Ui::InboxView> m_ui;
    const Database *m_db = nullptr;
    InboxServer *m_server = nullptr;
    InboxRequestModel *const m_model;
};

} // namespace relais
