// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>

namespace phenomap::test {

IncidentRecord sampleIncident(Project &project, int index)
{
    IncidentRecord r;
    r.hasPoint = true;
    r.x = 149000.0 + index % 100;
    r.y = 170500.0 + index / 100;
    r.occurredFrom = 1700000000 + qint64(index) * 3600;
    r.occurredTo = r.occurredFrom;
    r.phenomenonId = *project.db().scalarInt("SELECT min(id) FROM phenomena WHERE kind = 'phenomenon'");
    r.moIds = {*project.db().scalarInt("SELECT min(id) FROM phenomena WHERE kind = 'mo'")};
    r.sourceId = project.ensureSource(QStringLiteral("PZ 5339 Bruxelles-Capitale/Ixelles"), QStringLiteral("local_police"));
    r.sourceRef = QStringLiteral("REF-%1").arg(index);
    r.address = QStringLiteral("Grand-Place %1, 1000 Bruxelles").arg(index);
    r.description = QStringLiteral("test incident number %1").arg(index);
    r.municipalityNis = 21004;
    r.policeZone = 5339;
    return r;
}

QString validateGpkg(const QString &path, bool *available)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (available)
        *available = QFileInfo::exists(python);
    if (!QFileInfo::exists(python))
        return QString();
    QProcess p;
    p.start(python, {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), QStringLiteral("-k"), path});
    p.waitForFinished(120000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (out.contains(QLatin1String("No module named")) && available) {
        *available = false;
        return QString();
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return out.isEmpty() ? QStringLiteral("validator exit code %1").arg(p.exitCode()) : out;
    return out.trimmed();
}

QString tableDigest(Database &db, const QString &table, const QString &orderBy)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement st = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderBy));
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            hash.addData(st.isNull(c) ? QByteArrayLiteral("\x01NULL") : st.blob(c));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace phenomap::test
