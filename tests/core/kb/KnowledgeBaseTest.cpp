#include "kb/HtmlRenderer.h"
#include "kb/Loader.h"

#include <QSvgRenderer>

#include <gtest/gtest.h>

using namespace legcare::kb;
using legcare::i18n::Language;

namespace {

const KnowledgeBase &bundled()
{
    static const LoadResult result = Loader::load();
    EXPECT_TRUE(result.ok());
    return *result.knowledgeBase;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.id);
    return result;
}

template<typename T>
QStringList ids(const QList<const T *> &items)
{
    QStringList result;
    for (const T *item : items)
        result.append(item->id);
    return result;
}

} // namespace

TEST(KnowledgeBase, LooksUpById)
{
    EXPECT_NE(bundled().condition(QStringLiteral("nocturnal_leg_cramps")), nullptr);
    EXPECT_NE(bundled().exercise(QStringLiteral("bridge")), nullptr);
    EXPECT_NE(bundled().routine(QStringLiteral("bedtime_cramp_prevention")), nullptr);
    EXPECT_EQ(bundled().condition(QStringLiteral("bridge")), nullptr);
    EXPECT_EQ(bundled().exercise(QStringLiteral("")), nullptr);
}

TEST(KnowledgeBase, QueriesByLocation)
{
    const QStringList calf = ids(bundled().conditionsAt(Location::Calf));
    EXPECT_TRUE(calf.contains(QStringLiteral("nocturnal_leg_cramps")));
    EXPECT_TRUE(calf.contains(QStringLiteral("deep_vein_thrombosis")));
    EXPECT_FALSE(calf.contains(QStringLiteral("adductor_strain")));
    const QStringList groin = ids(bundled().conditionsAt(Location::Groin));
    EXPECT_TRUE(groin.contains(QStringLiteral("lumbar_disc_herniation")));
}

TEST(KnowledgeBase, ExercisesLeadBackToTheirConditions)
{
    const QStringList bridge = ids(bundled().conditionsSuggesting(QStringLiteral("bridge")));
    EXPECT_TRUE(bridge.contains(QStringLiteral("lumbar_disc_herniation")));
    const QStringList butterfly = ids(bundled().conditionsSuggesting(QStringLiteral("butterfly_stretch")));
    EXPECT_TRUE(butterfly.contains(QStringLiteral("adductor_strain")));
}

TEST(KnowledgeBase, SearchFindsEnglishWordsNameFirst)
{
    const QStringList hits = ids(bundled().search(QStringLiteral("calf")));
    ASSERT_FALSE(hits.isEmpty());
    EXPECT_TRUE(hits.contains(QStringLiteral("calf_stretch")));
    EXPECT_TRUE(hits.contains(QStringLiteral("nocturnal_leg_cramps")));
    // Name matches outrank matches deep in the text.
    EXPECT_TRUE(hits.indexOf(QStringLiteral("calf_stretch")) < hits.indexOf(QStringLiteral("dehydration"))
                || !hits.contains(QStringLiteral("dehydration")));
    EXPECT_EQ(bundled().search(QStringLiteral("BRIDGE")).value(0).id, QStringLiteral("bridge"));
}

TEST(KnowledgeBase, SearchFindsChineseWords)
{
    const QStringList cramp = ids(bundled().search(QStringLiteral("抽筋")));
    EXPECT_TRUE(cramp.contains(QStringLiteral("nocturnal_leg_cramps")));
    const QStringList bridge = ids(bundled().search(QStringLiteral("臀桥")));
    EXPECT_EQ(bridge.value(0), QStringLiteral("bridge"));
    const QStringList clot = ids(bundled().search(QStringLiteral("血栓")));
    EXPECT_TRUE(clot.contains(QStringLiteral("deep_vein_thrombosis")));
}

