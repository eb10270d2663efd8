#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

namespace relais {

// What a script reads of the event, found in its text, so that only that
// is converted for it: converting a document is the costliest step of a
// render. Each path leads from event.data to a value the script reads
// whole: "doc.customer_name" reads ["customer_name"], "doc.items.length"
// reads ["items", "length"] (the length of the list, not its items),
// "doc.items.map(…)" reads ["items"]. Conservative: whatever it cannot
// follow (doc passed whole, doc["x"], eval, arguments…) reads everything.
struct DataUse
{
    enum EventField
    {
        Id = 0x1,
        Type = 0x2,
        Resource = 0x4,
        OccurredAt = 0x8,
        AllFields = 0xf
    };

    bool wholeData = false;
    int eventFields = 0; // EventField flags: event.id, event.type…
    QList<QStringList> paths;
    QStringList keys; // the distinct first keys of `paths`, in order

    static DataUse whole() { return DataUse{true, AllFields, {}, {}}; }
    // Adds what `code` reads.
    void scan(QStringView code);
    bool reads(EventField field) const { return eventFields & field; }

    friend bool operator==(const DataUse &, const DataUse &) = default;
};

} // namespace relais
