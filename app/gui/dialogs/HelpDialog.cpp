#include "dialogs/HelpDialog.h"

#include "common/HtmlList.h"
#include "common/SafetyText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString keys(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QString code(const QString &text)
{
    return QStringLiteral("<code>%1</code>").arg(esc(text));
}

} // namespace

HelpDialog::HelpDialog(QString diaryPath, QString settingsPath, QWidget *parent)
    : QDialog(parent)
    , m_diaryPath(std::move(diaryPath))
    , m_settingsPath(std::move(settingsPath))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("LegCare Help"));

    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Help contents"));
    m_contents->setAccessibleDescription(tr("Choose a topic; its text is shown beside the list."));
    int widest = 0;
    for (int i = 0; i < kSectionCount; ++i) {
        auto *item = new QListWidgetItem(title(static_cast<Section>(i)), m_contents);
        widest = std::max(widest, m_contents->fontMetrics().horizontalAdvance(item->text()));
    }
    m_contents->setMaximumWidth(widest + m_contents->fontMetrics().averageCharWidth() * 6);

    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("helpText"));
    m_page->setAccessibleName(tr("Help text"));
    m_page->setOpenLinks(false);
    m_page->setOpenExternalLinks(false);
    m_page->document()->setDefaultStyleSheet(
        QStringLiteral("h2 { margin-bottom: 6px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
                       "p { margin-top: 4px; margin-bottom: 4px; } li { margin-bottom: 2px; }"
                       "td { padding: 2px 12px 2px 0; }"));
    m_page->document()->setDocumentMargin(12);
    // Links in the help lead to other sections ("#shortcuts").
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        for (int i = 0; i < kSectionCount; ++i) {
            if (link.fragment() == QStringLiteral("section%1").arg(i))
                showSection(static_cast<Section>(i));
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_contents);
    columns->addWidget(m_page, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < kSectionCount)
            m_page->setHtml(html(static_cast<Section>(row)));
    });
    // Roomy enough for the shortcuts table, in text sizes rather than pixels.
    // Never larger than the screen: a CJK font's average character is twice as wide.
    const QFontMetrics metrics = fontMetrics();
    QSize size(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 36);
    if (const QScreen *shownOn = screen())
        size = size.boundedTo(shownOn->availableGeometry().size() * 0.9);
    resize(size);
    showSection(Section::Welcome);
}

void HelpDialog::showSection(Section section)
{
    m_contents->setCurrentRow(static_cast<int>(section));
}

HelpDialog::Section HelpDialog::currentSection() const
{
    const int row = m_contents->currentRow();
    return row >= 0 && row < kSectionCount ? static_cast<Section>(row) : Section::Welcome;
}

HelpDialog::Section HelpDialog::sectionFor(Area area)
{
    switch (area) {
    case Area::SymptomCheck:
        return Section::SymptomCheck;
    case Area::Stretching:
        return Section::Stretching;
    case Area::Diary:
        return Section::Diary;
    case Area::Library:
        return Section::Library;
    }
    return Section::Welcome;
}

QString HelpDialog::text() const
{
    return m_page->toPlainText();
}

QString HelpDialog::title(Section section) const
{
    switch (section) {
    case Section::Welcome:
        return tr("Welcome and safety");
    case Section::SymptomCheck:
        return tr("Symptom check");
    case Section::Stretching:
        return tr("Stretching");
    case Section::Diary:
        return tr("Diary");
    case Section::Library:
        return tr("Library");
    case Section::Shortcuts:
        return tr("Keyboard shortcuts");
    case Section::YourData:
        return tr("Your data");
    }
    return {};
}

