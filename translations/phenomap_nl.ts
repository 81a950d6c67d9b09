<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
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
        <translation>van %1 tot %2</translation>
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
        <translation>Over Phenomap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An analyst workbench for mapping organised-crime phenomena and their modus operandi across the Brussels-Capital Region.</source>
        <translation>Een analysewerkplek om fenomenen van georganiseerde criminaliteit en hun modus operandi in het Brussels Hoofdstedelijk Gewest in kaart te brengen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Municipality and police-zone boundaries: Brussels UrbIS, Paradigm (formerly CIRB/CIBG), February 2021 release, Brussels UrbIS Open Data licence.</source>
        <translation>Grenzen van gemeenten en politiezones: Brussels UrbIS, Paradigm (voorheen CIBG/CIRB), versie van februari 2021, licentie Brussels UrbIS Open Data.</translation>
    </message>
    <message>
        <source>Population by municipality (1 January 2026), licence CC BY 4.0:</source>
        <translation>Bevolking per gemeente (1 januari 2026), licentie CC BY 4.0:</translation>
    </message>
    <message>
        <source>Source: Statbel (Directorate-General Statistics – Statistics Belgium)</source>
        <translation>Bron: Statbel (Algemene Directie Statistiek – Statistics Belgium)</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Synthetische gegevens</translation>
    </message>
    <message>
        <source>No real incident data is public. The demo project and the test data are synthetic: they are generated by Phenomap and marked as synthetic wherever they are shown. They describe no real event.</source>
        <translation>Er zijn geen echte incidentgegevens openbaar. Het demoproject en de testgegevens zijn synthetisch: Phenomap genereert ze en markeert ze overal waar ze getoond worden als synthetisch. Ze beschrijven geen echte feiten.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Phenomap is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.</source>
        <translation>Phenomap is vrije software: u mag het verspreiden en/of wijzigen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie. Het wordt verspreid ZONDER ENIGE GARANTIE.</translation>
    </message>
    <message>
        <source>Data sources, attributions and licence</source>
        <translation>Gegevensbronnen, vermeldingen en licentie</translation>
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
        <translation>Cursorpositie</translation>
    </message>
    <message>
        <source>Position of the mouse pointer in Belgian Lambert 72 (EPSG:31370) and WGS84 (EPSG:4326)</source>
        <translation>Positie van de muisaanwijzer in Belgische Lambert 72 (EPSG:31370) en WGS84 (EPSG:4326)</translation>
    </message>
    <message>
        <source>Lambert 72: %1, %2</source>
        <translation>Lambert 72: %1, %2</translation>
    </message>
    <message>
        <source>WGS84: %1° %2, %3° %4</source>
        <translation>WGS84: %1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>S</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>E</source>
        <translation>O</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Lambert 72: –   WGS84: –</source>
        <translation>Lambert 72: –   WGS84: –</translation>
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
        <translation>Het project heeft meer dan 255 verschillende %1; de engine kan het niet laden.</translation>
    </message>
    <message>
        <source>phenomena</source>
        <translation>fenomenen</translation>
    </message>
    <message>
        <source>modi operandi</source>
        <translation>modi operandi</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>bronnen</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>gemeenten</translation>
    </message>
    <message>
        <source>police zones</source>
        <translation>politiezones</translation>
    </message>
    <message>
        <source>Incident id %1 is out of range.</source>
        <translation>Incident-id %1 valt buiten het bereik.</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Phenomena and modus operandi</source>
        <translation>&amp;Fenomenen en modus operandi</translation>
    </message>
    <message>
        <source>Phenomena and modus operandi</source>
        <translation>Fenomenen en modus operandi</translation>
    </message>
    <message>
        <source>Tick the phenomena and modus operandi to show; the numbers count the incidents of the current period and text search</source>
        <translation>Vink de fenomenen en modus operandi aan die u wilt zien; de getallen tellen de incidenten van de huidige periode en zoekopdracht</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Tick every phenomenon and modus operandi</source>
        <translation>Alle fenomenen en modus operandi aanvinken</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Geen</translation>
    </message>
    <message>
        <source>Untick every phenomenon and modus operandi</source>
        <translation>Alle fenomenen en modus operandi uitvinken</translation>
    </message>
    <message>
        <source>Only incidents that started within these days (Brussels time)</source>
        <translation>Alleen incidenten die binnen deze dagen begonnen (Brusselse tijd)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Eerste dag van de periode</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Laatste dag van de periode (inbegrepen)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Search descriptions, addresses, references…</source>
        <translation>Zoeken in beschrijvingen, adressen, referenties…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Tekst zoeken</translation>
    </message>
    <message>
        <source>Words that must all appear in the incident's text</source>
        <translation>Woorden die allemaal in de tekst van het incident moeten voorkomen</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>Samenvatting van de filter</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>onbekend (%1)</translation>
    </message>
    <message>
        <source>Nothing is shown: no phenomenon is ticked.</source>
        <translation>Er wordt niets getoond: geen enkel fenomeen is aangevinkt.</translation>
    </message>
    <message>
        <source>All phenomena</source>
        <translation>Alle fenomenen</translation>
    </message>
    <message numerus="yes">
        <source>%n phenomena of %1 (%2, …)</source>
        <translation>
<numerusform>%n fenomeen van %1 (%2, …)</numerusform>
<numerusform>%n fenomenen van %1 (%2, …)</numerusform>
</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 modus operandi</source>
        <translation>
