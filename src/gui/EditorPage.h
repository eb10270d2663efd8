#pragma once

#include "core/FieldError.h"
#include "core/Webhook.h"

#include <QWidget>

class QLabel;

namespace relais {

enum class EditorMode
{
    Create,
    Edit,
    Duplicate, // a copy being created: its secrets were not copied
};

// One page of the webhook editor: shows part of a webhook, writes it back,
// and shows the problems of its fields next to them. Field keys are those
// of Webhook::validate() ("name", "url", "events"…).
class EditorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)

public:
    explicit EditorPage(QWidget *parent = nullptr);
    ~EditorPage() override;

    virtual void load(const Webhook &webhook, EditorMode mode) = 0;
    virtual void apply(Webhook *webhook) const = 0;
    // Problems Webhook::validate() cannot know about: text that does not
    // parse, a secret still to be entered…
    virtual FieldErrors problems() const { return {}; }
    // The field keys shown on this page.
    virtual QStringList fields() const = 0;
    // Shows each error of this page's fields next to its field; the fields
    // without an error are cleared.
    virtual void showErrors(const FieldErrors &errors) = 0;

    // The name in the page list and the sentence under the page title.
    virtual QString title() const = 0;
    virtual QString summary() const = 0;

    // The messages for `field`, one per line.
    static QString messagesFor(const FieldErrors &errors, const QString &field);
    // Shows `message` in an error label under a field (hidden when empty).
    static void setErrorText(QLabel *label, const QString &message);
    // A softer note under a field: a hint, not an error.
    static void setNoteText(QLabel *label, const QString &message);
    static QColor errorColor(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    // A section heading inside a page.
    static void setHeading(QLabel *label);

Q_SIGNALS:
    // The user changed `field`.
    void edited(const QString &field);
};

} // namespace relais
