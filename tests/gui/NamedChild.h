#pragma once

// GUI tests reach widgets by their object names, as a user reaches them by
// their labels: a missing name is a broken form, so the test stops there.
#include <QAbstractItemModel>
#include <QObject>
#include <QTableView>

template<typename T>
T *namedChild(const QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

inline QString cellText(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}
