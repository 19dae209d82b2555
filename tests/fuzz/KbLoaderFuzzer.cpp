// Fuzzes the knowledge-base loader (kb::Loader::load) with the real data around the fuzzed file.
// Once, the bundled knowledge base is copied into a temporary folder. An input is
//     <relative path>\n<file content>
// e.g. "conditions/dehydration.json\n{...}": the content replaces that file for one load (a first
// line that names no file picks one by its hash), then the original is put back. So every kind
// of file (condition, exercise, routines, topics, triage rules) is fuzzed with its references to
// the rest resolving as they do in the product. A load either gives a knowledge base and no
// errors, or errors that each name the file and the problem; a knowledge base that loads renders
// every page in both languages with its texts escaped.

#include "FuzzSupport.h"

#include "kb/HtmlRenderer.h"
#include "kb/Loader.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

namespace {

struct KbCopy {
    QTemporaryDir dir;
    QStringList files;              // relative paths, sorted
    QMap<QString, QByteArray> original;
};

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    legcare::fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size(),
                           "write a knowledge-base file", path);
}

// Static, so that the folder is removed when the fuzzer exits.
KbCopy &kbCopy()
{
    static KbCopy copy;
    if (!copy.files.isEmpty())
        return copy;
    legcare::fuzz::require(copy.dir.isValid(), "a temporary folder");
    const QString source = QString::fromLatin1(legcare::kb::Loader::kBundledRoot);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        copy.files.append(it.next().mid(source.size() + 1));
    copy.files.sort();
    legcare::fuzz::require(!copy.files.isEmpty(), "the bundled knowledge base has files");
    for (const QString &relative : std::as_const(copy.files)) {
        QFile in(source + QLatin1Char('/') + relative);
        legcare::fuzz::require(in.open(QIODevice::ReadOnly), "read a bundled file", relative);
        copy.original.insert(relative, in.readAll());
        QDir().mkpath(QFileInfo(copy.dir.filePath(relative)).path());
        writeFile(copy.dir.filePath(relative), copy.original.value(relative));
    }
    return copy;
}

const QString kInjected = QStringLiteral("<x-fuzz");

void checkPages(const legcare::kb::KnowledgeBase &knowledgeBase)
{
    using namespace legcare;
    for (const i18n::Language language : {i18n::Language::English, i18n::Language::SimplifiedChinese}) {
        const kb::HtmlRenderer renderer(knowledgeBase, language);
        QStringList pages;
        for (const kb::Condition &item : knowledgeBase.conditions())
            pages.append(renderer.condition(item));
        for (const kb::Exercise &item : knowledgeBase.exercises())
            pages.append(renderer.exercise(item));
        for (const kb::Routine &item : knowledgeBase.routines())
            pages.append(renderer.routine(item));
        for (const kb::Topic &item : knowledgeBase.topics())
            pages.append(renderer.topic(item));
        for (const QString &page : std::as_const(pages)) {
            fuzz::require(!page.isEmpty(), "every item has a page");
            fuzz::require(!page.contains(kInjected, Qt::CaseInsensitive), "texts are escaped in pages", page.left(300));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace legcare;
    KbCopy &copy = kbCopy();
    const QByteArray input = fuzz::bytesOf(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString wanted = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QString relative = copy.files.contains(wanted)
        ? wanted
        : copy.files.at(static_cast<qsizetype>(qHash(wanted) % static_cast<size_t>(copy.files.size())));
    const QString path = copy.dir.filePath(relative);

    writeFile(path, newline < 0 ? input : input.mid(newline + 1));
    const kb::LoadResult result = kb::Loader::load(copy.dir.path());
    writeFile(path, copy.original.value(relative));

    fuzz::require(result.ok() == result.errors.isEmpty(), "a knowledge base exactly when there are no errors");
    for (const kb::LoadError &error : result.errors)
        fuzz::require(!error.file.isEmpty() && !error.message.isEmpty(), "every error names the file and the problem",
                      error.toString());
    if (result.ok())
        checkPages(*result.knowledgeBase);
    return 0;
}
