// The single-instance lock (SingleInstance): the first claim in a runtime folder locks a private
// lock file; a later claim finds it locked and, with no session bus to reach the holder, runs on
// its own; the lock goes with its holder, and a lock file left behind is simply locked again. The
// bus side (the name, Activate, a launch before the holder is on the bus) is checked with real
// processes by tests/scripts/check_single_instance.sh.

#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using legcare::gui::SingleInstance;

namespace {

class SingleInstanceTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // No session bus in this process (Qt D-Bus connects on first use and keeps the outcome):
        // a claim that finds the lock held has no way to reach the holder.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/legcare-test-bus");
    }

    QTemporaryDir runtime;
};

TEST_F(SingleInstanceTest, TheFirstClaimHoldsAPrivateLockUntilItGoes)
{
    ASSERT_TRUE(runtime.isValid());
    auto first = std::make_unique<SingleInstance>(runtime.path(), nullptr);
    const QString lock = QDir(runtime.path()).filePath(QStringLiteral("org.legcare.LegCare.lock"));
    EXPECT_EQ(first->lockPath(), lock);
    EXPECT_FALSE(QFile::exists(lock));

    EXPECT_EQ(first->claim(), SingleInstance::Outcome::Primary);
    ASSERT_TRUE(QFile::exists(lock));
    EXPECT_EQ(QFileInfo(lock).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    // Without a bus the first cannot be reached, and says so by not listening.
    EXPECT_FALSE(first->listen());

    {
        SingleInstance second(runtime.path(), nullptr);
        EXPECT_EQ(second.claim(), SingleInstance::Outcome::Alone);
        EXPECT_FALSE(second.listen()); // not the primary: it does not try the bus
    }
    EXPECT_TRUE(QFile::exists(lock)); // still the first's

    first.reset(); // released; the file stays
    SingleInstance third(runtime.path(), nullptr);
    EXPECT_EQ(third.claim(), SingleInstance::Outcome::Primary);
}

TEST_F(SingleInstanceTest, ALockFileLeftBehindIsTakenAndMadePrivate)
{
    ASSERT_TRUE(runtime.isValid());
    SingleInstance instance(runtime.path(), nullptr);
    // Left by a LegCare that crashed (the kernel released its lock), readable by all.
    QFile left(instance.lockPath());
    ASSERT_TRUE(left.open(QIODevice::WriteOnly));
    left.write("4194305\n");
    left.close();
    left.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);

    EXPECT_EQ(instance.claim(), SingleInstance::Outcome::Primary);
    EXPECT_EQ(QFileInfo(instance.lockPath()).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
}

TEST_F(SingleInstanceTest, WithoutARuntimeFolderTheBusAloneDecides)
{
    SingleInstance instance(QString(), nullptr);
    EXPECT_TRUE(instance.lockPath().isEmpty());
    // No bus either: run on its own.
    EXPECT_EQ(instance.claim(), SingleInstance::Outcome::Alone);
}

TEST_F(SingleInstanceTest, AFolderWhereNoLockCanBeWrittenLeavesItToTheBus)
{
    ASSERT_TRUE(runtime.isValid());
    const QString missing = QDir(runtime.path()).filePath(QStringLiteral("no/such/folder"));
    SingleInstance instance(missing, nullptr);
    EXPECT_EQ(instance.claim(), SingleInstance::Outcome::Alone);
    EXPECT_FALSE(QFile::exists(instance.lockPath()));
}

} // namespace
