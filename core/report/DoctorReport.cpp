#include "report/DoctorReport.h"

#include "diary/DiaryStore.h"
#include "diary/Statistics.h"
#include "report/EpisodeTable.h"
#include "report/PdfFile.h"
#include "report/ReportCharts.h"
#include "report/ReportData.h"
#include "report/ReportPages.h"
#include "report/ReportStyle.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <memory>

namespace legcare::report {

namespace {

// A count per key as labelled bars, biggest first (ties in the key's order).
template<typename Key, typename ToName>
QList<LabelledCount> labelled(const QMap<Key, int> &counts, ToName toName)
{
    QList<LabelledCount> items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            items.append({toName(it.key()), it.value()});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const LabelledCount &a, const LabelledCount &b) { return a.count > b.count; });
    return items;
}

// Lays the report out for one device; paint() then draws every page.
class Composer final
{
    // Its words belong to the report's context, like those of DoctorReport itself.
    Q_DECLARE_TR_FUNCTIONS(DoctorReport)

public:
    Composer(const QPaintDevice &device, const ReportOptions &options, ReportData data)
        : m_style(device, options.language)
        , m_charts(m_style)
        , m_options(options)
        , m_data(std::move(data))
        , m_page(0, 0, device.width(), device.height())
        , m_pages(QRectF(), QRectF()) // set in layout()
    {
    }

    ReportPages &layout();
    const ReportData &data() const { return m_data; }
    void paintFrame(QPainter &painter, int index, int count) const;

private:
    void titleBlock();
    void heading(const QString &text, qreal keepWithNext);
    void paragraph(const QString &text, qreal points = 9, bool muted = false);
    void summary();
    void thresholdBox();
    void symptomCheck(const SymptomCheckSummary &check);
    void charts();
    void breakdowns();
    void routineAdherence();
    void episodeTable();
    QString periodText() const;

    ReportStyle m_style;
    ReportCharts m_charts;
    ReportOptions m_options;
    ReportData m_data;
    QRectF m_page;
    ReportPages m_pages;
    std::unique_ptr<EpisodeTable> m_table;
};

QString Composer::periodText() const
{
    return tr("%1 to %2 (%n days)", nullptr, m_data.days)
        .arg(m_style.longDate(m_data.stats.from), m_style.longDate(m_data.stats.to));
}

void Composer::paintFrame(QPainter &painter, int index, int count) const
{
    m_style.paintFooter(painter, m_page, tr("LegCare · printed %1").arg(m_style.longDate(m_data.printedAt.date())),
                        tr("Page %1 of %2").arg(index + 1).arg(count));
    if (index > 0)
        m_style.paintRunningHeader(painter, m_page, DoctorReport::title(), periodText());
}

void Composer::heading(const QString &text, qreal keepWithNext)
{
    const QFont font = m_style.font(11, true);
    const qreal height = m_style.metrics(font).height() + m_style.mm(1.5);
    if (!m_pages.atPageTop())
        m_pages.skip(m_style.mm(4));
    m_pages.ensure(height + keepWithNext);
    m_pages.place(height, [this, text, font](QPainter &painter, const QRectF &rect) {
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), rect.height() - m_style.mm(1.5)),
                         text, font);
    });
}

void Composer::paragraph(const QString &text, qreal points, bool muted)
{
    const QFont font = m_style.font(points);
    const qreal height = m_style.textHeight(text, font, m_pages.body().width());
    m_pages.place(height + m_style.mm(1), [this, text, font, muted](QPainter &painter, const QRectF &rect) {
        painter.setPen(muted ? ReportStyle::mutedInk() : ReportStyle::ink());
        m_style.drawText(painter, rect, text, font);
    });
}

void Composer::titleBlock()
{
    const QFont titleFont = m_style.font(17, true);
    const QFont font = m_style.font(9.5);
    const qreal line = m_style.metrics(font).height() * 1.25;
    const qreal titleHeight = m_style.metrics(titleFont).height() * 1.25;
    const QString period = tr("Period: %1").arg(periodText());
    const QString printed = tr("Printed: %1, %2")
                                .arg(m_style.longDate(m_data.printedAt.date()),
                                     m_data.printedAt.time().toString(QStringLiteral("HH:mm")));
    m_pages.place(titleHeight + 2 * line + m_style.mm(3), [=, this](QPainter &painter, const QRectF &rect) {
        painter.setPen(ReportStyle::ink());
        m_style.drawLine(painter, QRectF(rect.left(), rect.top(), rect.width(), titleHeight), DoctorReport::title(),
                         titleFont, Qt::AlignLeft | Qt::AlignTop);
        const qreal half = rect.width() * 0.58;
        m_style.drawLine(painter, QRectF(rect.left(), rect.top() + titleHeight, half, line), period, font);
        m_style.drawLine(painter, QRectF(rect.left(), rect.top() + titleHeight + line, half, line), printed, font);
        // Written in by hand: the diary does not hold who it belongs to.
        const QStringList blanks = {tr("Name:"), tr("Date of birth:")};
        for (qsizetype i = 0; i < blanks.size(); ++i) {
            const QRectF field(rect.left() + half + m_style.mm(4), rect.top() + titleHeight + line * static_cast<qreal>(i),
                               rect.width() - half - m_style.mm(4), line);
            m_style.drawLine(painter, field, blanks.at(i), font);
            const qreal start = field.left() + m_style.metrics(font).horizontalAdvance(blanks.at(i)) + m_style.mm(2);
            painter.setPen(QPen(ReportStyle::mutedInk(), m_style.pt(0.5)));
            painter.drawLine(QPointF(start, field.bottom() - m_style.mm(1)), QPointF(field.right(), field.bottom() - m_style.mm(1)));
            painter.setPen(ReportStyle::ink());
        }
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(1.5)));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - m_style.mm(1)), QPointF(rect.right(), rect.bottom() - m_style.mm(1)));
    });
}

