<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>phenomap</name>
    <message>
        <source>all phenomena</source>
        <translation>alle fenomenen</translation>
    </message>
    <message>
        <source>phenomena %1</source>
        <translation>fenomenen %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>het begin</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>het einde</translation>
    </message>
    <message>
        <source>%n incident(s) with a point</source>
        <translation>%n incident(en) met een punt</translation>
    </message>
    <message>
        <source>Loading incidents</source>
        <translation>Incidenten worden geladen</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Bezig met berekenen</translation>
    </message>
    <message>
        <source>The number of demo incidents must be between 0 and 5,000,000 (got %1).</source>
        <translation>Het aantal demo-incidenten moet tussen 0 en 5.000.000 liggen (ontvangen: %1).</translation>
    </message>
    <message>
        <source>Synthetic demo (seed %1)</source>
        <translation>Synthetische demo (startwaarde %1)</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>%1 wordt aangemaakt</translation>
    </message>
    <message>
        <source>Generating %1 synthetic incidents</source>
        <translation>%1 synthetische incidenten worden gegenereerd</translation>
    </message>
    <message>
        <source>Could not generate the demo project “%1”: %2</source>
        <translation>Kan het demoproject ‘%1’ niet genereren: %2</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Het projectbestand.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Runs a spatial statistic on the incidents of a project.</source>
        <translation>Berekent een ruimtelijke statistiek op de incidenten van een project.</translation>
    </message>
    <message>
        <source>gi, lisa, moran or knox.</source>
        <translation>gi, lisa, moran of knox.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Comma-separated phenomenon codes (default: all).</source>
        <translation>Fenomeencodes gescheiden door komma&apos;s (standaard: alle).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, Brussels time).</source>
        <translation>Eerste dag (JJJJ-MM-DD, Brusselse tijd).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Day after the last (YYYY-MM-DD, Brussels time).</source>
        <translation>Dag na de laatste dag (JJJJ-MM-DD, Brusselse tijd).</translation>
    </message>
    <message>
        <source>Analyse the zones of this layer instead of a grid.</source>
        <translation>De zones van deze laag analyseren in plaats van een raster.</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAAG</translation>
    </message>
    <message>
        <source>Grid cell size in metres (default 100).</source>
        <translation>Celgrootte van het raster in meter (standaard 100).</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METER</translation>
    </message>
    <message>
        <source>Use a hexagonal grid.</source>
        <translation>Een zeshoekig raster gebruiken.</translation>
    </message>
    <message>
        <source>queen, rook, band or knn.</source>
        <translation>queen, rook, band of knn.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>Distance band in metres (default 300).</source>
        <translation>Afstandsband in meter (standaard 300).</translation>
    </message>
    <message>
        <source>Number of neighbours for knn (default 8).</source>
        <translation>Aantal buren voor knn (standaard 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Permutations (default 999).</source>
        <translation>Permutaties (standaard 999).</translation>
    </message>
    <message>
        <source>Random seed (default 12345).</source>
        <translation>Startwaarde voor de toevalsgenerator (standaard 12345).</translation>
    </message>
    <message>
        <source>none, bonferroni or fdr.</source>
        <translation>none, bonferroni of fdr.</translation>
    </message>
    <message>
        <source>Knox distance band edges in metres, e.g. 0,100,200.</source>
        <translation>Grenzen van de Knox-afstandsbanden in meter, bv. 0,100,200.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <source>Knox time band edges in days, e.g. 0,7,14.</source>
        <translation>Grenzen van de Knox-tijdsbanden in dagen, bv. 0,7,14.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Het resultaat als JSON tonen.</translation>
    </message>
    <message>
        <source>Usage: %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]</source>
        <translation>Gebruik: %1 analyse PROJECT --method gi|lisa|moran|knox [opties] [--json]</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>Geef precies één projectbestand op.</translation>
    </message>
    <message>
        <source>--method must be gi, lisa, moran or knox.</source>
        <translation>--method moet gi, lisa, moran of knox zijn.</translation>
    </message>
    <message>
        <source>--cell, --band, --k and --permutations take positive numbers.</source>
        <translation>--cell, --band, --k en --permutations verwachten positieve getallen.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed verwacht een geheel getal.</translation>
    </message>
    <message>
        <source>--weights must be queen, rook, band or knn.</source>
        <translation>--weights moet queen, rook, band of knn zijn.</translation>
    </message>
    <message>
        <source>--correction must be none, bonferroni or fdr.</source>
        <translation>--correction moet none, bonferroni of fdr zijn.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from en --to verwachten datums in de vorm JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>--distances takes at least two increasing numbers, e.g. 0,100,200.</source>
        <translation>--distances verwacht minstens twee stijgende getallen, bv. 0,100,200.</translation>
    </message>
    <message>
        <source>--days takes at least two increasing numbers, e.g. 0,7,14.</source>
        <translation>--days verwacht minstens twee stijgende getallen, bv. 0,7,14.</translation>
    </message>
    <message>
        <source>“%1” has no phenomenon with the code “%2”.</source>
        <translation>‘%1’ heeft geen fenomeen met de code ‘%2’.</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Parameters: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Analysis of “%1” failed: %2</source>
        <translation>De analyse van ‘%1’ is mislukt: %2</translation>
    </message>
    <message>
        <source>Writing the briefing: %1 %</source>
        <translation>Briefing schrijven: %1 %</translation>
    </message>
    <message>
        <source>Wrote a %1-page briefing to “%2”.</source>
        <translation>Briefing van %1 pagina&apos;s geschreven naar ‘%2’.</translation>
    </message>
    <message>
        <source>“%1” could not be written from “%2”: %3</source>
        <translation>‘%1’ kon niet geschreven worden vanuit ‘%2’: %3</translation>
    </message>
    <message>
        <source>Writing the package: %1 %</source>
        <translation>Pakket schrijven: %1 %</translation>
    </message>
    <message>
        <source>Wrote “%1” for %2 (%3, %4): %5 pictures, %6 incidents, SHA-256 %7</source>
        <translation>‘%1’ geschreven voor %2 (%3, %4): %5 beelden, %6 incidenten, SHA-256 %7</translation>
    </message>
    <message>
        <source>%1 incidents were withheld: their marking is stricter than %2.</source>
        <translation>%1 incidenten zijn achtergehouden: hun markering is strenger dan %2.</translation>
    </message>
    <message>
        <source>Suppressed counts: %1 below %2, %3 secondary.</source>
        <translation>Onderdrukte aantallen: %1 onder %2, %3 secundair.</translation>
    </message>
    <message>
        <source>Exports a PDF briefing of the situation pictures, or a package for a partner.</source>
        <translation>Exporteert een pdf-briefing van de situatiebeelden, of een pakket voor een partner.</translation>
    </message>
    <message>
        <source>Write a PDF briefing to FILE.</source>
        <translation>Een pdf-briefing naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Write a partner package (GeoPackage) to FILE.</source>
        <translation>Een partnerpakket (GeoPackage) naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Only these pictures, in this order (comma-separated UUIDs).</source>
        <translation>Alleen deze beelden, in deze volgorde (UUID&apos;s gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <source>UUID,...</source>
        <translation>UUID,...</translation>
    </message>
    <message>
        <source>Language of the briefing: fr, nl or en (default en).</source>
        <translation>Taal van de briefing: fr, nl of en (standaard en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>TAAL</translation>
    </message>
    <message>
        <source>A4 landscape (default) or portrait.</source>
        <translation>A4 liggend (standaard) of staand.</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIËNTATIE</translation>
    </message>
    <message>
        <source>Package tier: exact, generalised or aggregated.</source>
        <translation>Niveau van het pakket: exact, generalised of aggregated.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Package marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT.</source>
        <translation>Markering van het pakket: TLP:CLEAR, TLP:GREEN, TLP:AMBER of TLP:AMBER+STRICT.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The partner the package is for.</source>
        <translation>De partner voor wie het pakket bestemd is.</translation>
    </message>
    <message>
        <source>Aggregated tier: counts below N are suppressed (default 5).</source>
        <translation>Geaggregeerd niveau: aantallen onder N worden onderdrukt (standaard 5).</translation>
    </message>
    <message>
        <source>Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]</source>
        <translation>Gebruik: %1 export PROJECT --pdf UIT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
         %1 export PROJECT --package UIT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAAM [--pictures UUID,...] [--k N]</translation>
    </message>
    <message>
        <source>export: expected exactly one PROJECT.</source>
        <translation>export: precies één PROJECT verwacht.</translation>
    </message>
    <message>
        <source>export: give either --pdf FILE or --package FILE.</source>
        <translation>export: geef ofwel --pdf BESTAND ofwel --package BESTAND op.</translation>
    </message>
    <message>
        <source>export: --tier, --tlp, --recipient and --k apply to --package only.</source>
        <translation>export: --tier, --tlp, --recipient en --k gelden alleen voor --package.</translation>
    </message>
    <message>
        <source>export: --lang must be fr, nl or en, not “%1”.</source>
        <translation>export: --lang moet fr, nl of en zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>export: --orientation must be landscape or portrait, not “%1”.</source>
        <translation>export: --orientation moet landscape of portrait zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>export: --lang and --orientation apply to --pdf only.</source>
        <translation>export: --lang en --orientation gelden alleen voor --pdf.</translation>
    </message>
    <message>
        <source>export: --tier exact|generalised|aggregated is required for a package.</source>
        <translation>export: --tier exact|generalised|aggregated is verplicht voor een pakket.</translation>
    </message>
    <message>
        <source>export: --tier must be exact, generalised or aggregated, not “%1”.</source>
        <translation>export: --tier moet exact, generalised of aggregated zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>export: --tlp LABEL is required for a package.</source>
        <translation>export: --tlp LABEL is verplicht voor een pakket.</translation>
    </message>
    <message>
        <source>export: --tlp must be TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT, not “%1”.</source>
        <translation>export: --tlp moet TLP:CLEAR, TLP:GREEN, TLP:AMBER of TLP:AMBER+STRICT zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>export: TLP:RED is for the named recipients only and is never put in a package.</source>
        <translation>export: TLP:RED is enkel bestemd voor bij naam genoemde ontvangers en komt nooit in een pakket.</translation>
    </message>
    <message>
        <source>export: --recipient NAME is required for a package.</source>
        <translation>export: --recipient NAAM is verplicht voor een pakket.</translation>
    </message>
    <message>
        <source>export: --k must be a whole number from 1 to 1000, not “%1”.</source>
        <translation>export: --k moet een geheel getal van 1 tot 1000 zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.</source>
        <translation>export: voor het schrijven van ‘%1’ is een grafische toepassing nodig (QGuiApplication); het programma phenomap voorziet er een voor de export.</translation>
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
        <translation>Er bestaat geen importbatch %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) was already undone.</source>
        <translation>Importbatch %1 (‘%2’) is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.</source>
        <translation>Importbatch %1 (‘%2’) kan niet ongedaan gemaakt worden vóór batch %3, die dezelfde incidenten heeft gewijzigd.</translation>
    </message>
    <message>
        <source>The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.</source>
        <translation>De bewaarde vorige versie van incident %1 in batch %2 is beschadigd; er is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ‘%1’ niet schrijven: %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rij</translation>
    </message>
    <message>
        <source>field</source>
        <translation>veld</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reden</translation>
    </message>
