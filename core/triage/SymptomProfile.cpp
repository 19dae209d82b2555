#include "triage/SymptomProfile.h"

#include "kb/Location.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace legcare::triage {

namespace {

const QString kSchemaKey = QStringLiteral("schema");

FieldSpec boolField(const char *key, bool redFlag = false)
{
    FieldSpec spec;
    spec.key = QString::fromLatin1(key);
    spec.type = FieldType::Bool;
    spec.redFlag = redFlag;
    return spec;
}

FieldSpec choiceField(const char *key, QStringList choices, bool required = false)
{
    FieldSpec spec;
    spec.key = QString::fromLatin1(key);
    spec.type = FieldType::Choice;
    spec.choices = std::move(choices);
    spec.required = required;
    return spec;
}

FieldSpec numberField(const char *key, FieldType type, double minimum, double maximum)
{
    FieldSpec spec;
    spec.key = QString::fromLatin1(key);
    spec.type = type;
    spec.minimum = minimum;
    spec.maximum = maximum;
    return spec;
}

QList<FieldSpec> buildFields()
{
    QStringList locations;
    for (const kb::Location location : kb::allLocations())
        locations.append(kb::locationId(location));
    constexpr bool kRedFlag = true;
    return {
        // Life-threatening signs first, then the signs that need a doctor today (NHS 111 order).
        boolField("chest_pain_or_breathless", kRedFlag),
        boolField("cold_pale_leg", kRedFlag),
        boolField("saddle_numbness", kRedFlag),
        boolField("bladder_bowel_change", kRedFlag),
        boolField("one_leg_swollen", kRedFlag),
        boolField("red_or_warm", kRedFlag),
        boolField("skin_color_change", kRedFlag),
        boolField("fever", kRedFlag),
        boolField("weakness", kRedFlag),
        // The complaint: what, where, when, how often, how long, how bad.
        choiceField("complaint", { QStringLiteral("cramp"), QStringLiteral("pain") }, true),
        choiceField("location", locations, true),
        choiceField("side",
                    { QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("both") }),
        choiceField("when",
                    { QStringLiteral("night"), QStringLiteral("during_exercise"),
                      QStringLiteral("after_exercise"), QStringLiteral("rest"),
                      QStringLiteral("any") }),
        choiceField("episode_length",
                    { QStringLiteral("seconds"), QStringLiteral("minutes"), QStringLiteral("hours"),
                      QStringLiteral("constant") }),
        numberField("episodes_per_week", FieldType::Number, 0,
                    std::numeric_limits<double>::infinity()),
        boolField("worsening"),
        numberField("severity", FieldType::Integer, 0, 10),
        boolField("affects_daily_life"),
        boolField("recent_injury"),
        boolField("back_pain"),
        boolField("radiates_from_back"),
        boolField("numbness_tingling"),
        // Background: triggers, the person, medicines and known illnesses.
        boolField("intense_exercise"),
        boolField("prolonged_sitting_standing"),
        boolField("heavy_sweating_or_diarrhoea"),
        boolField("low_fluid_intake"),
        numberField("age", FieldType::Integer, 1, 120),
        choiceField("sex",
                    { QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other") }),
        boolField("pregnant"),
        boolField("diuretics"),
        boolField("varicose_veins"),
        boolField("liver_disease"),
        boolField("heavy_metal_exposure"),
        boolField("thyroid_or_hormone_disorder"),
        boolField("nervous_system_disorder"),
    };
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

const QList<FieldSpec> &profileFields()
{
    static const QList<FieldSpec> fields = buildFields();
    return fields;
}

const FieldSpec *profileField(const QString &key)
{
    for (const FieldSpec &spec : profileFields()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString ProfileError::toString() const
{
    return field.isEmpty() ? message : QStringLiteral("%1: %2").arg(field, message);
}

std::optional<ProfileError> SymptomProfile::validate(const QString &key, const QJsonValue &value)
{
    const FieldSpec *spec = profileField(key);
    if (!spec)
        return ProfileError { key, tr("unknown field (check the spelling)") };
    switch (spec->type) {
    case FieldType::Bool:
        if (!value.isBool())
            return ProfileError { key, tr("must be true or false") };
        break;
    case FieldType::Choice:
        if (!value.isString())
            return ProfileError {
                key,
                tr("must be a string, one of: %1").arg(spec->choices.join(QStringLiteral(", ")))
            };
        if (!spec->choices.contains(value.toString())) {
            return ProfileError { key,
                                  tr("'%1' is not allowed; use one of: %2")
                                      .arg(value.toString(),
                                           spec->choices.join(QStringLiteral(", "))) };
        }
        break;
    case FieldType::Integer:
    case FieldType::Number: {
        const bool integer = spec->type == FieldType::Integer;
        const QString expected = std::isinf(spec->maximum)
            ? (integer ? tr("must be a whole number ≥ %1") : tr("must be a number ≥ %1"))
                  .arg(formatNumber(spec->minimum))
            : (integer ? tr("must be a whole number from %1 to %2")
                       : tr("must be a number from %1 to %2"))
                  .arg(formatNumber(spec->minimum), formatNumber(spec->maximum));
        if (!value.isDouble())
            return ProfileError { key, expected };
        const double number = value.toDouble();
        if (!std::isfinite(number) || (integer && std::trunc(number) != number))
            return ProfileError { key, expected };
        if (number < spec->minimum || number > spec->maximum)
            return ProfileError {
                key, tr("%1 is out of range: %2").arg(formatNumber(number), expected)
            };
        break;
    }
    }
    return std::nullopt;
}

ProfileParseResult SymptomProfile::fromJson(const QJsonObject &object)
{
    ProfileParseResult result;
    SymptomProfile profile;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == kSchemaKey) {
            const QJsonValue schema = it.value();
            if (!schema.isDouble() || schema.toDouble() != kProfileSchema) {
                result.errors.append({ kSchemaKey,
                                       tr("unsupported schema %1 (this version reads schema %2)")
                                           .arg(schema.toVariant().toString())
                                           .arg(kProfileSchema) });
            }
            continue;
        }
        if (const auto error = validate(it.key(), it.value()))
            result.errors.append(*error);
        else
            profile.m_values.insert(it.key(), it.value());
    }
    for (const ProfileError &missing : profile.missingRequired()) {
        if (!object.contains(missing.field)) // a present but invalid value is reported already
            result.errors.append(missing);
    }
    if (result.errors.isEmpty())
        result.profile = std::move(profile);
    return result;
}

ProfileParseResult SymptomProfile::fromJsonBytes(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < parseError.offset && i < data.size(); ++i) {
            if (data[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
                ++column; // characters, not UTF-8 continuation bytes
            }
        }
        return { std::nullopt,
                 { { QString(),
                     tr("malformed JSON at line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()) } } };
    }
    if (!document.isObject())
        return { std::nullopt, { { QString(), tr("a symptom profile must be one JSON object") } } };
    return fromJson(document.object());
}

std::optional<ProfileError> SymptomProfile::set(const QString &key, const QJsonValue &value)
{
    if (auto error = validate(key, value))
        return error;
    m_values.insert(key, value);
    return std::nullopt;
}

std::optional<bool> SymptomProfile::flag(const QString &key) const
{
    const QJsonValue value = m_values.value(key);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<double> SymptomProfile::number(const QString &key) const
{
    const QJsonValue value = m_values.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<QString> SymptomProfile::choice(const QString &key) const
{
    const QJsonValue value = m_values.value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QList<ProfileError> SymptomProfile::missingRequired() const
{
    QList<ProfileError> errors;
    for (const FieldSpec &spec : profileFields()) {
        if (spec.required && !m_values.contains(spec.key))
            errors.append({ spec.key, tr("missing; this field is required") });
    }
    return errors;
}

} // namespace legcare::triage
