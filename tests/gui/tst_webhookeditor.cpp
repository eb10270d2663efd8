// The webhook editor driven as a user would: typing, ticking, clicking.
#include "EditorFixture.h"

#include "gui/CodeEditor.h"
#include "gui/MessageBoxes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace relais;

class TestWebhookEditor final : public QObject, public EditorFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { setUpEnvironment(); }
    void cleanup();

    void typingANewWebhookSavesIt();
    void aBadUrlBlocksSavingWithTheMessageNextToIt();
    void aTakenNameIsRefusedAsYouType();
    void conditionShowsMatchNoMatchAndError();
    void aRunawayConditionIsStopped();
    void templatePreviewShowsTheBodyAndMarksErrors();
    void secretHeaderValueGoesToTheKeychainOnly();
    void generateFillsTheSecretField();
    void cancelWithUnsavedChangesAsks();
    void cancelWithoutChangesDoesNotAsk();
    void editingChangesTheStoredWebhookAndKeepsItsSecrets();
    void aNewSecretCanKeepThePreviousOneValid();
    void duplicateNeedsNewSecrets();
    void lockedKeychainIsReportedAndNothingIsSaved();
    void sizeIsRemembered();
};

void TestWebhookEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("Relais"));
    QSettings().clear();
}

void TestWebhookEditor::cleanup()
{
    tearDownEnvironment();
    QVERIFY(!MessageBoxes::hasNextAnswer());
}

void TestWebhookEditor::typingANewWebhookSavesIt()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QVERIFY(!saveButton()->isEnabled());
    // The name field has the focus: typing starts there.
    QTest::keyClicks(m_dialog->focusWidget(), QStringLiteral("Commandes Dokos"));
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Commandes Dokos"));
    QTest::keyClicks(child<QLineEdit>("urlLineEdit"),
                     QStringLiteral("https://erp.example.org/api/method/relais.receive"));
    QVERIFY(!saveButton()->isEnabled()); // no event yet, and the hint says so
    QVERIFY(child<QLabel>("problemLabel")->text().contains(QStringLiteral("Trigger")));

    goToPage(WebhookEditorDialog::Page::Trigger);
    tickEvent(QStringLiteral("Sales Order.on_submit"));
    auto *patterns = child<QListWidget>("patternList");
    QCOMPARE(patterns->count(), 1);
    QCOMPARE(patterns->item(0)->text(), QStringLiteral("Sales Order.on_submit"));
    // A wildcard typed by hand joins it.
    QTest::keyClicks(child<QLineEdit>("patternLineEdit"), QStringLiteral("Quotation.*"));
    QTest::keyClick(child<QLineEdit>("patternLineEdit"), Qt::Key_Return);
    QCOMPARE(patterns->count(), 2);
    QVERIFY(m_dialog->isVisible()); // Enter added the pattern, it did not save

    QVERIFY(saveButton()->isEnabled());
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY2(!m_dialog->isVisible(), qPrintable(child<QLabel>("saveErrorLabel")->text()));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const std::optional<Webhook> w = stored(QStringLiteral("Commandes Dokos"));
    QVERIFY(w);
    QCOMPARE(w->url, QStringLiteral("https://erp.example.org/api/method/relais.receive"));
    QCOMPARE(w->eventPatterns,
             (QStringList{QStringLiteral("Sales Order.on_submit"), QStringLiteral("Quotation.*")}));
    QCOMPARE(w->method, HttpMethod::Post);
    QVERIFY(w->enabled);
    QCOMPARE(m_dialog->savedWebhook().id, w->id);
}

void TestWebhookEditor::aBadUrlBlocksSavingWithTheMessageNextToIt()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Sondages"));
    QVERIFY(saveButton()->isEnabled());

    goToPage(WebhookEditorDialog::Page::General);
    auto *urlError = child<QLabel>("urlErrorLabel");
    replaceText(child<QLineEdit>("urlLineEdit"), QStringLiteral("ftp://sondages.example.org"));
    QVERIFY(urlError->isVisible());
    QCOMPARE(urlError->text(), QStringLiteral("The URL must start with http:// or https://."));
    QVERIFY(!saveButton()->isEnabled());
    // The page list points at the page at fault.
    QVERIFY(!child<QListWidget>("pageList")->item(0)->icon().isNull());

    // Enter on a disabled Save does nothing.
    QTest::keyClick(child<QLineEdit>("urlLineEdit"), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!stored(QStringLiteral("Sondages")));

    replaceText(child<QLineEdit>("urlLineEdit"),
                QStringLiteral("https://sondages.example.org/{{ doc.name }}"));
    QVERIFY(!urlError->isVisible());
    QVERIFY(saveButton()->isEnabled());
}

