#include "kb/HtmlRenderer.h"

#include "common/SafetyText.h"

namespace legcare::kb {

namespace {

const QString kScheme = QStringLiteral("legcare");

QString kindPath(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Exercise:
        return QStringLiteral("exercise");
    case ItemKind::Routine:
        return QStringLiteral("routine");
    case ItemKind::Topic:
        return QStringLiteral("topic");
    case ItemKind::Condition:
        break;
    }
    return QStringLiteral("condition");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraphs of a description, which separates them with blank lines.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList parts = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        html += QStringLiteral("<p>%1</p>").arg(escaped(part.trimmed()));
    return html;
}

QString linkTo(ItemKind kind, const QString &id, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(HtmlRenderer::link(kind, id).toString(QUrl::FullyEncoded), escaped(label));
}

// The seeds are named by number; say what each one is about.
QString sourceTitle(const QString &source)
{
    if (source == kGeneralMedicalKnowledge)
        return HtmlRenderer::tr("general medical knowledge");
    const QString number = source.left(3);
    if (number == QLatin1String("000"))
        return HtmlRenderer::tr("source document 000 (inner leg-root pain from the lower back)");
    if (number == QLatin1String("001"))
        return HtmlRenderer::tr("source document 001 (inner-thigh cramps)");
    if (number == QLatin1String("002"))
        return HtmlRenderer::tr("source document 002 (night calf cramps)");
    if (number == QLatin1String("003"))
        return HtmlRenderer::tr("source document 003 (night leg cramps)");
    return HtmlRenderer::tr("source document %1").arg(number);
}

} // namespace

HtmlRenderer::HtmlRenderer(const KnowledgeBase &knowledgeBase, i18n::Language language,
                           const Colours &colours)
    : m_kb(knowledgeBase)
    , m_language(language)
    , m_colours(colours)
{
}

QUrl HtmlRenderer::link(ItemKind kind, const QString &id)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setPath(kindPath(kind) + QLatin1Char('/') + id);
    return url;
}

bool HtmlRenderer::parseLink(const QUrl &link, ItemKind *kind, QString *id)
{
    if (link.scheme() != kScheme)
        return false;
    const QStringList parts = link.path().split(QLatin1Char('/'));
    if (parts.size() != 2 || parts[1].isEmpty())
        return false;
    for (ItemKind candidate : {ItemKind::Condition, ItemKind::Exercise, ItemKind::Routine, ItemKind::Topic}) {
        if (parts[0] == kindPath(candidate)) {
            *kind = candidate;
            *id = parts[1];
            return true;
        }
    }
    return false;
}

QString HtmlRenderer::text(const LocalizedText &value) const
{
    return escaped(value.text(m_language));
}

QString HtmlRenderer::list(const LocalizedList &items, bool numbered) const
{
    const QString tag = numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    QString html = QStringLiteral("<%1>").arg(tag);
    for (const LocalizedText &item : items)
        html += QStringLiteral("<li>%1</li>").arg(text(item));
    return html + QStringLiteral("</%1>").arg(tag);
}

QString HtmlRenderer::section(const QString &heading, const LocalizedList &items, bool numbered) const
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3>%2").arg(escaped(heading), list(items, numbered));
}

QString HtmlRenderer::sources(const QStringList &names) const
{
    QStringList titles;
    for (const QString &name : names)
        titles.append(sourceTitle(name));
    return QStringLiteral("<p><small>%1</small></p><p><small><i>%2</i></small></p>")
        .arg(escaped(tr("Based on: %1.").arg(titles.join(tr(", ")))), escaped(safety::disclaimer()));
}

QString HtmlRenderer::condition(const Condition &item) const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(text(item.name));
    if (item.emergency) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" bgcolor=\"%1\"><tr><td>"
                               "<b>%2</b> %3</td></tr></table>")
                    .arg(m_colours.warning.name(), escaped(tr("Emergency.")),
                         escaped(tr(
                             "Call the emergency number or go to the emergency department now.")));
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(text(item.summary));
    html += paragraphs(item.description.text(m_language));
    if (!item.locations.isEmpty()) {
        QStringList names;
        for (Location location : item.locations)
            names.append(locationName(location));
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Where it is felt")), escaped(names.join(tr(", "))));
    }
    html += section(tr("Causes"), item.causes);
    html += section(tr("Typical symptoms"), item.symptoms);
    html += section(tr("What sets it off"), item.triggers);
    html += section(tr("What you can do"), item.selfCare);
    html += section(tr("Prevention"), item.prevention);
    if (!item.seeDoctor.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellpadding=\"6\" bgcolor=\"%2\">"
                               "<tr><td>%3</td></tr></table>")
                    .arg(escaped(tr("When to see a doctor")), m_colours.caution.name(),
                         list(item.seeDoctor));
    }
    if (!item.exercises.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Suitable exercises")));
        for (const QString &id : item.exercises) {
            if (const Exercise *exercise = m_kb.exercise(id))
                html += QStringLiteral("<li>%1 — %2</li>")
                            .arg(linkTo(ItemKind::Exercise, id, exercise->name.text(m_language)),
                                 text(exercise->summary));
        }
        html += QStringLiteral("</ul>");
    }
    QStringList links;
    for (const QString &id : item.related) {
        if (const Condition *related = m_kb.condition(id))
            links.append(linkTo(ItemKind::Condition, id, related->name.text(m_language)));
    }
    for (const Topic *topic : m_kb.topicsAbout(item.id))
        links.append(linkTo(ItemKind::Topic, topic->id, topic->title.text(m_language)));
    if (!links.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Read next")), links.join(QStringLiteral(" · ")));
    }
    return html + sources(item.sources);
}

