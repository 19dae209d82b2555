#pragma once

#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

namespace legcare::diary {
class DiaryStore;
}

namespace legcare::report {

enum class ReportPageSize { A4, Letter };

// "A4" or "Letter" (any case); nullopt otherwise.
std::optional<ReportPageSize> parseReportPageSize(const QString &text);

// The periods a report covers, in days ending today (or on ReportOptions::lastDay).
inline constexpr int kReportDaysShort = 30;
inline constexpr int kReportDaysLong = 90;
bool isValidReportDays(int days);

// Extension point: the latest symptom-check result, for a "Latest symptom check" section of the
// report. Assessments are not stored anywhere yet, so every caller leaves
// ReportOptions::latestSymptomCheck empty and the section is left out (no placeholder is
// printed). Once the results are kept, fill this from the store in the CLI and the GUI.
struct SymptomCheckSummary {
    QDateTime checkedAt;
    QString levelName;          // "See a doctor in the next few days"
    QString levelAction;        // what to do, one or two sentences
    QStringList likelyConditions; // names, most likely first
};

struct ReportOptions {
    int days = kReportDaysShort; // 30 or 90
    QDate lastDay;               // last day of the period; invalid: today
    ReportPageSize pageSize = ReportPageSize::A4; // used by writeDoctorReport()
    i18n::Language language = i18n::Language::English; // fonts, dates and numbers
    QDateTime printedAt;         // invalid: now
    std::optional<SymptomCheckSummary> latestSymptomCheck;
};

// What a report came to.
struct ReportInfo {
    QDate from;
    QDate to;
    qint64 episodes = 0;
    int pages = 0;
};

// The doctor's report: a printed summary of the last 30 or 90 days of the cramp diary for a
// person to take to their doctor. Page one holds the period, the key figures and the
// frequent-cramps threshold, the episodes-per-week chart and the severity trend; then the time of
// day, where, side, activity, triggers, what helped and routine adherence; then every episode in
// a table whose header row repeats on each page. Every page carries the disclaimer and
// "Page X of Y". Labels are translated with tr(); the language in the options picks the fonts
// (with Chinese glyphs) and the date format.
class DoctorReport final
{
    Q_DECLARE_TR_FUNCTIONS(DoctorReport)

public:
    static QString title();
};

// Paints the report on a printer or PDF writer (its page size and margins are kept). False with
// a translated message when the device cannot be painted on.
bool paintDoctorReport(QPagedPaintDevice *device, const diary::DiaryStore &store,
                       const ReportOptions &options, QString *error = nullptr,
                       ReportInfo *info = nullptr);

// Writes the report as a PDF (A4 or Letter, per the options), atomically: the file appears only
// when complete, and a failure leaves any earlier file untouched. The message names the file.
bool writeDoctorReport(const diary::DiaryStore &store, const ReportOptions &options,
                       const QString &pdfPath, QString *error = nullptr,
                       ReportInfo *info = nullptr);

} // namespace legcare::report
