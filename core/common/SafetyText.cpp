#include "common/SafetyText.h"

#include <QCoreApplication>

namespace legcare::safety {

QString disclaimer()
{
    return QCoreApplication::translate(
        "SafetyText",
        "LegCare gives self-care information, not a diagnosis. It does not replace a doctor, "
        "nurse or physiotherapist who can examine you.");
}

QString emergencyIntro()
{
    return QCoreApplication::translate(
        "SafetyText",
        "Do not use LegCare in an emergency. Call your local emergency number or go to the "
        "nearest emergency department now if you have any of these signs:");
}

QStringList emergencySigns()
{
    return {
        QCoreApplication::translate(
            "SafetyText",
            "Sudden chest pain or shortness of breath, especially with a painful or swollen leg"),
        QCoreApplication::translate(
            "SafetyText", "A leg or foot that suddenly turns cold, pale or blue"),
        QCoreApplication::translate(
            "SafetyText",
            "Numbness between the legs or around the buttocks, or new trouble passing or "
            "holding urine or stool"),
    };
}

QStringList urgentSigns()
{
    return {
        QCoreApplication::translate("SafetyText",
                                    "One leg swollen, red, warm or discoloured compared with "
                                    "the other"),
        QCoreApplication::translate("SafetyText", "Fever with a red, warm, painful area"),
        QCoreApplication::translate("SafetyText", "New or increasing weakness in a leg or foot"),
        QCoreApplication::translate("SafetyText",
                                    "Severe pain after a fall, blow or twist, or a leg you "
                                    "cannot put weight on"),
    };
}

} // namespace legcare::safety
