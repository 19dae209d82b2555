#pragma once

// Shared helpers of the triage tests: the bundled knowledge base, loaded once, and the case
// files of tests/data (triage-vignettes.json is a copy of shared/spec/examples/vignettes.json).

#include "kb/Loader.h"
#include "triage/SymptomProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace legcare::test {

inline const kb::KnowledgeBase &bundledKnowledgeBase()
{
    static const kb::LoadResult result = kb::Loader::load();
    if (!result.ok()) {
        for (const kb::LoadError &error : result.errors)
            ADD_FAILURE() << error.toString().toStdString();
        static const kb::KnowledgeBase empty;
        return empty;
    }
    return *result.knowledgeBase;
}

inline QJsonObject readTestJson(const QString &name)
{
    QFile file(QStringLiteral(LEGCARE_TEST_DATA_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline triage::SymptomProfile profileFrom(const QJsonObject &object)
{
    const triage::ProfileParseResult parsed = triage::SymptomProfile::fromJson(object);
    for (const triage::ProfileError &error : parsed.errors)
        ADD_FAILURE() << error.toString().toStdString();
    return parsed.profile.value_or(triage::SymptomProfile());
}

inline bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace legcare::test