QString HelpDialog::html(Section section) const
{
    QString body = QStringLiteral("<h2>%1</h2>").arg(esc(title(section)));
    switch (section) {
    case Section::Welcome:
        body += paragraph(tr("LegCare helps you look after leg pain and leg cramps yourself, and "
                             "tells you clearly when to see a doctor instead. It has four areas: "
                             "choose one in the list on the left of the window, or press %1 to %2.")
                              .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_1)),
                                   keys(QKeySequence(Qt::CTRL | Qt::Key_4))));
        body += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                    .arg(esc(tr("Symptom check: a short interview that tells you how urgent it is "
                                "and what you can do.")),
                         esc(tr("Stretching: illustrated stretches and routines, with a guided "
                                "player and timers.")),
                         esc(tr("Diary: log each cramp in a few seconds and take the record to "
                                "your doctor.")),
                         esc(tr("Library: conditions, exercises, warning signs and facts.")));
        body += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Safety")));
        body += QStringLiteral("<p><b>%1</b></p>").arg(esc(safety::disclaimer()));
        body += QStringLiteral("<p>%1</p>%2")
                    .arg(esc(safety::emergencyIntro()), htmlBulletList(safety::emergencySigns()));
        body += QStringLiteral("<p>%1</p>%2")
                    .arg(esc(tr("See a doctor today if you have:")),
                         htmlBulletList(safety::urgentSigns()));
        body += paragraph(tr("Help ▸ Safety information shows this message again."));
        break;
    case Section::SymptomCheck:
        body
            += paragraph(tr("A short interview about your leg pain or cramps. It takes about three "
                            "minutes."));
        body
            += paragraph(tr("It starts with the danger signs. If you answer yes to one, LegCare "
                            "tells you at once what to do, and you can stop there. Then it asks "
                            "where it is (click the leg map, or use the arrow keys and Space on "
                            "it, or choose the place below it), when it happens, how often and how "
                            "bad it is. Every question can be answered \"Don't know\", and Back "
                            "keeps your answers."));
        body
            += paragraph(tr("The result says how urgent it is, with a sign and in words: look "
                            "after it yourself, see a doctor, see a doctor today, or get help now. "
                            "It lists what it may be and why, what you can do and stretches that "
                            "may help. Links open the Library."));
        body += paragraph(
            tr("Print the result (%1), save it as a PDF, or save it to your diary: the "
               "report for your doctor then shows it.")
                .arg(keys(QKeySequence::Print)));
        break;
    case Section::Stretching:
        body
            += paragraph(tr("Stretches and routines for cramps and leg-root pain. Choose a routine "
                            "on the left to see each exercise with its picture, steps, hold and "
                            "repetitions, and the total time."));
        body += paragraph(tr("Start guided routine plays it one exercise at a time with hold "
                             "timers, a sound and a highlighted instruction at each change. Space "
                             "pauses, the Left and Right arrow keys go back or skip, Esc stops. "
                             "Each routine you play is kept in the History tab and counts in the "
                             "diary."));
        body
            += paragraph(tr("To make a routine of your own, use New routine, or Copy to start from "
                            "one of LegCare's. In the Edit tab you can rename it, add exercises, "
                            "change holds and repetitions, and change the order by dragging or "
                            "with Alt+Up and Alt+Down. Edit ▸ Undo (%1) takes back any change.")
                             .arg(keys(QKeySequence::Undo)));
        body += paragraph(tr("Print (%1) gives a sheet with tick boxes for the week; Save as PDF "
                             "writes the same sheet to a file.")
                              .arg(keys(QKeySequence::Print)));
        body += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Stop any exercise that hurts.")));
        break;
    case Section::Diary:
        body += paragraph(tr("Log each cramp in a few seconds: press %1 from anywhere in LegCare, "
                             "set how bad it was and press Enter. The other questions (when, how "
                             "long, where, what you were doing, triggers, what helped, a note) are "
                             "optional.")
                              .arg(keys(QKeySequence::New)));
        body += paragraph(tr("The Episodes tab lists your cramps, newest first. Enter or a "
                             "double-click edits one, Delete removes it and %1 brings it back. The "
                             "Today line keeps how much water you drank and whether you did your "
                             "routine.")
                              .arg(keys(QKeySequence::Undo)));
        body += paragraph(
            tr("Statistics and charts show how often cramps come, where, at what time, "
               "what may set them off and what helped. Every chart also has a "
               "written description for screen readers."));
        body += paragraph(tr("With three or more cramps a week, the diary says so in words and "
                             "suggests seeing a doctor. File ▸ Print report for your doctor (%1 "
                             "while the Diary is shown) prints the last 30 or 90 days to take with "
                             "you.")
                              .arg(keys(QKeySequence::Print)));
        break;
    case Section::Library:
        body += paragraph(tr("Everything LegCare knows: the conditions that cause leg pain and "
                             "cramps, the exercises, warning signs, facts and routines, with links "
                             "between them."));
        body += paragraph(tr("Type in the search field (%1) to find something in English or "
                             "Chinese; Enter opens the best match. Alt+Left and Alt+Right go back "
                             "and forward. %2 prints the page shown.")
                              .arg(keys(QKeySequence::Find), keys(QKeySequence::Print)));
        break;
    case Section::Shortcuts:
        body += shortcutsHtml();
        break;
    case Section::YourData:
        body += dataHtml();
        break;
    }
    return body;
}

