#include "MainWindow.h"

#include "AppInfo.h"
#include "common/DisclaimerBanner.h"
#include "common/Icons.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DoctorReportPrinting.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/SafetyNoticeDialog.h"
#include "i18n/Language.h"
#include "pages/DiaryPage.h"
#include "pages/LibraryPage.h"
#include "pages/StretchingPage.h"
#include "pages/SymptomCheckPage.h"
#include "reminders/ReminderService.h"
#include "settings/Settings.h"
#include "wizard/AssessmentView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace legcare::gui {

namespace {

struct AreaInfo {
    Area area;
    const char16_t *iconName; // common/Icons.h
    QKeySequence shortcut;
};

QString areaTitle(Area area)
{
    switch (area) {
    case Area::SymptomCheck:
        return MainWindow::tr("Symptom check");
    case Area::Stretching:
        return MainWindow::tr("Stretching");
    case Area::Diary:
        return MainWindow::tr("Diary");
    case Area::Library:
        return MainWindow::tr("Library");
    }
    return {};
}

const AreaInfo kAreas[kAreaCount] = {
    {Area::SymptomCheck, u"area-symptom-check", QKeySequence(Qt::CTRL | Qt::Key_1)},
    {Area::Stretching, u"area-stretching", QKeySequence(Qt::CTRL | Qt::Key_2)},
    {Area::Diary, u"area-diary", QKeySequence(Qt::CTRL | Qt::Key_3)},
    {Area::Library, u"area-library", QKeySequence(Qt::CTRL | Qt::Key_4)},
};

} // namespace

MainWindow::MainWindow(Settings &settings, const kb::KnowledgeBase &knowledgeBase,
                       diary::DiaryStore &diary, i18n::Language language, QWidget *parent)
    : MainWindow(settings, knowledgeBase, language, diary.path(), parent)
{
    setDiary(diary);
    for (const AreaInfo &info : kAreas)
        ensurePage(info.area);
}

MainWindow::MainWindow(Settings &settings, const kb::KnowledgeBase &knowledgeBase,
                       i18n::Language language, QString diaryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_kb(knowledgeBase)
    , m_diaryPath(std::move(diaryPath))
    , m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The window's text is laid out without OpenType shaping where its script needs none (Latin,
    // Chinese): no kerning or ligatures, which the interface's text does without, and no
    // HarfBuzz pass for every layout of every label (4–5 ms of processor time before the first
    // frame; docs/performance.md, "Startup"). Scripts that need shaping are still shaped, and the
    // printouts keep theirs. Only the strategy is set: family and size follow the desktop's.
    QFont noShaping;
    noShaping.setStyleStrategy(QFont::PreferNoShaping);
    setFont(noShaping);
    setWindowTitle(tr("LegCare"));
    // The window's icon is the application's, which main() sets (decoded on a thread).

    createPages();
    createMenus();
    restoreWindowState();
    // Last: measuring text waits for the font database, which main() fills on another thread
    // while everything above is built.
    sizeSidebar();
}

void MainWindow::sizeSidebar()
{
    const QFontMetrics metrics = m_sidebar->fontMetrics();
    int widest = 0;
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QListWidgetItem *item = m_sidebar->item(row);
        // Room for the icon or two lines of text, whichever is taller at the user's font size.
        item->setSizeHint(QSize(0, std::max(44, metrics.height() * 2 + 8)));
        widest = std::max(widest, metrics.horizontalAdvance(item->text()));
    }
    m_sidebar->setFixedWidth(widest + 32 + 48);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("areaSidebar"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setAccessibleDescription(
        tr("The four areas of LegCare; %1 to %2 switch between them from anywhere.")
            .arg(kAreas[0].shortcut.toString(QKeySequence::NativeText),
                 kAreas[kAreaCount - 1].shortcut.toString(QKeySequence::NativeText)));
    m_sidebar->setIconSize(QSize(32, 32));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("areaStack"));
    // A page is built when its area is first shown, or with the diary (setDiary): the window
    // shows sooner. Until then a placeholder holds its place; Stretching and Diary need the
    // diary, and theirs says that it is being opened.
    for (const AreaInfo &info : kAreas) {
        const bool needsDiary = info.area == Area::Stretching || info.area == Area::Diary;
        auto *placeholder = new QLabel(needsDiary ? tr("Opening your diary…") : QString(), m_stack);
        placeholder->setObjectName(QStringLiteral("areaPlaceholder"));
        placeholder->setAlignment(Qt::AlignCenter);
        m_stack->addWidget(placeholder);
    }

    for (const AreaInfo &info : kAreas) {
        auto *item = new QListWidgetItem(icons::bundled(info.iconName), areaTitle(info.area),
                                         m_sidebar);
        item->setToolTip(QStringLiteral("%1 (%2)").arg(
            areaTitle(info.area), info.shortcut.toString(QKeySequence::NativeText)));
    }

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= kAreaCount)
            return;
        ensurePage(static_cast<Area>(row));
        m_stack->setCurrentIndex(row);
        emit areaChanged(static_cast<Area>(row));
    });

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_stack, 1);
    contentLayout->addWidget(new DisclaimerBanner(content));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    const int last = m_settings.lastArea();
    m_sidebar->setCurrentRow(last >= 0 && last < kAreaCount ? last : 0);
}

