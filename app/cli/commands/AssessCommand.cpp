#include "commands/AssessCommand.h"

#include "AppInfo.h"
#include "commands/KbFormat.h"
#include "triage/TriageEngine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace legcare::cli {

namespace {

const QString kProfileOption = QStringLiteral("profile");
constexpr qint64 kMaxProfileSize = 1024 * 1024; // a profile is a few hundred bytes

// Reads the profile's bytes from a file or, for "-", from stdin; an error message otherwise.
std::optional<QByteArray> readProfile(const QString &path, QString *error)
{
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = Command::tr("cannot read the profile: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray data = file.read(kMaxProfileSize + 1);
    if (data.size() > kMaxProfileSize) {
        *error = Command::tr("the profile is too large (more than 1 MiB)");
        return std::nullopt;
    }
    return data;
}

// Bad input is one line on stderr (cli.md): program, command, file, field and problem.
int badInput(CommandContext &context, const QString &file, const QString &message)
{
    context.err << QString::fromLatin1(appinfo::kCliName) << QStringLiteral(": assess: ") << file
                << QStringLiteral(": ") << message << Qt::endl;
    return kExitUsage;
}

QString sectionTitle(const QString &title)
{
    return title + QLatin1Char('\n');
}

// The readable assessment: the level and what to do first, then why, advice, stretches.
QString assessmentText(const triage::Assessment &assessment, const kb::KnowledgeBase &knowledgeBase,
                       i18n::Language language)
{
    const QString bullet = QStringLiteral("  • ");
    const QString indent = QStringLiteral("    ");
    QString text;
    text += KbFormat::wrap(Command::tr("Result: %1").arg(assessment.levelName.toUpper()), {},
                           indent);
    text += KbFormat::wrap(assessment.levelAction, {}, {});
    if (!assessment.redFlags.isEmpty()) {
        text += QLatin1Char('\n') + sectionTitle(Command::tr("Warning signs in your answers:"));
        for (const triage::FiredRedFlag &flag : assessment.redFlags)
            text += KbFormat::wrap(flag.reason, bullet, indent);
    }
    if (!assessment.conditions.isEmpty()) {
        text += QLatin1Char('\n')
            + sectionTitle(Command::tr("What it may be, and why we think so:"));
        for (qsizetype i = 0; i < assessment.conditions.size(); ++i) {
            const triage::RankedCondition &condition = assessment.conditions[i];
            text += KbFormat::wrap(Command::tr("%1. %2 (%3, match %4%)")
                                       .arg(i + 1)
                                       .arg(condition.name, condition.id)
                                       .arg(qRound(condition.score * 100)),
                                   QStringLiteral("  "), indent);
            for (const QString &reason : condition.reasons)
                text
                    += KbFormat::wrap(reason, QStringLiteral("     - "), QStringLiteral("       "));
        }
    }
    if (!assessment.advice.isEmpty()) {
        text += QLatin1Char('\n') + sectionTitle(Command::tr("What to do now:"));
        for (const QString &advice : assessment.advice)
            text += KbFormat::wrap(advice, bullet, indent);
    }
    text += QLatin1Char('\n');
    if (assessment.exercises.isEmpty()) {
        if (assessment.level >= triage::Level::Urgent) {
            text += KbFormat::wrap(
                Command::tr("Stretches: none for now. Do not stretch or massage the leg "
                            "until a doctor has examined it."),
                {}, {});
        }
    } else {
        text += sectionTitle(Command::tr("Suggested stretches ('kb exercises' shows the steps):"));
        for (const QString &id : assessment.exercises) {
            const kb::Exercise *exercise = knowledgeBase.exercise(id);
            const QString name = exercise ? exercise->name.text(language) : id;
            text += KbFormat::wrap(QStringLiteral("%1 (%2)").arg(name, id), bullet, indent);
        }
    }
    text += QLatin1Char('\n') + KbFormat::wrap(assessment.disclaimer, {}, {});
    return text;
}

} // namespace

QStringList AssessCommand::words() const
{
    return { QStringLiteral("assess") };
}

QString AssessCommand::summary() const
{
    return Command::tr("Assess a symptom profile: triage level, likely conditions, advice");
}

QString AssessCommand::syntax() const
{
    return QStringLiteral("--profile FILE|-");
}

void AssessCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption(
        QCommandLineOption(kProfileOption,
                           Command::tr("The symptom profile (JSON, see symptom-profile.md); "
                                       "'-' reads it from standard input."),
                           QStringLiteral("FILE")));
}

int AssessCommand::run(const QCommandLineParser &parser, const QStringList &arguments,
                       CommandContext &context)
{
    if (!arguments.isEmpty())
        return fail(context, kExitUsage,
                    Command::tr("unexpected argument '%1'").arg(arguments.constFirst()));
    if (!parser.isSet(kProfileOption))
        return fail(context, kExitUsage,
                    Command::tr("no profile given (use --profile FILE, or - for stdin)"));
    const QString path = parser.value(kProfileOption);
    const QString shownPath = path == QLatin1String("-") ? Command::tr("<stdin>") : path;

    QString readError;
    const std::optional<QByteArray> data = readProfile(path, &readError);
    if (!data)
        return badInput(context, shownPath, readError);
    const triage::ProfileParseResult parsed = triage::SymptomProfile::fromJsonBytes(*data);
    if (!parsed.ok()) {
        QStringList problems;
        for (const triage::ProfileError &error : parsed.errors)
            problems.append(error.toString());
        return badInput(context, shownPath, problems.join(QStringLiteral("; ")));
    }

    const std::optional<kb::KnowledgeBase> knowledgeBase = loadBundledKnowledgeBase(context);
    if (!knowledgeBase)
        return kExitFailure;
    const triage::TriageEngine engine(*knowledgeBase);
    const triage::Assessment assessment = engine.assess(*parsed.profile, context.language);
    if (context.json) {
        writeJson(context.out, assessment.toJson());
    } else {
        context.out << assessmentText(assessment, *knowledgeBase, context.language);
        context.out.flush();
    }
    return kExitOk;
}

} // namespace legcare::cli
