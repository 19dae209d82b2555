#pragma once

#include "diary/DiaryStore.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace legcare::gui {

// Today's line of the diary: water drunk (ml) and whether a stretching routine was done,
// written through DiaryStore::setDay as soon as either changes.
class DayLine final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayLine)

public:
    explicit DayLine(diary::DiaryStore &store, QWidget *parent = nullptr, const QDate &today = {});

    void reload();

signals:
    // A day was saved (the statistics read routines from it).
    void daySaved();

private:
    void save();

    diary::DiaryStore &m_store;
    QDate m_today;
    QSpinBox *m_water = nullptr;
    QCheckBox *m_routine = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace legcare::gui
