// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed labels of briefings in French, Dutch and English (see reportrenderer.h).
#include "reportrenderer.h"

namespace phenomap {

namespace {

struct Labels
{
    ReportText key;
    const char *en, *fr, *nl;
};

// UTF-8 literals; the three official working languages of the region's security plan.
constexpr Labels kLabels[] = {
    {ReportText::Briefing, "Situation briefing", "Briefing de situation", "Situatiebriefing"},
    {ReportText::SyntheticData, "SYNTHETIC DATA", "DONNÉES SYNTHÉTIQUES", "SYNTHETISCHE GEGEVENS"},
    {ReportText::Date, "Date", "Date", "Datum"},
    {ReportText::Author, "Author", "Auteur", "Auteur"},
    {ReportText::Marking, "Marking", "Marquage", "Markering"},
    {ReportText::Contents, "Situation pictures", "Images de situation", "Situatiebeelden"},
    {ReportText::Legend, "Legend", "Légende", "Legende"},
    {ReportText::Incidents, "incidents", "faits", "feiten"},
    {ReportText::KeyFigures, "Key figures", "Chiffres clés", "Kerncijfers"},
    {ReportText::Total, "Incidents shown", "Faits représentés", "Weergegeven feiten"},
    {ReportText::TopMunicipalities, "Most affected municipalities", "Communes les plus touchées",
     "Meest getroffen gemeenten"},
    {ReportText::Period, "Period", "Période", "Periode"},
    {ReportText::WholePeriod, "whole period", "toute la période", "volledige periode"},
    {ReportText::PerMonth, "Incidents per month and phenomenon", "Faits par mois et par phénomène",
     "Feiten per maand en per fenomeen"},
    {ReportText::Narrative, "Assessment", "Appréciation", "Beoordeling"},
    {ReportText::NoNarrative, "No assessment was written for this picture.",
     "Aucune appréciation n’a été rédigée pour cette image.", "Voor dit beeld werd geen beoordeling geschreven."},
    {ReportText::Continued, "(continued)", "(suite)", "(vervolg)"},
    {ReportText::Other, "Other", "Autres", "Overige"},
    {ReportText::AllIncidents, "All incidents of the project", "Tous les faits du projet", "Alle feiten van het project"},
    {ReportText::Page, "page %1 / %2", "page %1 / %2", "pagina %1 / %2"},
    {ReportText::GeneratedBy, "Produced with Phenomap %1", "Produit avec Phenomap %1", "Gemaakt met Phenomap %1"},
    {ReportText::NotLocated, "without a point (zone only)", "sans point (zone seulement)", "zonder punt (enkel zone)"},
    {ReportText::Filter, "Filter", "Filtre", "Filter"},
    {ReportText::WeekHour, "Incidents by weekday and hour (aoristic)",
     "Faits par jour de la semaine et par heure (aoristique)", "Feiten per weekdag en per uur (aoristisch)"},
    {ReportText::NoIncidents, "No incidents match this picture.", "Aucun fait ne correspond à cette image.",
     "Geen feiten voor dit beeld."},
    {ReportText::MoByZone, "Modus operandi in the busiest municipalities", "Modes opératoires dans les communes les plus touchées",
     "Modus operandi in de meest getroffen gemeenten"},
    {ReportText::OtherMo, "Other modus operandi", "Autres modes opératoires", "Andere modus operandi"},
    {ReportText::NoMo, "No incident with a modus operandi matches this picture.",
     "Aucun fait avec un mode opératoire ne correspond à cette image.", "Geen feiten met een modus operandi voor dit beeld."},
};

} // namespace

QLocale reportLocale(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Belgium);
    if (language == QLatin1String("nl"))
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString reportField(ReportText key, const QString &value, const QString &language)
{
    // French typography puts a space before the colon.
    return (language == QLatin1String("fr") ? QStringLiteral("%1 : %2") : QStringLiteral("%1: %2")).arg(reportText(key, language), value);
}

QString reportText(ReportText key, const QString &language)
{
    for (const Labels &l : kLabels) {
        if (l.key != key)
            continue;
        if (language == QLatin1String("fr"))
            return QString::fromUtf8(l.fr);
        if (language == QLatin1String("nl"))
            return QString::fromUtf8(l.nl);
        return QString::fromUtf8(l.en);
    }
    return {};
}

} // namespace phenomap
