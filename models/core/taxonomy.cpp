// SPDX-License-Identifier: GPL-3.0-or-later
//
// The default taxonomy lives in resources/taxonomy/default.json (embedded as
// :/phenomap/taxonomy/default.json). Its schema:
//
//   {
//     "format": "phenomap-taxonomy",          // fixed
//     "formatVersion": 1,                     // this reader understands 1
//     "version": "2026.1",                    // stored as phenomena.taxonomy_version
//     "title": {"fr": ..., "nl": ..., "en": ...},
//     "palette": "...",                       // documentation only
//     "planMeasures": {"8.1": {"fr", "nl", "en"}, ...},   // documentation only
//     "phenomena": [
//       { "code": "drugs",                    // stable, [a-z0-9_]+
//         "label": {"fr": ..., "nl": ..., "en": ...},
//         "colour": "#rrggbb",
//         "planMeasure": "8.7",
//         "mo": [ { "code": "street_dealing", // stored as "drugs.street_dealing"
//                   "label": {"fr": ..., "nl": ..., "en": ...} }, ... ] },
//       ... ]
//   }
//
// Colours are Paul Tol's colour-blind-safe "muted" qualitative scheme (nine colours) with a dark
// grey for the tenth phenomenon.
#include "taxonomy.h"

#include "sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace phenomap {
namespace {

const QString kResource = QStringLiteral(":/phenomap/taxonomy/default.json");

QJsonObject readDefaultDocument()
{
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("the default taxonomy resource " + kResource.toStdString() + " is missing");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject())
        throw std::runtime_error("the default taxonomy is not valid JSON: " + error.errorString().toStdString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("phenomap-taxonomy")
        || root.value(QLatin1String("formatVersion")).toInt() != 1)
        throw std::runtime_error("the default taxonomy has an unknown format");
    return root;
}

void readLabels(const QJsonObject &object, TaxonomyNode &node)
{
    const QJsonObject label = object.value(QLatin1String("label")).toObject();
    node.labelFr = label.value(QLatin1String("fr")).toString();
    node.labelNl = label.value(QLatin1String("nl")).toString();
    node.labelEn = label.value(QLatin1String("en")).toString();
}

} // namespace

QString TaxonomyNode::label(const QString &language) const
{
    const QString lang = language.left(2).toLower();
    const QString &preferred = lang == QLatin1String("fr") ? labelFr : lang == QLatin1String("nl") ? labelNl : labelEn;
    return preferred.isEmpty() ? (labelEn.isEmpty() ? code : labelEn) : preferred;
}

QList<TaxonomyNode> defaultTaxonomy()
{
    const QJsonObject root = readDefaultDocument();
    QList<TaxonomyNode> nodes;
    int phenomenonOrder = 0;
    for (const QJsonValue &pv : root.value(QLatin1String("phenomena")).toArray()) {
        const QJsonObject p = pv.toObject();
        TaxonomyNode phenomenon;
        phenomenon.kind = QStringLiteral("phenomenon");
        phenomenon.code = p.value(QLatin1String("code")).toString();
        readLabels(p, phenomenon);
        phenomenon.colour = p.value(QLatin1String("colour")).toString();
        phenomenon.planMeasure = p.value(QLatin1String("planMeasure")).toString();
        phenomenon.sortOrder = ++phenomenonOrder;
        nodes.append(phenomenon);
        const qint64 parentPosition = nodes.size(); // list position + 1
        int moOrder = 0;
        for (const QJsonValue &mv : p.value(QLatin1String("mo")).toArray()) {
            const QJsonObject m = mv.toObject();
            TaxonomyNode mo;
            mo.kind = QStringLiteral("mo");
            mo.parentId = parentPosition;
            mo.code = phenomenon.code + QLatin1Char('.') + m.value(QLatin1String("code")).toString();
            readLabels(m, mo);
            mo.sortOrder = ++moOrder;
            nodes.append(mo);
        }
    }
    return nodes;
}

QString defaultTaxonomyVersion()
{
    return readDefaultDocument().value(QLatin1String("version")).toString();
}

void storeTaxonomy(Database &db, QList<TaxonomyNode> &nodes, const QString &version)
{
    // parentId refers to list positions + 1 until stored; map them to the new row ids.
    QList<qint64> ids(nodes.size(), 0);
    Statement insert = db.prepare(
        "INSERT INTO phenomena (parent_id, kind, code, label_fr, label_nl, label_en, colour, plan_measure, "
        "sort_order, taxonomy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        TaxonomyNode &n = nodes[i];
        qint64 parent = 0;
        if (n.parentId > 0) {
            if (n.parentId > i || ids[n.parentId - 1] == 0)
                throw std::runtime_error("taxonomy node " + n.code.toStdString() + " refers to a later parent");
            parent = ids[n.parentId - 1];
        }
        insert.reset();
        insert.bindOptional(1, parent ? std::optional<qint64>(parent) : std::nullopt)
            .bind(2, n.kind)
            .bind(3, n.code)
            .bind(4, n.labelFr)
            .bind(5, n.labelNl)
            .bind(6, n.labelEn)
            .bind(7, n.colour.isEmpty() ? QString() : n.colour)
            .bind(8, n.planMeasure.isEmpty() ? QString() : n.planMeasure)
            .bind(9, n.sortOrder)
            .bind(10, version);
        insert.run();
        ids[i] = db.lastInsertRowId();
        n.id = ids[i];
        n.parentId = parent;
    }
}

QList<TaxonomyNode> loadTaxonomy(Database &db)
{
    QList<TaxonomyNode> nodes;
    Statement st = db.prepare(
        "SELECT id, parent_id, kind, code, label_fr, label_nl, label_en, colour, plan_measure, sort_order "
        "FROM phenomena ORDER BY COALESCE(parent_id, 0), sort_order, id");
    while (st.step()) {
        TaxonomyNode n;
        n.id = st.int64(0);
        n.parentId = st.isNull(1) ? 0 : st.int64(1);
        n.kind = st.text(2);
        n.code = st.text(3);
        n.labelFr = st.text(4);
        n.labelNl = st.text(5);
        n.labelEn = st.text(6);
        n.colour = st.text(7);
        n.planMeasure = st.text(8);
        n.sortOrder = int(st.int64(9));
        nodes.append(n);
    }
    return nodes;
}

} // namespace phenomap
