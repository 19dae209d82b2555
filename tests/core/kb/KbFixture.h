#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

namespace legcare::test {

// A writable copy of the bundled knowledge base in a temporary folder, for tests that break
// one thing and check that the loader names it.
class KbCopy
{
public:
    KbCopy()
    {
        const QString source = QStringLiteral(":/kb");
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString relative = QDir(source).relativeFilePath(from);
            QDir().mkpath(QFileInfo(path(relative)).path());
            QFile::copy(from, path(relative));
            QFile::setPermissions(path(relative), QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    void write(const QString &relative, const QByteArray &data) const
    {
        QFile file(path(relative));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(data);
    }

    QJsonObject read(const QString &relative) const
    {
        QFile file(path(relative));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Reads a JSON file, lets the test change it, and writes it back.
    void edit(const QString &relative, const std::function<void(QJsonObject &)> &change) const
    {
        QJsonObject object = read(relative);
        change(object);
        write(relative, QJsonDocument(object).toJson());
    }

private:
    QTemporaryDir m_dir;
};

} // namespace legcare::test
