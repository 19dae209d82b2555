// Google Benchmark for the cramp diary with 100,000 episodes: import from CSV, open and show the
// first screen, statistics, export, and adding one episode with full durability.
// Run: build/default/tests/legcare_diary_benchmarks  (figures and method in docs/performance.md)

#include "diary/DiaryStore.h"
#include "diary/Exchange.h"
#include "diary/Statistics.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace legcare::diary;

namespace {

constexpr int kEpisodes = 100000;

// A realistic diary: a few episodes a day over decades, mostly at night, notes on some.
QList<Episode> makeEpisodes(int count)
{
    QRandomGenerator random(42);
    const QDateTime start = QDateTime::fromString(QStringLiteral("1990-01-01T00:00:00+08:00"), Qt::ISODate);
    QList<Episode> episodes;
    episodes.reserve(count);
    for (int i = 0; i < count; ++i) {
        Episode episode;
        episode.startedAt = start.addSecs(static_cast<qint64>(i) * 3 * 3600 + random.bounded(3600));
        episode.durationSeconds = random.bounded(10, 300);
        episode.location = legcare::kb::allLocations().at(random.bounded(8));
        episode.side = static_cast<Side>(random.bounded(3));
        episode.severity = random.bounded(11);
        episode.context = static_cast<Context>(random.bounded(4));
        if (random.bounded(2) == 0)
            episode.triggers = {Trigger::Cold, Trigger::LittleWater};
        episode.reliefs = {Relief::Stretching};
        if (random.bounded(4) == 0)
            episode.note = QStringLiteral("woke up at night, \"sharp\", stretched it out");
        episodes.append(episode);
    }
    return episodes;
}

// The CSV of kEpisodes episodes, written once; also to the file LEGCARE_BENCH_CSV names, if
// set, for the comparison with `sqlite3 .import` (docs/performance.md).
struct CsvFixture {
    QTemporaryDir dir;
    QString csv = dir.filePath(QStringLiteral("diary.csv"));

    CsvFixture()
    {
        const QByteArray data = exchange::toCsv(makeEpisodes(kEpisodes));
        for (const QString &path : {csv, qEnvironmentVariable("LEGCARE_BENCH_CSV")}) {
            QFile file(path);
            if (!path.isEmpty() && file.open(QIODevice::WriteOnly))
                file.write(data);
        }
    }
};

CsvFixture &csvFixture()
{
    static CsvFixture instance;
    return instance;
}

// A diary of kEpisodes episodes, imported from that CSV once.
struct Fixture {
    QTemporaryDir &dir = csvFixture().dir;
    QString csv = csvFixture().csv;
    QString db = dir.filePath(QStringLiteral("full.sqlite"));

    Fixture()
    {
        auto opened = DiaryStore::open(db);
        QString error;
        exchange::importFile(*opened.store, csv, &error);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

// A new, empty diary for one round of an import (the file of the last round is removed, so that
// repetitions measure the same thing).
std::unique_ptr<DiaryStore> emptyDiary()
{
    const QString path = csvFixture().dir.filePath(QStringLiteral("import.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return DiaryStore::open(path).store;
}

void importCsv(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto store = emptyDiary();
        state.ResumeTiming();
        QString error;
        const auto summary = exchange::importFile(*store, csvFixture().csv, &error);
        if (!summary || summary->added != kEpisodes) {
            state.SkipWithError(qPrintable(QStringLiteral("import failed: ") + error));
            break; // the loop would go on to PauseTiming(), which fails after an error
        }
    }
}
BENCHMARK(importCsv)->Unit(benchmark::kMillisecond)->Iterations(3);

// The two halves of importCsv: reading and checking the CSV, and storing the episodes.
void importCsvParseOnly(benchmark::State &state)
{
    for (auto _ : state) {
        QFile file(csvFixture().csv);
        file.open(QIODevice::ReadOnly);
        QString error;
        const auto episodes = exchange::parseCsv(file, &error);
        if (!episodes || episodes->size() != kEpisodes) {
            state.SkipWithError(qPrintable(QStringLiteral("parse failed: ") + error));
            break;
        }
    }
}
BENCHMARK(importCsvParseOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

void importCsvStoreOnly(benchmark::State &state)
{
    const QList<Episode> episodes = makeEpisodes(kEpisodes);
    for (auto _ : state) {
        state.PauseTiming();
        auto store = emptyDiary();
        state.ResumeTiming();
        QString error;
        const auto summary = store->importEpisodes(episodes, &error);
        if (!summary || summary->added != kEpisodes) {
            state.SkipWithError(qPrintable(QStringLiteral("import failed: ") + error));
            break;
        }
    }
}
BENCHMARK(importCsvStoreOnly)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same file again into the full diary: every line is a duplicate of a stored episode.
void importCsvAgain(benchmark::State &state)
{
    auto opened = DiaryStore::open(fixture().db);
    for (auto _ : state) {
        QString error;
        const auto summary = exchange::importFile(*opened.store, csvFixture().csv, &error);
        if (!summary || summary->skippedDuplicates != kEpisodes) {
            state.SkipWithError(qPrintable(QStringLiteral("import failed: ") + error));
            break;
        }
    }
}
BENCHMARK(importCsvAgain)->Unit(benchmark::kMillisecond)->Iterations(1);

// What the Diary page does when it opens: open the file, count, fetch the first screen.
void openAndShowFirstScreen(benchmark::State &state)
{
    fixture();
    for (auto _ : state) {
        auto opened = DiaryStore::open(fixture().db);
        benchmark::DoNotOptimize(opened.store->episodeCount());
        benchmark::DoNotOptimize(opened.store->episodes({}, 200, 0));
    }
}
BENCHMARK(openAndShowFirstScreen)->Unit(benchmark::kMillisecond);

void statistics(benchmark::State &state)
{
    auto opened = DiaryStore::open(fixture().db);
    for (auto _ : state)
        benchmark::DoNotOptimize(computeStatistics(*opened.store));
}
BENCHMARK(statistics)->Unit(benchmark::kMillisecond);

void exportCsv(benchmark::State &state)
{
    auto opened = DiaryStore::open(fixture().db);
    const QString out = fixture().dir.filePath(QStringLiteral("export.csv"));
    for (auto _ : state) {
        QString error;
        if (!exchange::exportFile(*opened.store, out, exchange::Format::Csv, &error)) {
            state.SkipWithError(qPrintable(QStringLiteral("export failed: ") + error));
            break;
        }
    }
}
BENCHMARK(exportCsv)->Unit(benchmark::kMillisecond)->Iterations(3);

// One episode, committed with synchronous=FULL (fsync) into the 100,000-episode diary.
void addOneEpisode(benchmark::State &state)
{
    auto opened = DiaryStore::open(fixture().db);
    Episode episode = makeEpisodes(1).constFirst();
    episode.startedAt = QDateTime::currentDateTime();
    for (auto _ : state) {
        QString error;
        if (!opened.store->addEpisode(episode, &error)) {
            state.SkipWithError(qPrintable(QStringLiteral("add failed: ") + error));
            break;
        }
    }
}
BENCHMARK(addOneEpisode)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