void MainWindow::setDiary(diary::DiaryStore &diary)
{
    if (m_diary)
        return;
    m_diary = &diary;
    if (auto *symptomCheck = qobject_cast<SymptomCheckPage *>(page(Area::SymptomCheck)))
        symptomCheck->setDiary(m_diary);
    // The area shown and the Diary now; the other areas right after, unless shown first.
    ensurePage(currentArea());
    ensurePage(Area::Diary);
    QTimer::singleShot(0, this, [this] {
        for (const AreaInfo &info : kAreas)
            ensurePage(info.area);
    });

    m_reports = new DoctorReportPrinting(diary, m_kb, m_language, this);
    m_reports->setObjectName(QStringLiteral("doctorReportPrinting"));
    for (QAction *action : std::as_const(m_diaryActions))
        action->setEnabled(true);
    updatePrintAction();
}

QWidget *MainWindow::createPage(Area area)
{
    switch (area) {
    case Area::SymptomCheck: {
        auto *symptomCheck = new SymptomCheckPage(m_kb, m_language, m_stack);
        symptomCheck->setDiary(m_diary);
        // The result links to conditions and exercises; the Library shows them.
        connect(symptomCheck, &SymptomCheckPage::openLinkRequested, this, [this](const QUrl &link) {
            showArea(Area::Library);
            if (auto *library = qobject_cast<LibraryPage *>(page(Area::Library)))
                library->showItem(link);
        });
        connect(symptomCheck, &SymptomCheckPage::viewChanged, this, &MainWindow::updatePrintAction);
        return symptomCheck;
    }
    case Area::Stretching: {
        if (!m_diary)
            return nullptr;
        auto *stretching = new StretchingPage(m_kb, m_language, *m_diary, m_stack);
        connect(stretching, &StretchingPage::currentRoutineChanged, this,
                &MainWindow::updatePrintAction);
        // A routine played counts in the diary's days.
        connect(stretching, &StretchingPage::sessionRecorded, this, [this] {
            if (auto *diaryPage = qobject_cast<DiaryPage *>(page(Area::Diary)))
                diaryPage->reload();
        });
        m_undoGroup->addStack(stretching->undoStack());
        return stretching;
    }
    case Area::Diary: {
        if (!m_diary)
            return nullptr;
        auto *diaryPage = new DiaryPage(*m_diary, m_stack);
        connect(diaryPage, &DiaryPage::symptomCheckRequested, this,
                [this] { showArea(Area::SymptomCheck); });
        m_undoGroup->addStack(diaryPage->undoStack());
        return diaryPage;
    }
    case Area::Library:
        return new LibraryPage(m_kb, m_language, m_stack);
    }
    return nullptr;
}

void MainWindow::ensurePage(Area area)
{
    const int index = static_cast<int>(area);
    if (m_stack->widget(index)->objectName() != QLatin1String("areaPlaceholder"))
        return;
    if (QWidget *built = createPage(area))
        replacePage(area, built);
}

void MainWindow::replacePage(Area area, QWidget *page)
{
    const int index = static_cast<int>(area);
    QWidget *placeholder = m_stack->widget(index);
    const bool current = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (current) {
        // Before the window is first shown, showing the page would lay it out at the size of a
        // widget never laid out (a hundred pixels wide: dozens of lines of wrapped text), then
        // again at its real size when the window shows; its layout waits for the window's.
        QLayout *layout = page->layout();
        const bool layOutLater = !isVisible() && layout && layout->isEnabled();
        if (layOutLater)
            layout->setEnabled(false);
        m_stack->setCurrentIndex(index);
        if (layOutLater)
            layout->setEnabled(true);
    }
    if (auto *splitter = page->findChild<QSplitter *>(QStringLiteral("librarySplitter")))
        splitter->restoreState(m_settings.librarySplitterState());
    if (auto *splitter = page->findChild<QSplitter *>(QStringLiteral("stretchingSplitter")))
        splitter->restoreState(m_settings.stretchingSplitterState());
    followUndoStack(currentArea());
}

