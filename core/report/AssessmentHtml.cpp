#include "report/AssessmentHtml.h"

#include "common/SafetyText.h"
#include "kb/HtmlRenderer.h"
#include "kb/KnowledgeBase.h"

#include <QJsonValue>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

#include <cmath>
#include <numbers>

namespace legcare::report {

namespace {

using triage::Level;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

// Sentences from the knowledge base start lower-case when they finish "because …"; a list item
// reads better with a capital.
QString capitalised(const QString &text)
{
    if (text.isEmpty() || !text.front().isLower())
        return text;
    return text.front().toUpper() + text.mid(1);
}

QString flagUrgency(Level level)
{
    switch (level) {
    case Level::Emergency:
        return AssessmentHtml::tr("emergency");
    case Level::Urgent:
        return AssessmentHtml::tr("see a doctor today");
    case Level::Doctor:
        return AssessmentHtml::tr("book a doctor's appointment");
    case Level::SelfCare:
        break;
    }
    return {};
}

constexpr int kIconPixels = 96; // drawn large, shown at 48: sharp on screen and paper
constexpr int kIconShown = 48;

} // namespace

AssessmentHtml::AssessmentHtml(const kb::KnowledgeBase &knowledgeBase, i18n::Language language)
    : m_kb(knowledgeBase)
    , m_language(language)
{
}

QColor AssessmentHtml::levelColor(Level level)
{
    switch (level) {
    case Level::Emergency:
        return { 0xb3, 0x26, 0x1e };
    case Level::Urgent:
        return { 0xa3, 0x4e, 0x00 };
    case Level::Doctor:
        return { 0x1f, 0x5f, 0xa8 };
    case Level::SelfCare:
        return { 0x2e, 0x6b, 0x32 };
    }
    return Qt::black;
}

QColor AssessmentHtml::levelBackground(Level level)
{
    switch (level) {
    case Level::Emergency:
        return { 0xfd, 0xec, 0xea };
    case Level::Urgent:
        return { 0xff, 0xf1, 0xde };
    case Level::Doctor:
        return { 0xe8, 0xf0, 0xfb };
    case Level::SelfCare:
        return { 0xe9, 0xf5, 0xe9 };
    }
    return Qt::white;
}

QUrl AssessmentHtml::levelIconUrl(Level level)
{
    return QUrl(QStringLiteral("legcare-level:%1").arg(triage::levelId(level)));
}

QImage AssessmentHtml::levelIcon(Level level, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixels / 100.0, pixels / 100.0);
    const QColor color = levelColor(level);
    QPen symbol(Qt::white, 11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (level) {
    case Level::Emergency: { // an octagon with "!"
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * std::numbers::pi / 180.0;
            octagon << QPointF(50 + 48 * std::cos(angle), 50 + 48 * std::sin(angle));
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(octagon);
        painter.setPen(symbol);
        painter.drawLine(QPointF(50, 24), QPointF(50, 58));
        painter.drawPoint(QPointF(50, 76));
        break;
    }
    case Level::Urgent: { // a triangle with "!"
        QPainterPath triangle;
        triangle.moveTo(50, 4);
        triangle.lineTo(97, 92);
        triangle.lineTo(3, 92);
        triangle.closeSubpath();
        painter.fillPath(triangle, color);
        painter.setPen(symbol);
        painter.drawLine(QPointF(50, 34), QPointF(50, 62));
        painter.drawPoint(QPointF(50, 78));
        break;
    }
    case Level::Doctor: { // a circle with a cross (medical help)
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(2, 2, 96, 96));
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(42, 22, 16, 56));
        painter.drawRect(QRectF(22, 42, 56, 16));
        break;
    }
    case Level::SelfCare: { // a circle with a tick
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(2, 2, 96, 96));
        painter.setPen(symbol);
        painter.setBrush(Qt::NoBrush);
        QPainterPath tick;
        tick.moveTo(27, 52);
        tick.lineTo(43, 68);
        tick.lineTo(74, 34);
        painter.drawPath(tick);
        break;
    }
    }
    return image;
}

