// Google Benchmark: loading and validating the bundled knowledge base (done once at every start
// of both programs) and searching it (done at every keystroke in the Library's search field).
// Run: build/default/tests/legcare_benchmarks

#include "kb/Loader.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

namespace {

void loadBundledKnowledgeBase(benchmark::State &state)
{
    for (auto _ : state) {
        auto result = legcare::kb::Loader::load();
        benchmark::DoNotOptimize(result);
        if (!result.ok())
            state.SkipWithError("the bundled knowledge base does not load");
    }
}
BENCHMARK(loadBundledKnowledgeBase)->Unit(benchmark::kMillisecond);

void search(benchmark::State &state, const QString &query)
{
    const auto result = legcare::kb::Loader::load();
    for (auto _ : state) {
        auto hits = result.knowledgeBase->search(query);
        benchmark::DoNotOptimize(hits);
    }
}
BENCHMARK_CAPTURE(search, english_word, QStringLiteral("calf"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, two_words, QStringLiteral("night cramp"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search, chinese, QStringLiteral("抽筋"))->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
