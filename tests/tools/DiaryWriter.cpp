// A helper process for the crash and concurrency tests: adds episodes to a diary one by one and
// prints each id on stdout only after addEpisode() returned it (that is, after the commit).
// usage: legcare_diary_writer DB COUNT [TAG]

#include "diary/DiaryStore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    auto opened = legcare::diary::DiaryStore::open(args[1]);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error->message));
        return 1;
    }
    const int count = args[2].toInt();
    const QString tag = args.value(3);
    const QDateTime base = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00+00:00"), Qt::ISODate);
    for (int i = 0; i < count; ++i) {
        legcare::diary::Episode episode;
        episode.startedAt = base.addSecs(i * 60);
        episode.severity = i % 11;
        episode.note = QStringLiteral("%1 #%2 %3").arg(tag).arg(i).arg(QString(i % 50, QLatin1Char('x')));
        QString error;
        const auto id = opened.store->addEpisode(episode, &error);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