QString HelpDialog::shortcutsHtml() const
{
    const QList<QPair<QString, QString>> everywhere = {
        { keys(QKeySequence::HelpContents), tr("This help, open at the area shown") },
        { tr("%1 to %2")
              .arg(keys(QKeySequence(Qt::CTRL | Qt::Key_1)),
                   keys(QKeySequence(Qt::CTRL | Qt::Key_4))),
          tr("Symptom check, Stretching, Diary, Library") },
        { keys(QKeySequence::New), tr("Log a cramp") },
        { keys(QKeySequence::Print),
          tr("Print what the area shows: the result, the routine, the "
             "report for your doctor or the Library page") },
        { keys(QKeySequence::Find), tr("Search the Library") },
        { keys(QKeySequence::Undo), tr("Undo") },
        { keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), tr("Redo") },
        { keys(QKeySequence::Quit), tr("Quit") },
    };
    const QList<QPair<QString, QString>> inAreas = {
        { tr("Arrow keys, Space"), tr("Leg map: move between places, choose one") },
        { tr("L, R, B"), tr("Leg map: left leg, right leg, both legs") },
        { tr("Enter, Delete"), tr("Diary: edit or delete the chosen cramp") },
        { tr("Alt+Up, Alt+Down"), tr("Your routine: move the chosen exercise") },
        { tr("Space, Left, Right, Esc"), tr("Guided routine: pause, back, skip, stop") },
        { tr("Alt+Left, Alt+Right"), tr("Library: back, forward") },
        { tr("Enter, Esc"), tr("Dialogs: save or go on, cancel") },
    };
    const auto table = [](const QList<QPair<QString, QString>> &rows) {
        QString html = QStringLiteral("<table>");
        for (const auto &[key, what] : rows) {
            if (key.isEmpty())
                continue; // a standard key this platform does not bind
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(key), esc(what));
        }
        return html + QStringLiteral("</table>");
    };
    return QStringLiteral("<h3>%1</h3>%2<h3>%3</h3>%4%5")
        .arg(esc(tr("Everywhere")), table(everywhere), esc(tr("In the areas")), table(inAreas),
             paragraph(tr("Tab and Shift+Tab move between the controls of a screen; underlined "
                          "letters in buttons and menus work with Alt.")));
}

QString HelpDialog::dataHtml() const
{
    QString html = paragraph(tr("Everything stays on this computer. LegCare never connects to the "
                                "network."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Where it is kept")));
    html += QStringLiteral("<ul><li>%1<br>%2</li><li>%3<br>%4</li></ul>")
                .arg(esc(tr("Your diary (cramps, water and routine days, your own routines, the "
                            "routines you played and the symptom checks you saved):")),
                     code(QDir::toNativeSeparators(m_diaryPath)),
                     esc(tr("Your settings (language, window layout and other choices):")),
                     code(QDir::toNativeSeparators(m_settingsPath)));
    html += paragraph(tr("Before LegCare changes the diary's format it keeps a backup next to it, "
                         "with \"backup\" in its name."));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Export")));
    html += QStringLiteral("<p>%1</p><p>%2<br>%3</p>")
                .arg(esc(tr("The report for your doctor can be printed or saved as a PDF from the "
                            "File menu.")),
                     esc(tr(
                         "To export every cramp to a file you can open in a spreadsheet, or bring "
                         "back later with \"diary import\", run in a terminal:")),
                     code(QStringLiteral("legcare-cli diary export --csv cramps.csv"))
                         + QStringLiteral("<br>")
                         + code(QStringLiteral("legcare-cli diary export --json cramps.json")));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Delete")));
    html
        += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
               .arg(esc(tr("One cramp: choose it in the Diary and press Delete (Edit ▸ Undo brings "
                           "it back).")),
                    esc(tr("A routine of yours: choose it in Stretching and press Delete.")),
                    esc(tr("Everything: quit LegCare, then delete the diary file with the files "
                           "beside it whose names start the same way, and the settings file. "
                           "LegCare starts afresh the next time.")));
    return html;
}

} // namespace legcare::gui
