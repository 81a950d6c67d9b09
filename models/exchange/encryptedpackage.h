// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agepassphrase.h"
#include "agerecipient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace phenomap {

class AgeDecryptor;
class Project;

/// To whom a package is encrypted (age v1, FORMAT.md section 4): one or more partners' X25519
/// keys, or one passphrase (scrypt); age forbids mixing the two. Empty = not encrypted.
struct PackageEncryption
{
    QList<AgeRecipient> recipients;
    QByteArray passphrase;
    int passphraseLogN = AgePassphrase::DefaultLogN; ///< scrypt work factor 2^logN

    bool isEnabled() const { return !recipients.isEmpty() || !passphrase.isEmpty(); }
};

/// Encrypted partner packages: OUT.gpkg.age is an age file whose plaintext is the GeoPackage,
/// so partners decrypt it with `age -d` and Phenomap opens it in memory (sqlite3_deserialize)
/// without writing the plain database anywhere.
class EncryptedPackage
{
public:
    /// The name an encrypted package gets: path + ".age" unless it ends with ".age" already.
    static QString encryptedPath(const QString &path);
    /// True when the file starts with the age v1 header line.
    static bool isEncrypted(const QString &path);

    /// Encrypts plainPath to outPath (written atomically). Throws PackageError naming the file.
    static void encrypt(const QString &plainPath, const QString &outPath, const PackageEncryption &encryption);

    /// Decrypts the package at path into memory with the decryptor's identities or passphrase
    /// and opens it read-only with every safety check of Project::open. Throws PackageError
    /// naming the file (wrong key or passphrase, damaged file, not a project).
    static std::unique_ptr<Project> open(const QString &path, const AgeDecryptor &decryptor);
};

/// Deletes a file that held plaintext as well as a user-space program can: overwrites its bytes
/// with zeros, syncs, truncates and unlinks it. Journaling and copy-on-write file systems and
/// SSD wear levelling may still keep old blocks, so this narrows the exposure, it does not
/// guarantee erasure. Missing files are ignored; returns false when the file stayed.
bool shredFile(const QString &path);

} // namespace phenomap