void AssessmentHtml::addResources(QTextDocument &document)
{
    for (Level level : { Level::SelfCare, Level::Doctor, Level::Urgent, Level::Emergency })
        document.addResource(QTextDocument::ImageResource, levelIconUrl(level),
                             levelIcon(level, kIconPixels));
}

QString AssessmentHtml::dateText(const QDateTime &created) const
{
    const QLocale locale = i18n::localeFor(m_language);
    return tr("%1, %2", "date, time")
        .arg(locale.toString(created.date(), QLocale::LongFormat),
             locale.toString(created.time(), QLocale::ShortFormat));
}

QString AssessmentHtml::footerText(const QDateTime &created) const
{
    return tr("LegCare symptom check, %1").arg(dateText(created));
}

QString AssessmentHtml::levelBlock(const triage::Assessment &assessment) const
{
    const QColor color = levelColor(assessment.level);
    return QStringLiteral(
               "<table width='100%' cellspacing='0' cellpadding='12' bgcolor='%1' "
               "style='border: 2px solid %2; margin-top: 6px; margin-bottom: 6px'><tr>"
               "<td width='%3' valign='middle'><img src='%4' width='%3' height='%3'></td>"
               "<td valign='middle'><p style='font-size: x-large; font-weight: bold; color: %2; "
               "margin: 0'>%5</p><p style='margin-top: 4px; margin-bottom: 0'>%6</p></td>"
               "</tr></table>")
        .arg(levelBackground(assessment.level).name(), color.name())
        .arg(kIconShown)
        .arg(levelIconUrl(assessment.level).toString(), esc(assessment.levelName),
             esc(assessment.levelAction));
}

QString AssessmentHtml::conditionsSection(const triage::Assessment &assessment,
                                          const Options &options) const
{
    if (assessment.conditions.isEmpty()) {
        return heading(tr("What it may be"))
            + QStringLiteral("<p>%1</p>")
                  .arg(esc(options.stoppedEarly
                               ? tr("You stopped before the questions about your symptoms, so "
                                    "LegCare does not suggest causes. A doctor will ask about "
                                    "them.")
                               : tr("Your answers do not point to a particular cause.")));
    }
    QString html = heading(tr("What it may be"));
    for (const triage::RankedCondition &condition : assessment.conditions) {
        QString name = esc(condition.name.isEmpty() ? condition.id : condition.name);
        if (options.links) {
            name
                = QStringLiteral("<a href='%1'>%2</a>")
                      .arg(kb::HtmlRenderer::link(kb::ItemKind::Condition, condition.id).toString(),
                           name);
        }
        const QString match = condition.score >= 0.7 ? tr("strong match")
            : condition.score >= 0.4                 ? tr("possible match")
                                                     : tr("weaker match");
        QStringList reasons;
        for (const QString &reason : condition.reasons)
            reasons.append(capitalised(reason));
        html += QStringLiteral("<p style='margin-bottom: 0'><b>%1</b> <span style='color: "
                               "#555'>(%2)</span></p><p style='margin: 2px 0 0 0'>%3</p>%4")
                    .arg(name, esc(match), esc(tr("Why we think so:")), bulletList(reasons));
    }
    return html;
}

QString AssessmentHtml::exercisesSection(const triage::Assessment &assessment,
                                         const Options &options) const
{
    if (assessment.exercises.isEmpty())
        return {};
    QString html = heading(tr("Stretches that may help"));
    html += QStringLiteral("<ul>");
    for (const QString &id : assessment.exercises) {
        const kb::Exercise *exercise = m_kb.exercise(id);
        QString name = esc(exercise ? exercise->name.text(m_language) : id);
        if (options.links) {
            name = QStringLiteral("<a href='%1'>%2</a>")
                       .arg(kb::HtmlRenderer::link(kb::ItemKind::Exercise, id).toString(), name);
        }
        const QString summary = exercise ? exercise->summary.text(m_language) : QString();
        //: An exercise in the result: its name, then what it does.
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(name), esc(summary)));
    }
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(esc(tr("Stretch gently; stop if a stretch hurts or the pain gets worse.")));
    return html;
}

