// SPDX-License-Identifier: GPL-3.0-or-later
#include "encryptedpackage.h"

#include "agedecryptor.h"
#include "ageencryptor.h"
#include "packagerequest.h"
#include "project.h"
#include "trusterror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace phenomap {
namespace {

struct EncryptedPackageTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::EncryptedPackage)
};

const QByteArray kAgeMagic = QByteArrayLiteral("age-encryption.org/v1\n");

} // namespace

QString EncryptedPackage::encryptedPath(const QString &path)
{
    return path.endsWith(QLatin1String(".age"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".age");
}

bool EncryptedPackage::isEncrypted(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(kAgeMagic.size()) == kAgeMagic;
}

void EncryptedPackage::encrypt(const QString &plainPath, const QString &outPath, const PackageEncryption &encryption)
{
    if (!encryption.recipients.isEmpty() && !encryption.passphrase.isEmpty())
        throw PackageError(EncryptedPackageTr::tr("“%1”: a package is encrypted either to partners' keys or to a "
                                                  "passphrase, not both.")
                               .arg(QFileInfo(outPath).fileName()));
    if (!encryption.isEnabled())
        throw PackageError(EncryptedPackageTr::tr("“%1”: no key or passphrase to encrypt to.")
                               .arg(QFileInfo(outPath).fileName()));
    AgeEncryptor encryptor;
    for (const AgeRecipient &r : encryption.recipients)
        encryptor.addRecipient(r);
    if (!encryption.passphrase.isEmpty())
        encryptor.setPassphrase(encryption.passphrase, encryption.passphraseLogN);
    try {
        encryptor.encryptFile(plainPath, outPath);
    } catch (const TrustError &e) {
        throw PackageError(EncryptedPackageTr::tr("“%1” could not be encrypted: %2")
                               .arg(QFileInfo(outPath).fileName(), e.message()));
    }
}

std::unique_ptr<Project> EncryptedPackage::open(const QString &path, const AgeDecryptor &decryptor)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw PackageError(EncryptedPackageTr::tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    if (file.peek(kAgeMagic.size()) != kAgeMagic)
        throw PackageError(EncryptedPackageTr::tr("“%1” is not an encrypted package (no age header).").arg(name));
    QByteArray plain;
    try {
        plain = decryptor.decryptToMemory(file);
    } catch (const TrustError &e) {
        throw PackageError(EncryptedPackageTr::tr("“%1” cannot be decrypted: %2").arg(name, e.message()));
    }
    try {
        // openImage takes over the only copy of the plaintext and zeroes it when closed.
        return Project::openImage(std::move(plain), name);
    } catch (const ProjectError &e) {
        throw PackageError(e.message());
    }
}

bool shredFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0)
        return true; // nothing there
    if (S_ISREG(st.st_mode)) {
        const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd >= 0) {
            static const char zeros[64 * 1024] = {};
            off_t left = st.st_size;
            bool ok = true;
            while (ok && left > 0) {
                const ssize_t n = ::write(fd, zeros, size_t(std::min<off_t>(left, off_t(sizeof zeros))));
                ok = n > 0;
                left -= ok ? n : 0;
            }
            ::fsync(fd);
            ok = ::ftruncate(fd, 0) == 0 && ok;
            ::fsync(fd);
            ::close(fd);
        }
    }
    return ::unlink(native.constData()) == 0;
}

} // namespace phenomap
