#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The symptom profile of shared/spec/symptom-profile.md: what the wizard (or a JSON file given to
// `legcare-cli assess`) knows about the person's leg complaint. A field that is absent means
// "not asked / don't know"; it is never read as false.
namespace legcare::triage {

// The schema number a profile may carry ("schema": 1); any other is rejected.
inline constexpr int kProfileSchema = 1;

enum class FieldType {
    Integer, // whole number within [minimum, maximum]
    Number, // any number within [minimum, maximum]
    Bool,
    Choice, // one of choices
};

// One field of the profile, as the contract defines it. The wizard builds its questions from these.
struct FieldSpec
{
    QString key; // "episodes_per_week"
    FieldType type = FieldType::Bool;
    double minimum = 0; // Integer / Number only
    double maximum = 0; // Integer / Number only; infinity when unbounded
    QStringList choices; // Choice only: the allowed ids, in display order
    bool required = false; // complaint and location
    bool redFlag
        = false; // a warning sign: asked first, and answering "yes" can only raise the level
};

// Every field of the contract, in the order the wizard asks them (red flags first).
const QList<FieldSpec> &profileFields();
// The spec of one field; nullptr for an unknown key.
const FieldSpec *profileField(const QString &key);

// Display texts, translated with tr() (context "SymptomProfile"):
// the short question for a field ("Is one leg swollen compared with the other?"),
QString fieldQuestion(const QString &key);
// a plain-words explanation of the medical words in it ("what does this mean?"), may be empty,
QString fieldExplanation(const QString &key);
// and the label of one choice of a Choice field ("At night"); the location names of kb::Location.
QString choiceLabel(const QString &key, const QString &choice);

// A problem with one field of a profile, e.g. {"episodes_per_week", "must be a number ≥ 0"}.
// field is empty for problems with the document as a whole (malformed JSON: line and column).
struct ProfileError
{
    QString field;
    QString message; // translated

    // "episodes_per_week: must be a number ≥ 0" (or just the message when field is empty).
    QString toString() const;
};

struct ProfileParseResult;

// The answers given so far. Values are stored as JSON values exactly as the contract writes them.
// Setters validate against profileFields(); an invalid value leaves the profile unchanged.
class SymptomProfile final
{
    Q_DECLARE_TR_FUNCTIONS(SymptomProfile)

public:
    SymptomProfile() = default;

    // Parses and validates a whole profile: unknown keys, wrong types, out-of-range values,
    // missing complaint / location and a schema other than 1 are errors (every one is listed).
    static ProfileParseResult fromJson(const QJsonObject &object);
    // The same from the bytes of a file: malformed JSON gives one error with line and column.
    static ProfileParseResult fromJsonBytes(const QByteArray &data);

    // The profile as a contract JSON object (only the fields that are set; no "schema").
    QJsonObject toJson() const { return m_values; }

    // Sets one field; on an invalid key or value returns the error and changes nothing.
    std::optional<ProfileError> set(const QString &key, const QJsonValue &value);
    // Convenience setters for the wizard (same validation; return false when invalid).
    bool setBool(const QString &key, bool value) { return !set(key, value).has_value(); }
    bool setChoice(const QString &key, const QString &id) { return !set(key, id).has_value(); }
    bool setNumber(const QString &key, double value) { return !set(key, value).has_value(); }
    // Forgets an answer: the field becomes "don't know".
    void clear(const QString &key) { m_values.remove(key); }

    bool has(const QString &key) const { return m_values.contains(key); }
    QJsonValue value(const QString &key) const { return m_values.value(key); }
    // Typed reads; nullopt when the field is unanswered (or of another type).
    std::optional<bool> flag(const QString &key) const;
    std::optional<double> number(const QString &key) const;
    std::optional<QString> choice(const QString &key) const;

    // Errors for the required fields (complaint, location) that are still missing.
    QList<ProfileError> missingRequired() const;
    bool isComplete() const { return missingRequired().isEmpty(); }

    // Checks one value against its field's spec; nullopt when valid.
    static std::optional<ProfileError> validate(const QString &key, const QJsonValue &value);

private:
    QJsonObject m_values;
};

struct ProfileParseResult
{
    std::optional<SymptomProfile> profile; // set only when errors is empty
    QList<ProfileError> errors;

    bool ok() const { return profile.has_value(); }
};

} // namespace legcare::triage
