// A broken copy of triage.json per kind of fault: the loader names the file, the rule or
// evidence item and the field.

#include "kb/Loader.h"

#include "KbFixture.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using legcare::kb::Loader;
using legcare::kb::LoadError;
using legcare::kb::LoadResult;
using legcare::test::KbCopy;

namespace {

const QString kTriage = QStringLiteral("triage.json");

std::string describe(const QList<LoadError> &errors)
{
    QStringList lines;
    for (const LoadError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n')).toStdString();
}

// Edits the n-th entry of a list of triage.json and returns the errors of loading it.
QString loadWithEdit(const std::function<void(QJsonObject &)> &change)
{
    KbCopy copy;
    copy.edit(kTriage, change);
    const LoadResult result = Loader::load(copy.root());
    EXPECT_FALSE(result.ok());
    EXPECT_GE(result.errors.size(), 1);
    for (const LoadError &error : result.errors)
        EXPECT_EQ(error.file, kTriage) << describe(result.errors);
    return QString::fromStdString(describe(result.errors));
}

void editEntry(QJsonObject &root, const QString &list, const QString &key, const QString &id,
               const std::function<void(QJsonObject &)> &change)
{
    QJsonArray array = root.value(list).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject entry = array.at(i).toObject();
        if (entry.value(key).toString() == id) {
            change(entry);
            array.replace(i, entry);
        }
    }
    root.insert(list, array);
}

void editRule(QJsonObject &root, const QString &id,
              const std::function<void(QJsonObject &)> &change)
{
    editEntry(root, QStringLiteral("red_flags"), QStringLiteral("id"), id, change);
}

QJsonObject test(const char *field, const QJsonValue &value, const char *op = "is")
{
    return { { QStringLiteral("field"), QString::fromLatin1(field) },
             { QString::fromLatin1(op), value } };
}

} // namespace

TEST(TriageLoader, BundledTriageIsComplete)
{
    const LoadResult result = Loader::load();
    ASSERT_TRUE(result.ok()) << describe(result.errors);
    const auto &triage = result.knowledgeBase->triage();
    EXPECT_EQ(triage.levels.size(), 4);
    EXPECT_GE(triage.redFlags.size(), 14);
    EXPECT_EQ(triage.evidence.size(), result.knowledgeBase->conditions().size());
}

TEST(TriageLoader, UnknownProfileFieldInAnExpression)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("acute_limb_ischaemia"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("when"), test("cold_leg", true));
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("red_flags[acute_limb_ischaemia]")))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("when.field"))) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("cold_leg"))) << errors.toStdString();
}

TEST(TriageLoader, ValueOfTheWrongTypeInAnExpression)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("acute_limb_ischaemia"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("when"), test("cold_pale_leg", QStringLiteral("yes")));
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("when.is: must be true or false")))
        << errors.toStdString();
}

TEST(TriageLoader, UnknownChoiceAndNumberComparisonOnAChoice)
{
    QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("acute_limb_ischaemia"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("when"),
                        test("location", QJsonArray { QStringLiteral("knee") }, "in"));
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("when.in[0]"))) << errors.toStdString();
    errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("acute_limb_ischaemia"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("when"), test("location", 3, "gte"));
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("when.gte"))) << errors.toStdString();
}

TEST(TriageLoader, MissingContractRule)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        QJsonArray rules = root.value(QStringLiteral("red_flags")).toArray();
        for (qsizetype i = rules.size() - 1; i >= 0; --i) {
            if (rules.at(i).toObject().value(QStringLiteral("id")).toString()
                == QLatin1String("cauda_equina"))
                rules.removeAt(i);
        }
        root.insert(QStringLiteral("red_flags"), rules);
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("'cauda_equina' is missing")))
        << errors.toStdString();
}

TEST(TriageLoader, ContractRuleBelowThePolicyFloor)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("injury"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("level"), QStringLiteral("doctor"));
        });
    });
    EXPECT_TRUE(
        errors.contains(QStringLiteral("red_flags[injury]: level must be at least 'urgent'")))
        << errors.toStdString();
}

TEST(TriageLoader, NegationInARedFlagRule)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("fever"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("when"),
                        QJsonObject { { QStringLiteral("not"), test("fever", false) } });
        });
    });
    EXPECT_TRUE(
        errors.contains(QStringLiteral("red_flags[fever]: when: a red-flag rule may only test")))
        << errors.toStdString();
}

TEST(TriageLoader, UnknownKeyAndMissingTranslationInARule)
{
    QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("fever"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("levle"), QStringLiteral("urgent"));
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("red_flags[fever]: levle: unknown key")))
        << errors.toStdString();
    errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("fever"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("reason"),
                        QJsonObject { { QStringLiteral("en"), QStringLiteral("fever") } });
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("red_flags[fever]: reason: missing the zh_CN text")))
        << errors.toStdString();
}

TEST(TriageLoader, UnlessMustNameAHigherRule)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editRule(root, QStringLiteral("fever"), [](QJsonObject &rule) {
            rule.insert(QStringLiteral("unless"), QJsonArray { QStringLiteral("skin_changes") });
        });
    });
    EXPECT_TRUE(errors.contains(QStringLiteral("unless: 'skin_changes' must have a higher level")))
        << errors.toStdString();
}

TEST(TriageLoader, EvidenceForAnUnknownConditionAndBadWeight)
{
    const QString errors = loadWithEdit([](QJsonObject &root) {
        editEntry(root, QStringLiteral("evidence"), QStringLiteral("condition"),
                  QStringLiteral("dehydration"), [](QJsonObject &entry) {
                      entry.insert(QStringLiteral("condition"), QStringLiteral("dehidration"));
                      QJsonArray items = entry.value(QStringLiteral("items")).toArray();
                      QJsonObject first = items.at(0).toObject();
                      first.insert(QStringLiteral("weight"), 50);
                      items.replace(0, first);
                      entry.insert(QStringLiteral("items"), items);
                  });
    });
    EXPECT_TRUE(
        errors.contains(QStringLiteral("evidence[dehidration]: no condition 'dehidration'")))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("no evidence for condition 'dehydration'")))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("items[0]: weight: 50 is out of range")))
        << errors.toStdString();
}

TEST(TriageLoader, MalformedTriageFileGivesLineAndColumn)
{
    KbCopy copy;
    copy.write(kTriage, "{\n  \"levels\": [,]\n}\n");
    const LoadResult result = Loader::load(copy.root());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errors.constFirst().toString().startsWith(
        QStringLiteral("triage.json: line 2, column ")))
        << describe(result.errors);
}
