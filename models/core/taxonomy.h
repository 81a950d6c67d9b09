// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace phenomap {

class Database;

/// One node of the phenomenon / modus-operandi tree (table `phenomena`).
struct TaxonomyNode
{
    qint64 id = 0;        ///< 0 until stored
    qint64 parentId = 0;  ///< 0 for a phenomenon (top level)
    QString kind;         ///< "phenomenon" or "mo"
    QString code;         ///< stable, e.g. "drugs" or "drugs.street_dealing"
    QString labelFr, labelNl, labelEn;
    QString colour;       ///< "#rrggbb", phenomena only
    QString planMeasure;  ///< e.g. "8.7", phenomena only
    int sortOrder = 0;

    QString label(const QString &language) const; ///< "fr", "nl" or anything else for English
};

/// The shipped default taxonomy for the organised-crime chapter of the regional plan, read from
/// the resource :/phenomap/taxonomy/default.json (phenomena first, each followed by its MO;
/// parentId refers to list positions + 1 until stored).
QList<TaxonomyNode> defaultTaxonomy();
QString defaultTaxonomyVersion();

/// Inserts nodes into `phenomena` (inside the caller's transaction), assigning ids.
void storeTaxonomy(Database &db, QList<TaxonomyNode> &nodes, const QString &version);
/// Reads the whole tree, ordered by parent then sort order.
QList<TaxonomyNode> loadTaxonomy(Database &db);

} // namespace phenomap
