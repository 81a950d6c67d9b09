<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>phenomap</name>
    <message>
        <source>all phenomena</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phenomena %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%n incident(s) with a point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of demo incidents must be between 0 and 5,000,000 (got %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthetic demo (seed %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating %1 synthetic incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not generate the demo project “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project “%1” is open read-only; its pictures cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weekday or hour selection is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An annotation point must be a pair of numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture state has version %1; this Phenomap reads version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A layer opacity must lie between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown annotation kind “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 annotation needs at least %2 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 [FILE.gpkg]                 open the workbench
       %1 demo --out FILE [--incidents N] [--seed S] [--title T] [--force]
                                          write a synthetic demo project
       %1 info FILE [--json]             summarise a project
       %1 --version | --help
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes a new project filled with synthetic incidents (marked as synthetic).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file to create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of incidents (default 20000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed: the same seed gives the same incidents (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: unexpected argument “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: --out FILE is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: --incidents must be a whole number from 0 to 5000000, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo: --seed must be a non-negative whole number, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not replace “%1”: the file cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating synthetic incidents: %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 synthetic incidents (seed %2) to “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summarises a Phenomap project: incidents by phenomenon, MO, zone and source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project:        %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:          %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data:           SYNTHETIC (not real incidents)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taxonomy:       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  zone only:    %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  outside:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  time window:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period (UTC):   %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By phenomenon:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By municipality:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By police zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) into a project as one batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the mapping used as profile NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source agency (default: the profile's, else the file name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinate system of x/y or WKT columns, e.g. EPSG:31370.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EPSG:N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: expected PROJECT and FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import: --crs must be EPSG:N, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import into “%1”: the file is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing “%1” failed; the project is unchanged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  not mapped: %1 '%2' = '%3' (%4 rows)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::AboutDialog</name>
    <message>
        <source>About Phenomap</source>
        <translation>À propos de Phenomap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An analyst workbench for mapping organised-crime phenomena and their modus operandi across the Brussels-Capital Region.</source>
        <translation>Un poste de travail d'analyse pour cartographier les phénomènes de criminalité organisée et leurs modes opératoires dans la Région de Bruxelles-Capitale.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Municipality and police-zone boundaries: Brussels UrbIS, Paradigm (formerly CIRB/CIBG), February 2021 release, Brussels UrbIS Open Data licence.</source>
        <translation>Limites des communes et des zones de police : Brussels UrbIS, Paradigm (anciennement CIRB/CIBG), version de février 2021, licence Brussels UrbIS Open Data.</translation>
    </message>
    <message>
        <source>Population by municipality (1 January 2026), licence CC BY 4.0:</source>
        <translation>Population par commune (1er janvier 2026), licence CC BY 4.0 :</translation>
    </message>
    <message>
        <source>Source: Statbel (Directorate-General Statistics – Statistics Belgium)</source>
        <translation>Source : Statbel (Direction générale Statistique – Statistics Belgium)</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Données synthétiques</translation>
    </message>
    <message>
        <source>No real incident data is public. The demo project and the test data are synthetic: they are generated by Phenomap and marked as synthetic wherever they are shown. They describe no real event.</source>
        <translation>Aucune donnée réelle d'incident n'est publique. Le projet de démonstration et les données de test sont synthétiques : ils sont générés par Phenomap et marqués comme synthétiques partout où ils apparaissent. Ils ne décrivent aucun fait réel.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Phenomap is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.</source>
        <translation>Phenomap est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est distribué SANS AUCUNE GARANTIE.</translation>
    </message>
    <message>
        <source>Data sources, attributions and licence</source>
        <translation>Sources des données, mentions et licence</translation>
    </message>
</context>
<context>
    <name>phenomap::BatchManager</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import batch %1 (“%2”) was already undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::CoordinateLabel</name>
    <message>
        <source>Cursor position</source>
        <translation>Position du curseur</translation>
    </message>
    <message>
        <source>Position of the mouse pointer in Belgian Lambert 72 (EPSG:31370) and WGS84 (EPSG:4326)</source>
        <translation>Position du pointeur en Lambert belge 72 (EPSG:31370) et en WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>Lambert 72: %1, %2</source>
        <translation>Lambert 72 : %1, %2</translation>
    </message>
    <message>
        <source>WGS84: %1° %2, %3° %4</source>
        <translation>WGS84 : %1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Lambert 72: –   WGS84: –</source>
        <translation>Lambert 72 : –   WGS84 : –</translation>
    </message>
</context>
<context>
    <name>phenomap::CsvDialect</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare a cleaned copy of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::Engine</name>
    <message>
        <source>The project has more than 255 distinct %1; the engine cannot load it.</source>
        <translation>Le projet compte plus de 255 %1 distincts ; le moteur ne peut pas le charger.</translation>
    </message>
    <message>
        <source>phenomena</source>
        <translation>phénomènes</translation>
    </message>
    <message>
        <source>modi operandi</source>
        <translation>modes opératoires</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>police zones</source>
        <translation>zones de police</translation>
    </message>
    <message>
        <source>Incident id %1 is out of range.</source>
        <translation>L'identifiant d'incident %1 est hors limites.</translation>
    </message>
</context>
<context>
    <name>phenomap::FeedbackMerger</name>
    <message>
        <source>The project is open read-only; feedback cannot be merged into it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a partner package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was exported from another project; its feedback cannot be merged here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The comments in “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::FilterPanel</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Phenomena and modus operandi</source>
        <translation>&amp;Phénomènes et modes opératoires</translation>
    </message>
    <message>
        <source>Phenomena and modus operandi</source>
        <translation>Phénomènes et modes opératoires</translation>
    </message>
    <message>
        <source>Tick the phenomena and modus operandi to show; the numbers count the incidents of the current period and text search</source>
        <translation>Cochez les phénomènes et modes opératoires à afficher ; les nombres comptent les incidents de la période et de la recherche en cours</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>Tick every phenomenon and modus operandi</source>
        <translation>Cocher tous les phénomènes et modes opératoires</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>Untick every phenomenon and modus operandi</source>
        <translation>Décocher tous les phénomènes et modes opératoires</translation>
    </message>
    <message>
        <source>Only incidents that started within these days (Brussels time)</source>
        <translation>Uniquement les incidents commencés pendant ces jours (heure de Bruxelles)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Search descriptions, addresses, references…</source>
        <translation>Rechercher dans les descriptions, adresses, références…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Recherche de texte</translation>
    </message>
    <message>
        <source>Words that must all appear in the incident's text</source>
        <translation>Mots qui doivent tous figurer dans le texte de l'incident</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>Résumé du filtre</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>Nothing is shown: no phenomenon is ticked.</source>
        <translation>Rien n'est affiché : aucun phénomène n'est coché.</translation>
    </message>
    <message>
        <source>All phenomena</source>
        <translation>Tous les phénomènes</translation>
    </message>
    <message numerus="yes">
        <source>%n phenomena of %1 (%2, …)</source>
        <translation>
<numerusform>%n phénomène sur %1 (%2, …)</numerusform>
<numerusform>%n phénomènes sur %1 (%2, …)</numerusform>
</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 modus operandi</source>
        <translation>
<numerusform>%n mode opératoire sur %1</numerusform>
<numerusform>%n modes opératoires sur %1</numerusform>
</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>text contains “%1”</source>
        <translation>texte contenant « %1 »</translation>
    </message>
</context>
<context>
    <name>phenomap::Importer</name>
    <message>
        <source>Cannot import “%1”: the project is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column mapping given for “%1” is not valid JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no import profile named “%1” (importing “%2”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no column “%2” (mapped to %3). Its columns are: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No location found in “%1”: map longitude/latitude, x/y, a WKT column or a municipality/police zone column. Its columns are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No date column found in “%1”. Its columns are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No category column found in “%1” and no default phenomenon set. Its columns are: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1 for “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default phenomenon “%1” for “%2” is not in the taxonomy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' is %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: its geometry cannot be converted to Belgian Lambert 72</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' and '%4' = '%5' are not a position on Earth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a coordinate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' and '%4' = '%5' cannot be converted from EPSG:%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid WKT geometry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: no location: '%2' is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a known municipality or police zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: no location: the coordinate columns are empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' is before '%4' = '%5'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' is not mapped to the taxonomy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: no phenomenon: '%2' is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: '%2' = '%3' occurs more than once in this file (first at row %4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::IncidentTableModel</name>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phénomène</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Référence source</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>phenomap::IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The incidents that match the current filter</source>
        <translation>Les incidents qui correspondent au filtre actuel</translation>
    </message>
    <message>
        <source>Incidents matching the filter; click a row to show it on the map</source>
        <translation>Incidents correspondant au filtre ; cliquez sur une ligne pour la montrer sur la carte</translation>
    </message>
</context>
<context>
    <name>phenomap::KnoxTest</name>
    <message>
        <source>Same location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Visible incidents</source>
        <translation>Incidents visibles</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
<numerusform>%1 sur %Ln incident</numerusform>
<numerusform>%1 sur %Ln incidents</numerusform>
</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Phenomap project (GeoPackage)</source>
        <translation>Ouvrir un projet Phenomap (GeoPackage)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the built-in synthetic demo project</source>
        <translation>Ouvrir le projet de démonstration synthétique intégré</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Whole Region</source>
        <translation>&amp;Toute la Région</translation>
    </message>
    <message>
        <source>Show the whole Brussels-Capital Region</source>
        <translation>Afficher toute la Région de Bruxelles-Capitale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Phenomap</source>
        <translation>&amp;À propos de Phenomap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Phenomap</source>
        <translation>Phenomap</translation>
    </message>
    <message>
        <source>%1 — Phenomap</source>
        <translation>%1 — Phenomap</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Phenomap projects (*.gpkg);;All files (*)</source>
        <translation>Projets Phenomap (*.gpkg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>phenomap::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Map of the Brussels-Capital Region with the incidents of the current filter. Use the mouse wheel or + and - to zoom, drag or the arrow keys to pan, Home to show the whole region.</source>
        <translation>Carte de la Région de Bruxelles-Capitale avec les incidents du filtre actuel. Molette ou + et - pour zoomer, glisser ou flèches pour déplacer, Début pour afficher toute la région.</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to pan, Home to show the whole region</source>
        <translation>Molette ou +/- pour zoomer, glisser ou flèches pour déplacer, Début pour afficher toute la région</translation>
    </message>
</context>
<context>
    <name>phenomap::MapPainter</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA</source>
        <translation>DONNÉES SYNTHÉTIQUES</translation>
    </message>
</context>
<context>
    <name>phenomap::PackageDataWriter</name>
    <message>
        <source>Incidents by phenomenon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents coloured by phenomenon, with the taxonomy colours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::PackageExporter</name>
    <message>
        <source>There is no situation picture with id %1 in this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one situation picture to put in the package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures marked %1 are for named recipients only and are never exported: %2. Remove them from the selection or change their marking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These pictures are marked stricter than the package (%1): %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QGIS layer styles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone outlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>synthetic data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is open read-only; a package cannot be exported because the export must be recorded in the project's export log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A package cannot be marked %1: such information is for named recipients only and is never exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The grid cell size must lie between 10 m and 100 km.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The suppression threshold k must be at least 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package cannot replace the project it is exported from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The package failed its own check before delivery: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not move the package into place at “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::PackageManifest</name>
    <message>
        <source>“%1” is a Phenomap project, not a partner package (it has no manifest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modified: the package cannot be read completely (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modified: table %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::PackageTables</name>
    <message>
        <source>Package settings: marking, tier, recipient, export id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Situation pictures (storyboard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modus operandi of each incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner comments on the pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manifest: row count and SHA-256 of every table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log of the package</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::PictureComments</name>
    <message>
        <source>“%1” is open read-only; comments cannot be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment needs an author and a text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment may hold at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no situation picture with id %1 to comment on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::PictureStore</name>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A situation picture needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no situation picture with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new storyboard order must list every picture exactly once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::Project</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.</source>
        <translation>« %1 » n'est pas un projet Phenomap : ce n'est pas un fichier SQLite/GeoPackage.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a GeoPackage (its application id is not GPKG), so it is not a Phenomap project.</source>
        <translation>« %1 » est une base SQLite mais pas un GeoPackage (son identifiant d'application n'est pas GPKG) ; ce n'est donc pas un projet Phenomap.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %2 bytes of the %3 its header declares.</source>
        <translation>« %1 » est tronqué : il contient %2 octets sur les %3 que déclare son en-tête.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite's check reports: %2</source>
        <translation>« %1 » est endommagé ; la vérification de SQLite signale : %2</translation>
    </message>
    <message>
        <source>“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project table). Import its layers instead.</source>
        <translation>« %1 » est un GeoPackage mais pas un projet Phenomap (il n'a pas de table phenomap_project). Importez plutôt ses couches.</translation>
    </message>
    <message>
        <source>“%1” has no valid Phenomap schema version.</source>
        <translation>« %1 » n'a pas de version de schéma Phenomap valide.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Phenomap (schema %2); this version reads schema %3 and older. Please update Phenomap to open it.</source>
        <translation>« %1 » a été écrit par une version plus récente de Phenomap (schéma %2) ; cette version lit le schéma %3 et antérieurs. Mettez Phenomap à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>“%1” contains an object Phenomap does not create (%2). It was not opened, because such objects can run code when the file is changed.</source>
        <translation>« %1 » contient un objet que Phenomap ne crée pas (%2). Il n'a pas été ouvert, car de tels objets peuvent exécuter du code quand le fichier est modifié.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>« %1 » ne peut pas être lu comme projet : %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the new project.</source>
        <translation>« %1 » existe déjà ; choisissez un autre nom pour le nouveau projet.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Impossible de créer « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d'ouvrir « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ProjectController</name>
    <message>
        <source>Generating the synthetic demo project…</source>
        <translation>Génération du projet de démonstration synthétique…</translation>
    </message>
    <message>
        <source>Brussels demo</source>
        <translation>Démonstration Bruxelles</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <source>The demo project could not be created in %1: %2</source>
        <translation>Le projet de démonstration n'a pas pu être créé dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 (synthetic data)</source>
        <translation>%1 (données synthétiques)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n'a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>The incidents of %1 could not be read: %2</source>
        <translation>Les incidents de %1 n'ont pas pu être lus : %2</translation>
    </message>
    <message>
        <source>The filter could not be applied: %1</source>
        <translation>Le filtre n'a pas pu être appliqué : %1</translation>
    </message>
</context>
<context>
    <name>phenomap::SituationPicture</name>
    <message>
        <source>The picture state is not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The picture has no valid TLP label.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::SourceReader</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n'existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file Phenomap can read (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds no table to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no layer named “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::TaxonomyModel</name>
    <message>
        <source>%1 (plan measure %2)</source>
        <translation>%1 (mesure du plan %2)</translation>
    </message>
    <message>
        <source>Phenomenon / modus operandi</source>
        <translation>Phénomène / mode opératoire</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>phenomap::ZoneCounts</name>
    <message>
        <source>Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project has no zone layer “%1” to count incidents in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents per zone (%1), counts below %2 suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents per zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones shaded by their incident count; suppressed counts are not drawn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>phenomap::ZoneModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>phenomap::trust</name>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted file is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid age header: a passphrase stanza must be the only stanza.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is encrypted to public keys; no private key is loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file is not encrypted to any of our keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payload is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the payload is truncated or was modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last chunk is truncated or was modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a chunk was modified or data was appended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an empty final chunk follows data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The age header was modified (MAC mismatch).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decrypted file would be larger than allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the data to encrypt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recipient public key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file cannot be encrypted to both a passphrase and public keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No recipient to encrypt to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed age header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends inside the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a header line is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported age format version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ASCII-armored age files are not supported; decrypt with age -d first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an age encrypted file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a stanza or the MAC line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has too many stanzas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stanza has an empty argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stanza argument has invalid characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stanza body line is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stanza body is not valid base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an age secret key (AGE-SECRET-KEY-1...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity file is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity file holds no age key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed X25519 stanza in the age header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid scrypt work factor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed scrypt stanza in the age header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid age public key size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an age public key (age1...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The age public key is invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal error: chunk too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid key derivation length.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An office key already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner key list %1 is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner needs a signing key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No partner has the key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was signed with the unknown key %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid public key size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public key file is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public key file has no key after its comment line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public key file has extra lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a minisign public key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public key uses an unsupported algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signature comment must fit on one line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a minisign secret key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key uses an unsupported algorithm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key uses an unsupported checksum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key asks for an unreasonably expensive passphrase derivation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key uses an unsupported key derivation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong passphrase for the secret key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key is corrupted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the signature %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid signature file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it must have exactly four lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first line is not an untrusted comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the third line is not a trusted comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a comment is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature line is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the global signature line is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the signed data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No public key or signature to verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large for a legacy (non-prehashed) signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature does not match the file: it was changed after signing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trusted comment of the signature was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the signature %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a Phenomap public key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
