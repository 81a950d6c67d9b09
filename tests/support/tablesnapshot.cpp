// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesnapshot.h"

#include "sqlite.h"

namespace phenomap::test {

QStringList tableRows(Database &db, const QString &table)
{
    QStringList rows;
    Statement st = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
    while (st.step()) {
        QStringList values;
        for (int c = 0; c < st.columnCount(); ++c)
            values << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
        rows << values.join(QChar(0x1f));
    }
    return rows;
}

QStringList taxonomySnapshot(Database &db)
{
    QStringList out;
    for (const QString &table : {QStringLiteral("phenomena"), QStringLiteral("phenomap_mapping_rules"),
                                 QStringLiteral("phenomap_incident_mo"), QStringLiteral("sources")}) {
        for (const QString &row : tableRows(db, table))
            out << table + QLatin1Char(':') + row;
    }
    Statement st = db.prepare("SELECT fid, phenomenon_id FROM incidents ORDER BY fid");
    while (st.step())
        out << QStringLiteral("incidents:%1:%2").arg(st.int64(0)).arg(st.int64(1));
    return out;
}

} // namespace phenomap::test
