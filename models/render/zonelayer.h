// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace phenomap {

class Database;

/// One zone polygon ready to draw, in EPSG:31370 metres.
struct ZoneShape
{
    qint64 fid = 0;
    QString code;        ///< NIS code for a municipality, zone number for a police zone
    QString nameFr, nameNl;
    QString parentCode;  ///< e.g. the police zone of a municipality
    qint64 population = 0;
    QPainterPath path;   ///< all parts and holes, odd-even fill
    QPointF labelPoint;  ///< a point inside the zone, in the middle of its widest part
    QRectF bounds;

    /// Name for a language ("fr", "nl"; anything else gives the bilingual "FR / NL").
    QString name(const QString &language) const;
};

/// The zones of one layer of a project's `zones` table, decoded once into painter paths. The
/// painter never touches SQLite: it gets these shapes, so drawing a frame costs no queries.
class ZoneLayer
{
public:
    ZoneLayer() = default;
    explicit ZoneLayer(std::vector<ZoneShape> shapes);

    /// Reads every zone of `layer` (e.g. "municipalities", "police_zones"); throws SqliteError.
    /// Rows whose geometry cannot be decoded are skipped.
    static ZoneLayer load(Database &db, const QString &layer);

    const std::vector<ZoneShape> &shapes() const { return m_shapes; }
    bool isEmpty() const { return m_shapes.empty(); }
    QRectF extent() const { return m_extent; } ///< union of the shapes' bounds
    /// Index of the shape containing a world point, or -1.
    int indexAt(QPointF world) const;

private:
    std::vector<ZoneShape> m_shapes;
    QRectF m_extent;
};

/// Decodes ISO WKB (Polygon or MultiPolygon, 2D/Z/M/ZM, either byte order) into a path with
/// one closed subpath per ring; an empty path for other or malformed geometry.
QPainterPath pathFromWkb(const QByteArray &wkb);
/// A point well inside a path: the middle of the widest horizontal run through its largest part.
QPointF interiorLabelPoint(const QPainterPath &path);

} // namespace phenomap
