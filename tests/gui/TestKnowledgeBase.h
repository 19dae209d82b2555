#pragma once

#include "kb/Loader.h"

#include <gtest/gtest.h>

namespace legcare::test {

// The knowledge base compiled into the program, loaded once for the whole test run (pages only
// read it). A damaged knowledge base fails the test that asked for it and yields an empty one.
inline const kb::KnowledgeBase &bundledKnowledgeBase()
{
    static const kb::LoadResult result = kb::Loader::load();
    if (!result.ok()) {
        for (const kb::LoadError &error : result.errors)
            ADD_FAILURE() << "knowledge base: " << error.toString().toStdString();
        static const kb::KnowledgeBase empty;
        return empty;
    }
    return *result.knowledgeBase;
}

} // namespace legcare::test