TEST(KnowledgeBase, SearchNeedsEveryWord)
{
    const auto both = bundled().search(QStringLiteral("calf night"));
    const auto calf = bundled().search(QStringLiteral("calf"));
    EXPECT_LT(both.size(), calf.size());
    EXPECT_FALSE(both.isEmpty());
    EXPECT_TRUE(bundled().search(QStringLiteral("calf xylophone")).isEmpty());
    EXPECT_TRUE(bundled().search(QStringLiteral("   ")).isEmpty());
}

TEST(KnowledgeBase, EveryIllustrationIsAValidSvgOfTheSameSize)
{
    for (const Exercise &exercise : bundled().exercises()) {
        QSvgRenderer renderer(exercise.illustration);
        EXPECT_TRUE(renderer.isValid()) << exercise.id.toStdString();
        EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 240, 160)) << exercise.id.toStdString();
    }
}

TEST(HtmlRenderer, ConditionPageHasItsSectionsAndLinks)
{
    const HtmlRenderer renderer(bundled(), Language::English);
    const QString html = renderer.condition(*bundled().condition(QStringLiteral("lumbar_disc_herniation")));
    EXPECT_TRUE(html.contains(QStringLiteral("When to see a doctor")));
    EXPECT_TRUE(html.contains(QStringLiteral("Causes")));
    EXPECT_TRUE(html.contains(QStringLiteral("legcare:exercise/bridge")));
    EXPECT_TRUE(html.contains(QStringLiteral("not a diagnosis")));
}

TEST(HtmlRenderer, ChinesePageUsesChineseTexts)
{
    const HtmlRenderer renderer(bundled(), Language::SimplifiedChinese);
    const Condition &condition = *bundled().condition(QStringLiteral("nocturnal_leg_cramps"));
    const QString html = renderer.condition(condition);
    EXPECT_TRUE(html.contains(condition.name.zhCN.toHtmlEscaped()));
    EXPECT_FALSE(html.contains(condition.name.en.toHtmlEscaped()));
}

TEST(HtmlRenderer, EmergencyConditionSaysSo)
{
    const HtmlRenderer renderer(bundled(), Language::English);
    const QString html = renderer.condition(*bundled().condition(QStringLiteral("cauda_equina_syndrome")));
    EXPECT_TRUE(html.contains(QStringLiteral("Emergency.")));
    EXPECT_FALSE(html.contains(QStringLiteral("legcare:exercise/")));
}

TEST(HtmlRenderer, ExercisePageShowsIllustrationAndWayBack)
{
    const HtmlRenderer renderer(bundled(), Language::English);
    const QString html = renderer.exercise(*bundled().exercise(QStringLiteral("bridge")));
    EXPECT_TRUE(html.contains(QStringLiteral("illustration:bridge")));
    EXPECT_TRUE(html.contains(QStringLiteral("legcare:condition/lumbar_disc_herniation")));
    EXPECT_TRUE(html.contains(QStringLiteral("<ol>")));
}

TEST(HtmlRenderer, LinksRoundTrip)
{
    for (ItemKind kind : {ItemKind::Condition, ItemKind::Exercise, ItemKind::Routine, ItemKind::Topic}) {
        ItemKind parsedKind = ItemKind::Condition;
        QString parsedId;
        ASSERT_TRUE(HtmlRenderer::parseLink(HtmlRenderer::link(kind, QStringLiteral("some_id")), &parsedKind, &parsedId));
        EXPECT_EQ(parsedKind, kind);
        EXPECT_EQ(parsedId, QStringLiteral("some_id"));
    }
    ItemKind kind = ItemKind::Condition;
    QString id;
    EXPECT_FALSE(HtmlRenderer::parseLink(QUrl(QStringLiteral("https://example.org/x")), &kind, &id));
    EXPECT_FALSE(HtmlRenderer::parseLink(QUrl(QStringLiteral("legcare:nothing/x")), &kind, &id));
    const HtmlRenderer renderer(bundled(), Language::English);
    EXPECT_TRUE(renderer.page(QUrl(QStringLiteral("legcare:condition/no_such"))).isEmpty());
    EXPECT_FALSE(renderer.page(QUrl(QStringLiteral("legcare:routine/bedtime_cramp_prevention"))).isEmpty());
}