void TestWebhookEditor::aTakenNameIsRefusedAsYouType()
{
    storeSignedWebhook();
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Commandes Dokos"));
    goToPage(WebhookEditorDialog::Page::General);
    QVERIFY(child<QLabel>("nameErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("nameErrorLabel")->text().contains(QStringLiteral("already exists")));
    QVERIFY(!saveButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral(" 2"));
    QVERIFY(!child<QLabel>("nameErrorLabel")->isVisible());
    QVERIFY(saveButton()->isEnabled());
}

void TestWebhookEditor::conditionShowsMatchNoMatchAndError()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Grosses commandes"));
    auto *sample = child<QComboBox>("conditionSampleComboBox");
    QCOMPARE(sample->currentText(), QStringLiteral("Sales Order.on_submit")); // follows the events
    auto *condition = child<CodeEditor>("conditionEditor");
    auto *result = child<QLabel>("conditionResultLabel");

    // The sample order totals 54 000.
    QTest::keyClicks(condition, QStringLiteral("doc.grand_total > 1000"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("Matches")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("condition is true")));

    replaceText(condition, QStringLiteral("doc.grand_total > 100000"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("Does not match")),
                 qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("condition is false")));
    QCOMPARE(condition->errorLine(), 0);
    QVERIFY(saveButton()->isEnabled()); // false for this sample is not an error

    // An error on the second line is marked there.
    replaceText(condition, QStringLiteral("doc.status == \"Open\" &&"));
    QTest::keyClick(condition, Qt::Key_Return);
    QTest::keyClicks(condition, QStringLiteral("doc.grand_total >"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("Line 2")), qPrintable(result->text()));
    QCOMPARE(condition->errorLine(), 2);
    QVERIFY(!saveButton()->isEnabled());

    // Another sample, from the other system: the trigger says why it is not sent.
    replaceText(condition, QStringLiteral("doc.grand_total > 1000"));
    choose(sample, QStringLiteral("insert_row"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("event type does not match")),
                 qPrintable(result->text()));
    QCOMPARE(child<QComboBox>("previewSampleComboBox")->currentText(),
             QStringLiteral("insert_row"));
}

void TestWebhookEditor::aRunawayConditionIsStopped()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Boucle"));
    auto *condition = child<CodeEditor>("conditionEditor");
    auto *result = child<QLabel>("conditionResultLabel");
    QElapsedTimer timer;
    timer.start();
    QTest::keyClicks(condition, QStringLiteral("(() => { while (true) {} })()"));
    QTRY_VERIFY2(result->text().contains(QStringLiteral("cannot be evaluated")),
                 qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("100 ms")));
    // The window stayed responsive: one evaluation per pause in the typing.
    QVERIFY(timer.elapsed() < 4000);
}