void Composer::summary()
{
    const diary::Statistics &stats = m_data.stats;
    QString severity = QStringLiteral("—");
    if (stats.meanSeverity)
        severity = tr("mean %1, worst %2").arg(m_style.number(*stats.meanSeverity)).arg(*stats.worstSeverity);
    int night = 0;
    for (std::size_t hour = 0; hour < stats.byHour.size(); ++hour) {
        if (hour < 6 || hour >= 22)
            night += stats.byHour.at(hour);
    }
    const auto percent = [&](qint64 part) {
        return stats.episodeCount > 0 ? m_style.number(100.0 * static_cast<double>(part) / static_cast<double>(stats.episodeCount), 0)
                                      : QStringLiteral("0");
    };
    const QList<LabelledCount> places = labelled(stats.byLocation, kb::locationName);
    const QList<std::pair<QString, QString>> items = {
        {tr("Episodes"), tr("%1 in %n days", nullptr, m_data.days).arg(stats.episodeCount)},
        {tr("Severity (0–10)"), severity},
        {tr("Per week, whole period"), m_style.number(stats.episodesPerWeek)},
        {tr("Most often"), places.isEmpty() ? QStringLiteral("—") : tr("%1 (%2%)").arg(places.constFirst().label, percent(places.constFirst().count))},
        {tr("Last 4 weeks"), tr("%1 (%2 a week)").arg(stats.lastFourWeeksCount).arg(m_style.number(stats.lastFourWeeksPerWeek))},
        {tr("At night (22:00–06:00)"), tr("%1 (%2%)").arg(night).arg(percent(night))},
        {tr("Last 7 days"), QString::number(stats.lastSevenDaysCount)},
        {tr("Routine done"), tr("%1 of %2 days").arg(m_data.routineDays).arg(m_data.days)},
    };
    const QFont labelFont = m_style.font(9);
    const QFont valueFont = m_style.font(9, true);
    const qreal line = m_style.metrics(valueFont).height() * 1.35;
    const qreal rows = static_cast<qreal>((items.size() + 1) / 2);
    heading(tr("Summary"), line * rows);
    m_pages.place(line * rows, [=, this](QPainter &painter, const QRectF &rect) {
        const qreal column = rect.width() / 2;
        const qreal labelWidth = column * 0.47;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qreal x = rect.left() + column * static_cast<qreal>(i % 2);
            const qreal y = rect.top() + line * static_cast<qreal>(i / 2);
            painter.setPen(ReportStyle::mutedInk());
            m_style.drawLine(painter, QRectF(x, y, labelWidth, line), items.at(i).first, labelFont);
            painter.setPen(ReportStyle::ink());
            m_style.drawLine(painter, QRectF(x + labelWidth, y, column - labelWidth - m_style.mm(2), line),
                             items.at(i).second, valueFont);
        }
    });
    thresholdBox();
}

