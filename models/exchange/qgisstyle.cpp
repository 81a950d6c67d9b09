// SPDX-License-Identifier: GPL-3.0-or-later
#include "qgisstyle.h"

#include "sqlite.h"

#include <QXmlStreamWriter>

#include <algorithm>
#include <functional>

namespace phenomap {
namespace {

QString rgba(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

void option(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
    w.writeAttribute(QStringLiteral("name"), QLatin1String(name));
    w.writeAttribute(QStringLiteral("value"), value);
    w.writeEndElement();
}

/// <symbol> with one simple marker or simple fill layer.
void symbol(QXmlStreamWriter &w, const QString &name, bool marker, const QColor &fill, const QColor &outline)
{
    w.writeStartElement(QStringLiteral("symbol"));
    w.writeAttribute(QStringLiteral("type"), marker ? QStringLiteral("marker") : QStringLiteral("fill"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("layer"));
    w.writeAttribute(QStringLiteral("class"),
                     marker ? QStringLiteral("SimpleMarker") : QStringLiteral("SimpleFill"));
    w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    option(w, "color", rgba(fill));
    option(w, "outline_color", rgba(outline));
    option(w, "outline_style", QStringLiteral("solid"));
    option(w, "outline_width", marker ? QStringLiteral("0.2") : QStringLiteral("0.4"));
    option(w, "outline_width_unit", QStringLiteral("MM"));
    if (marker) {
        option(w, "name", QStringLiteral("circle"));
        option(w, "size", QStringLiteral("2.4"));
        option(w, "size_unit", QStringLiteral("MM"));
    } else {
        option(w, "style", fill.alpha() == 0 ? QStringLiteral("no") : QStringLiteral("solid"));
        option(w, "joinstyle", QStringLiteral("bevel"));
    }
    w.writeEndElement(); // Option
    w.writeEndElement(); // layer
    w.writeEndElement(); // symbol
}

QString document(const std::function<void(QXmlStreamWriter &)> &renderer)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    w.writeStartElement(QStringLiteral("qgis"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("3.22.16-Białowieża"));
    w.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology"));
    renderer(w);
    w.writeEndElement();
    return out;
}

} // namespace

QString QgisStyle::categorizedPoints(const QString &attribute, const QList<Category> &categories)
{
    return document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("renderer-v2"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
        w.writeAttribute(QStringLiteral("attr"), attribute);
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("categories"));
        for (int i = 0; i < categories.size(); ++i) {
            w.writeStartElement(QStringLiteral("category"));
            w.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("value"), categories[i].value);
            w.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            w.writeAttribute(QStringLiteral("label"), categories[i].label);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < categories.size(); ++i)
            symbol(w, QString::number(i), true, categories[i].colour, QColor(35, 35, 35));
        w.writeEndElement();
        w.writeEndElement();
    });
}

QString QgisStyle::graduatedPolygons(const QString &attribute, const QList<Range> &ranges)
{
    return document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("renderer-v2"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("graduatedSymbol"));
        w.writeAttribute(QStringLiteral("attr"), attribute);
        w.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("ranges"));
        for (int i = 0; i < ranges.size(); ++i) {
            w.writeStartElement(QStringLiteral("range"));
            w.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("lower"), QString::number(ranges[i].lower, 'f', 0));
            w.writeAttribute(QStringLiteral("upper"), QString::number(ranges[i].upper, 'f', 0));
            w.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            w.writeAttribute(QStringLiteral("label"), ranges[i].label);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("symbols"));
        for (int i = 0; i < ranges.size(); ++i)
            symbol(w, QString::number(i), false, ranges[i].colour, QColor(60, 60, 60));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("mode"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("quantile"));
        w.writeEndElement();
        w.writeEndElement();
    });
}

QString QgisStyle::simplePolygons(const QColor &outline)
{
    return document([&](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("renderer-v2"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("singleSymbol"));
        w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
        w.writeStartElement(QStringLiteral("symbols"));
        symbol(w, QStringLiteral("0"), false, QColor(0, 0, 0, 0), outline);
        w.writeEndElement();
        w.writeEndElement();
    });
}

QList<QgisStyle::Range> QgisStyle::quantileRanges(QList<qint64> values, int classes)
{
    QList<Range> out;
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (values.isEmpty() || classes < 1)
        return out;
    classes = std::min<int>(classes, int(values.size()));
    // Sequential single-hue scheme (ColorBrewer "Reds"), light to dark.
    static const QList<QColor> ramp = {QColor(0xfe, 0xe5, 0xd9), QColor(0xfc, 0xae, 0x91),
                                       QColor(0xfb, 0x6a, 0x4a), QColor(0xde, 0x2d, 0x26),
                                       QColor(0xa5, 0x0f, 0x15)};
    qint64 lower = values.first();
    for (int i = 0; i < classes; ++i) {
        const qsizetype endIndex = (values.size() * (i + 1)) / classes - 1;
        const qint64 upper = values[std::max<qsizetype>(endIndex, 0)];
        const int colourIndex =
            classes == 1 ? int(ramp.size()) - 1 : i * (int(ramp.size()) - 1) / (classes - 1);
        out.append({double(lower), double(upper), QStringLiteral("%1 – %2").arg(lower).arg(upper),
                    ramp[colourIndex]});
        lower = upper;
    }
    return out;
}

void QgisStyle::createTable(Database &db, const QString &description)
{
    db.exec(R"SQL(
CREATE TABLE IF NOT EXISTS layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  f_table_catalog TEXT(256),
  f_table_schema TEXT(256),
  f_table_name TEXT(256),
  f_geometry_column TEXT(256),
  styleName TEXT(30),
  styleQML TEXT,
  styleSLD TEXT,
  useAsDefault BOOLEAN,
  description TEXT,
  owner TEXT(30),
  ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
)SQL");
    Statement st =
        db.prepare("INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description) "
                   "VALUES ('layer_styles', 'attributes', 'layer_styles', ?)");
    st.bind(1, description).run();
}

void QgisStyle::addStyle(Database &db, const QString &table, const QString &styleName, const QString &qml,
                         const QString &description)
{
    Statement geom = db.prepare("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?");
    geom.bind(1, table);
    const QString column = geom.step() ? geom.text(0) : QStringLiteral("geom");
    Statement st =
        db.prepare("INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                   "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui) "
                   "VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', NULL)");
    st.bind(1, table).bind(2, column).bind(3, styleName).bind(4, qml).bind(5, description).run();
}

} // namespace phenomap
