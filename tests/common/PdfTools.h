#pragma once

// Reads PDFs back with poppler-utils (pdfinfo, pdftotext, pdffonts), for the report tests.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace legcare::tests {

inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page count pdfinfo reports; -1 when it cannot read the file.
inline int pdfPageCount(const QString &path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
              .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

inline QString pdfInfo(const QString &path)
{
    return runTool(QStringLiteral("pdfinfo"), {path});
}

// The text of one page (1-based), or of every page when page is 0.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

inline QString pdfFonts(const QString &path)
{
    return runTool(QStringLiteral("pdffonts"), {path});
}

// Text with every run of white space removed, so that wrapped sentences compare whole
// (pdftotext breaks lines where the page did).
// Without white space, and with typographic ligatures ("ﬀ", "ﬁ") folded back into letters
// (NFKC), since text extracted from a PDF keeps the glyphs the font used.
inline QString withoutSpace(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

// Whether text read back from a PDF holds needle, white space aside. pdftotext gives a few
// Chinese characters back as the CJK radical that shares their glyph in Noto Sans CJK ("飞" as
// "⻜"), because Qt's PDF text layer maps each glyph to its lowest code point; withoutSpace folds
// the Kangxi radicals back (NFKC) but not the supplement, so any of those may stand in for a Han
// character.
inline bool pdfTextContains(const QString &pdfTextOut, const QString &needle)
{
    QString pattern;
    for (const QChar c : withoutSpace(needle)) {
        const QString escaped = QRegularExpression::escape(QString(c));
        pattern += c.script() == QChar::Script_Han
            ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2EFF}])").arg(escaped)
            : escaped;
    }
    return QRegularExpression(pattern).match(withoutSpace(pdfTextOut)).hasMatch();
}

inline bool startsWithPdfMagic(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace legcare::tests