void TestWebhookEditor::templatePreviewShowsTheBodyAndMarksErrors()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Commandes"));
    goToPage(WebhookEditorDialog::Page::Payload);
    auto *preview = child<QPlainTextEdit>("previewView");
    // The default envelope first.
    QTRY_VERIFY2(
        preview->toPlainText().contains(QStringLiteral("\"type\": \"Sales Order.on_submit\"")),
        qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().startsWith(
        QStringLiteral("POST https://erp.example.org/api/method/relais.receive\n")));

    choose(child<QComboBox>("bodyModeComboBox"), QStringLiteral("JSON template"));
    auto *editor = child<CodeEditor>("templateEditor");
    QVERIFY(!editor->toPlainText().isEmpty()); // a starting point, not an empty box
    replaceText(editor,
                QStringLiteral("{\"id\": \"{{ doc.name }}\", \"total\": {{ doc.grand_total }}}"));
    QTRY_VERIFY2(preview->toPlainText().contains(QStringLiteral("\"id\": \"SAL-ORD-2024-00042\"")),
                 qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("\"total\": 54000")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Content-Type: application/json")));
    QCOMPARE(editor->errorLine(), 0);

    // A placeholder left open on the second line.
    replaceText(editor, QStringLiteral("{\"id\": \"{{ doc.name }}\","));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("\"total\": {{ doc.grand_total }"));
    auto *status = child<QLabel>("previewStatusLabel");
    QTRY_COMPARE(editor->errorLine(), 2);
    QVERIFY2(status->text().contains(QStringLiteral("Line 2")), qPrintable(status->text()));
    QVERIFY(!preview->isEnabled()); // the last good preview, greyed
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(child<QLabel>("bodyErrorLabel")->isVisible());

    // Editing the sample's data changes the preview.
    replaceText(editor, QStringLiteral("{\"customer\": \"{{ doc.customer_name }}\"}"));
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Boulangerie Morel")));
    auto *sample = child<CodeEditor>("sampleEditor");
    QString data = sample->toPlainText();
    data.replace(QStringLiteral("Boulangerie Morel"), QStringLiteral("Fromagerie Vidal"));
    sample->setFocus();
    QTest::keyClick(sample, Qt::Key_A, Qt::ControlModifier);
    sample->insertPlainText(data);
    QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("Fromagerie Vidal")));
    QVERIFY(saveButton()->isEnabled());
}

void TestWebhookEditor::secretHeaderValueGoesToTheKeychainOnly()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Avec jeton"));
    goToPage(WebhookEditorDialog::Page::Headers);
    auto *table = child<QTableView>("headersTable");
    QTest::mouseClick(child<QPushButton>("addHeaderButton"), Qt::LeftButton);
    // The name cell is open for typing; Enter commits it, and does not save.
    QTest::keyClicks(m_dialog->focusWidget(), QStringLiteral("Authorization"));
    QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QTRY_COMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Authorization"));

    // Mark it secret, then type its value.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 2));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->model()->index(0, 2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!saveButton()->isEnabled());
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_F2);
    auto *valueEditor = qobject_cast<QLineEdit *>(m_dialog->focusWidget());
    QVERIFY(valueEditor);
    QCOMPARE(valueEditor->echoMode(), QLineEdit::Password);
    QTest::keyClicks(valueEditor, QStringLiteral("Bearer s3cr3t"));
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QTRY_VERIFY(saveButton()->isEnabled());
    QVERIFY(!table->model()->index(0, 1).data().toString().contains(QStringLiteral("s3cr3t")));

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Webhook> w = stored(QStringLiteral("Avec jeton"));
    QVERIFY(w);
    QCOMPARE(w->headers.size(), 1);
    QVERIFY(w->headers.first().secret);
    QVERIFY(w->headers.first().value.isEmpty());
    QCOMPARE(m_secrets->read(w->secretKeyForHeader(QStringLiteral("Authorization"))).value,
             QByteArray("Bearer s3cr3t"));
    // Nowhere in the database files either.
    m_db.reset();
    for (const QFileInfo &file : QDir(m_dir->path()).entryInfoList(QDir::Files)) {
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("s3cr3t"), qPrintable(file.fileName()));
    }
}

void TestWebhookEditor::generateFillsTheSecretField()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Signed"));
    goToPage(WebhookEditorDialog::Page::Security);
    choose(child<QComboBox>("signingSchemeComboBox"), QStringLiteral("Standard Webhooks"));
    auto *secret = child<QLineEdit>("secretLineEdit");
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!saveButton()->isEnabled());
    QVERIFY(child<QLabel>("secretErrorLabel")->isVisible());
    QVERIFY(child<QLabel>("schemeExplanationLabel")
                ->text()
                .contains(QStringLiteral("webhook-signature")));

    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    QVERIFY(secret->text().startsWith(QStringLiteral("whsec_")));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("revealSecretButton"), Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QVERIFY(!child<QLabel>("secretErrorLabel")->isVisible());
    QVERIFY(saveButton()->isEnabled());

    // A secret that is not in the scheme's form is refused next to the field.
    replaceText(secret, QStringLiteral("not base64 at all!"));
    QVERIFY(child<QLabel>("secretErrorLabel")->text().contains(QStringLiteral("whsec_")));
    QVERIFY(!saveButton()->isEnabled());
    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    const QByteArray generated = secret->text().toUtf8();

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const std::optional<Webhook> w = stored(QStringLiteral("Signed"));
    QVERIFY(w);
    QCOMPARE(w->signing, SigningScheme::StandardWebhooks);
    QCOMPARE(w->secrets.size(), 1);
    QCOMPARE(m_secrets->read(w->secrets.first().key).value, generated);
}

