// EpisodeModel: the lazy table of the Diary page, checked with QAbstractItemModelTester.

#include "diary/EpisodeModel.h"

#include "DiaryTestSupport.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using legcare::gui::EpisodeModel;
namespace diary = legcare::diary;

namespace {

class EpisodeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        const auto summary = temp.store().importEpisodes(
            legcare::test::generateEpisodes(kCount, QDateTime::currentDateTime().addSecs(-3600)),
            &error);
        ASSERT_TRUE(summary) << error.toStdString();
        ASSERT_EQ(summary->added, kCount);
    }

    static constexpr int kCount = 1000;
    legcare::test::TempDiary temp;
};

} // namespace

TEST_F(EpisodeModelTest, LoadsPagesLazilyAndPassesTheModelTester)
{
    EpisodeModel model(temp.store());
    // One page to begin with, one more per fetchMore (before the tester fetches on its own).
    EXPECT_EQ(model.totalCount(), kCount);
    EXPECT_EQ(model.rowCount(), EpisodeModel::kPageSize);
    EXPECT_EQ(model.columnCount(), EpisodeModel::ColumnCount);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 2 * EpisodeModel::kPageSize);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), kCount);

    // Newest first, as the store orders, with no row twice.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.episodeAt(row).id);
        if (row > 0) {
            EXPECT_GE(model.episodeAt(row - 1).startedAt, model.episodeAt(row).startedAt) << row;
        }
    }
    EXPECT_EQ(ids.size(), kCount);
    EXPECT_EQ(model.index(0, EpisodeModel::Severity).data().toInt(), model.episodeAt(0).severity);
    EXPECT_EQ(model.index(0, 0).data(EpisodeModel::EpisodeIdRole).toLongLong(),
              model.episodeAt(0).id);
    EXPECT_FALSE(model.headerData(EpisodeModel::When, Qt::Horizontal).toString().isEmpty());
}

TEST_F(EpisodeModelTest, SortsOldestFirstByTimeOnly)
{
    EpisodeModel model(temp.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const diary::Episode oldest = temp.store().episodes({}, 1, kCount - 1).constFirst();

    model.sort(EpisodeModel::When, Qt::AscendingOrder);
    EXPECT_EQ(model.timeOrder(), Qt::AscendingOrder);
    EXPECT_EQ(model.episodeAt(0).id, oldest.id);
    while (model.canFetchMore({}))
        model.fetchMore({});
    ASSERT_EQ(model.rowCount(), kCount);
    for (int row = 1; row < model.rowCount(); ++row)
        EXPECT_LE(model.episodeAt(row - 1).startedAt, model.episodeAt(row).startedAt) << row;

    model.sort(EpisodeModel::Severity, Qt::DescendingOrder); // not offered: nothing changes
    EXPECT_EQ(model.episodeAt(0).id, oldest.id);
}

TEST_F(EpisodeModelTest, FilterChangesTheCount)
{
    EpisodeModel model(temp.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    diary::EpisodeFilter filter;
    filter.location = legcare::kb::Location::Foot;
    model.setFilter(filter);
    const qint64 feet = temp.store().episodeCount(filter);
    EXPECT_GT(feet, 0);
    EXPECT_LT(feet, kCount);
    EXPECT_EQ(model.totalCount(), feet);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.episodeAt(row).location, legcare::kb::Location::Foot);

    filter = {};
    filter.from = QDate::currentDate().addDays(-6);
    model.setFilter(filter);
    EXPECT_EQ(model.totalCount(), temp.store().episodeCount(filter));
    EXPECT_LT(model.totalCount(), kCount);
}
