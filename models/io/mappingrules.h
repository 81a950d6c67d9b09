// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>
#include <utility>

namespace phenomap {

class Project;

/// Why a mapping rule edit was refused; message() is translated.
class MappingRuleError : public std::runtime_error
{
public:
    explicit MappingRuleError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// One row of phenomap_mapping_rules, with the names list() joins in for display.
struct MappingRule
{
    qint64 id = 0;
    qint64 sourceId = 0;  ///< 0: the rule applies to every source (NULL in the table)
    QString field;        ///< "phenomenon" or "mo": the role the raw value fills
    QString rawValue;     ///< as the source writes it
    QString match = QStringLiteral("exact"); ///< "exact" or "normalised"
    qint64 targetId = 0;  ///< phenomena.id
    QString sourceName;   ///< filled by list()/find(); empty for every source
    QString targetLabel;  ///< filled by list()/find(), in the language given to MappingRules

    bool operator==(const MappingRule &other) const = default;
};

/// The saved decisions CategoryMapper applies on import (see there), edited one at a time.
/// Every change is one transaction with its audit entry; a refused change throws
/// MappingRuleError and leaves the project as it was. Rule ids never change: restore() puts a
/// removed rule back under its id (undo).
class MappingRules
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::MappingRules)
public:
    explicit MappingRules(Project &project, const QString &language = QStringLiteral("en"));

    /// Rules ordered by source name, field and raw value. `sourceId`: nullopt for all rules,
    /// 0 for the rules that apply to every source, else that source's rules.
    QList<MappingRule> list(std::optional<qint64> sourceId = std::nullopt);
    std::optional<MappingRule> find(qint64 id);
    /// Sources (id, name) by name, for choosing a rule's source.
    QList<std::pair<qint64, QString>> sources();

    /// Adds a rule. The target must exist; for field "mo" it must be an MO (for "phenomenon" a
    /// phenomenon, or an MO that implies it, as the import wizard offers); a rule for the same
    /// source, field and raw value must not exist. Returns the stored rule (with its id).
    MappingRule add(MappingRule rule);
    /// Changes target and match of rule `id`; returns the rule as it was before.
    MappingRule change(qint64 id, qint64 targetId, const QString &match);
    /// Removes rule `id`; returns it as it was, for restore().
    MappingRule remove(qint64 id);
    /// Puts a removed rule back under its id.
    MappingRule restore(const MappingRule &rule);

private:
    void requireWritable();
    void validate(const MappingRule &rule, qint64 ignoreId);
    void insert(const MappingRule &rule, bool keepId);

    Project &m_project;
    QString m_language;
};

} // namespace phenomap