void TestWebhookEditor::cancelWithUnsavedChangesAsks()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Brouillon"));

    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(child<QLineEdit>("nameLineEdit"), Qt::Key_Escape);
    QVERIFY(!MessageBoxes::hasNextAnswer()); // asked
    QVERIFY(MessageBoxes::lastHookedText().contains(QStringLiteral("Brouillon")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Brouillon"));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QVERIFY(!MessageBoxes::hasNextAnswer());
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!stored(QStringLiteral("Brouillon")));
}

void TestWebhookEditor::cancelWithoutChangesDoesNotAsk()
{
    const Webhook w = storeSignedWebhook();
    openDialog();
    m_dialog->startEdit(w);
    m_dialog->show();
    QVERIFY(!m_dialog->hasUnsavedChanges());
    // Visiting pages changes nothing.
    goToPage(WebhookEditorDialog::Page::Payload);
    goToPage(WebhookEditorDialog::Page::Security);
    QVERIFY(!m_dialog->hasUnsavedChanges());
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(MessageBoxes::hasNextAnswer());               // nobody was asked
    MessageBoxes::warning(nullptr, QString(), QString()); // use up the answer
}

void TestWebhookEditor::editingChangesTheStoredWebhookAndKeepsItsSecrets()
{
    const Webhook before = storeSignedWebhook();
    const int secretsBefore = m_secrets->size();
    openDialog();
    m_dialog->startEdit(before);
    m_dialog->show();
    QCOMPARE(m_dialog->mode(), EditorMode::Edit);
    QVERIFY(m_dialog->windowTitle().contains(QStringLiteral("Commandes Dokos")));
    QVERIFY(saveButton()->isEnabled());

    replaceText(child<QLineEdit>("urlLineEdit"), QStringLiteral("https://erp2.dokos.example/hook"));
    goToPage(WebhookEditorDialog::Page::Trigger);
    replaceText(child<CodeEditor>("conditionEditor"), QStringLiteral("doc.grand_total > 5000"));
    goToPage(WebhookEditorDialog::Page::Security);
    auto *secret = child<QLineEdit>("secretLineEdit");
    QVERIFY(secret->text().isEmpty()); // the stored secret is never shown
    QVERIFY(secret->placeholderText().contains(QStringLiteral("keychain")));
    goToPage(WebhookEditorDialog::Page::Headers);
    auto *table = child<QTableView>("headersTable");
    QVERIFY(!table->model()->index(0, 1).data().toString().contains(QStringLiteral("s3cr3t")));

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const std::optional<Webhook> after = stored(QStringLiteral("Commandes Dokos"));
    QCOMPARE(after->id, before.id);
    QCOMPARE(after->url, QStringLiteral("https://erp2.dokos.example/hook"));
    QCOMPARE(after->condition, QStringLiteral("doc.grand_total > 5000"));
    QCOMPARE(after->secrets, before.secrets);
    QCOMPARE(m_secrets->size(), secretsBefore);
    QCOMPARE(m_secrets->read(after->secretKeyForHeader(QStringLiteral("Authorization"))).value,
             QByteArray("Bearer s3cr3t"));
}

