// Runs a fuzz harness over files instead of libFuzzer: every file of every folder (recursively)
// or file given on the command line goes once through LLVMFuzzerTestOneInput. Built in every
// normal build, so that the seed corpus and every crash reproducer are regression tests of the
// main and sanitizer suites (tests/fuzz/CMakeLists.txt).

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files.append(found);
        } else {
            // A target without regression reproducers yet has no folder for them.
            std::fprintf(stderr, "%s: no such file or folder, skipped\n", argv[i]);
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER... (no input files found)\n", argv[0]);
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 1;
        }
        const QByteArray data = file.readAll();
        std::fprintf(stderr, "running %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), static_cast<size_t>(data.size()));
    }
    std::fprintf(stderr, "%lld inputs ran without a finding\n", static_cast<long long>(files.size()));
    return 0;
}
