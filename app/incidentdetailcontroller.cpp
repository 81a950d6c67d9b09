// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailcontroller.h"

#include "coordinatetransform.h"
#include "incidentwriter.h"
#include "project.h"
#include "projectcontroller.h"
#include "sqlite.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace phenomap {

namespace {

QString localTime(qint64 utc)
{
    static const QTimeZone zone = QTimeZone("Europe/Brussels").isValid() ? QTimeZone("Europe/Brussels")
                                                                         : QTimeZone(3600);
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utc, zone), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString textOf(Database &db, const char *sql, const QVariant &key)
{
    Statement st = db.prepare(sql);
    if (key.typeId() == QMetaType::QString)
        st.bind(1, key.toString());
    else
        st.bind(1, key.toLongLong());
    return st.step() ? st.text(0) : QString();
}

} // namespace

IncidentDetailController::IncidentDetailController(ProjectController *project, IncidentDetailPanel *panel,
                                                   QObject *parent)
    : QObject(parent), m_project(project), m_panel(panel)
{
    connect(project, &ProjectController::selectionChanged, this, &IncidentDetailController::selectionChanged);
    connect(project, &ProjectController::projectOpened, this, &IncidentDetailController::selectionChanged);
    connect(project, &ProjectController::projectClosed, this, &IncidentDetailController::selectionChanged);
    // An edit changes what the panel shows, not which incidents are selected.
    connect(project, &ProjectController::dataRefreshed, this, [this] { showIndex(m_index); });
    connect(panel, &IncidentDetailPanel::previousRequested, this, [this] { showIndex(m_index - 1); });
    connect(panel, &IncidentDetailPanel::nextRequested, this, [this] { showIndex(m_index + 1); });
}

qint64 IncidentDetailController::currentFid() const
{
    return m_fids.empty() ? 0 : qint64(m_fids[std::size_t(m_index)]);
}

void IncidentDetailController::selectionChanged()
{
    m_fids.clear();
    if (m_project && m_project->project())
        for (quint32 fid : m_project->selection())
            m_fids.push_back(fid);
    std::sort(m_fids.begin(), m_fids.end());
    showIndex(0);
}

void IncidentDetailController::showIndex(int index)
{
    if (!m_panel)
        return;
    if (m_fids.empty()) {
        m_index = 0;
        m_panel->showMessage(tr("Select an incident on the map or in the table to see all it is known by."));
        return;
    }
    m_index = std::clamp(index, 0, int(m_fids.size()) - 1);
    const Project *open = m_project ? m_project->project() : nullptr;
    m_panel->setEditable(open && !open->isReadOnly());
    const QList<IncidentDetailPanel::Field> fields = fieldsOf(m_fids[std::size_t(m_index)]);
    if (fields.isEmpty())
        m_panel->showMessage(tr("Incident %1 could not be read from the project.").arg(m_fids[std::size_t(m_index)]));
    else
        m_panel->setFields(m_index, int(m_fids.size()), fields);
}

QList<IncidentDetailPanel::Field> IncidentDetailController::fieldsOf(qint64 fid) const
{
    QList<IncidentDetailPanel::Field> out;
    if (!m_project || !m_project->project())
        return out;
    Database &db = m_project->project()->db();
    const QString language = m_project->language();
    try {
        const auto incident = readIncident(db, fid);
        if (!incident)
            return out;
        const auto label = [&](qint64 id) {
            for (const TaxonomyNode &node : m_project->taxonomy())
                if (node.id == id)
                    return node.label(language);
            return QString::number(id);
        };
        const auto zoneName = [&](const char *layer, int code) -> QString {
            Statement st = db.prepare("SELECT name_fr, name_nl FROM zones WHERE layer = ? AND code = ?");
            st.bind(1, QString::fromLatin1(layer)).bind(2, QString::number(code));
            if (!st.step())
                return QString::number(code);
            const QString fr = st.text(0), nl = st.text(1);
            if (language == QLatin1String("nl") && !nl.isEmpty())
                return nl;
            if (language == QLatin1String("fr") || nl.isEmpty() || nl == fr)
                return fr;
            return QString(fr + QLatin1String(" / ") + nl);
        };
        const auto add = [&](const QString &name, const QString &value) {
            if (!value.isEmpty())
                out.append({name, value});
        };
        add(tr("Phenomenon"), label(incident->phenomenonId));
        QStringList mo;
        for (qint64 id : incident->moIds)
            mo << label(id);
        add(tr("Modus operandi"), mo.join(QLatin1String("; ")));
        if (incident->occurredTo > incident->occurredFrom)
            add(tr("Occurred"), tr("between %1 and %2 (time not known exactly)")
                                    .arg(localTime(incident->occurredFrom), localTime(incident->occurredTo)));
        else
            add(tr("Occurred"), localTime(incident->occurredFrom));
        if (incident->reportedAt)
            add(tr("Reported"), localTime(*incident->reportedAt));
        if (incident->municipalityNis)
            add(tr("Municipality"), zoneName("municipalities", incident->municipalityNis));
        if (incident->policeZone)
            add(tr("Police zone"), zoneName("police_zones", incident->policeZone));
        const QLocale locale;
        if (incident->hasPoint) {
            add(tr("Lambert 72 (EPSG:31370)"),
                tr("x %1 m, y %2 m").arg(locale.toString(incident->x, 'f', 1), locale.toString(incident->y, 'f', 1)));
            static const CoordinateTransform toWgs84(31370, 4326);
            if (const auto wgs = toWgs84.transform(QPointF(incident->x, incident->y)))
                add(tr("WGS 84"), tr("latitude %1, longitude %2")
                                      .arg(locale.toString(wgs->y(), 'f', 6), locale.toString(wgs->x(), 'f', 6)));
        }
        switch (incident->precision) {
        case LocationPrecision::Exact: add(tr("Place known"), tr("exactly (address or GPS)")); break;
        case LocationPrecision::Street: add(tr("Place known"), tr("to the street")); break;
        case LocationPrecision::Zone: add(tr("Place known"), tr("only as a zone (no point)")); break;
        }
        if (incident->flags & IncidentFlag::OutsideRegion)
            add(tr("Note"), tr("The point lies outside the Brussels-Capital Region."));
        add(tr("Address"), incident->address);
        add(tr("Description"), incident->description);
        add(tr("Source"), textOf(db, "SELECT name FROM sources WHERE id = ?", incident->sourceId));
        add(tr("Source record"), incident->sourceRef);
        if (incident->batchId)
            add(tr("Import batch"), tr("%1 (%2)").arg(incident->batchId).arg(textOf(
                                        db, "SELECT file_name FROM import_batches WHERE id = ?", incident->batchId)));
        add(tr("Marking"), tlpLabel(incident->tlp));
        add(tr("Incident id"), QString::number(incident->fid));
    } catch (const std::exception &) {
        out.clear(); // shown as "could not be read"
    }
    return out;
}

} // namespace phenomap