void Composer::thresholdBox()
{
    const diary::Statistics &stats = m_data.stats;
    const QString threshold = m_style.number(diary::kFrequentCrampsPerWeek, 0);
    const QString headline = stats.frequentThresholdMet
        ? tr("At or above the frequent-cramps threshold of %1 a week").arg(threshold)
        : tr("Below the frequent-cramps threshold of %1 a week").arg(threshold);
    QString detail = tr("%1 episodes in the last 4 weeks (%2 a week), %3 in the last 7 days.")
                         .arg(stats.lastFourWeeksCount)
                         .arg(m_style.number(stats.lastFourWeeksPerWeek))
                         .arg(stats.lastSevenDaysCount);
    if (stats.frequentThresholdMet)
        detail += QLatin1Char(' ') + tr("Cramps %1 or more times a week are a reason to see a doctor.").arg(threshold);
    const QFont headFont = m_style.font(10, true);
    const QFont font = m_style.font(9);
    const qreal inset = m_style.mm(3);
    const qreal width = m_pages.body().width() - 2 * inset - m_style.mm(2);
    const qreal headHeight = m_style.textHeight(headline, headFont, width);
    const qreal height = 2 * inset + headHeight + m_style.mm(0.8) + m_style.textHeight(detail, font, width);
    m_pages.skip(m_style.mm(2));
    const bool met = stats.frequentThresholdMet;
    m_pages.place(height, [=, this](QPainter &painter, const QRectF &rect) {
        painter.fillRect(rect, met ? ReportStyle::shade() : QColor(Qt::white));
        painter.setPen(QPen(ReportStyle::ink(), m_style.pt(met ? 1.5 : 0.7)));
        painter.drawRect(rect);
        // A thick bar on the left marks the box as the finding, without relying on colour.
        painter.fillRect(QRectF(rect.left(), rect.top(), m_style.mm(met ? 2 : 0.8), rect.height()), ReportStyle::ink());
        const QRectF text(rect.left() + inset + m_style.mm(2), rect.top() + inset, width, 0);
        painter.setPen(ReportStyle::ink());
        const qreal used = m_style.drawText(painter, text, headline, headFont);
        m_style.drawText(painter, text.translated(0, used + m_style.mm(0.8)), detail, font);
    });
}

void Composer::symptomCheck(const SymptomCheckSummary &check)
{
    heading(tr("Latest symptom check"), m_style.mm(10));
    paragraph(tr("%1, %2: %3")
                  .arg(m_style.longDate(check.checkedAt.date()),
                       check.checkedAt.time().toString(QStringLiteral("HH:mm")), check.levelName), 9.5);
    if (!check.levelAction.isEmpty())
        paragraph(check.levelAction);
    if (!check.likelyConditions.isEmpty())
        paragraph(tr("Possible causes considered: %1").arg(check.likelyConditions.join(tr(", "))));
}

void Composer::charts()
{
    const qreal weekly = m_style.mm(64);
    heading(tr("Episodes per week"), weekly);
    m_pages.place(weekly, [this](QPainter &painter, const QRectF &rect) {
        m_charts.episodesPerWeek(painter, rect, m_data.weeks, diary::kFrequentCrampsPerWeek);
    });
    const qreal severity = m_style.mm(54);
    heading(tr("Severity over time"), severity);
    m_pages.place(severity, [this](QPainter &painter, const QRectF &rect) {
        m_charts.severityPerWeek(painter, rect, m_data.weeks);
    });
    const qreal hours = m_style.mm(52);
    heading(tr("Time of day"), hours);
    m_pages.place(hours, [this](QPainter &painter, const QRectF &rect) {
        m_charts.byHour(painter, rect, m_data.stats.byHour);
    });
}

void Composer::breakdowns()
{
    const diary::Statistics &stats = m_data.stats;
    const qint64 total = stats.episodeCount;
    const qreal titleHeight = m_style.metrics(m_style.font(9, true)).height() * 1.4;
    const QFont titleFont = m_style.font(9, true);
    // Two columns of bar lists, each list under its own small title.
    const auto pair = [&](const QList<std::pair<QString, QList<LabelledCount>>> &left,
                          const QList<std::pair<QString, QList<LabelledCount>>> &right) {
        const auto height = [&](const QList<std::pair<QString, QList<LabelledCount>>> &lists) {
            qreal sum = 0;
            for (const auto &list : lists)
                sum += titleHeight + m_charts.barListHeight(list.second.size()) + m_style.mm(2);
            return sum;
        };
        const qreal block = std::max(height(left), height(right));
        m_pages.place(block, [=, this](QPainter &painter, const QRectF &rect) {
            const qreal gap = m_style.mm(8);
            const qreal column = (rect.width() - gap) / 2;
            for (int side = 0; side < 2; ++side) {
                qreal y = rect.top();
                const qreal x = rect.left() + static_cast<qreal>(side) * (column + gap);
                for (const auto &list : side == 0 ? left : right) {
                    painter.setPen(ReportStyle::ink());
                    m_style.drawLine(painter, QRectF(x, y, column, titleHeight), list.first, titleFont);
                    y += titleHeight;
                    m_charts.barList(painter, QRectF(x, y, column, m_charts.barListHeight(list.second.size())),
                                     list.second, total);
                    y += m_charts.barListHeight(list.second.size()) + m_style.mm(2);
                }
            }
        });
    };
    heading(tr("Where, and what was going on"), m_style.mm(40));
    pair({{tr("Where in the leg"), labelled(stats.byLocation, kb::locationName)}},
         {{tr("Side"), labelled(stats.bySide, diary::sideName)},
          {tr("Doing at the time"), labelled(stats.byContext, diary::contextName)}});
    heading(tr("Possible triggers and what helped"), m_style.mm(40));
    pair({{tr("Possible triggers"), labelled(stats.byTrigger, diary::triggerName)}},
         {{tr("What helped"), labelled(stats.byRelief, diary::reliefName)}});
    paragraph(tr("An episode can have several triggers and several things that helped; percentages are of all %n "
                 "episodes.",
                 nullptr, static_cast<int>(total)),
              7.5, true);
}

