#include "kb/Model.h"

#include <QCoreApplication>

namespace legcare::kb {

QString difficultyId(Difficulty difficulty)
{
    switch (difficulty) {
    case Difficulty::Moderate:
        return QStringLiteral("moderate");
    case Difficulty::Hard:
        return QStringLiteral("hard");
    case Difficulty::Easy:
        break;
    }
    return QStringLiteral("easy");
}

QString difficultyName(Difficulty difficulty)
{
    switch (difficulty) {
    case Difficulty::Moderate:
        return QCoreApplication::translate("Difficulty", "Moderate");
    case Difficulty::Hard:
        return QCoreApplication::translate("Difficulty", "Hard");
    case Difficulty::Easy:
        break;
    }
    return QCoreApplication::translate("Difficulty", "Easy");
}

QString topicKindId(TopicKind kind)
{
    switch (kind) {
    case TopicKind::WarningSign:
        return QStringLiteral("warning_sign");
    case TopicKind::Advice:
        return QStringLiteral("advice");
    case TopicKind::Fact:
        break;
    }
    return QStringLiteral("fact");
}

} // namespace legcare::kb
