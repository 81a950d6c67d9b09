// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "situationpicture.h"

#include <QUndoCommand>

#include <functional>

namespace phenomap {

class Project;

/// Undo commands for the storyboard. Each redo()/undo() is one or two PictureStore calls, each
/// its own transaction. They reach the project through a getter (the open project may be
/// replaced, and the stack is then cleared) and call `changed` afterwards.
struct PictureCommandContext
{
    std::function<Project *()> project;
    std::function<void(const QString &uuid)> changed;
    std::function<void(const QString &message)> failed; ///< a store error, caught here
};

class AddPictureCommand : public QUndoCommand
{
public:
    AddPictureCommand(PictureCommandContext context, SituationPicture picture);
    void redo() override;
    void undo() override;

private:
    PictureCommandContext m_context;
    SituationPicture m_picture; ///< uuid fixed on first redo, so redo re-adds the same picture
};

class EditPictureCommand : public QUndoCommand
{
public:
    EditPictureCommand(PictureCommandContext context, SituationPicture before, SituationPicture after);
    void redo() override;
    void undo() override;

private:
    PictureCommandContext m_context;
    SituationPicture m_before, m_after;
};

/// Undo puts the picture back as it was — same uuid, row id, creation time and place — in one
/// transaction (PictureStore::restore).
class RemovePictureCommand : public QUndoCommand
{
public:
    RemovePictureCommand(PictureCommandContext context, SituationPicture picture, int index);
    void redo() override;
    void undo() override;

private:
    PictureCommandContext m_context;
    SituationPicture m_picture;
    int m_index;
};

class MovePictureCommand : public QUndoCommand
{
public:
    MovePictureCommand(PictureCommandContext context, const QString &uuid, int from, int to);
    void redo() override;
    void undo() override;

private:
    PictureCommandContext m_context;
    QString m_uuid;
    int m_from, m_to;
};

} // namespace phenomap
