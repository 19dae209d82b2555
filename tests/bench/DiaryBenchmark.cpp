// Google Benchmark for the cramp diary with 100,000 episodes: import from CSV, open and show the
// first screen, statistics, export, and adding one episode with full durability.
// Run: build/default/tests/legcare_diary_benchmarks  (figures in docs/performance.md)

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

struct Fixture {
    QTemporaryDir dir;
    QString csv = dir.filePath(QStringLiteral("diary.csv"));
    QString db = dir.filePath(QStringLiteral("full.sqlite"));

    Fixture()
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write(exchange::toCsv(makeEpisodes(kEpisodes)));
        file.close();
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

void importCsv(benchmark::State &state)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = fixture().dir.filePath(QStringLiteral("import-%1.sqlite").arg(round++));
        auto opened = DiaryStore::open(path);
        state.ResumeTiming();
        QString error;
        const auto summary = exchange::importFile(*opened.store, fixture().csv, &error);
        if (!summary || summary->added != kEpisodes)
            state.SkipWithError("import failed");
    }
}
BENCHMARK(importCsv)->Unit(benchmark::kMillisecond)->Iterations(3);

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
        if (!exchange::exportFile(*opened.store, out, exchange::Format::Csv, &error))
            state.SkipWithError("export failed");
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
        if (!opened.store->addEpisode(episode, &error))
            state.SkipWithError("add failed");
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
