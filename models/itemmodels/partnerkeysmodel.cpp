// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnerkeysmodel.h"

#include "trusterror.h"

#include <QLocale>

namespace phenomap {

PartnerKeysModel::PartnerKeysModel(const KeyStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void PartnerKeysModel::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
}

bool PartnerKeysModel::reload()
{
    QList<PartnerKey> partners;
    QString error;
    try {
        partners = m_store.partners();
    } catch (const TrustError &e) {
        error = e.message();
    }
    beginResetModel();
    m_partners = std::move(partners);
    endResetModel();
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    return true;
}

int PartnerKeysModel::rowOfKeyId(const QByteArray &keyId) const
{
    for (int row = 0; row < m_partners.size(); ++row)
        if (m_partners.at(row).signingKey.keyId() == keyId)
            return row;
    return -1;
}

bool PartnerKeysModel::removePartner(int row)
{
    if (row < 0 || row >= m_partners.size())
        return false;
    try {
        m_store.removePartner(m_partners.at(row).signingKey.keyId());
    } catch (const TrustError &e) {
        fail(e.message());
        return false;
    }
    // Gone from the store either way (removed now, or already by someone else).
    beginRemoveRows(QModelIndex(), row, row);
    m_partners.removeAt(row);
    endRemoveRows();
    return true;
}

int PartnerKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_partners.size());
}

int PartnerKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartnerKey &p = m_partners.at(index.row());
    if (role == KeyIdRole)
        return p.signingKey.keyId();
    if (role == PublicKeyRole)
        return QString::fromLatin1(p.signingKey.toBase64());
    const int column = index.column();
    if (role == Qt::CheckStateRole)
        return column == Trusted ? QVariant(p.trusted ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (column == KeyId)
            return tr("Minisign public key: %1").arg(QString::fromLatin1(p.signingKey.toBase64()));
        if (column == AgeRecipient && p.encryptionKey.isNull())
            return tr("This partner only signs; packages cannot be encrypted to them.");
        if (column == Trusted)
            return tr("Packages signed with a trusted key are accepted as coming from this partner.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return p.name;
    case Agency:
        return p.agency;
    case KeyId:
        return p.signingKey.keyIdHex();
    case AgeRecipient:
        return p.encryptionKey.isNull() ? tr("none (signing only)") : p.encryptionKey.toString();
    case Trusted:
        return p.trusted ? tr("Trusted") : tr("Not trusted");
    case Added:
        return p.added.isValid() ? QLocale().toString(p.added.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    default:
        return {};
    }
}

bool PartnerKeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Trusted || role != Qt::CheckStateRole)
        return false;
    const bool trusted = value.toInt() == Qt::Checked;
    PartnerKey &p = m_partners[index.row()];
    if (p.trusted == trusted)
        return true;
    try {
        m_store.setPartnerTrusted(p.signingKey.keyId(), trusted);
    } catch (const TrustError &e) {
        fail(e.message());
        return false;
    }
    p.trusted = trusted;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
}

QVariant PartnerKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Agency:
        return tr("Agency");
    case KeyId:
        return tr("Key ID");
    case AgeRecipient:
        return tr("Encryption key");
    case Trusted:
        return tr("Trusted");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

Qt::ItemFlags PartnerKeysModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Trusted)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace phenomap
