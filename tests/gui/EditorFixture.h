#pragma once

#include "NamedChild.h"
#include "SampleWebhooks.h"

#include "gui/WebhookEditorDialog.h"
#include "payload/EventCatalog.h"
#include "secrets/MemorySecretStore.h"
#include "service/WebhookService.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace relais {

// What the editor's tests share: a temporary database, an in-memory
// keychain, the catalog, and a dialog driven as a user would, by the object
// names of its widgets.
class EditorFixture
{
protected:
    void setUpEnvironment()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_db = Database::openSqliteFile(m_dir->filePath(QStringLiteral("relais.db")), &error);
        if (!m_db)
            qFatal("%s", qPrintable(error));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<WebhookService>(*m_db, *m_secrets);
        m_catalog = std::make_unique<EventCatalog>();
    }

    void tearDownEnvironment()
    {
        m_dialog.reset();
        m_service.reset();
        m_db.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void openDialog()
    {
        m_dialog = std::make_unique<WebhookEditorDialog>(*m_service, *m_secrets, *m_catalog);
        const Database &db = *m_db;
        m_dialog->setNameCheck([&db](const QString &name, const QUuid &except) {
            return WebhookRepository(db).nameTaken(name, except);
        });
    }

    template<typename T>
    T *child(const char *name) const
    {
        return namedChild<T>(m_dialog.get(), name);
    }

    QPushButton *saveButton() const
    {
        return child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
    }

    void goToPage(WebhookEditorDialog::Page page)
    {
        auto *pages = child<QListWidget>("pageList");
        const QRect row = pages->visualItemRect(pages->item(int(page)));
        QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(pages->currentRow(), int(page));
    }

    // Walks the combo box with the arrow keys, as a user on the keyboard does.
    static void choose(QComboBox *box, const QString &text)
    {
        const int target = box->findText(text);
        QVERIFY2(target >= 0, qPrintable(text));
        box->setFocus();
        for (int i = 0; i < box->count() && box->currentIndex() != target; ++i)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(box->currentText(), text);
    }

    void tickEvent(const QString &type)
    {
        auto *tree = child<QTreeView>("eventTree");
        const QAbstractItemModel *model = tree->model();
        const QModelIndexList hits = model->match(model->index(0, 0), Qt::DisplayRole, type, 1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY2(!hits.isEmpty(), qPrintable(type));
        tree->setFocus();
        tree->setCurrentIndex(hits.first());
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(hits.first().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    static void replaceText(QWidget *editor, const QString &text)
    {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
    }

    void fillMinimalWebhook(const QString &name)
    {
        goToPage(WebhookEditorDialog::Page::General);
        replaceText(child<QLineEdit>("nameLineEdit"), name);
        replaceText(child<QLineEdit>("urlLineEdit"),
                    QStringLiteral("https://erp.example.org/api/method/relais.receive"));
        goToPage(WebhookEditorDialog::Page::Trigger);
        tickEvent(QStringLiteral("Sales Order.on_submit"));
    }

    std::optional<Webhook> stored(const QString &name) const
    {
        QString error;
        return WebhookRepository(*m_db).findByIdOrName(name, &error);
    }

    // A saved webhook with a secret header and a signing secret.
    Webhook storeSignedWebhook()
    {
        Webhook w =
            sampleWebhook(QStringLiteral("Commandes Dokos"),
                          QStringLiteral("https://erp.dokos.example/api/method/relais.receive"),
                          {QStringLiteral("Sales Order.on_submit")});
        w.condition = QStringLiteral("doc.grand_total > 1000");
        w.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer s3cr3t"), true},
                     {QStringLiteral("X-Relais-Source"), QStringLiteral("dokos"), false}};
        w.bodyMode = BodyMode::JsonTemplate;
        w.bodyTemplate = QStringLiteral("{\"id\": \"{{ doc.name }}\"}");
        w.signing = SigningScheme::Frappe;
        ServiceError error;
        if (!m_service->create(w, QByteArray("frappe-secret"), &error))
            qFatal("%s", qPrintable(error.message));
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<WebhookService> m_service;
    std::unique_ptr<EventCatalog> m_catalog;
    std::unique_ptr<WebhookEditorDialog> m_dialog;
};

} // namespace relais
