// The wizard's wording of the profile fields (SymptomProfile.h): questions, explanations of
// medical words, and choice labels. Kept apart from the validation so each file stays small.
#include "triage/SymptomProfile.h"

#include "kb/Location.h"

#include <QHash>

namespace legcare::triage {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("SymptomProfile", text);
}

} // namespace

QString fieldQuestion(const QString &key)
{
    static const QHash<QString, const char *> questions = {
        { QStringLiteral("chest_pain_or_breathless"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Do you have new chest pain or sudden shortness of breath?") },
        { QStringLiteral("cold_pale_leg"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Has the leg or foot suddenly turned cold, pale or blue?") },
        { QStringLiteral("saddle_numbness"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Is there numbness between the legs, around the buttocks or on the "
                            "inner upper thighs?") },
        { QStringLiteral("bladder_bowel_change"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Do you have new trouble controlling or passing urine or stool?") },
        { QStringLiteral("one_leg_swollen"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Is one leg (calf or ankle) swollen compared with the other?") },
        { QStringLiteral("red_or_warm"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Is the painful area red or warm to the touch?") },
        { QStringLiteral("skin_color_change"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Has the skin of the leg become darker, bluish or discoloured?") },
        { QStringLiteral("fever"), QT_TRANSLATE_NOOP("SymptomProfile", "Do you have a fever?") },
        { QStringLiteral("weakness"),
          QT_TRANSLATE_NOOP(
              "SymptomProfile",
              "Is the leg or foot weak (stumbling, foot slapping, cannot rise on your toes)?") },
        { QStringLiteral("complaint"),
          QT_TRANSLATE_NOOP("SymptomProfile", "What troubles you most?") },
        { QStringLiteral("location"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Where do you feel it most?") },
        { QStringLiteral("side"), QT_TRANSLATE_NOOP("SymptomProfile", "Which leg?") },
        { QStringLiteral("when"),
          QT_TRANSLATE_NOOP("SymptomProfile", "When does it usually happen?") },
        { QStringLiteral("episode_length"),
          QT_TRANSLATE_NOOP("SymptomProfile", "How long does one episode last?") },
        { QStringLiteral("episodes_per_week"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "How many times a week does it happen, on average?") },
        { QStringLiteral("worsening"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Is it getting worse: more often, or lasting longer than before?") },
        { QStringLiteral("severity"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "How bad is it at its worst (0 none, 10 worst imaginable)?") },
        { QStringLiteral("affects_daily_life"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Does it stop you walking, exercising, sleeping or working?") },
        { QStringLiteral("recent_injury"),
          QT_TRANSLATE_NOOP(
              "SymptomProfile",
              "Did a fall, blow, twist or overstretch happen just before it started?") },
        { QStringLiteral("back_pain"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Do you have lower-back pain as well?") },
        { QStringLiteral("radiates_from_back"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Does pain or numbness run from the lower back down into the leg?") },
        { QStringLiteral("numbness_tingling"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Do you have numbness or tingling in the leg?") },
        { QStringLiteral("intense_exercise"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Did you exercise hard or walk a long way in the last day or two?") },
        { QStringLiteral("prolonged_sitting_standing"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Do you sit or stand in one position for long hours?") },
        { QStringLiteral("heavy_sweating_or_diarrhoea"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Have you recently sweated heavily, vomited or had diarrhoea?") },
        { QStringLiteral("low_fluid_intake"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Do you drink little water, or often feel thirsty with a dry mouth?") },
        { QStringLiteral("age"), QT_TRANSLATE_NOOP("SymptomProfile", "How old are you?") },
        { QStringLiteral("sex"), QT_TRANSLATE_NOOP("SymptomProfile", "What is your sex?") },
        { QStringLiteral("pregnant"), QT_TRANSLATE_NOOP("SymptomProfile", "Are you pregnant?") },
        { QStringLiteral("diuretics"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Do you take diuretics (\"water pills\")?") },
        { QStringLiteral("varicose_veins"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Do you have varicose veins?") },
        { QStringLiteral("liver_disease"),
          QT_TRANSLATE_NOOP(
              "SymptomProfile",
              "Do you have a known liver disease (such as cirrhosis or hepatitis)?") },
        { QStringLiteral("heavy_metal_exposure"),
          QT_TRANSLATE_NOOP(
              "SymptomProfile",
              "Could you have been exposed to lead or mercury (work, water, food)?") },
        { QStringLiteral("thyroid_or_hormone_disorder"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Do you have a known thyroid or other hormone disorder?") },
        { QStringLiteral("nervous_system_disorder"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Do you have a known nerve or brain disorder?") },
    };
    const char *text = questions.value(key);
    return text ? translate(text) : QString();
}

QString fieldExplanation(const QString &key)
{
    static const QHash<QString, const char *> explanations = {
        { QStringLiteral("saddle_numbness"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "The skin you would sit on in a saddle: between the legs, the buttocks "
                            "and the inner upper thighs. Numbness there can mean the nerves at the "
                            "base of the spine are squeezed.") },
        { QStringLiteral("bladder_bowel_change"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "New leaking, or being unable to pass urine or stool, that you did not "
                            "have before.") },
        { QStringLiteral("chest_pain_or_breathless"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "A blood clot from the leg can travel to the lungs (pulmonary "
                            "embolism); it causes chest pain or sudden breathlessness.") },
        { QStringLiteral("cold_pale_leg"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "A sudden loss of blood supply (acute limb ischaemia) makes the leg "
                            "cold, pale or blue and very painful.") },
        { QStringLiteral("one_leg_swollen"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Compare both calves and ankles: one clearly thicker than the other "
                            "can be a sign of a clot in a deep vein (deep vein thrombosis).") },
        { QStringLiteral("skin_color_change"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Skin that has turned darker, reddish-purple or bluish compared with "
                            "the other leg.") },
        { QStringLiteral("weakness"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Foot slapping: the front of the foot drops and slaps the floor when "
                            "you walk, because the muscles that lift it are weak.") },
        { QStringLiteral("radiates_from_back"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Pain that starts in the lower back or buttock and runs down the leg "
                            "(sciatica); a disc or narrowed spine can press on a nerve root.") },
        { QStringLiteral("diuretics"),
          QT_TRANSLATE_NOOP(
              "SymptomProfile",
              "Medicines that make you pass more urine, often for high blood pressure or heart "
              "failure. They can lower potassium and other salts.") },
        { QStringLiteral("varicose_veins"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Swollen, twisted veins visible under the skin of the legs.") },
        { QStringLiteral("heavy_metal_exposure"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "For example work with batteries, paint, soldering or mining, old "
                            "water pipes, or some traditional remedies.") },
        { QStringLiteral("thyroid_or_hormone_disorder"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "Endocrine disorders: for example an under- or overactive thyroid, or "
                            "a parathyroid problem.") },
        { QStringLiteral("nervous_system_disorder"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "For example peripheral neuropathy, Parkinson's disease, multiple "
                            "sclerosis or a past stroke.") },
        { QStringLiteral("complaint"),
          QT_TRANSLATE_NOOP("SymptomProfile",
                            "A cramp is a sudden, involuntary tightening of a muscle that comes "
                            "and goes. Pain is an ache or pain without such a spasm.") },
    };
    const char *text = explanations.value(key);
    return text ? translate(text) : QString();
}

QString choiceLabel(const QString &key, const QString &choice)
{
    if (key == QLatin1String("location")) {
        const auto location = kb::parseLocation(choice);
        return location ? kb::locationName(*location) : choice;
    }
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("complaint/cramp"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Cramp (sudden tightening that comes and goes)") },
        { QStringLiteral("complaint/pain"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Pain or ache without spasm") },
        { QStringLiteral("side/left"), QT_TRANSLATE_NOOP("SymptomProfile", "Left") },
        { QStringLiteral("side/right"), QT_TRANSLATE_NOOP("SymptomProfile", "Right") },
        { QStringLiteral("side/both"), QT_TRANSLATE_NOOP("SymptomProfile", "Both") },
        { QStringLiteral("when/night"), QT_TRANSLATE_NOOP("SymptomProfile", "At night") },
        { QStringLiteral("when/during_exercise"),
          QT_TRANSLATE_NOOP("SymptomProfile", "During exercise") },
        { QStringLiteral("when/after_exercise"),
          QT_TRANSLATE_NOOP("SymptomProfile", "After exercise") },
        { QStringLiteral("when/rest"), QT_TRANSLATE_NOOP("SymptomProfile", "At rest") },
        { QStringLiteral("when/any"), QT_TRANSLATE_NOOP("SymptomProfile", "At any time") },
        { QStringLiteral("episode_length/seconds"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Seconds") },
        { QStringLiteral("episode_length/minutes"),
          QT_TRANSLATE_NOOP("SymptomProfile", "Minutes") },
        { QStringLiteral("episode_length/hours"), QT_TRANSLATE_NOOP("SymptomProfile", "Hours") },
        { QStringLiteral("episode_length/constant"),
          QT_TRANSLATE_NOOP("SymptomProfile", "It does not go away") },
        { QStringLiteral("sex/female"), QT_TRANSLATE_NOOP("SymptomProfile", "Female") },
        { QStringLiteral("sex/male"), QT_TRANSLATE_NOOP("SymptomProfile", "Male") },
        { QStringLiteral("sex/other"), QT_TRANSLATE_NOOP("SymptomProfile", "Other") },
    };
    const char *text = labels.value(key + QLatin1Char('/') + choice);
    return text ? translate(text) : choice;
}

} // namespace legcare::triage
