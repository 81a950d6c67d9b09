// SPDX-License-Identifier: GPL-3.0-or-later
#include "vsimemfile.h"

#include <cpl_vsi.h>

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <stdexcept>

namespace phenomap {

VsiMemFile::VsiMemFile(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("missing resource " + resource.toStdString());
    m_bytes = f.readAll();
    static std::atomic<quint64> counter{0};
    m_path = "/vsimem/phenomap_" + std::to_string(++counter) + "_" + QFileInfo(resource).fileName().toStdString();
    VSILFILE *fp = VSIFileFromMemBuffer(m_path.c_str(), reinterpret_cast<GByte *>(m_bytes.data()),
                                        vsi_l_offset(m_bytes.size()), FALSE);
    VSIFCloseL(fp);
}

VsiMemFile::~VsiMemFile() { VSIUnlink(m_path.c_str()); }

} // namespace phenomap