</context>
<context>
    <name>phenomap::BriefingWindow</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>→ next   ← previous   P play   N notes   Esc leave</source>
        <translation>→ volgende   ← vorige   P afspelen   N notities   Esc verlaten</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notities voor de presentator</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>▶ %1 · %2 incidents</source>
        <translation>▶ %1 · %2 incidenten</translation>
    </message>
    <message>
        <source>%1 · %2 incidents</source>
        <translation>%1 · %2 incidenten</translation>
    </message>
</context>
<context>
    <name>phenomap::Cli</name>
    <message>
        <source>Usage: %1 [FILE.gpkg]                 open the workbench
       %1 demo --out FILE [--incidents N] [--seed S] [--title T] [--force]
                                          write a synthetic demo project
       %1 info FILE [--json]             summarise a project
       %1 --version | --help
</source>
        <translation>Gebruik: %1 [BESTAND.gpkg]            de werkplek openen
         %1 demo --out BESTAND [--incidents N] [--seed S] [--title T] [--force]
                                            een synthetisch demoproject schrijven
         %1 info BESTAND [--json]     een project samenvatten
         %1 --version | --help
</translation>
    </message>
    <message>
        <source>Writes a new project filled with synthetic incidents (marked as synthetic).</source>
        <translation>Schrijft een nieuw project vol synthetische incidenten (gemarkeerd als synthetisch).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Het projectbestand dat aangemaakt wordt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Number of incidents (default 20000).</source>
        <translation>Aantal incidenten (standaard 20000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same incidents (default 1).</source>
        <translation>Startwaarde voor de toevalsgenerator: dezelfde startwaarde geeft dezelfde incidenten (standaard 1).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>startwaarde</translation>
    </message>
    <message>
        <source>Project title.</source>
        <translation>Titel van het project.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Het bestand vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>demo: unexpected argument “%1”.</source>
        <translation>demo: onverwacht argument ‘%1’.</translation>
    </message>
    <message>
        <source>demo: --out FILE is required.</source>
        <translation>demo: --out BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>demo: --incidents must be a whole number from 0 to 5000000, not “%1”.</source>
        <translation>demo: --incidents moet een geheel getal van 0 tot 5000000 zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative whole number, not “%1”.</source>
        <translation>demo: --seed moet een niet-negatief geheel getal zijn, niet ‘%1’.</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>‘%1’ bestaat al; gebruik --force om het te vervangen.</translation>
    </message>
    <message>
        <source>Could not replace “%1”: the file cannot be removed.</source>
        <translation>Kan ‘%1’ niet vervangen: het bestand kan niet verwijderd worden.</translation>
    </message>
    <message>
        <source>Generating synthetic incidents: %1 %</source>
        <translation>Synthetische incidenten genereren: %1 %</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Kan ‘%1’ niet schrijven: %2</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic incidents (seed %2) to “%3”.</source>
        <translation>%1 synthetische incidenten (startwaarde %2) geschreven naar ‘%3’.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Summarises a Phenomap project: incidents by phenomenon, MO, zone and source.</source>
        <translation>Vat een Phenomap-project samen: incidenten per fenomeen, modus operandi, zone en bron.</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>Het projectbestand (.gpkg).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>De samenvatting als JSON tonen.</translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation>info: geef precies één projectbestand op.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Kan ‘%1’ niet lezen: %2</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Project:         %1</translation>
    </message>
    <message>
        <source>Title:          %1</source>
        <translation>Titel:           %1</translation>
    </message>
    <message>
        <source>Data:           SYNTHETIC (not real incidents)</source>
        <translation>Gegevens:        SYNTHETISCH (geen echte incidenten)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversie:    %1</translation>
    </message>
    <message>
        <source>Taxonomy:       %1</source>
        <translation>Taxonomie:       %1</translation>
    </message>
    <message>
        <source>Incidents:      %1</source>
        <translation>Incidenten:      %1</translation>
    </message>
    <message>
        <source>  zone only:    %1</source>
        <translation>  alleen zone:   %1</translation>
    </message>
    <message>
        <source>  outside:      %1</source>
        <translation>  buiten gewest: %1</translation>
    </message>
    <message>
        <source>  time window:  %1</source>
        <translation>  tijdvenster:   %1</translation>
    </message>
    <message>
        <source>Period (UTC):   %1 – %2</source>
        <translation>Periode (UTC):   %1 – %2</translation>
    </message>
    <message>
        <source>By phenomenon:</source>
        <translation>Per fenomeen:</translation>
    </message>
    <message>
        <source>By municipality:</source>
        <translation>Per gemeente:</translation>
    </message>
    <message>
        <source>By police zone:</source>
        <translation>Per politiezone:</translation>
    </message>
    <message>
        <source>By source:</source>
        <translation>Per bron:</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Onbekende opdracht ‘%1’.</translation>
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
        <translation>Kan ‘%1’ niet lezen: %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>‘%1’ heeft geen kopregel.</translation>
    </message>
    <message>
        <source>Cannot prepare a cleaned copy of “%1”.</source>
        <translation>Kan geen opgeschoonde kopie van ‘%1’ voorbereiden.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>verticale streep</translation>
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
        <source>Words that must all appear in the incident&apos;s text</source>
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
    <name>phenomap::ImportCategoryPage</name>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>These values of the category columns match no rule and no taxonomy label. Map each onto a phenomenon or modus operandi; your choices are saved as rules for this source. Rows whose value stays unmapped are rejected and listed, never dropped silently.</source>
        <translation>Deze waarden van de categoriekolommen passen bij geen enkele regel en geen enkel label van de taxonomie. Koppel elke waarde aan een fenomeen of modus operandi; uw keuzes worden als regels voor deze bron bewaard. Rijen waarvan de waarde ongekoppeld blijft, worden geweigerd en opgelijst, nooit stilzwijgend weggelaten.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Koppelen aan</translation>
    </message>
    <message>
        <source>Unmapped category values</source>
        <translation>Ongekoppelde categoriewaarden</translation>
    </message>
    <message>
        <source>Each value, how many rows have it, and the taxonomy node it should count as</source>
        <translation>Elke waarde, hoeveel rijen ze hebben en het knooppunt van de taxonomie waarvoor ze moet tellen</translation>
    </message>
    <message>
        <source>MO (%1)</source>
        <translation>Modus operandi (%1)</translation>
    </message>
    <message>
        <source>Phenomenon (%1)</source>
        <translation>Fenomeen (%1)</translation>
    </message>
    <message>
        <source>Taxonomy node for “%1”</source>
        <translation>Knooppunt van de taxonomie voor ‘%1’</translation>
    </message>
    <message>
        <source>The phenomenon or modus operandi “%1” stands for</source>
        <translation>Het fenomeen of de modus operandi waarvoor ‘%1’ staat</translation>
    </message>
    <message>
        <source>(leave unmapped: rows are rejected)</source>
        <translation>(ongekoppeld laten: de rijen worden geweigerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not covered, counted over %1 row(s) of the file.</source>
        <translation>
            <numerusform>%n waarde niet gedekt, geteld over %1 rij(en) van het bestand.</numerusform>
            <numerusform>%n waarden niet gedekt, geteld over %1 rij(en) van het bestand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportCommand</name>
    <message>
        <source>Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) into a project as one batch.</source>
        <translation>Importeert een partnerbestand (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) in een project als één batch.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Het projectbestand.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Het te importeren bestand.</translation>
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation>Het bewaarde importprofiel NAAM gebruiken.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>Save the mapping used as profile NAME.</source>
        <translation>De gebruikte koppeling bewaren als profiel NAAM.</translation>
    </message>
    <message>
        <source>The source agency (default: the profile&apos;s, else the file name).</source>
        <translation>De brondienst (standaard: die van het profiel, anders de bestandsnaam).</translation>
    </message>
    <message>
        <source>Coordinate system of x/y or WKT columns, e.g. EPSG:31370.</source>
        <translation>Coördinatenstelsel van x/y- of WKT-kolommen, bv. EPSG:31370.</translation>
    </message>
    <message>
        <source>EPSG:N</source>
        <translation>EPSG:N</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>De samenvatting als JSON tonen.</translation>
    </message>
    <message>
        <source>Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]</source>
        <translation>Gebruik: %1 import PROJECT FILE [--profile NAAM] [--source NAAM] [--crs EPSG:N] [--json]</translation>
    </message>
    <message>
        <source>import: expected PROJECT and FILE.</source>
        <translation>import: PROJECT en FILE verwacht.</translation>
    </message>
    <message>
        <source>import: --crs must be EPSG:N, not “%1”.</source>
        <translation>import: --crs moet de vorm EPSG:N hebben, niet ‘%1’.</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: the file is read-only.</source>
        <translation>Kan niet importeren in ‘%1’: het bestand is alleen-lezen.</translation>
    </message>
    <message>
        <source>Importing “%1” failed; the project is unchanged: %2</source>
        <translation>Het importeren van ‘%1’ is mislukt; het project is ongewijzigd: %2</translation>
    </message>
    <message>
        <source>%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)</source>
        <translation>%1: %2 gelezen, %3 ingevoegd, %4 bijgewerkt, %5 geweigerd (batch %6)</translation>
    </message>
    <message>
        <source>  not mapped: %1 &apos;%2&apos; = &apos;%3&apos; (%4 rows)</source>
        <translation>  niet gekoppeld: %1 ‘%2’ = ‘%3’ (%4 rijen)</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Open a project first: incidents are imported into the open project.</source>
        <translation>Open eerst een project: de incidenten worden in het geopende project geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the project is open read-only.</source>
        <translation>Kan niet importeren in %1: het project is alleen-lezen geopend.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s file and the source it comes from. A saved mapping profile that fits the file&apos;s columns is applied without further questions.</source>
        <translation>Kies het bestand van de partner en de bron waar het vandaan komt. Een bewaard koppelingsprofiel dat bij de kolommen van het bestand past, wordt zonder verdere vragen toegepast.</translation>
    </message>
    <message>
        <source>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (also zipped), KML or FlatGeobuf</source>
        <translation>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (ook gezipt), KML of FlatGeobuf</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Pad van het bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Naar het bestand bladeren</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Het bestand in een bestandsvenster kiezen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>The agency the file comes from. Record ids are recognised per source, so a re-import of the same source updates incidents instead of duplicating them.</source>
        <translation>De dienst waar het bestand vandaan komt. Record-id&apos;s worden per bron herkend, zodat een nieuwe import van dezelfde bron de incidenten bijwerkt in plaats van ze te verdubbelen.</translation>
    </message>
    <message>
        <source>Saved mapping profile</source>
        <translation>Bewaard koppelingsprofiel</translation>
    </message>
    <message>
        <source>A column mapping saved from an earlier import. When one fits the file&apos;s columns it is selected and applied without questions.</source>
        <translation>Een kolomkoppeling die bij een eerdere import is bewaard. Als er een bij de kolommen van het bestand past, wordt ze zonder vragen gekozen en toegepast.</translation>
    </message>
    <message>
        <source>File information</source>
        <translation>Informatie over het bestand</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Br&amp;on:</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>&amp;Koppelingsprofiel:</translation>
    </message>
    <message>
        <source>None: propose a mapping</source>
        <translation>Geen: een koppeling voorstellen</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;All files (*)</source>
        <translation>Incidentbestanden (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dit bestand kan niet geïmporteerd worden.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), about %2 row(s).</source>
        <translation>
            <numerusform>%1: %n kolom, ongeveer %2 rij(en).</numerusform>
            <numerusform>%1: %n kolommen, ongeveer %2 rij(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved profile “%1” fits its columns and will be used.</source>
        <translation>Het bewaarde profiel ‘%1’ past bij de kolommen en wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Kolomkoppeling</translation>
    </message>
    <message>
        <source>Which column feeds which incident field. The proposal comes from the column names and values; the dot shows how sure it is. Correct any field that is wrong.</source>
        <translation>Welke kolom welk incidentveld vult. Het voorstel is gebaseerd op de namen en waarden van de kolommen; het bolletje toont hoe zeker het is. Verbeter elk veld dat fout is.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>X (projected)</source>
        <translation>X (geprojecteerd)</translation>
    </message>
    <message>
        <source>Y (projected)</source>
        <translation>Y (geprojecteerd)</translation>
    </message>
    <message>
        <source>WKT geometry</source>
        <translation>WKT-geometrie</translation>
    </message>
    <message>
        <source>Zone (NIS code, municipality, police zone)</source>
        <translation>Zone (NIS-code, gemeente, politiezone)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Fenomeen</translation>
    </message>
    <message>
        <source>Modus operandi</source>
        <translation>Modus operandi</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record-id</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Brondienst</translation>
    </message>
    <message>
        <source>TLP marking</source>
        <translation>TLP-markering</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>The file&apos;s column read as “%1”</source>
        <translation>De kolom van het bestand die als ‘%1’ gelezen wordt</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detecteren</translation>
    </message>
    <message>
        <source>Coordinate system of x/y and WKT</source>
        <translation>Coördinatenstelsel van x/y en WKT</translation>
    </message>
    <message>
        <source>EPSG code of the x/y or WKT columns, e.g. 31370 (Belgian Lambert 72) or 3812 (Lambert 2008); “Detect” guesses it from the values</source>
        <translation>EPSG-code van de x/y- of WKT-kolommen, bv. 31370 (Belgische Lambert 72) of 3812 (Lambert 2008); ‘Detecteren’ leidt hem af uit de waarden</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Coördinatenstelsel:</translation>
    </message>
    <message>
        <source>Save this mapping as a &amp;profile named</source>
        <translation>Deze koppeling bewaren als &amp;profiel met de naam</translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation>De koppeling als profiel bewaren</translation>
    </message>
    <message>
        <source>The next file with the same columns is then imported without questions</source>
        <translation>Het volgende bestand met dezelfde kolommen wordt dan zonder vragen geïmporteerd</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>Name of the saved mapping profile</source>
        <translation>Naam van het bewaarde koppelingsprofiel</translation>
    </message>
    <message>
        <source>Mapping problem</source>
        <translation>Koppelingsprobleem</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>Door u gekozen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Proposed with %1% confidence</source>
        <translation>Voorgesteld met %1% zekerheid</translation>
    </message>
    <message>
        <source>Confidence for %1</source>
        <translation>Zekerheid voor %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(niet gekoppeld)</translation>
    </message>
    <message>
        <source>Map a location: longitude and latitude, x and y, a WKT column or a zone column.</source>
        <translation>Koppel een locatie: lengte- en breedtegraad, x en y, een WKT-kolom of een zonekolom.</translation>
    </message>
    <message>
        <source>Longitude and latitude go together: map both or neither.</source>
        <translation>Lengte- en breedtegraad horen samen: koppel ze allebei of geen van beide.</translation>
    </message>
    <message>
        <source>X and Y go together: map both or neither.</source>
        <translation>X en Y horen samen: koppel ze allebei of geen van beide.</translation>
    </message>
    <message>
        <source>Map a date: a date and time, a date or a “from” column.</source>
        <translation>Koppel een datum: een datum en tijd, een datum of een kolom ‘van’.</translation>
    </message>
    <message>
        <source>Map a category: the phenomenon or the modus operandi column.</source>
        <translation>Koppel een categorie: de kolom met het fenomeen of die met de modus operandi.</translation>
    </message>
    <message>
        <source>Give the profile a name, or untick “Save this mapping”.</source>
        <translation>Geef het profiel een naam, of vink ‘Deze koppeling bewaren’ uit.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportPreviewPage</name>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>date/time</source>
        <translation>datum/tijd</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>The first rows as they will be read, with the type detected for each column. Correct the text conventions if the columns do not line up.</source>
        <translation>De eerste rijen zoals ze gelezen zullen worden, met het gedetecteerde type van elke kolom. Verbeter de tekstconventies als de kolommen niet kloppen.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>The character separating the columns (detected from the file)</source>
        <translation>Het teken dat de kolommen scheidt (gedetecteerd uit het bestand)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>The character encoding of the text (detected from the file)</source>
        <translation>De tekencodering van de tekst (gedetecteerd uit het bestand)</translation>
    </message>
    <message>
        <source>Point (4.35)</source>
        <translation>Punt (4.35)</translation>
    </message>
    <message>
        <source>Comma (4,35)</source>
        <translation>Komma (4,35)</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimaalteken</translation>
    </message>
    <message>
        <source>How numbers such as coordinates are written (detected from the file)</source>
        <translation>Hoe getallen zoals coördinaten geschreven zijn (gedetecteerd uit het bestand)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>The first rows of the file; each column header shows the detected type</source>
        <translation>De eerste rijen van het bestand; elke kolomkop toont het gedetecteerde type</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>&amp;Decimaalteken:</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Column “%1”: detected type %2</source>
        <translation>Kolom ‘%1’: gedetecteerd type %2</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1, %2, header on line %3. Showing the first %n row(s).</source>
        <translation>
            <numerusform>Gedetecteerd: %1, %2, kopregel op regel %3. De eerste %n rij wordt getoond.</numerusform>
            <numerusform>Gedetecteerd: %1, %2, kopregel op regel %3. De eerste %n rijen worden getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file. Showing the first %n row(s).</source>
        <translation>
            <numerusform>%1-bestand. De eerste %n rij wordt getoond.</numerusform>
            <numerusform>%1-bestand. De eerste %n rijen worden getoond.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;annuleren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>&amp;View Rejected Rows…</source>
        <translation>&amp;Geweigerde rijen bekijken…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file is imported as one batch: either every row is accounted for, or nothing changes.</source>
        <translation>Het bestand wordt als één batch geïmporteerd: ofwel wordt elke rij verantwoord, ofwel verandert er niets.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van de import</translation>
    </message>
    <message>
        <source>Share of the file&apos;s rows processed</source>
        <translation>Aandeel van de verwerkte rijen van het bestand</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>De import annuleren</translation>
    </message>
    <message>
        <source>Stops the import; the project stays exactly as it was</source>
        <translation>Stopt de import; het project blijft precies zoals het was</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultaat van de import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Status van de import</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelezen rijen:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Ingevoegd:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Geweigerd:</translation>
    </message>
    <message>
        <source>View the rejected rows</source>
        <translation>De geweigerde rijen bekijken</translation>
    </message>
    <message>
        <source>Lists each rejected row with its row number, field and reason, and exports them as CSV</source>
        <translation>Toont elke geweigerde rij met haar rijnummer, veld en reden, en exporteert ze als CSV</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s.</source>
        <translation>%1 geïmporteerd in %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had longitude and latitude swapped; they were read the right way round.</source>
        <translation>
            <numerusform>%n rij had lengte- en breedtegraad omgewisseld; ze is in de juiste volgorde gelezen.</numerusform>
            <numerusform>%n rijen hadden lengte- en breedtegraad omgewisseld; ze zijn in de juiste volgorde gelezen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lie outside the region; they were kept and flagged.</source>
        <translation>
            <numerusform>%n punt ligt buiten het gewest; het is behouden en gemarkeerd.</numerusform>
            <numerusform>%n punten liggen buiten het gewest; ze zijn behouden en gemarkeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have only a zone, no point.</source>
        <translation>
            <numerusform>%n rij heeft alleen een zone, geen punt.</numerusform>
            <numerusform>%n rijen hebben alleen een zone, geen punt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category value(s) were not mapped; their rows were rejected.</source>
        <translation>
            <numerusform>%n categoriewaarde is niet gekoppeld; de rijen ervan zijn geweigerd.</numerusform>
            <numerusform>%n categoriewaarden zijn niet gekoppeld; hun rijen zijn geweigerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping profile: %1.</source>
        <translation>Koppelingsprofiel: %1.</translation>
    </message>
    <message>
        <source>Import canceled: nothing was changed.</source>
        <translation>Import geannuleerd: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>De import is mislukt; het project is ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportWizard</name>
    <message>
        <source>Import Incidents</source>
        <translation>Incidenten importeren</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Importwizard</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>‘%1’ kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Importing “%1” failed: %2</source>
        <translation>Het importeren van ‘%1’ is mislukt: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::Importer</name>
    <message>
        <source>Cannot import “%1”: the project is open read-only.</source>
        <translation>Kan ‘%1’ niet importeren: het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The column mapping given for “%1” is not valid JSON.</source>
        <translation>De kolomkoppeling die voor ‘%1’ is opgegeven, is geen geldige JSON.</translation>
    </message>
    <message>
        <source>There is no import profile named “%1” (importing “%2”).</source>
        <translation>Er bestaat geen importprofiel met de naam ‘%1’ (bij het importeren van ‘%2’).</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (mapped to %3). Its columns are: %4.</source>
        <translation>‘%1’ heeft geen kolom ‘%2’ (gekoppeld aan %3). De kolommen zijn: %4.</translation>
    </message>
    <message>
        <source>No location found in “%1”: map longitude/latitude, x/y, a WKT column or a municipality/police zone column. Its columns are: %2.</source>
        <translation>Geen locatie gevonden in ‘%1’: koppel lengtegraad/breedtegraad, x/y, een WKT-kolom of een kolom gemeente/politiezone. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>No date column found in “%1”. Its columns are: %2.</source>
        <translation>Geen datumkolom gevonden in ‘%1’. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>No category column found in “%1” and no default phenomenon set. Its columns are: %2.</source>
        <translation>Geen categoriekolom gevonden in ‘%1’ en geen standaardfenomeen ingesteld. De kolommen zijn: %2.</translation>
    </message>
    <message>
        <source>Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.</source>
        <translation>Kan het coördinatenstelsel van de x/y-kolommen van ‘%1’ niet bepalen; geef het op met --crs EPSG:N.</translation>
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1 for “%2”.</source>
        <translation>Onbekend coördinatenstelsel EPSG:%1 voor ‘%2’.</translation>
    </message>
    <message>
        <source>The default phenomenon “%1” for “%2” is not in the taxonomy.</source>
        <translation>Het standaardfenomeen ‘%1’ voor ‘%2’ staat niet in de taxonomie.</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is %4</source>
        <translation>rij %1: ‘%2’ = ‘%3’ is %4</translation>
    </message>
    <message>
        <source>row %1: its geometry cannot be converted to Belgian Lambert 72</source>
        <translation>rij %1: de geometrie kan niet naar Belgische Lambert 72 omgezet worden</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>geen lengtegraad</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>geen breedtegraad</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; are not a position on Earth</source>
        <translation>rij %1: ‘%2’ = ‘%3’ en ‘%4’ = ‘%5’ vormen geen positie op aarde</translation>
    </message>
    <message>
        <source>not a coordinate</source>
        <translation>geen coördinaat</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; cannot be converted from EPSG:%6</source>
        <translation>rij %1: ‘%2’ = ‘%3’ en ‘%4’ = ‘%5’ kunnen niet omgezet worden vanuit EPSG:%6</translation>
    </message>
    <message>
        <source>not a valid WKT geometry</source>
        <translation>geen geldige WKT-geometrie</translation>
    </message>
    <message>
        <source>row %1: no location: &apos;%2&apos; is empty</source>
        <translation>rij %1: geen locatie: ‘%2’ is leeg</translation>
    </message>
    <message>
        <source>not a known municipality or police zone</source>
        <translation>geen bekende gemeente of politiezone</translation>
    </message>
    <message>
        <source>row %1: no location: the coordinate columns are empty</source>
        <translation>rij %1: geen locatie: de coördinaatkolommen zijn leeg</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is empty</source>
        <translation>rij %1: ‘%2’ is leeg</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is before &apos;%4&apos; = &apos;%5&apos;</source>
        <translation>rij %1: ‘%2’ = ‘%3’ ligt vóór ‘%4’ = ‘%5’</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>geen tijdstip</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not a date</source>
        <translation>rij %1: ‘%2’ = ‘%3’ is geen datum</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not mapped to the taxonomy</source>
        <translation>rij %1: ‘%2’ = ‘%3’ is niet aan de taxonomie gekoppeld</translation>
    </message>
    <message>
        <source>row %1: no phenomenon: &apos;%2&apos; is empty</source>
        <translation>rij %1: geen fenomeen: ‘%2’ is leeg</translation>
    </message>
    <message>
        <source>not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation>geen TLP-markering (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; occurs more than once in this file (first at row %4)</source>
        <translation>rij %1: ‘%2’ = ‘%3’ komt meer dan eens voor in dit bestand (voor het eerst in rij %4)</translation>
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
        <translation>Zelfde plaats</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Zelfde dag</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>%1 tot %2 m</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 tot %2 dagen</translation>
    </message>
    <message>
        <source>More than %1 m</source>
        <translation>Meer dan %1 m</translation>
    </message>
    <message>
        <source>More than %1 days</source>
        <translation>Meer dan %1 dagen</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s incident file (CSV, spreadsheet or GIS file) into the project</source>
        <translation>Een incidentbestand van een partner (CSV, rekenblad of GIS-bestand) in het project importeren</translation>
    </message>
    <message>
        <source>Importing %1; drop the other files one at a time.</source>
        <translation>%1 wordt geïmporteerd; zet de andere bestanden één voor één neer.</translation>
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
    <name>phenomap::PictureRenderer</name>
    <message>
        <source>The map data of %1 could not be read: %2</source>
        <translation>De kaartgegevens van %1 konden niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The filter of the picture “%1” could not be applied: %2</source>
        <translation>De filter van het beeld ‘%1’ kon niet toegepast worden: %2</translation>
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
        <source>“%1” is damaged: SQLite&apos;s check reports: %2</source>
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
    <message>
        <source>%1 reloaded.</source>
        <translation>%1 opnieuw geladen.</translation>
    </message>
</context>
<context>
    <name>phenomap::RejectedRowsDialog</name>
    <message>
        <source>Rejected Rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Rejected rows of the import</source>
        <translation>Geweigerde rijen van de import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <source>Each rejected row of the file, the field that failed and why</source>
        <translation>Elke geweigerde rij van het bestand, het veld dat faalde en waarom</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporteren als CSV…</translation>
    </message>
    <message>
        <source>Export the rejected rows as CSV</source>
        <translation>De geweigerde rijen als CSV exporteren</translation>
    </message>
    <message>
        <source>Writes row, field, reason and every source column to a CSV file to correct and re-import</source>
        <translation>Schrijft rij, veld, reden en elke bronkolom naar een CSV-bestand om te verbeteren en opnieuw te importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing else was left out.</source>
        <translation>
            <numerusform>%n rij is geweigerd; verder is niets weggelaten.</numerusform>
            <numerusform>%n rijen zijn geweigerd; verder is niets weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Geweigerde rijen exporteren</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>geweigerde-rijen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rij geschreven naar %1.</numerusform>
            <numerusform>%n rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet geschreven worden: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ReportComposer</name>
    <message>
        <source>Drawing a briefing needs a graphical application (QGuiApplication).</source>
        <translation>Voor het tekenen van een briefing is een grafische toepassing nodig (QGuiApplication).</translation>
    </message>
    <message>
        <source>The situation pictures of %1 could not be read: %2</source>
        <translation>De situatiebeelden van %1 konden niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 has no situation picture %2.</source>
        <translation>%1 heeft geen situatiebeeld %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started.</source>
        <translation>%1 kon niet geschreven worden: de pdf kon niet gestart worden.</translation>
    </message>
    <message>
        <source>%1 could not be written: a page could not be added.</source>
        <translation>%1 kon niet geschreven worden: een pagina kon niet toegevoegd worden.</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be finished.</source>
        <translation>%1 kon niet geschreven worden: de pdf kon niet afgewerkt worden.</translation>
    </message>
    <message>
        <source>%1 could not be written: the image size is empty.</source>
        <translation>%1 kon niet geschreven worden: de afbeeldingsgrootte is leeg.</translation>
    </message>
    <message>
        <source>%1 could not be written: the SVG could not be started.</source>
        <translation>%1 kon niet geschreven worden: de svg kon niet gestart worden.</translation>
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
        <translation>‘%1’ is geen bestand dat Phenomap kan lezen (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>‘%1’ kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no table to import.</source>
        <translation>‘%1’ bevat geen tabel om te importeren.</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”.</source>
        <translation>‘%1’ heeft geen laag met de naam ‘%2’.</translation>
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
    <name>phenomap::exchange</name>
    <message>
        <source>The project is open read-only; feedback cannot be merged into it.</source>
        <translation>Het project is alleen-lezen geopend; feedback kan er niet in samengevoegd worden.</translation>
    </message>
    <message>
        <source>“%1” is not a partner package.</source>
        <translation>‘%1’ is geen partnerpakket.</translation>
    </message>
    <message>
        <source>“%1” was exported from another project; its feedback cannot be merged here.</source>
        <translation>‘%1’ is uit een ander project geëxporteerd; de feedback ervan kan hier niet samengevoegd worden.</translation>
    </message>
    <message>
        <source>The comments in “%1” cannot be read: %2</source>
        <translation>De opmerkingen in ‘%1’ kunnen niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Incidents by phenomenon</source>
        <translation>Incidenten per fenomeen</translation>
    </message>
    <message>
        <source>Incidents coloured by phenomenon, with the taxonomy colours</source>
        <translation>Incidenten gekleurd per fenomeen, met de kleuren van de taxonomie</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 in this project.</source>
        <translation>Dit project bevat geen situatiebeeld met id %1.</translation>
    </message>
    <message>
        <source>Choose at least one situation picture to put in the package.</source>
        <translation>Kies minstens één situatiebeeld om in het pakket op te nemen.</translation>
    </message>
    <message>
        <source>Pictures marked %1 are for named recipients only and are never exported: %2. Remove them from the selection or change their marking.</source>
        <translation>Beelden met markering %1 zijn enkel bestemd voor bij naam genoemde ontvangers en worden nooit geëxporteerd: %2. Haal ze uit de selectie of wijzig hun markering.</translation>
    </message>
    <message>
        <source>These pictures are marked stricter than the package (%1): %2.</source>
        <translation>Deze beelden hebben een strengere markering dan het pakket (%1): %2.</translation>
    </message>
    <message>
        <source>QGIS layer styles</source>
        <translation>QGIS-laagstijlen</translation>
    </message>
    <message>
        <source>Zone outlines</source>
        <translation>Zonecontouren</translation>
    </message>
    <message>
        <source>Zone boundaries</source>
        <translation>Zonegrenzen</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>synthetische gegevens</translation>
    </message>
    <message>
        <source>The project is open read-only; a package cannot be exported because the export must be recorded in the project&apos;s export log.</source>
        <translation>Het project is alleen-lezen geopend; er kan geen pakket geëxporteerd worden, omdat de export in het exportlogboek van het project moet worden vastgelegd.</translation>
    </message>
    <message>
        <source>A package cannot be marked %1: such information is for named recipients only and is never exported.</source>
        <translation>Een pakket kan niet de markering %1 krijgen: zulke informatie is enkel bestemd voor bij naam genoemde ontvangers en wordt nooit geëxporteerd.</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Geef de ontvanger van het pakket op.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Kies waar het pakket weggeschreven moet worden.</translation>
    </message>
    <message>
        <source>The grid cell size must lie between 10 m and 100 km.</source>
        <translation>De celgrootte van het raster moet tussen 10 m en 100 km liggen.</translation>
    </message>
    <message>
        <source>The suppression threshold k must be at least 2.</source>
        <translation>De onderdrukkingsdrempel k moet minstens 2 zijn.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>De map ‘%1’ bestaat niet.</translation>
    </message>
    <message>
        <source>The package cannot replace the project it is exported from.</source>
        <translation>Het pakket kan het project waaruit het geëxporteerd wordt niet vervangen.</translation>
    </message>
    <message>
        <source>The package failed its own check before delivery: %1</source>
        <translation>Het pakket heeft de eigen controle vóór levering niet doorstaan: %1</translation>
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation>Kan ‘%1’ niet naar de schijf schrijven.</translation>
    </message>
    <message>
        <source>Could not move the package into place at “%1”.</source>
        <translation>Kan het pakket niet naar zijn plaats ‘%1’ verplaatsen.</translation>
    </message>
    <message>
        <source>“%1” is a Phenomap project, not a partner package (it has no manifest).</source>
        <translation>‘%1’ is een Phenomap-project, geen partnerpakket (het heeft geen manifest).</translation>
    </message>
    <message>
        <source>modified: the package cannot be read completely (%1)</source>
        <translation>gewijzigd: het pakket kan niet volledig gelezen worden (%1)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>modified: table %1</source>
        <translation>gewijzigd: tabel %1</translation>
    </message>
    <message>
        <source>Package settings: marking, tier, recipient, export id</source>
        <translation>Pakketinstellingen: markering, niveau, ontvanger, export-id</translation>
    </message>
    <message>
        <source>Situation pictures (storyboard)</source>
        <translation>Situatiebeelden (storyboard)</translation>
    </message>
    <message>
        <source>Modus operandi of each incident</source>
        <translation>Modus operandi van elk incident</translation>
    </message>
    <message>
        <source>Partner comments on the pictures</source>
        <translation>Opmerkingen van partners bij de beelden</translation>
    </message>
    <message>
        <source>Manifest: row count and SHA-256 of every table</source>
        <translation>Manifest: aantal rijen en SHA-256 van elke tabel</translation>
    </message>
    <message>
        <source>Audit log of the package</source>
        <translation>Auditlogboek van het pakket</translation>
    </message>
    <message>
        <source>“%1” is open read-only; comments cannot be added.</source>
        <translation>‘%1’ is alleen-lezen geopend; er kunnen geen opmerkingen toegevoegd worden.</translation>
    </message>
    <message>
        <source>A comment needs an author and a text.</source>
        <translation>Een opmerking heeft een auteur en een tekst nodig.</translation>
    </message>
    <message>
        <source>A comment may hold at most %1 characters.</source>
        <translation>Een opmerking mag hoogstens %1 tekens bevatten.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 to comment on.</source>
        <translation>Er is geen situatiebeeld met id %1 om op te reageren.</translation>
    </message>
    <message>
        <source>The project “%1” is open read-only; its pictures cannot be changed.</source>
        <translation>Het project ‘%1’ is alleen-lezen geopend; de beelden ervan kunnen niet gewijzigd worden.</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>Het beeld ‘%1’ kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>A situation picture needs a title.</source>
        <translation>Een situatiebeeld heeft een titel nodig.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1.</source>
        <translation>Er is geen situatiebeeld met id %1.</translation>
    </message>
    <message>
        <source>The new storyboard order must list every picture exactly once.</source>
        <translation>De nieuwe volgorde van het storyboard moet elk beeld precies één keer bevatten.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>‘%1’ moet een getal zijn.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>‘%1’ moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>‘%1’ moet tekst zijn.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>‘%1’ moet een lijst zijn.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>‘%1’ is geen TLP-label.</translation>
    </message>
    <message>
        <source>The weekday or hour selection is out of range.</source>
        <translation>De selectie van weekdagen of uren valt buiten het bereik.</translation>
    </message>
    <message>
        <source>An annotation point must be a pair of numbers.</source>
        <translation>Een annotatiepunt moet een paar getallen zijn.</translation>
    </message>
    <message>
        <source>The picture state has version %1; this Phenomap reads version %2.</source>
        <translation>De toestand van het beeld heeft versie %1; deze versie van Phenomap leest versie %2.</translation>
    </message>
    <message>
        <source>A layer opacity must lie between 0 and 1.</source>
        <translation>De dekking van een laag moet tussen 0 en 1 liggen.</translation>
    </message>
    <message>
        <source>Unknown annotation kind “%1”.</source>
        <translation>Onbekend annotatietype ‘%1’.</translation>
    </message>
    <message>
        <source>A %1 annotation needs at least %2 points.</source>
        <translation>Een annotatie van het type ‘%1’ heeft minstens %2 punten nodig.</translation>
    </message>
    <message>
        <source>The picture state is not valid JSON: %1</source>
        <translation>De toestand van het beeld is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The picture has no valid TLP label.</source>
        <translation>Het beeld heeft geen geldig TLP-label.</translation>
    </message>
    <message>
        <source>Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)</source>
        <translation>Incidenten per zone en fenomeen (kleine aantallen onderdrukt; zonecode ALL = totalen)</translation>
    </message>
    <message>
        <source>The project has no zone layer “%1” to count incidents in.</source>
        <translation>Het project heeft geen zonelaag ‘%1’ om incidenten in te tellen.</translation>
    </message>
    <message>
        <source>Incidents per zone (%1), counts below %2 suppressed</source>
        <translation>Incidenten per zone (%1), aantallen onder %2 onderdrukt</translation>
    </message>
    <message>
        <source>Incidents per zone</source>
        <translation>Incidenten per zone</translation>
    </message>
    <message>
        <source>Zones shaded by their incident count; suppressed counts are not drawn</source>
        <translation>Zones ingekleurd volgens hun aantal incidenten; onderdrukte aantallen worden niet getekend</translation>
    </message>
</context>
<context>
    <name>phenomap::trust</name>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation>Kan het versleutelde bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>The encrypted file is damaged: %1</source>
        <translation>Het versleutelde bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>Invalid age header: a passphrase stanza must be the only stanza.</source>
        <translation>Ongeldige age-header: een wachtwoordzinblok moet het enige blok zijn.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation>Dit bestand is beveiligd met een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Verkeerde wachtwoordzin.</translation>
    </message>
    <message>
        <source>This file is encrypted to public keys; no private key is loaded.</source>
        <translation>Dit bestand is versleuteld voor publieke sleutels; er is geen privésleutel geladen.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of our keys.</source>
        <translation>Dit bestand is voor geen enkele van onze sleutels versleuteld.</translation>
    </message>
    <message>
        <source>the payload is missing</source>
        <translation>de versleutelde gegevens ontbreken</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation>de versleutelde gegevens zijn afgekapt</translation>
    </message>
    <message>
        <source>the payload is truncated or was modified</source>
        <translation>de versleutelde gegevens zijn afgekapt of gewijzigd</translation>
    </message>
    <message>
        <source>the last chunk is truncated or was modified</source>
        <translation>het laatste segment is afgekapt of gewijzigd</translation>
    </message>
    <message>
        <source>a chunk was modified or data was appended</source>
        <translation>een segment is gewijzigd of er zijn gegevens toegevoegd</translation>
    </message>
    <message>
        <source>an empty final chunk follows data</source>
        <translation>een leeg laatste segment volgt op gegevens</translation>
    </message>
    <message>
        <source>The age header was modified (MAC mismatch).</source>
        <translation>De age-header is gewijzigd (MAC komt niet overeen).</translation>
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation>Kan de ontsleutelde gegevens niet schrijven: %1</translation>
    </message>
    <message>
        <source>The decrypted file would be larger than allowed.</source>
        <translation>Het ontsleutelde bestand zou groter zijn dan toegestaan.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot read the data to encrypt: %1</source>
        <translation>Kan de te versleutelen gegevens niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Kan het versleutelde bestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>No recipient public key.</source>
        <translation>Geen publieke sleutel van een ontvanger.</translation>
    </message>
    <message>
        <source>A file cannot be encrypted to both a passphrase and public keys.</source>
        <translation>Een bestand kan niet tegelijk met een wachtwoordzin en voor publieke sleutels versleuteld worden.</translation>
    </message>
    <message>
        <source>No recipient to encrypt to.</source>
        <translation>Geen ontvanger om voor te versleutelen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Malformed age header: %1</source>
        <translation>Misvormde age-header: %1</translation>
    </message>
    <message>
        <source>the file ends inside the header</source>
        <translation>het bestand eindigt midden in de header</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>de header is te groot</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>een regel van de header is te lang</translation>
    </message>
    <message>
        <source>Unsupported age format version.</source>
        <translation>Niet-ondersteunde versie van het age-formaat.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported; decrypt with age -d first.</source>
        <translation>Age-bestanden met ASCII-armor worden niet ondersteund; ontsleutel ze eerst met age -d.</translation>
    </message>
    <message>
        <source>This is not an age encrypted file.</source>
        <translation>Dit is geen met age versleuteld bestand.</translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation>er is geen ontvangersblok</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>de MAC-regel is misvormd</translation>
    </message>
    <message>
        <source>expected a stanza or the MAC line</source>
        <translation>een blok of de MAC-regel werd verwacht</translation>
    </message>
    <message>
        <source>it has too many stanzas</source>
        <translation>er zijn te veel blokken</translation>
    </message>
    <message>
        <source>a stanza has an empty argument</source>
        <translation>een blok heeft een leeg argument</translation>
    </message>
    <message>
        <source>a stanza argument has invalid characters</source>
        <translation>een argument van een blok bevat ongeldige tekens</translation>
    </message>
    <message>
        <source>a stanza body line is too long</source>
        <translation>een regel in de inhoud van een blok is te lang</translation>
    </message>
    <message>
        <source>a stanza body is not valid base64</source>
        <translation>de inhoud van een blok is geen geldige base64</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>de inhoud van een blok is geen canonieke base64</translation>
    </message>
    <message>
        <source>This is not an age secret key (AGE-SECRET-KEY-1...).</source>
        <translation>Dit is geen geheime age-sleutel (AGE-SECRET-KEY-1...).</translation>
    </message>
    <message>
        <source>The identity file is too large.</source>
        <translation>Het identiteitsbestand is te groot.</translation>
    </message>
    <message>
        <source>The identity file holds no age key.</source>
        <translation>Het identiteitsbestand bevat geen age-sleutel.</translation>
    </message>
    <message>
        <source>Malformed X25519 stanza in the age header.</source>
        <translation>Misvormd X25519-blok in de age-header.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Onvoldoende geheugen om de sleutel uit de wachtwoordzin af te leiden.</translation>
    </message>
    <message>
        <source>Invalid scrypt work factor.</source>
        <translation>Ongeldige scrypt-werkfactor.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>De wachtwoordzin mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Malformed scrypt stanza in the age header.</source>
        <translation>Misvormd scrypt-blok in de age-header.</translation>
    </message>
    <message>
        <source>The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.</source>
        <translation>Het bestand vraagt een werkfactor van 2^%1 voor de wachtwoordzin, boven de grens van 2^%2.</translation>
    </message>
    <message>
        <source>Invalid age public key size.</source>
        <translation>Ongeldige grootte van de publieke age-sleutel.</translation>
    </message>
    <message>
        <source>This is not an age public key (age1...).</source>
        <translation>Dit is geen publieke age-sleutel (age1...).</translation>
    </message>
    <message>
        <source>The age public key is invalid.</source>
        <translation>De publieke age-sleutel is ongeldig.</translation>
    </message>
    <message>
        <source>Internal error: chunk too large.</source>
        <translation>Interne fout: segment te groot.</translation>
    </message>
    <message>
        <source>Invalid key derivation length.</source>
        <translation>Ongeldige lengte voor sleutelafleiding.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is te groot.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Kan de sleutelmap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>An office key already exists.</source>
        <translation>Er bestaat al een sleutel van de dienst.</translation>
    </message>
    <message>
        <source>The partner key list %1 is damaged.</source>
        <translation>De lijst met partnersleutels %1 is beschadigd.</translation>
    </message>
    <message>
        <source>A partner needs a signing key.</source>
        <translation>Een partner heeft een ondertekeningssleutel nodig.</translation>
    </message>
    <message>
        <source>No partner has the key %1.</source>
        <translation>Geen enkele partner heeft de sleutel %1.</translation>
    </message>
    <message>
        <source>The file %1 is not signed.</source>
        <translation>Het bestand %1 is niet ondertekend.</translation>
    </message>
    <message>
        <source>The file was signed with the unknown key %1.</source>
        <translation>Het bestand is ondertekend met de onbekende sleutel %1.</translation>
    </message>
    <message>
        <source>Invalid public key size.</source>
        <translation>Ongeldige grootte van de publieke sleutel.</translation>
    </message>
    <message>
        <source>The public key file is too large.</source>
        <translation>Het bestand met de publieke sleutel is te groot.</translation>
    </message>
    <message>
        <source>The public key file has no key after its comment line.</source>
        <translation>Het bestand met de publieke sleutel bevat geen sleutel na de commentaarregel.</translation>
    </message>
    <message>
        <source>The public key file has extra lines.</source>
        <translation>Het bestand met de publieke sleutel bevat extra regels.</translation>
    </message>
    <message>
        <source>This is not a minisign public key.</source>
        <translation>Dit is geen publieke minisign-sleutel.</translation>
    </message>
    <message>
        <source>The public key uses an unsupported algorithm.</source>
        <translation>De publieke sleutel gebruikt een niet-ondersteund algoritme.</translation>
    </message>
    <message>
        <source>A signature comment must fit on one line.</source>
        <translation>Een commentaar bij een handtekening moet op één regel passen.</translation>
    </message>
    <message>
        <source>This is not a minisign secret key file.</source>
        <translation>Dit is geen bestand met een geheime minisign-sleutel.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported algorithm.</source>
        <translation>De geheime sleutel gebruikt een niet-ondersteund algoritme.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported checksum.</source>
        <translation>De geheime sleutel gebruikt een niet-ondersteunde controlesom.</translation>
    </message>
    <message>
        <source>The secret key asks for an unreasonably expensive passphrase derivation.</source>
        <translation>De geheime sleutel vraagt een onredelijk zware afleiding van de wachtwoordzin.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported key derivation.</source>
        <translation>De geheime sleutel gebruikt een niet-ondersteunde sleutelafleiding.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the secret key.</source>
        <translation>Verkeerde wachtwoordzin voor de geheime sleutel.</translation>
    </message>
    <message>
        <source>The secret key is corrupted.</source>
        <translation>De geheime sleutel is beschadigd.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>Er is geen ondertekeningssleutel geladen.</translation>
    </message>
    <message>
        <source>Cannot write the signature %1: %2</source>
        <translation>Kan de handtekening %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Invalid signature file: %1</source>
        <translation>Ongeldig handtekeningbestand: %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>het is te groot</translation>
    </message>
    <message>
        <source>it must have exactly four lines</source>
        <translation>het moet precies vier regels hebben</translation>
    </message>
    <message>
        <source>the first line is not an untrusted comment</source>
        <translation>de eerste regel is geen niet-vertrouwd commentaar (untrusted comment)</translation>
    </message>
    <message>
        <source>the third line is not a trusted comment</source>
        <translation>de derde regel is geen vertrouwd commentaar (trusted comment)</translation>
    </message>
    <message>
        <source>a comment is too long</source>
        <translation>een commentaar is te lang</translation>
    </message>
    <message>
        <source>the signature line is malformed</source>
        <translation>de handtekeningregel is misvormd</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>niet-ondersteund handtekeningalgoritme</translation>
    </message>
    <message>
        <source>the global signature line is malformed</source>
        <translation>de globale handtekeningregel is misvormd</translation>
    </message>
    <message>
        <source>Cannot read the signed data: %1</source>
        <translation>Kan de ondertekende gegevens niet lezen: %1</translation>
    </message>
    <message>
        <source>No public key or signature to verify.</source>
        <translation>Geen publieke sleutel of handtekening om te controleren.</translation>
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation>Het bestand is ondertekend met sleutel %1, niet met sleutel %2.</translation>
    </message>
    <message>
        <source>The file is too large for a legacy (non-prehashed) signature.</source>
        <translation>Het bestand is te groot voor een verouderde handtekening (zonder prehash).</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed after signing.</source>
        <translation>De handtekening komt niet overeen met het bestand: het is na de ondertekening gewijzigd.</translation>
    </message>
    <message>
        <source>The trusted comment of the signature was changed.</source>
        <translation>Het vertrouwde commentaar van de handtekening is gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot read the signature %1: %2</source>
        <translation>Kan de handtekening %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>This is not a Phenomap public key file.</source>
        <translation>Dit is geen bestand met een publieke Phenomap-sleutel.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>De cryptografiebibliotheek kon niet geïnitialiseerd worden.</translation>
    </message>
</context>
</TS>
