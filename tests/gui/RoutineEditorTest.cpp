// The editing of a person's own routines: the item model, the editor's requests and the undoable
// commands that write them to the diary's database.

#include "DiaryTestSupport.h"
#include "TestKnowledgeBase.h"

#include "routines/RoutineCommands.h"
#include "routines/RoutineEditor.h"
#include "routines/RoutineItemsModel.h"
#include "routines/RoutineStore.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace legcare::gui {
namespace {

using test::bundledKnowledgeBase;

QList<kb::RoutineItem> threeItems()
{
    return {{QStringLiteral("calf_stretch"), 30, 2},
            {QStringLiteral("bridge"), 12, 8},
            {QStringLiteral("leg_swings"), 0, 10}};
}

QStringList ids(const QList<kb::RoutineItem> &items)
{
    QStringList result;
    for (const kb::RoutineItem &item : items)
        result.append(item.exerciseId);
    return result;
}

TEST(RoutineItemsModel, ListsTheExercisesInOrderWithTheirDose)
{
    RoutineItemsModel model(bundledKnowledgeBase(), i18n::Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(threeItems());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("1. Calf stretch — Hold 30 s · 2 times · each side"));
    EXPECT_EQ(model.index(2).data().toString(), QStringLiteral("3. Leg swings — 10 times, slowly · each side"));
    EXPECT_EQ(model.index(1).data(Qt::UserRole).toString(), QStringLiteral("bridge"));
}

TEST(RoutineItemsModel, ADropAsksForTheMoveAndLeavesTheListAlone)
{
    RoutineItemsModel model(bundledKnowledgeBase(), i18n::Language::English);
    model.setItems(threeItems());
    QSignalSpy moves(&model, &RoutineItemsModel::moveRequested);

    // The first item dropped into the gap after the last one: it ends up third.
    std::unique_ptr<QMimeData> first(model.mimeData({model.index(0)}));
    ASSERT_TRUE(first);
    EXPECT_FALSE(model.dropMimeData(first.get(), Qt::MoveAction, 3, 0, {}));
    // The last item dropped onto the first: it takes the first place.
    std::unique_ptr<QMimeData> last(model.mimeData({model.index(2)}));
    EXPECT_FALSE(model.dropMimeData(last.get(), Qt::MoveAction, -1, 0, model.index(0)));
    // Dropped where it already is: nothing to do.
    std::unique_ptr<QMimeData> middle(model.mimeData({model.index(1)}));
    EXPECT_FALSE(model.dropMimeData(middle.get(), Qt::MoveAction, 1, 0, {}));

    ASSERT_EQ(moves.size(), 2);
    EXPECT_EQ(moves.at(0).at(0).toInt(), 0);
    EXPECT_EQ(moves.at(0).at(1).toInt(), 2);
    EXPECT_EQ(moves.at(1).at(0).toInt(), 2);
    EXPECT_EQ(moves.at(1).at(1).toInt(), 0);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(ids(model.items()), ids(threeItems()));
}

TEST(RoutineEditor, KeyboardAndButtonsAskForEveryKindOfEdit)
{
    RoutineEditor editor(bundledKnowledgeBase(), i18n::Language::English);
    editor.setRoutine(routines::customRoutine(7, QStringLiteral("Evening"), threeItems()), 0);
    QSignalSpy requests(&editor, &RoutineEditor::editRequested);
    auto *list = editor.findChild<QListView *>(QStringLiteral("routineItemsView"));
    ASSERT_TRUE(list);

    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    ASSERT_EQ(requests.size(), 1);
    auto after = requests.at(0).at(0).value<routines::Routine>();
    EXPECT_EQ(ids(after.items), (QStringList{QStringLiteral("bridge"), QStringLiteral("calf_stretch"),
                                             QStringLiteral("leg_swings")}));
    EXPECT_EQ(after.customId, 7);
    EXPECT_EQ(requests.at(0).at(2).toInt(), 1);

    editor.setHold(0, 45);
    editor.setRepetitions(1, 5);
    editor.addExercise(QStringLiteral("quad_stretch"));
    editor.removeItem(2);
    editor.rename(QStringLiteral("  Before bed "));
    editor.rename(QStringLiteral("   ")); // not a name: nothing asked
    editor.addExercise(QStringLiteral("no_such_exercise"));
    ASSERT_EQ(requests.size(), 6);
    EXPECT_EQ(requests.at(1).at(0).value<routines::Routine>().items.at(0).holdSeconds, 45);
    EXPECT_EQ(requests.at(2).at(0).value<routines::Routine>().items.at(1).repetitions, 5);
    const auto added = requests.at(3).at(0).value<routines::Routine>();
    ASSERT_EQ(added.items.size(), 4);
    EXPECT_EQ(added.items.last().exerciseId, QStringLiteral("quad_stretch"));
    EXPECT_EQ(added.items.last().holdSeconds, bundledKnowledgeBase().exercise(QStringLiteral("quad_stretch"))->holdSeconds);
    EXPECT_EQ(requests.at(4).at(0).value<routines::Routine>().items.size(), 2);
    EXPECT_EQ(requests.at(5).at(0).value<routines::Routine>().name.en, QStringLiteral("Before bed"));
}

class RoutineCommandsTest : public ::testing::Test
{
protected:
    test::TempDiary diary;
    routines::RoutineStore store{diary.store()};
    DiaryChanges changes;
    QUndoStack stack;

