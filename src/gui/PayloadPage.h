#pragma once

#include "EditorPage.h"

#include <QJsonObject>

#include <memory>

namespace Ui {
class PayloadPage;
}

namespace relais {

class EventCatalog;
class JsonHighlighter;
class SampleEventComboBox;
struct TryOutResult;

// The editor's page for what the request carries: body mode, template (or
// form fields) and content type, beside a live preview of the request for a
// sample event whose data the user may edit.
class PayloadPage final : public EditorPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayloadPage)

public:
    explicit PayloadPage(QWidget *parent = nullptr);
    ~PayloadPage() override;

    void setCatalog(const EventCatalog &catalog);
    SampleEventComboBox *sampleComboBox() const;
    // The sample's data as the preview uses it; `edited` when the user changed it.
    void setSampleData(const QJsonObject &sample, bool changed);

    void load(const Webhook &webhook, EditorMode mode) override;
    void apply(Webhook *webhook) const override;
    QStringList fields() const override;
    void showErrors(const FieldErrors &errors) override;
    QString title() const override;
    QString summary() const override;

    void showTryOut(const TryOutResult &result);

    // The splitter between template and preview, to remember its position.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    // The user edited the sample's data into a valid JSON object.
    void sampleDataEdited(const QJsonObject &sample);
    void sampleResetRequested();

private:
    BodyMode currentMode() const;
    void showMode(BodyMode mode);
    void modeChosen();
    void addFormField(const FormField &field);
    void onSampleTextChanged();
    void setStatus(const QString &text, const QColor &color);

    const std::unique_ptr<Ui::PayloadPage> m_ui;
    JsonHighlighter *m_templateHighlighter = nullptr;
    bool m_loading = false;
};

} // namespace relais
