#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace legcare::gui {

// "What does this mean?": a small button that shows or hides a plain-words explanation of the
// medical words in a question. Nothing is shown for an empty text.
class Explanation final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Explanation)

public:
    Explanation(const QString &objectNamePrefix, const QString &text, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle = nullptr;
    QLabel *m_text = nullptr;
};

// One question of the profile with a few answers as radio buttons, and "Don't know". A yes/no
// question is a choice between "yes" and "no". Nothing chosen, or "Don't know", leaves the
// profile field absent. Buttons are named "<key>_<choice>" and "<key>_unknown".
class ChoiceQuestion final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceQuestion)

public:
    struct Choice
    {
        QString id;
        QString label;
    };

    ChoiceQuestion(const QString &key, const QString &question, const QList<Choice> &choices,
                   bool offerDontKnow, Qt::Orientation orientation, QWidget *parent = nullptr);

    // A yes / no / don't know question for a boolean field, worded by the core.
    static ChoiceQuestion *yesNo(const QString &key, QWidget *parent);
    // A question for a choice field, worded by the core.
    static ChoiceQuestion *forChoiceField(const QString &key, bool offerDontKnow, QWidget *parent);

    QString key() const { return m_key; }
    // The chosen id; nullopt when nothing or "Don't know" is chosen.
    std::optional<QString> answer() const;
    // Answered, "Don't know" included.
    bool isAnswered() const;
    // For yes / no questions: true, false or nullopt.
    std::optional<bool> flag() const;

signals:
    void changed();

private:
    QString m_key;
    QButtonGroup *m_group = nullptr;
    QStringList m_ids; // button id → choice id; the last is "unknown" when offered
};

} // namespace legcare::gui
