#pragma once

#include "diary/DiaryStore.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace legcare::gui {

// The Diary page's filter: a period (presets: last 30 days, last 90 days, everything, or From /
// To dates) and a place on the leg. Emits filterChanged() with the matching EpisodeFilter.
class DiaryFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiaryFilterBar)

public:
    enum Preset { Last30Days, Last90Days, Everything, Custom };

    explicit DiaryFilterBar(QWidget *parent = nullptr, const QDate &today = {});

    diary::EpisodeFilter filter() const;
    void setPreset(Preset preset);
    void setRange(const QDate &from, const QDate &to); // switches to Custom
    void setLocation(std::optional<kb::Location> location);
    // The first day of the diary, shown as From while the period is "Everything".
    void setEarliest(const QDate &date);

signals:
    void filterChanged();

private:
    void applyPreset();

    QDate m_today;
    QDate m_earliest;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_location = nullptr;
    bool m_updating = false;
};

} // namespace legcare::gui
