#pragma once

#include <QComboBox>

namespace relais {

class EventCatalog;

// Picks the sample event the editor tries the webhook with: the catalog's
// event types under a heading per system.
class SampleEventComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleEventComboBox)

public:
    explicit SampleEventComboBox(QWidget *parent = nullptr);
    ~SampleEventComboBox() override;

    void setCatalog(const EventCatalog &catalog);
    QString currentType() const;
    // Without emitting typeChosen().
    void setCurrentType(const QString &type);

Q_SIGNALS:
    // The user chose another sample.
    void typeChosen(const QString &type);
};

} // namespace relais