    template<typename Command>
    void push(std::unique_ptr<Command> command)
    {
        QString error;
        ASSERT_TRUE(command->execute(&error)) << error.toStdString();
        stack.push(command.release());
    }
};

TEST_F(RoutineCommandsTest, CreateEditDeleteAreUndoneAndRedone)
{
    auto create = std::make_unique<CreateRoutineCommand>(diary.store(), &changes, QStringLiteral("Mine"), threeItems());
    CreateRoutineCommand *created = create.get();
    push(std::move(create));
    const qint64 id = created->customId();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(store.customRoutine(id));

    routines::Routine before = *store.customRoutine(id);
    routines::Routine after = before;
    after.items.move(2, 0);
    after.items[1].holdSeconds = 40;
    after.name = kb::LocalizedText{QStringLiteral("Renamed"), QStringLiteral("Renamed")};
    push(std::make_unique<SaveRoutineCommand>(diary.store(), &changes, before, after, QStringLiteral("edit")));
    EXPECT_EQ(store.customRoutine(id)->name.en, QStringLiteral("Renamed"));
    EXPECT_EQ(ids(store.customRoutine(id)->items).first(), QStringLiteral("leg_swings"));

    push(std::make_unique<DeleteRoutineCommand>(diary.store(), &changes, *store.customRoutine(id)));
    EXPECT_FALSE(store.customRoutine(id));

    QSignalSpy changed(&changes, &DiaryChanges::changed);
    stack.undo(); // the delete
    ASSERT_TRUE(store.customRoutine(id));
    EXPECT_EQ(store.customRoutine(id)->name.en, QStringLiteral("Renamed"));
    EXPECT_EQ(store.customRoutine(id)->items.at(1).holdSeconds, 40);
    EXPECT_EQ(changed.last().at(0).toLongLong(), id);
    stack.undo(); // the edit
    EXPECT_EQ(store.customRoutine(id)->name.en, QStringLiteral("Mine"));
    EXPECT_EQ(ids(store.customRoutine(id)->items), ids(threeItems()));
    stack.undo(); // the creation
    EXPECT_TRUE(store.customRoutines().isEmpty());

    stack.redo(); // created again, with the same id, so the later commands still apply
    ASSERT_TRUE(store.customRoutine(id));
    stack.redo();
    EXPECT_EQ(store.customRoutine(id)->name.en, QStringLiteral("Renamed"));
    stack.redo();
    EXPECT_FALSE(store.customRoutine(id));
}

TEST_F(RoutineCommandsTest, AnEditTheStoreRefusesIsNotPushed)
{
    auto create = std::make_unique<CreateRoutineCommand>(diary.store(), &changes, QString(), threeItems());
    QString error;
    EXPECT_FALSE(create->execute(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store.customRoutines().isEmpty());
}

} // namespace
} // namespace legcare::gui
