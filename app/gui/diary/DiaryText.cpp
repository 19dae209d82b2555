#include "diary/DiaryText.h"

#include <QLocale>
#include <QStringList>

namespace legcare::gui::diarytext {

QString when(const QDateTime &startedAt)
{
    return QLocale().toString(startedAt, QLocale::ShortFormat);
}

QString duration(std::optional<int> seconds)
{
    if (!seconds)
        return Strings::tr("—", "duration not known");
    const int minutes = *seconds / 60;
    const int rest = *seconds % 60;
    if (minutes == 0)
        return Strings::tr("%1 s").arg(rest);
    if (rest == 0)
        return Strings::tr("%1 min").arg(minutes);
    return Strings::tr("%1 min %2 s").arg(minutes).arg(rest);
}

QString where(kb::Location location, diary::Side side)
{
    return Strings::tr("%1, %2", "place, side")
        .arg(kb::locationName(location), diary::sideName(side).toLower());
}

QString triggers(const QList<diary::Trigger> &triggers)
{
    QStringList names;
    for (diary::Trigger trigger : triggers)
        names.append(diary::triggerName(trigger));
    return names.join(Strings::tr(", ", "list separator"));
}

QString reliefs(const QList<diary::Relief> &reliefs)
{
    QStringList names;
    for (diary::Relief relief : reliefs)
        names.append(diary::reliefName(relief));
    return names.join(Strings::tr(", ", "list separator"));
}

} // namespace legcare::gui::diarytext
