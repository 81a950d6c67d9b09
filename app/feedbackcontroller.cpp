// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackcontroller.h"

#include "agedecryptor.h"
#include "encryptedpackage.h"
#include "keystore.h"
#include "packagerequest.h"
#include "project.h"
#include "projectcontroller.h"
#include "trusterror.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace phenomap {

FeedbackController::FeedbackController(ProjectController *project, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_project(project), m_dialogParent(dialogParent),
      m_action(new QAction(tr("Merge Partner &Feedback…"), this))
{
    m_action->setObjectName(QStringLiteral("mergeFeedbackAction"));
    m_action->setStatusTip(tr("Add the comments partners wrote in a returned package (also encrypted) to the pictures"));
    m_askPath = [](QWidget *owner) {
        return QFileDialog::getOpenFileName(owner, tr("Merge Partner Feedback"), QString(),
                                            tr("Partner packages (*.gpkg *.gpkg.age);;All files (*)"));
    };
    connect(m_action, &QAction::triggered, this, [this] {
        const QString path = m_askPath(m_dialogParent);
        if (!path.isEmpty())
            mergeFrom(path);
    });
    const auto update = [this] { m_action->setEnabled(m_project->project() && !m_project->project()->isReadOnly()); };
    connect(m_project, &ProjectController::projectOpened, this, update);
    update();
}

std::optional<MergeResult> FeedbackController::mergeFrom(const QString &path)
{
    Project *project = m_project->project();
    if (!project)
        return std::nullopt;
    const QString title = tr("Merge Partner Feedback");
    const QString name = QFileInfo(path).fileName();
    const auto ask = [this](const QString &prompt) {
        const auto &prompter = m_project->passphrasePrompt();
        return prompter ? prompter(prompt) : std::optional<QByteArray>();
    };
    try {
        MergeResult result;
        if (EncryptedPackage::isEncrypted(path)) {
            AgeDecryptor decryptor;
            if (AgeDecryptor::readHeader(path).isPassphraseProtected()) {
                const auto passphrase = ask(tr("“%1” is encrypted with a passphrase. Passphrase:").arg(name));
                if (!passphrase)
                    return std::nullopt;
                decryptor.setPassphrase(*passphrase);
            } else {
                const KeyStore keys(m_project->keyStoreDirectory());
                if (!keys.hasOfficeKey()) {
                    Q_EMIT errorOccurred(title, tr("“%1” is encrypted to the office key, and this computer has no "
                                                   "office key to decrypt it (Tools > Keys…).")
                                                    .arg(name));
                    return std::nullopt;
                }
                const auto passphrase = ask(tr("“%1” is encrypted to the office key. Passphrase of the office key:").arg(name));
                if (!passphrase)
                    return std::nullopt;
                decryptor.addIdentity(keys.unlockDecryptionKey(*passphrase));
            }
            result = mergeFeedback(*project, path, decryptor);
        } else {
            result = mergeFeedback(*project, path);
        }
        Q_EMIT statusMessage(tr("Feedback from %1 merged: %2 new comment(s), %3 already merged. Package check: %4.")
                                 .arg(name)
                                 .arg(result.added)
                                 .arg(result.duplicates)
                                 .arg(result.verification));
        return result;
    } catch (const TrustError &e) {
        Q_EMIT errorOccurred(title, tr("%1 could not be decrypted: %2").arg(QDir::toNativeSeparators(path), e.message()));
    } catch (const PackageError &e) {
        Q_EMIT errorOccurred(title, e.message());
    } catch (const std::exception &e) {
        Q_EMIT errorOccurred(title, tr("%1 could not be merged: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
    }
    return std::nullopt;
}

} // namespace phenomap
