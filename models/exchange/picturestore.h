// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QStringList>

#include <optional>
#include <stdexcept>

namespace phenomap {

class Project;
class Statement;

/// Why a picture could not be stored or read; message() is translated.
class PictureError : public std::runtime_error
{
public:
    explicit PictureError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/// Situation pictures live in the project (phenomap_pictures) so the storyboard travels with
/// the data it shows. Every change is one transaction with its audit entry, so the log says who
/// changed which picture; positions are kept dense (0..n-1) in storyboard order.
class PictureStore
{
public:
    explicit PictureStore(Project &project);

    /// All pictures in storyboard order. Throws PictureError for a picture whose state is unreadable.
    QList<SituationPicture> list();
    std::optional<SituationPicture> find(const QString &uuid);
    /// Stores a new picture at the end of the storyboard; fills uuid (when empty), position,
    /// id and the times, and returns the stored value.
    SituationPicture add(SituationPicture picture);
    /// Replaces title, marking, author, narrative and state of the picture with picture.uuid;
    /// position is kept (use reorder). Returns the stored value (new modifiedAt).
    SituationPicture update(SituationPicture picture);
    /// Puts a deleted picture back exactly as it was (undo of a delete): same uuid, row id (when
    /// still free), creation and modification times, at storyboard `index` (clamped). Throws
    /// PictureError when a picture with that uuid exists.
    SituationPicture restore(SituationPicture picture, int index);
    /// Deletes a picture and closes the gap in the storyboard.
    void remove(const QString &uuid);
    /// Sets the storyboard order; `uuids` must name every picture exactly once.
    void reorder(const QStringList &uuids);
    /// Moves one picture to `index` (clamped), keeping the others' relative order.
    void move(const QString &uuid, int index);

private:
    SituationPicture read(Statement &st);
    Project &m_project;
};

} // namespace phenomap
