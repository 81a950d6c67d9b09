// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <string>

namespace phenomap {

/// Exposes a Qt resource (or any file Qt can read) to GDAL as a /vsimem/ file for the lifetime
/// of this object, so the GeoPackages embedded in the binary are read by GDAL like any file.
/// Throws std::runtime_error when the resource cannot be read.
class VsiMemFile
{
public:
    explicit VsiMemFile(const QString &resource);
    ~VsiMemFile();
    VsiMemFile(const VsiMemFile &) = delete;
    VsiMemFile &operator=(const VsiMemFile &) = delete;

    /// The /vsimem/ path to hand to GDAL.
    QString path() const { return QString::fromStdString(m_path); }

private:
    QByteArray m_bytes;
    std::string m_path;
};

} // namespace phenomap
