// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"
#include "partnerkey.h"

#include <QAbstractTableModel>
#include <QList>

namespace phenomap {

/// The partner keys of a KeyStore as a table: name, agency, minisign key id, age recipient, the
/// trust flag as an editable check box (written to the store at once) and the date of import.
/// The store stays the source of truth: the model caches its list and reload() re-reads it.
class PartnerKeysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Agency, KeyId, AgeRecipient, Trusted, Added, ColumnCount };
    enum Role {
        KeyIdRole = Qt::UserRole + 1, ///< the raw 8-byte minisign key id (QByteArray)
        PublicKeyRole,                ///< the minisign public key, base64 (QString)
    };

    explicit PartnerKeysModel(const KeyStore &store, QObject *parent = nullptr);

    /// Re-reads the partners from the store. On a damaged list the model is empty, lastError()
    /// says why (naming the file), errorOccurred() is emitted and false is returned.
    bool reload();
    /// The partner on `row` (0 <= row < rowCount()).
    const PartnerKey &partnerAt(int row) const { return m_partners.at(row); }
    /// The row of the partner with this minisign key id, or -1.
    int rowOfKeyId(const QByteArray &keyId) const;
    /// Removes the partner on `row` from the store and the model; false (with errorOccurred())
    /// when the store cannot be written.
    bool removePartner(int row);
    /// The last error message (translated), empty when none occurred.
    const QString &lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Only the Trusted column's Qt::CheckStateRole is editable; it calls KeyStore::setPartnerTrusted().
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// Reading or writing the store failed; `message` is translated and names the problem.
    void errorOccurred(const QString &message);

private:
    void fail(const QString &message);

    KeyStore m_store;
    QList<PartnerKey> m_partners;
    QString m_lastError;
};

} // namespace phenomap