QString AssessmentHtml::answersSection(const triage::SymptomProfile &answers) const
{
    QString html = heading(tr("Your answers"));
    const auto rows = answerRows(answers, m_language);
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No answers were given.")));
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='4' "
                           "style='border-collapse: collapse'>");
    bool shaded = false;
    for (const auto &[question, answer] : rows) {
        html += QStringLiteral("<tr%1><td width='72%'>%2</td><td><b>%3</b></td></tr>")
                    .arg(shaded ? QStringLiteral(" bgcolor='#f2f4f7'") : QString(), esc(question),
                         esc(answer));
        shaded = !shaded;
    }
    html += QStringLiteral("</table><p style='color: #555'>%1</p>")
                .arg(esc(tr("Questions answered \"Don't know\" are not listed.")));
    return html;
}

QString AssessmentHtml::render(const triage::Assessment &assessment,
                               const triage::SymptomProfile &answers, const Options &options) const
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: x-large; margin-bottom: 0; }"
        "h2 { font-size: large; margin-top: 16px; margin-bottom: 4px; color: #1f3b57; }"
        "ul { margin-top: 2px; }"
        "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1><p style='color: #555; margin-top: 2px'>%2</p>")
                .arg(esc(tr("Your symptom check result")), esc(dateText(options.created)));
    html += levelBlock(assessment);
    if (options.stoppedEarly) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("You stopped the questions early because of a warning sign.")));
    }
    if (!assessment.redFlags.isEmpty()) {
        html += heading(tr("Warning signs in your answers"));
        html += QStringLiteral("<ul>");
        for (const triage::FiredRedFlag &flag : assessment.redFlags) {
            html += QStringLiteral("<li><b>%1</b> <span style='color: %2'>(%3)</span></li>")
                        .arg(esc(capitalised(flag.reason)), levelColor(flag.level).name(),
                             esc(flagUrgency(flag.level)));
        }
        html += QStringLiteral("</ul>");
    }
    if (!assessment.advice.isEmpty())
        html += heading(tr("What to do now")) + bulletList(assessment.advice);
    html += conditionsSection(assessment, options);
    html += exercisesSection(assessment, options);
    if (assessment.level >= Level::Urgent) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("No stretches are suggested: with these signs, stretching or "
                                "massaging the leg could do harm until a doctor has seen it.")));
    }
    html += answersSection(answers);
    html += QStringLiteral("<hr><p><b>%1</b></p><p style='color: #555'>%2</p>")
                .arg(esc(assessment.disclaimer.isEmpty() ? safety::disclaimer()
                                                         : assessment.disclaimer),
                     esc(footerText(options.created)));
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> AssessmentHtml::document(const triage::Assessment &assessment,
                                                        const triage::SymptomProfile &answers,
                                                        const Options &options) const
{
    auto document = std::make_unique<QTextDocument>();
    addResources(*document);
    document->setHtml(render(assessment, answers, options));
    return document;
}

QList<QPair<QString, QString>> AssessmentHtml::answerRows(const triage::SymptomProfile &answers,
                                                          i18n::Language language)
{
    const QLocale locale = i18n::localeFor(language);
    QList<QPair<QString, QString>> rows;
    for (const triage::FieldSpec &spec : triage::profileFields()) {
        if (!answers.has(spec.key))
            continue;
        const QJsonValue value = answers.value(spec.key);
        QString answer;
        switch (spec.type) {
        case triage::FieldType::Bool:
            answer = value.toBool() ? tr("Yes") : tr("No");
            break;
        case triage::FieldType::Choice:
            answer = triage::choiceLabel(spec.key, value.toString());
            break;
        case triage::FieldType::Integer:
        case triage::FieldType::Number:
            if (spec.key == QLatin1String("severity"))
                answer = tr("%1 out of 10").arg(value.toInt());
            else if (spec.key == QLatin1String("age"))
                answer = tr("%1 years").arg(value.toInt());
            else if (spec.key == QLatin1String("episodes_per_week"))
                answer = tr("about %1 a week").arg(locale.toString(value.toDouble(), 'g', 3));
            else
                answer = locale.toString(value.toDouble(), 'g', 4);
            break;
        }
        rows.append({ triage::fieldQuestion(spec.key), answer });
    }
    return rows;
}

} // namespace legcare::report
