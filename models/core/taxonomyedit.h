// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxonomy.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <stdexcept>

namespace phenomap {

class Project;

/// Why a taxonomy edit was refused; message() is translated and names the node.
class TaxonomyError : public std::runtime_error
{
public:
    explicit TaxonomyError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// A `phenomena` row as stored, with the taxonomy version it carries, so that undoing a removal
/// puts back exactly the row that was there.
struct StoredTaxonomyNode
{
    TaxonomyNode node;
    QString version;
};

/// Edits the phenomenon / MO tree of an open, writable project. Every operation is one
/// transaction with its audit entry; a refused or failed operation throws TaxonomyError (or
/// SqliteError) and leaves the project unchanged. Incidents and rules refer to nodes by id, so
/// ids never change: restore() re-inserts a removed node under its old id (undo).
class TaxonomyEdit
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::TaxonomyEdit)
public:
    /// `language` ("fr", "nl", "en") chooses the label messages name a node by.
    explicit TaxonomyEdit(Project &project, const QString &language = QStringLiteral("en"));

    std::optional<StoredTaxonomyNode> find(qint64 id);

    /// Adds a phenomenon (parentId 0) or an MO under the phenomenon parentId. Labels in the three
    /// languages are required; a phenomenon needs a colour "#rrggbb", an MO has none. An empty
    /// code is made from the English label (MO: "<phenomenon code>.<slug>"), made unique with a
    /// number; a given code must be free. sortOrder <= 0 puts the node last among its siblings.
    StoredTaxonomyNode add(TaxonomyNode node);
    /// Replaces labels, colour, plan measure and sort order of node.id (kind, parent and code
    /// stay). Returns the row as it was before, for undo.
    StoredTaxonomyNode update(const TaxonomyNode &node);
    /// Removes a node nobody uses; refused with refusal()'s message otherwise. Returns the
    /// removed row, for restore().
    StoredTaxonomyNode remove(qint64 id);
    /// Puts a removed row back with its id, code and version (undo of remove, redo of add).
    /// Refused when the id or the code is taken or an MO's phenomenon is gone.
    StoredTaxonomyNode restore(const StoredTaxonomyNode &stored);

    /// Why `id` cannot be removed (incidents, MO links, mapping rules, child MO use it), or
    /// nullopt when it can.
    std::optional<QString> refusal(qint64 id);

    /// "Street dealing" -> "street_dealing": lower-case ASCII letters, digits and underscores.
    static QString slug(const QString &label);

private:
    void requireWritable();
    void validate(const TaxonomyNode &node);
    QString uniqueCode(const QString &base);
    QString nameOf(const TaxonomyNode &node) const;
    void insert(const StoredTaxonomyNode &stored, bool keepId, qint64 &id);

    Project &m_project;
    QString m_language;
};

} // namespace phenomap
