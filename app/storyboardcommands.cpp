// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyboardcommands.h"

#include "picturestore.h"
#include "project.h"

#include <QCoreApplication>

namespace phenomap {

namespace {

/// Translation context of the storyboard's undo commands.
struct StoryboardCommandsTr
{
    Q_DECLARE_TR_FUNCTIONS(phenomap::StoryboardCommands)
};

PictureStore store(const PictureCommandContext &context)
{
    Project *project = context.project();
    if (!project)
        throw PictureError(StoryboardCommandsTr::tr("No project is open."));
    return PictureStore(*project);
}

template<typename F>
void guarded(const PictureCommandContext &context, F &&f)
{
    try {
        f();
    } catch (const std::exception &e) {
        context.failed(QString::fromUtf8(e.what()));
    }
}

} // namespace

AddPictureCommand::AddPictureCommand(PictureCommandContext context, SituationPicture picture)
    : m_context(std::move(context)), m_picture(std::move(picture))
{
    setText(StoryboardCommandsTr::tr("Add Picture “%1”").arg(m_picture.title));
}

void AddPictureCommand::redo()
{
    guarded(m_context, [&] {
        m_picture = store(m_context).add(m_picture);
        m_context.changed(m_picture.uuid);
    });
}

void AddPictureCommand::undo()
{
    guarded(m_context, [&] {
        store(m_context).remove(m_picture.uuid);
        m_context.changed({});
    });
}

EditPictureCommand::EditPictureCommand(PictureCommandContext context, SituationPicture before, SituationPicture after)
    : m_context(std::move(context)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(StoryboardCommandsTr::tr("Edit Picture “%1”").arg(m_after.title));
}

void EditPictureCommand::redo()
{
    guarded(m_context, [&] {
        store(m_context).update(m_after);
        m_context.changed(m_after.uuid);
    });
}

void EditPictureCommand::undo()
{
    guarded(m_context, [&] {
        store(m_context).update(m_before);
        m_context.changed(m_before.uuid);
    });
}

RemovePictureCommand::RemovePictureCommand(PictureCommandContext context, SituationPicture picture, int index)
    : m_context(std::move(context)), m_picture(std::move(picture)), m_index(index)
{
    setText(StoryboardCommandsTr::tr("Delete Picture “%1”").arg(m_picture.title));
}

void RemovePictureCommand::redo()
{
    guarded(m_context, [&] {
        store(m_context).remove(m_picture.uuid);
        m_context.changed({});
    });
}

void RemovePictureCommand::undo()
{
    guarded(m_context, [&] {
        store(m_context).restore(m_picture, m_index);
        m_context.changed(m_picture.uuid);
    });
}

MovePictureCommand::MovePictureCommand(PictureCommandContext context, const QString &uuid, int from, int to)
    : m_context(std::move(context)), m_uuid(uuid), m_from(from), m_to(to)
{
    setText(StoryboardCommandsTr::tr("Move Picture"));
}

void MovePictureCommand::redo()
{
    guarded(m_context, [&] {
        store(m_context).move(m_uuid, m_to);
        m_context.changed(m_uuid);
    });
}

void MovePictureCommand::undo()
{
    guarded(m_context, [&] {
        store(m_context).move(m_uuid, m_from);
        m_context.changed(m_uuid);
    });
}

} // namespace phenomap
