#pragma once

#include "kb/LocalizedText.h"
#include "kb/Location.h"

#include <QList>
#include <QString>
#include <QStringList>

// The items of the knowledge base, as loaded and validated by kb::Loader.
// See docs/knowledge-base-format.md for the data files they come from.
namespace legcare::kb {

struct Condition {
    QString id;
    LocalizedText name;
    LocalizedText summary;
    LocalizedText description;
    bool emergency = false;
    QList<Location> locations;
    LocalizedList causes;
    LocalizedList symptoms;
    LocalizedList triggers;
    LocalizedList selfCare;
    LocalizedList prevention;
    LocalizedList seeDoctor;
    QStringList exercises; // exercise ids
    QStringList related;   // condition ids
    QStringList sources;   // seed file names or "general medical knowledge"
};

enum class Difficulty { Easy, Moderate, Hard };
QString difficultyId(Difficulty difficulty);
QString difficultyName(Difficulty difficulty); // translated with tr()

struct Exercise {
    QString id;
    LocalizedText name;
    LocalizedText summary;
    LocalizedList targetMuscles;
    LocalizedList steps;
    int holdSeconds = 0; // per repetition; 0 for a moving exercise
    int repetitions = 1; // per side when perSide
    int setsPerDay = 1;
    bool perSide = false;
    Difficulty difficulty = Difficulty::Easy;
    LocalizedList cautions;
    QString illustration; // resource path of the SVG
    QStringList sources;
};

struct RoutineItem {
    QString exerciseId;
    int holdSeconds = 0; // the exercise's default unless the routine sets its own
    int repetitions = 1;
};

struct Routine {
    QString id;
    LocalizedText name;
    LocalizedText purpose;
    LocalizedText when;
    QList<RoutineItem> items;
    QStringList sources;
};

enum class TopicKind { Fact, WarningSign, Advice };
QString topicKindId(TopicKind kind);

struct Topic {
    QString id;
    TopicKind kind = TopicKind::Fact;
    LocalizedText title;
    LocalizedList body;
    QStringList conditions; // condition ids it concerns
    QStringList sources;
};

inline const QString kGeneralMedicalKnowledge = QStringLiteral("general medical knowledge");

} // namespace legcare::kb