QString HtmlRenderer::exercise(const Exercise &item) const
{
    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b></p>").arg(text(item.name), text(item.summary));
    html += QStringLiteral("<p align=\"center\"><img src=\"illustration:%1\" width=\"%2\"></p>")
                .arg(item.id)
                .arg(kIllustrationWidth);

    const QString hold = item.holdSeconds > 0 ? tr("%1 seconds").arg(item.holdSeconds)
                                              : tr("moving, no hold");
    const QString reps = item.perSide ? tr("%1 on each side").arg(item.repetitions)
                                      : QString::number(item.repetitions);
    html += QStringLiteral("<table cellpadding=\"4\">");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Hold"), hold);
    row(tr("Repetitions"), reps);
    row(tr("Times a day"), QString::number(item.setsPerDay));
    row(tr("Difficulty"), difficultyName(item.difficulty));
    row(tr("Works on"), texts(item.targetMuscles, m_language).join(tr(", ")));
    html += QStringLiteral("</table>");

    html += section(tr("Steps"), item.steps, true);
    if (!item.cautions.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellpadding=\"6\" bgcolor=\"%2\">"
                               "<tr><td>%3</td></tr></table>")
                    .arg(escaped(tr("Take care")), m_colours.caution.name(), list(item.cautions));
    }
    QStringList links;
    for (const Condition *condition : m_kb.conditionsSuggesting(item.id))
        links.append(linkTo(ItemKind::Condition, condition->id, condition->name.text(m_language)));
    if (!links.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Suggested for")), links.join(QStringLiteral(" · ")));
    }
    links.clear();
    for (const Routine &routine : m_kb.routines()) {
        const bool contains = std::any_of(routine.items.cbegin(), routine.items.cend(),
                                          [&](const RoutineItem &entry) { return entry.exerciseId == item.id; });
        if (contains)
            links.append(linkTo(ItemKind::Routine, routine.id, routine.name.text(m_language)));
    }
    if (!links.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Part of these routines")), links.join(QStringLiteral(" · ")));
    }
    return html + sources(item.sources);
}

QString HtmlRenderer::routine(const Routine &item) const
{
    QString html = QStringLiteral("<h1>%1</h1><p><b>%2</b></p><p>%3</p>")
                       .arg(text(item.name), text(item.purpose), text(item.when));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(escaped(tr("Exercises")));
    for (const RoutineItem &entry : item.items) {
        const Exercise *exercise = m_kb.exercise(entry.exerciseId);
        if (!exercise)
            continue;
        const QString hold = entry.holdSeconds > 0 ? tr("hold %1 s").arg(entry.holdSeconds) : tr("moving");
        const QString reps = exercise->perSide ? tr("%1 × each side").arg(entry.repetitions)
                                               : tr("%1 ×").arg(entry.repetitions);
        html += QStringLiteral("<li>%1 — %2, %3</li>")
                    .arg(linkTo(ItemKind::Exercise, exercise->id, exercise->name.text(m_language)),
                         escaped(hold), escaped(reps));
    }
    html += QStringLiteral("</ol>");
    return html + sources(item.sources);
}

QString HtmlRenderer::topic(const Topic &item) const
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(text(item.title));
    if (item.kind == TopicKind::WarningSign) {
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" "
                               "bgcolor=\"%1\"><tr><td>%2</td></tr></table>")
                    .arg(m_colours.warning.name(), list(item.body));
    } else {
        html += list(item.body);
    }
    QStringList links;
    for (const QString &id : item.conditions) {
        if (const Condition *condition = m_kb.condition(id))
            links.append(linkTo(ItemKind::Condition, id, condition->name.text(m_language)));
    }
    if (!links.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(escaped(tr("Conditions")), links.join(QStringLiteral(" · ")));
    }
    return html + sources(item.sources);
}

QString HtmlRenderer::page(const QUrl &url) const
{
    ItemKind kind = ItemKind::Condition;
    QString id;
    if (!parseLink(url, &kind, &id))
        return {};
    switch (kind) {
    case ItemKind::Condition:
        if (const Condition *item = m_kb.condition(id))
            return condition(*item);
        break;
    case ItemKind::Exercise:
        if (const Exercise *item = m_kb.exercise(id))
            return exercise(*item);
        break;
    case ItemKind::Routine:
        if (const Routine *item = m_kb.routine(id))
            return routine(*item);
        break;
    case ItemKind::Topic:
        if (const Topic *item = m_kb.topic(id))
            return topic(*item);
        break;
    }
    return {};
}

} // namespace legcare::kb