void MainWindow::followUndoStack(Area area)
{
    // Two histories: the routines' while Stretching is shown, the diary's everywhere else.
    if (!m_undoGroup)
        return;
    auto *stretching = qobject_cast<StretchingPage *>(page(Area::Stretching));
    auto *diaryPage = qobject_cast<DiaryPage *>(page(Area::Diary));
    if (area == Area::Stretching && stretching)
        m_undoGroup->setActiveStack(stretching->undoStack());
    else if (area != Area::Stretching && diaryPage)
        m_undoGroup->setActiveStack(diaryPage->undoStack());
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    // Logging a cramp works from every area: the dialog opens over whatever is shown.
    QAction *newEpisode = fileMenu->addAction(tr("&New cramp episode…"), this, [this] {
        if (auto *diaryPage = qobject_cast<DiaryPage *>(page(Area::Diary)))
            diaryPage->logNewEpisode();
    });
    newEpisode->setObjectName(QStringLiteral("actionNewEpisode"));
    newEpisode->setShortcut(QKeySequence::New);
    // One Print for every area; it says what it prints (see updatePrintAction).
    m_print = fileMenu->addAction(tr("&Print…"), this, &MainWindow::printCurrentArea);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    connect(this, &MainWindow::areaChanged, this, &MainWindow::updatePrintAction);
    updatePrintAction();
    QAction *printReport = fileMenu->addAction(tr("Print &report for your doctor…"), this, [this] {
        if (m_reports)
            m_reports->print();
    });
    printReport->setObjectName(QStringLiteral("actionPrintReport"));
    QAction *saveReport = fileMenu->addAction(tr("Save report as P&DF…"), this, [this] {
        if (m_reports)
            m_reports->saveAsPdf();
    });
    saveReport->setObjectName(QStringLiteral("actionSaveReport"));
    m_diaryActions = { newEpisode, printReport, saveReport };
    for (QAction *action : std::as_const(m_diaryActions))
        action->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Two histories: the routines' while Stretching is shown, the diary's everywhere else (a
    // cramp can be logged from any area). The actions say which edit they undo ("Undo log a
    // cramp episode").
    m_undoGroup = new QUndoGroup(this); // its stacks come with the diary (setDiary)
    connect(this, &MainWindow::areaChanged, this, &MainWindow::followUndoStack);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    addAction(undo);
    addAction(redo);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    for (const AreaInfo &info : kAreas) {
        // The sidebar's icon, decoded once.
        const QIcon icon = m_sidebar->item(static_cast<int>(info.area))->icon();
        QAction *action = goMenu->addAction(icon, areaTitle(info.area));
        action->setShortcut(info.shortcut);
        action->setObjectName(QStringLiteral("actionArea%1").arg(static_cast<int>(info.area)));
        const Area area = info.area;
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    }
    goMenu->addSeparator();
    QAction *find = goMenu->addAction(tr("&Find in Library"), this, &MainWindow::findInLibrary);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    const QString current = m_settings.languagePreference();
    const QList<QPair<QString, QString>> choices = {
        {QString::fromLatin1(i18n::kSystemLanguage), tr("System default")},
        {i18n::languageCode(i18n::Language::English), i18n::nativeName(i18n::Language::English)},
        {i18n::languageCode(i18n::Language::SimplifiedChinese),
         i18n::nativeName(i18n::Language::SimplifiedChinese)},
    };
    for (const auto &[code, label] : choices) {
        QAction *action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    // The daily reminders live as long as the window; clicking one shows its area.
    auto *reminderService = new ReminderService(m_settings, this);
    connect(reminderService, &ReminderService::routineRequested, this, [this](const QString &routineId) {
        showArea(Area::Stretching);
        if (auto *stretchingPage = qobject_cast<StretchingPage *>(page(Area::Stretching)))
            stretchingPage->selectRoutine(routineId);
    });
    connect(reminderService, &ReminderService::diaryRequested, this, [this] { showArea(Area::Diary); });
    settingsMenu->addAction(tr("&Reminders…"), reminderService, &ReminderService::editReminders)
        ->setObjectName(QStringLiteral("actionReminders"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *help = helpMenu->addAction(tr("LegCare &Help"), this, &MainWindow::showHelp);
    help->setObjectName(QStringLiteral("actionHelp"));
    help->setShortcut(QKeySequence::HelpContents);
    QAction *safety = helpMenu->addAction(tr("&Safety information"), this,
                                          &MainWindow::showSafetyNotice);
    safety->setObjectName(QStringLiteral("actionSafety"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About LegCare"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_stack->currentIndex());
}

QWidget *MainWindow::page(Area area) const
{
    return m_stack->widget(static_cast<int>(area));
}

void MainWindow::showArea(Area area)
{
    m_sidebar->setCurrentRow(static_cast<int>(area));
}

void MainWindow::findInLibrary()
{
    showArea(Area::Library);
    if (auto *library = qobject_cast<LibraryPage *>(page(Area::Library)))
        library->focusSearch();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSafetyNotice()
{
    auto *dialog = new SafetyNoticeDialog(SafetyNoticeDialog::Mode::Reminder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHelp()
{
    if (!m_help) {
        // Where QSettings keeps the user's settings on this system (main() uses the default store).
        const QString application = QCoreApplication::applicationName();
        const QString organization = QCoreApplication::organizationName();
        const QString settingsPath
            = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                  .filePath(
                      QStringLiteral("%1/%2.conf")
                          .arg(organization.isEmpty() ? application : organization, application));
        m_help = new HelpDialog(m_diaryPath, settingsPath, this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->showSection(HelpDialog::sectionFor(currentArea()));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::updatePrintAction()
{
    if (!m_print)
        return;
    QString text = tr("&Print…");
    bool enabled = true;
    switch (currentArea()) {
    case Area::SymptomCheck: {
        const auto *symptomCheck = qobject_cast<SymptomCheckPage *>(page(Area::SymptomCheck));
        enabled = symptomCheck && symptomCheck->showsResult();
        if (enabled)
            text = tr("&Print result…");
        break;
    }
    case Area::Stretching: {
        const auto *stretchingPage = qobject_cast<StretchingPage *>(page(Area::Stretching));
        enabled = stretchingPage && stretchingPage->canPrint();
        text = tr("&Print routine…");
        break;
    }
    case Area::Diary:
        enabled = m_diary != nullptr;
        text = tr("&Print report…");
        break;
    case Area::Library:
        text = tr("&Print page…");
        break;
    }
    m_print->setText(text);
    m_print->setEnabled(enabled);
}

void MainWindow::printCurrentArea()
{
    updatePrintAction();
    if (!m_print->isEnabled())
        return;
    switch (currentArea()) {
    case Area::SymptomCheck:
        if (auto *symptomCheck = qobject_cast<SymptomCheckPage *>(page(Area::SymptomCheck)))
            symptomCheck->assessmentView()->print();
        break;
    case Area::Stretching:
        if (auto *stretchingPage = qobject_cast<StretchingPage *>(page(Area::Stretching)))
            stretchingPage->printRoutine();
        break;
    case Area::Diary:
        if (auto *reports
            = findChild<DoctorReportPrinting *>(QStringLiteral("doctorReportPrinting")))
            reports->print();
        break;
    case Area::Library:
        if (auto *library = qobject_cast<LibraryPage *>(page(Area::Library)))
            library->print();
        break;
    }
}

void MainWindow::chooseLanguage(const QString &preference)
{
    if (preference == m_settings.languagePreference())
        return;
    m_settings.setLanguagePreference(preference);
    m_settings.sync();
    emit languagePreferenceChanged(preference);

    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("LegCare will use the new language the next time it starts."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageRestartNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(std::min(1100, available.width() * 9 / 10), std::min(720, available.height() * 9 / 10));
    }
    restoreState(m_settings.windowState());
    // The pages' splitters are restored as the pages are built (replacePage).
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("librarySplitter")))
        m_settings.setLibrarySplitterState(splitter->saveState());
    if (const auto *splitter = findChild<QSplitter *>(QStringLiteral("stretchingSplitter")))
        m_settings.setStretchingSplitterState(splitter->saveState());
    m_settings.setLastArea(static_cast<int>(currentArea()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace legcare::gui
