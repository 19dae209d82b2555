#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

class QFile;

// The guard in front of Qt's JSON parser for diary/Exchange's JSON import. Qt's parser builds the
// whole document, at 16 bytes or more a value: hostile JSON could make it take gigabytes (a
// 100 MB text, tens of millions of tiny values, empty arrays) or recurse deeply. So the bytes are
// checked first against what a diary's JSON can hold (JsonShape.cpp gives the limits).
namespace legcare::diary::exchange {

// The checks over a document read in pieces: feed() each piece in order.
class JsonShape
{
public:
    // Checks bytes, which start at offset in the document; false (and *error, naming the byte)
    // at the first problem.
    bool feed(QByteArrayView bytes, qsizetype offset, QString *error);

private:
    int m_depth = 0;
    qsizetype m_weight = 0;
    qsizetype m_textStart = -1; // the opening quote of the text being read, or -1
    bool m_escaped = false;     // the last byte was the backslash of an escape in a text
};

// The checks over a whole document.
bool checkJsonShape(const QByteArray &data, QString *error);

// A JSON file's bytes, checked as they are read, so that a hostile file is refused after the
// first megabyte that shows it rather than after all of it has been loaded.
std::optional<QByteArray> readJsonFile(QFile &file, QString *error);

} // namespace legcare::diary::exchange
