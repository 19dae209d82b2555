#include "routines/RoutineText.h"

#include "kb/KnowledgeBase.h"
#include "routines/Timing.h"

#include <QStringList>

namespace legcare::routines {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const kb::LocalizedList &items, i18n::Language language, bool numbered)
{
    const QString tag = numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    QString html = QStringLiteral("<%1>").arg(tag);
    for (const kb::LocalizedText &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item.text(language)));
    return html + QStringLiteral("</%1>").arg(tag);
}

} // namespace

QString RoutineText::times(int count)
{
    // Spelled out for one rather than through %n: English has no plural forms loaded.
    return count == 1 ? tr("once") : tr("%1 times").arg(count);
}

QString RoutineText::dose(const kb::RoutineItem &item, const kb::Exercise &exercise)
{
    QStringList parts;
    if (item.holdSeconds > 0)
        parts << tr("Hold %1 s").arg(item.holdSeconds) << times(item.repetitions);
    else
        parts << tr("%1, slowly").arg(times(item.repetitions));
    if (exercise.perSide)
        parts << tr("each side");
    return parts.join(QStringLiteral(" · "));
}

QString RoutineText::html(const Routine &routine, const kb::KnowledgeBase &kb, i18n::Language language)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(routine.name.text(language)));
    if (!routine.purpose.text(language).isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(routine.purpose.text(language)));
    if (!routine.when.text(language).isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(routine.when.text(language)));

    int count = 0;
    for (const kb::RoutineItem &item : routine.items)
        count += kb.exercise(item.exerciseId) ? 1 : 0;
    if (count == 0) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("This routine has no exercises yet. Add some with Edit.")));
        return html;
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Exercises: %1 · about %2 in all, including time to get into position.")
                                 .arg(count)
                                 .arg(DurationText::format(totalSeconds(routine, kb)))));

    int number = 0;
    for (const kb::RoutineItem &item : routine.items) {
        const kb::Exercise *exercise = kb.exercise(item.exerciseId);
        if (!exercise)
            continue;
        ++number;
        html += QStringLiteral("<hr><h2>%1. %2</h2>").arg(number).arg(escaped(exercise->name.text(language)));
        html += QStringLiteral("<table cellpadding=\"4\"><tr>"
                               "<td valign=\"top\"><img src=\"illustration:%1\" width=\"%2\"></td>"
                               "<td valign=\"top\"><p><b>%3</b> (%4)</p><p>%5</p>%6</td></tr></table>")
                    .arg(exercise->id)
                    .arg(kIllustrationWidth)
                    .arg(escaped(dose(item, *exercise)),
                         escaped(DurationText::format(itemSeconds(item, *exercise))),
                         escaped(exercise->summary.text(language)),
                         list(exercise->steps, language, true));
        if (!exercise->cautions.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>%2")
                        .arg(escaped(tr("Take care")), list(exercise->cautions, language, false));
        }
    }
    return html;
}

} // namespace legcare::routines