void TestWebhookEditor::aNewSecretCanKeepThePreviousOneValid()
{
    const Webhook before = storeSignedWebhook();
    QCOMPARE(before.secrets.size(), 1);
    openDialog();
    m_dialog->startEdit(before);
    m_dialog->show();
    goToPage(WebhookEditorDialog::Page::Security);
    auto *previous = child<QComboBox>("previousSecretComboBox");
    QVERIFY(!previous->isVisible()); // nothing to rotate until a new secret is typed

    QTest::keyClicks(child<QLineEdit>("secretLineEdit"), QStringLiteral("the-new-secret"));
    QVERIFY(previous->isVisible());
    choose(previous, QStringLiteral("stays valid for 7 days"));
    QVERIFY2(child<QLabel>("signingSecretNoteLabel")->text().contains(QStringLiteral("Both secrets")),
             qPrintable(child<QLabel>("signingSecretNoteLabel")->text()));
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    const std::optional<Webhook> after = stored(QStringLiteral("Commandes Dokos"));
    QVERIFY(after);
    QCOMPARE(after->secrets.size(), 2);
    QCOMPARE(after->secrets.first().key, before.secrets.first().key);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(after->secrets.first().expiresAt);
    QVERIFY2(left > 7 * 24 * 3600 - 120 && left <= 7 * 24 * 3600, qPrintable(QString::number(left)));
    QVERIFY(!after->secrets.last().expiresAt.isValid());
    QCOMPARE(m_secrets->read(after->secrets.last().key).value, QByteArray("the-new-secret"));
    QVERIFY(m_secrets->read(after->secrets.first().key).ok()); // the old one is still there

    // Reopened, the page says until when the previous secret is valid.
    openDialog();
    m_dialog->startEdit(*after);
    m_dialog->show();
    goToPage(WebhookEditorDialog::Page::Security);
    QVERIFY(child<QLabel>("signingSecretNoteLabel")->text().contains(QStringLiteral("previous secret")));
}

void TestWebhookEditor::duplicateNeedsNewSecrets()
{
    const Webhook source = storeSignedWebhook();
    openDialog();
    m_dialog->startDuplicate(source);
    m_dialog->show();
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Commandes Dokos (copy)"));
    QVERIFY(!saveButton()->isEnabled());

    goToPage(WebhookEditorDialog::Page::Security);
    QVERIFY(child<QLabel>("secretErrorLabel")->text().contains(QStringLiteral("not copied")));
    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    QVERIFY(!saveButton()->isEnabled()); // the secret header too
    goToPage(WebhookEditorDialog::Page::Headers);
    auto *table = child<QTableView>("headersTable");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 1));
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClicks(m_dialog->focusWidget(), QStringLiteral("Bearer autre"));
    QTest::keyClick(m_dialog->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(saveButton()->isEnabled());

    QTest::mouseClick(saveButton(), Qt::LeftButton);
    const std::optional<Webhook> copy = stored(QStringLiteral("Commandes Dokos (copy)"));
    QVERIFY(copy);
    QVERIFY(copy->id != source.id);
    QCOMPARE(copy->bodyTemplate, source.bodyTemplate);
    QCOMPARE(m_secrets->read(copy->secretKeyForHeader(QStringLiteral("Authorization"))).value,
             QByteArray("Bearer autre"));
    QCOMPARE(m_secrets->read(source.secretKeyForHeader(QStringLiteral("Authorization"))).value,
             QByteArray("Bearer s3cr3t"));
}

void TestWebhookEditor::lockedKeychainIsReportedAndNothingIsSaved()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    fillMinimalWebhook(QStringLiteral("Locked"));
    goToPage(WebhookEditorDialog::Page::Security);
    choose(child<QComboBox>("signingSchemeComboBox"), QStringLiteral("GitHub"));
    QTest::mouseClick(child<QPushButton>("generateSecretButton"), Qt::LeftButton);
    m_secrets->setLocked(true);

    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(!MessageBoxes::hasNextAnswer());
    QVERIFY(MessageBoxes::lastHookedText().contains(QStringLiteral("could not be saved")));
    QVERIFY(m_dialog->isVisible()); // the user's work is still there
    QVERIFY(!stored(QStringLiteral("Locked")));

    m_secrets->setLocked(false);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(stored(QStringLiteral("Locked")));
}

void TestWebhookEditor::sizeIsRemembered()
{
    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->resize(900, 640);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());

    openDialog();
    m_dialog->startNew();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(m_dialog->size(), QSize(900, 640));
    QSettings().clear();
}

QTEST_MAIN(TestWebhookEditor)
#include "tst_webhookeditor.moc"
