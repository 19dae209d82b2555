#include "routines/RoutineEditor.h"

#include "kb/KnowledgeBase.h"
#include "routines/RoutineItemsModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace legcare::gui {

RoutineEditor::RoutineEditor(const kb::KnowledgeBase &knowledgeBase, i18n::Language language, QWidget *parent)
    : QWidget(parent)
    , m_kb(knowledgeBase)
    , m_language(language)
    , m_model(new RoutineItemsModel(knowledgeBase, language, this))
{
    setObjectName(QStringLiteral("routineEditor"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("routineNameEdit"));
    m_name->setMaxLength(routines::kMaxNameLength);
    m_name->setAccessibleName(tr("Routine name"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] { rename(m_name->text()); });

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("routineItemsView"));
    m_list->setAccessibleName(tr("Exercises of the routine"));
    m_list->setAccessibleDescription(
        tr("Drag an exercise, or press Alt+Up or Alt+Down, to change the order. Delete removes it."));
    m_list->setModel(m_model);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->installEventFilter(this);
    connect(m_model, &RoutineItemsModel::moveRequested, this, &RoutineEditor::moveItem);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoutineEditor::updateControls);

    m_up = new QPushButton(tr("Move &up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setToolTip(tr("Move the exercise one place up (Alt+Up)"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveItem(currentRow(), currentRow() - 1); });
    m_down = new QPushButton(tr("Move do&wn"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setToolTip(tr("Move the exercise one place down (Alt+Down)"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveItem(currentRow(), currentRow() + 1); });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    m_remove->setToolTip(tr("Take the exercise out of this routine (Delete)"));
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItem(currentRow()); });

    m_hold = new QSpinBox(this);
    m_hold->setObjectName(QStringLiteral("holdSpin"));
    m_hold->setRange(0, routines::kMaxHoldSeconds);
    m_hold->setSuffix(tr(" s"));
    m_hold->setSpecialValueText(tr("no hold (moving)"));
    m_hold->setKeyboardTracking(false);
    m_hold->setAccessibleName(tr("Hold, in seconds"));
    connect(m_hold, &QSpinBox::editingFinished, this, [this] { setHold(currentRow(), m_hold->value()); });
    m_repetitions = new QSpinBox(this);
    m_repetitions->setObjectName(QStringLiteral("repetitionsSpin"));
    m_repetitions->setRange(1, routines::kMaxRepetitions);
    m_repetitions->setKeyboardTracking(false);
    m_repetitions->setAccessibleName(tr("Repetitions"));
    connect(m_repetitions, &QSpinBox::editingFinished, this,
            [this] { setRepetitions(currentRow(), m_repetitions->value()); });

    m_exercises = new QComboBox(this);
    m_exercises->setObjectName(QStringLiteral("exerciseCombo"));
    m_exercises->setAccessibleName(tr("Exercise to add"));
    for (const kb::Exercise &exercise : m_kb.exercises())
        m_exercises->addItem(exercise.name.text(m_language), exercise.id);
    m_add = new QPushButton(tr("&Add to routine"), this);
    m_add->setObjectName(QStringLiteral("addExerciseButton"));
    connect(m_add, &QPushButton::clicked, this,
            [this] { addExercise(m_exercises->currentData().toString()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);

    auto *order = new QVBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addWidget(m_remove);
    order->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(order);

    auto *itemForm = new QFormLayout;
    itemForm->addRow(tr("&Hold each time:"), m_hold);
    itemForm->addRow(tr("Re&petitions:"), m_repetitions);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_exercises, 1);
    addRow->addWidget(m_add);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Exercises, in the order they are done:"), this));
    layout->addLayout(listRow, 1);
    layout->addLayout(itemForm);
    layout->addLayout(addRow);
    updateControls();
}

void RoutineEditor::setRoutine(const routines::Routine &routine, int currentRow)
{
    m_routine = routine;
    {
        const QSignalBlocker blocker(m_name);
        m_name->setText(routine.name.en);
    }
    m_model->setItems(routine.items);
    if (currentRow >= 0 && currentRow < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(currentRow));
    updateControls();
}

int RoutineEditor::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void RoutineEditor::updateControls()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    const bool has = row >= 0 && row < count;
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < count);
    m_remove->setEnabled(has);
    m_hold->setEnabled(has);
    m_repetitions->setEnabled(has);
    m_add->setEnabled(count < routines::kMaxItems);
    if (has) {
        const QSignalBlocker holdBlocker(m_hold);
        const QSignalBlocker repetitionsBlocker(m_repetitions);
        m_hold->setValue(m_routine.items.at(row).holdSeconds);
        m_repetitions->setValue(m_routine.items.at(row).repetitions);
    }
}

void RoutineEditor::request(const QList<kb::RoutineItem> &items, const QString &text, int row)
{
    routines::Routine after = m_routine;
    after.items = items;
    emit editRequested(after, text, row);
}

void RoutineEditor::rename(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_routine.name.en) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(m_routine.name.en); // an empty name is not a name: keep the old one
        return;
    }
    routines::Routine after = m_routine;
    after.name = kb::LocalizedText{trimmed, trimmed};
    emit editRequested(after, tr("rename routine to “%1”").arg(trimmed), currentRow());
}

void RoutineEditor::moveItem(int from, int to)
{
    const int count = int(m_routine.items.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    QList<kb::RoutineItem> items = m_routine.items;
    items.move(from, to);
    request(items, tr("move an exercise"), to);
}

void RoutineEditor::removeItem(int row)
{
    if (row < 0 || row >= m_routine.items.size())
        return;
    QList<kb::RoutineItem> items = m_routine.items;
    items.removeAt(row);
    request(items, tr("remove an exercise"), std::min(row, int(items.size()) - 1));
}

void RoutineEditor::addExercise(const QString &exerciseId)
{
    const kb::Exercise *exercise = m_kb.exercise(exerciseId);
    if (!exercise || m_routine.items.size() >= routines::kMaxItems)
        return;
    QList<kb::RoutineItem> items = m_routine.items;
    items.append(kb::RoutineItem{exercise->id, exercise->holdSeconds, exercise->repetitions});
    request(items, tr("add an exercise"), int(items.size()) - 1);
}

void RoutineEditor::setHold(int row, int seconds)
{
    if (row < 0 || row >= m_routine.items.size() || m_routine.items.at(row).holdSeconds == seconds)
        return;
    QList<kb::RoutineItem> items = m_routine.items;
    items[row].holdSeconds = std::clamp(seconds, 0, routines::kMaxHoldSeconds);
    request(items, tr("change a hold"), row);
}

void RoutineEditor::setRepetitions(int row, int repetitions)
{
    if (row < 0 || row >= m_routine.items.size() || m_routine.items.at(row).repetitions == repetitions)
        return;
    QList<kb::RoutineItem> items = m_routine.items;
    items[row].repetitions = std::clamp(repetitions, 1, routines::kMaxRepetitions);
    request(items, tr("change the repetitions"), row);
}

bool RoutineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = currentRow();
        if (key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_Up) {
            moveItem(row, row - 1);
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && key->key() == Qt::Key_Down) {
            moveItem(row, row + 1);
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeItem(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace legcare::gui