<numerusform>%n van %1 modus operandi</numerusform>
<numerusform>%n van %1 modi operandi</numerusform>
</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle data</translation>
    </message>
    <message>
        <source>text contains “%1”</source>
        <translation>tekst bevat ‘%1’</translation>
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
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Fenomeen</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Bronreferentie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>phenomap::IncidentTableView</name>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>The incidents that match the current filter</source>
        <translation>De incidenten die aan de huidige filter voldoen</translation>
    </message>
    <message>
        <source>Incidents matching the filter; click a row to show it on the map</source>
        <translation>Incidenten die aan de filter voldoen; klik op een rij om ze op de kaart te tonen</translation>
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
        <translation>Filter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Visible incidents</source>
        <translation>Zichtbare incidenten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
<numerusform>%1 van %Ln incident</numerusform>
<numerusform>%1 van %Ln incidenten</numerusform>
</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a Phenomap project (GeoPackage)</source>
        <translation>Een Phenomap-project (GeoPackage) openen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoproject openen</translation>
    </message>
    <message>
        <source>Open the built-in synthetic demo project</source>
        <translation>Het ingebouwde synthetische demoproject openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Whole Region</source>
        <translation>&amp;Heel het Gewest</translation>
    </message>
    <message>
        <source>Show the whole Brussels-Capital Region</source>
        <translation>Het hele Brussels Hoofdstedelijk Gewest tonen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Phenomap</source>
        <translation>&amp;Over Phenomap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
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
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Phenomap projects (*.gpkg);;All files (*)</source>
        <translation>Phenomap-projecten (*.gpkg);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>phenomap::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Map of the Brussels-Capital Region with the incidents of the current filter. Use the mouse wheel or + and - to zoom, drag or the arrow keys to pan, Home to show the whole region.</source>
        <translation>Kaart van het Brussels Hoofdstedelijk Gewest met de incidenten van de huidige filter. Muiswiel of + en - om te zoomen, slepen of pijltjestoetsen om te verschuiven, Home om het hele gewest te tonen.</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to pan, Home to show the whole region</source>
        <translation>Muiswiel of +/- om te zoomen, slepen of pijltjestoetsen om te verschuiven, Home om het hele gewest te tonen</translation>
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
        <translation>SYNTHETISCHE GEGEVENS</translation>
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
        <translation>Het bestand ‘%1’ bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.</source>
        <translation>‘%1’ is geen Phenomap-project: het is geen SQLite/GeoPackage-bestand.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a GeoPackage (its application id is not GPKG), so it is not a Phenomap project.</source>
        <translation>‘%1’ is een SQLite-databank maar geen GeoPackage (de applicatie-id is niet GPKG) en dus geen Phenomap-project.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %2 bytes of the %3 its header declares.</source>
        <translation>‘%1’ is afgekapt: het bevat %2 bytes van de %3 die de header vermeldt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite's check reports: %2</source>
        <translation>‘%1’ is beschadigd; de controle van SQLite meldt: %2</translation>
    </message>
    <message>
        <source>“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project table). Import its layers instead.</source>
        <translation>‘%1’ is een GeoPackage maar geen Phenomap-project (er is geen tabel phenomap_project). Importeer in plaats daarvan de lagen.</translation>
    </message>
    <message>
        <source>“%1” has no valid Phenomap schema version.</source>
        <translation>‘%1’ heeft geen geldige Phenomap-schemaversie.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Phenomap (schema %2); this version reads schema %3 and older. Please update Phenomap to open it.</source>
        <translation>‘%1’ is geschreven door een nieuwere versie van Phenomap (schema %2); deze versie leest schema %3 en ouder. Werk Phenomap bij om het te openen.</translation>
    </message>
    <message>
        <source>“%1” contains an object Phenomap does not create (%2). It was not opened, because such objects can run code when the file is changed.</source>
        <translation>‘%1’ bevat een object dat Phenomap niet aanmaakt (%2). Het is niet geopend, omdat zulke objecten code kunnen uitvoeren wanneer het bestand gewijzigd wordt.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>‘%1’ kan niet als project gelezen worden: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the new project.</source>
        <translation>‘%1’ bestaat al; kies een andere naam voor het nieuwe project.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Kan ‘%1’ niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Kan ‘%1’ niet openen: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ProjectController</name>
    <message>
        <source>Generating the synthetic demo project…</source>
        <translation>Het synthetische demoproject wordt gegenereerd…</translation>
    </message>
    <message>
        <source>Brussels demo</source>
        <translation>Demo Brussel</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoproject</translation>
    </message>
    <message>
        <source>The demo project could not be created in %1: %2</source>
        <translation>Het demoproject kon niet aangemaakt worden in %1: %2</translation>
    </message>
    <message>
        <source>%1 (synthetic data)</source>
        <translation>%1 (synthetische gegevens)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kon niet geopend worden: %2</translation>
    </message>
    <message>
        <source>The incidents of %1 could not be read: %2</source>
        <translation>De incidenten van %1 konden niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The filter could not be applied: %1</source>
        <translation>De filter kon niet toegepast worden: %1</translation>
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
        <translation>Het bestand ‘%1’ bestaat niet.</translation>
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
        <translation>%1 (maatregel %2 van het plan)</translation>
    </message>
    <message>
        <source>Phenomenon / modus operandi</source>
        <translation>Fenomeen / modus operandi</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
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
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Bevolking</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
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
