#pragma once

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace legcare::test {

// A QSettings store in a fresh temporary folder, so no test reads or writes the user's own.
class TempSettings
{
public:
    TempSettings()
        : m_store(std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                              QSettings::IniFormat))
    {
    }

    QSettings &store() { return *m_store; }
    QString path() const { return m_store->fileName(); }

    // A second QSettings on the same file, as a later run of the program would see it.
    std::unique_ptr<QSettings> reopen() const
    {
        m_store->sync();
        return std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
};

} // namespace legcare::test