void Composer::routineAdherence()
{
    const diary::Statistics &stats = m_data.stats;
    heading(tr("Stretching routine"), m_style.mm(12));
    const double share = 100.0 * m_data.routineDays / std::max(1, m_data.days);
    paragraph(tr("A routine was done on %1 of %2 days (%3%).")
                  .arg(m_data.routineDays)
                  .arg(m_data.days)
                  .arg(m_style.number(share, 0)));
    if (stats.perWeekWithRoutine && stats.perWeekWithoutRoutine) {
        paragraph(tr("Cramps a week: %1 in weeks with a routine, %2 in weeks without.")
                      .arg(m_style.number(*stats.perWeekWithRoutine), m_style.number(*stats.perWeekWithoutRoutine)));
    }
}

void Composer::episodeTable()
{
    m_table = std::make_unique<EpisodeTable>(m_style, m_pages.body().width());
    const EpisodeTable &table = *m_table;
    QList<EpisodeTable::Row> rows;
    for (const diary::Episode &episode : std::as_const(m_data.episodes))
        rows.append(table.row(episode));
    // The table starts on a page of its own, so that the summary pages stay as they are.
    m_pages.newPage();
    heading(tr("All episodes (%n), oldest first", nullptr, static_cast<int>(rows.size())),
            table.headerHeight() + (rows.isEmpty() ? 0 : rows.constFirst().height));
    const auto header = [&] {
        m_pages.place(table.headerHeight(), [this](QPainter &painter, const QRectF &rect) {
            m_table->paintHeader(painter, rect.topLeft());
        });
    };
    header();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const EpisodeTable::Row row = rows.at(i);
        if (row.height > m_pages.remaining()) {
            m_pages.newPage();
            header();
        }
        const bool shaded = i % 2 == 1;
        m_pages.place(row.height, [this, row, shaded](QPainter &painter, const QRectF &rect) {
            m_table->paintRow(painter, rect.topLeft(), row, shaded);
        });
    }
}

ReportPages &Composer::layout()
{
    m_pages = ReportPages::framed(m_page, m_style.runningHeaderHeight(), m_style.footerHeight(m_page.width()));
    titleBlock();
    summary();
    if (m_options.latestSymptomCheck)
        symptomCheck(*m_options.latestSymptomCheck);
    if (m_data.stats.episodeCount == 0) {
        heading(tr("Episodes"), m_style.mm(8));
        paragraph(tr("No cramp episodes were recorded in this period."));
        routineAdherence();
        return m_pages;
    }
    charts();
    breakdowns();
    routineAdherence();
    episodeTable();
    return m_pages;
}

} // namespace

QString DoctorReport::title()
{
    return tr("Leg cramp diary — report for your doctor");
}

std::optional<ReportPageSize> parseReportPageSize(const QString &text)
{
    if (text.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return ReportPageSize::A4;
    if (text.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return ReportPageSize::Letter;
    return std::nullopt;
}

bool isValidReportDays(int days)
{
    return days == kReportDaysShort || days == kReportDaysLong;
}

bool paintDoctorReport(QPagedPaintDevice *device, const diary::DiaryStore &store, const ReportOptions &options,
                       QString *error, ReportInfo *info)
{
    Composer composer(*device, options, collectReportData(store, options));
    const ReportPages &pages = composer.layout();
    const ReportPages::Messages messages{DoctorReport::tr("Could not start printing the report."),
                                         DoctorReport::tr("Could not start page %1 of the report."),
                                         DoctorReport::tr("Could not finish printing the report.")};
    const auto frame = [&composer](QPainter &painter, int index, int count) {
        composer.paintFrame(painter, index, count);
    };
    if (!pages.print(*device, frame, messages, error))
        return false;
    if (info) {
        const diary::Statistics &stats = composer.data().stats;
        *info = ReportInfo{stats.from, stats.to, stats.episodeCount, pages.pageCount()};
    }
    return true;
}

bool writeDoctorReport(const diary::DiaryStore &store, const ReportOptions &options, const QString &pdfPath,
                       QString *error, ReportInfo *info)
{
    return PdfFile::write(
        pdfPath, DoctorReport::title(),
        ReportStyle::pageLayout(options.pageSize == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4),
        [&](QPdfWriter &writer, QString *paintError) {
            return paintDoctorReport(&writer, store, options, paintError, info);
        },
        error);
}

} // namespace legcare::report
