<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>phenomap</name>
    <message>
        <source>all phenomena</source>
        <translation>all phenomena</translation>
    </message>
    <message>
        <source>phenomena %1</source>
        <translation>phenomena %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <source>%n incident(s) with a point</source>
        <translation>%n incident(s) with a point</translation>
    </message>
    <message>
        <source>Loading incidents</source>
        <translation>Loading incidents</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Computing</translation>
    </message>
    <message>
        <source>The number of demo incidents must be between 0 and 5,000,000 (got %1).</source>
        <translation>The number of demo incidents must be between 0 and 5,000,000 (got %1).</translation>
    </message>
    <message>
        <source>Synthetic demo (seed %1)</source>
        <translation>Synthetic demo (seed %1)</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Creating %1</translation>
    </message>
    <message>
        <source>Generating %1 synthetic incidents</source>
        <translation>Generating %1 synthetic incidents</translation>
    </message>
    <message>
        <source>Could not generate the demo project “%1”: %2</source>
        <translation>Could not generate the demo project “%1”: %2</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>The project file.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Runs a spatial statistic on the incidents of a project.</source>
        <translation>Runs a spatial statistic on the incidents of a project.</translation>
    </message>
    <message>
        <source>gi, lisa, moran or knox.</source>
        <translation>gi, lisa, moran or knox.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Comma-separated phenomenon codes (default: all).</source>
        <translation>Comma-separated phenomenon codes (default: all).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, Brussels time).</source>
        <translation>First day (YYYY-MM-DD, Brussels time).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Day after the last (YYYY-MM-DD, Brussels time).</source>
        <translation>Day after the last (YYYY-MM-DD, Brussels time).</translation>
    </message>
    <message>
        <source>Analyse the zones of this layer instead of a grid.</source>
        <translation>Analyse the zones of this layer instead of a grid.</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>LAYER</translation>
    </message>
    <message>
        <source>Grid cell size in metres (default 100).</source>
        <translation>Grid cell size in metres (default 100).</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METRES</translation>
    </message>
    <message>
        <source>Use a hexagonal grid.</source>
        <translation>Use a hexagonal grid.</translation>
    </message>
    <message>
        <source>queen, rook, band or knn.</source>
        <translation>queen, rook, band or knn.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Distance band in metres (default 300).</source>
        <translation>Distance band in metres (default 300).</translation>
    </message>
    <message>
        <source>Number of neighbours for knn (default 8).</source>
        <translation>Number of neighbours for knn (default 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Permutations (default 999).</source>
        <translation>Permutations (default 999).</translation>
    </message>
    <message>
        <source>Random seed (default 12345).</source>
        <translation>Random seed (default 12345).</translation>
    </message>
    <message>
        <source>none, bonferroni or fdr.</source>
        <translation>none, bonferroni or fdr.</translation>
    </message>
    <message>
        <source>Knox distance band edges in metres, e.g. 0,100,200.</source>
        <translation>Knox distance band edges in metres, e.g. 0,100,200.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Knox time band edges in days, e.g. 0,7,14.</source>
        <translation>Knox time band edges in days, e.g. 0,7,14.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]</source>
        <translation>Usage: %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>Give exactly one project file.</translation>
    </message>
    <message>
        <source>--method must be gi, lisa, moran or knox.</source>
        <translation>--method must be gi, lisa, moran or knox.</translation>
    </message>
    <message>
        <source>--cell, --band, --k and --permutations take positive numbers.</source>
        <translation>--cell, --band, --k and --permutations take positive numbers.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>--weights must be queen, rook, band or knn.</source>
        <translation>--weights must be queen, rook, band or knn.</translation>
    </message>
    <message>
        <source>--correction must be none, bonferroni or fdr.</source>
        <translation>--correction must be none, bonferroni or fdr.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from and --to take dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--distances takes at least two increasing numbers, e.g. 0,100,200.</source>
        <translation>--distances takes at least two increasing numbers, e.g. 0,100,200.</translation>
    </message>
    <message>
        <source>--days takes at least two increasing numbers, e.g. 0,7,14.</source>
        <translation>--days takes at least two increasing numbers, e.g. 0,7,14.</translation>
    </message>
    <message>
        <source>“%1” has no phenomenon with the code “%2”.</source>
        <translation>“%1” has no phenomenon with the code “%2”.</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Recipe: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Analysis of “%1” failed: %2</source>
        <translation>Analysis of “%1” failed: %2</translation>
    </message>
    <message>
        <source>Writing the briefing: %1 %</source>
        <translation>Writing the briefing: %1 %</translation>
    </message>
    <message>
        <source>Wrote a %1-page briefing to “%2”.</source>
        <translation>Wrote a %1-page briefing to “%2”.</translation>
    </message>
    <message>
        <source>“%1” could not be written from “%2”: %3</source>
        <translation>“%1” could not be written from “%2”: %3</translation>
    </message>
    <message>
        <source>Writing the package: %1 %</source>
        <translation>Writing the package: %1 %</translation>
    </message>
    <message>
        <source>Wrote “%1” for %2 (%3, %4): %5 pictures, %6 incidents, SHA-256 %7</source>
        <translation>Wrote “%1” for %2 (%3, %4): %5 pictures, %6 incidents, SHA-256 %7</translation>
    </message>
    <message>
        <source>%1 incidents were withheld: their marking is stricter than %2.</source>
        <translation>%1 incidents were withheld: their marking is stricter than %2.</translation>
    </message>
    <message>
        <source>Suppressed counts: %1 below %2, %3 secondary.</source>
        <translation>Suppressed counts: %1 below %2, %3 secondary.</translation>
    </message>
    <message>
        <source>Exports a PDF briefing of the situation pictures, or a package for a partner.</source>
        <translation>Exports a PDF briefing of the situation pictures, or a package for a partner.</translation>
    </message>
    <message>
        <source>Write a PDF briefing to FILE.</source>
        <translation>Write a PDF briefing to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write a partner package (GeoPackage) to FILE.</source>
        <translation>Write a partner package (GeoPackage) to FILE.</translation>
    </message>
    <message>
        <source>Only these pictures, in this order (comma-separated UUIDs).</source>
        <translation>Only these pictures, in this order (comma-separated UUIDs).</translation>
    </message>
    <message>
        <source>UUID,...</source>
        <translation>UUID,...</translation>
    </message>
    <message>
        <source>Language of the briefing: fr, nl or en (default en).</source>
        <translation>Language of the briefing: fr, nl or en (default en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>A4 landscape (default) or portrait.</source>
        <translation>A4 landscape (default) or portrait.</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <source>Package tier: exact, generalised or aggregated.</source>
        <translation>Package tier: exact, generalised or aggregated.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>Package marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT.</source>
        <translation>Package marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The partner the package is for.</source>
        <translation>The partner the package is for.</translation>
    </message>
    <message>
        <source>Aggregated tier: counts below N are suppressed (default 5).</source>
        <translation>Aggregated tier: counts below N are suppressed (default 5).</translation>
    </message>
    <message>
        <source>Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]</source>
        <translation>Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]</translation>
    </message>
    <message>
        <source>export: expected exactly one PROJECT.</source>
        <translation>export: expected exactly one PROJECT.</translation>
    </message>
    <message>
        <source>export: give either --pdf FILE or --package FILE.</source>
        <translation>export: give either --pdf FILE or --package FILE.</translation>
    </message>
    <message>
        <source>export: --tier, --tlp, --recipient and --k apply to --package only.</source>
        <translation>export: --tier, --tlp, --recipient and --k apply to --package only.</translation>
    </message>
    <message>
        <source>export: --lang must be fr, nl or en, not “%1”.</source>
        <translation>export: --lang must be fr, nl or en, not “%1”.</translation>
    </message>
    <message>
        <source>export: --orientation must be landscape or portrait, not “%1”.</source>
        <translation>export: --orientation must be landscape or portrait, not “%1”.</translation>
    </message>
    <message>
        <source>export: --lang and --orientation apply to --pdf only.</source>
        <translation>export: --lang and --orientation apply to --pdf only.</translation>
    </message>
    <message>
        <source>export: --tier exact|generalised|aggregated is required for a package.</source>
        <translation>export: --tier exact|generalised|aggregated is required for a package.</translation>
    </message>
    <message>
        <source>export: --tier must be exact, generalised or aggregated, not “%1”.</source>
        <translation>export: --tier must be exact, generalised or aggregated, not “%1”.</translation>
    </message>
    <message>
        <source>export: --tlp LABEL is required for a package.</source>
        <translation>export: --tlp LABEL is required for a package.</translation>
    </message>
    <message>
        <source>export: --tlp must be TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT, not “%1”.</source>
        <translation>export: --tlp must be TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT, not “%1”.</translation>
    </message>
    <message>
        <source>export: TLP:RED is for the named recipients only and is never put in a package.</source>
        <translation>export: TLP:RED is for the named recipients only and is never put in a package.</translation>
    </message>
    <message>
        <source>export: --recipient NAME is required for a package.</source>
        <translation>export: --recipient NAME is required for a package.</translation>
    </message>
    <message>
        <source>export: --k must be a whole number from 1 to 1000, not “%1”.</source>
        <translation>export: --k must be a whole number from 1 to 1000, not “%1”.</translation>
    </message>
    <message>
        <source>export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.</source>
        <translation>export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.</translation>
    </message>
</context>
<context>
    <name>phenomap::AboutDialog</name>
    <message>
        <source>About Phenomap</source>
        <translation>About Phenomap</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Phenomap %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An analyst workbench for mapping organised-crime phenomena and their modus operandi across the Brussels-Capital Region.</source>
        <translation>An analyst workbench for mapping organised-crime phenomena and their modus operandi across the Brussels-Capital Region.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Municipality and police-zone boundaries: Brussels UrbIS, Paradigm (formerly CIRB/CIBG), February 2021 release, Brussels UrbIS Open Data licence.</source>
        <translation>Municipality and police-zone boundaries: Brussels UrbIS, Paradigm (formerly CIRB/CIBG), February 2021 release, Brussels UrbIS Open Data licence.</translation>
    </message>
    <message>
        <source>Population by municipality (1 January 2026), licence CC BY 4.0:</source>
        <translation>Population by municipality (1 January 2026), licence CC BY 4.0:</translation>
    </message>
    <message>
        <source>Source: Statbel (Directorate-General Statistics – Statistics Belgium)</source>
        <translation>Source: Statbel (Directorate-General Statistics – Statistics Belgium)</translation>
    </message>
    <message>
        <source>Synthetic data</source>
        <translation>Synthetic data</translation>
    </message>
    <message>
        <source>No real incident data is public. The demo project and the test data are synthetic: they are generated by Phenomap and marked as synthetic wherever they are shown. They describe no real event.</source>
        <translation>No real incident data is public. The demo project and the test data are synthetic: they are generated by Phenomap and marked as synthetic wherever they are shown. They describe no real event.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Phenomap is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.</source>
        <translation>Phenomap is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.</translation>
    </message>
    <message>
        <source>Data sources, attributions and licence</source>
        <translation>Data sources, attributions and licence</translation>
    </message>
</context>
<context>
    <name>phenomap::BatchManager</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>There is no import batch %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) was already undone.</source>
        <translation>Import batch %1 (“%2”) was already undone.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.</source>
        <translation>Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.</translation>
    </message>
    <message>
        <source>The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.</source>
        <translation>The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
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
        <translation>→ next   ← previous   P play   N notes   Esc leave</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Presenter notes</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>▶ %1 · %2 incidents</source>
        <translation>▶ %1 · %2 incidents</translation>
    </message>
    <message>
        <source>%1 · %2 incidents</source>
        <translation>%1 · %2 incidents</translation>
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
        <translation>Usage: %1 [FILE.gpkg]                 open the workbench
       %1 demo --out FILE [--incidents N] [--seed S] [--title T] [--force]
                                          write a synthetic demo project
       %1 info FILE [--json]             summarise a project
       %1 --version | --help
</translation>
    </message>
    <message>
        <source>Writes a new project filled with synthetic incidents (marked as synthetic).</source>
        <translation>Writes a new project filled with synthetic incidents (marked as synthetic).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>The project file to create.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Number of incidents (default 20000).</source>
        <translation>Number of incidents (default 20000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same incidents (default 1).</source>
        <translation>Random seed: the same seed gives the same incidents (default 1).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Project title.</source>
        <translation>Project title.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Replace the file if it exists.</translation>
    </message>
    <message>
        <source>demo: unexpected argument “%1”.</source>
        <translation>demo: unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>demo: --out FILE is required.</source>
        <translation>demo: --out FILE is required.</translation>
    </message>
    <message>
        <source>demo: --incidents must be a whole number from 0 to 5000000, not “%1”.</source>
        <translation>demo: --incidents must be a whole number from 0 to 5000000, not “%1”.</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative whole number, not “%1”.</source>
        <translation>demo: --seed must be a non-negative whole number, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>“%1” already exists; use --force to replace it.</translation>
    </message>
    <message>
        <source>Could not replace “%1”: the file cannot be removed.</source>
        <translation>Could not replace “%1”: the file cannot be removed.</translation>
    </message>
    <message>
        <source>Generating synthetic incidents: %1 %</source>
        <translation>Generating synthetic incidents: %1 %</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic incidents (seed %2) to “%3”.</source>
        <translation>Wrote %1 synthetic incidents (seed %2) to “%3”.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Summarises a Phenomap project: incidents by phenomenon, MO, zone and source.</source>
        <translation>Summarises a Phenomap project: incidents by phenomenon, MO, zone and source.</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>The project file (.gpkg).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Print the summary as JSON.</translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation>info: give exactly one project file.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Could not read “%1”: %2</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Project:        %1</translation>
    </message>
    <message>
        <source>Title:          %1</source>
        <translation>Title:          %1</translation>
    </message>
    <message>
        <source>Data:           SYNTHETIC (not real incidents)</source>
        <translation>Data:           SYNTHETIC (not real incidents)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Taxonomy:       %1</source>
        <translation>Taxonomy:       %1</translation>
    </message>
    <message>
        <source>Incidents:      %1</source>
        <translation>Incidents:      %1</translation>
    </message>
    <message>
        <source>  zone only:    %1</source>
        <translation>  zone only:    %1</translation>
    </message>
    <message>
        <source>  outside:      %1</source>
        <translation>  outside:      %1</translation>
    </message>
    <message>
        <source>  time window:  %1</source>
        <translation>  time window:  %1</translation>
    </message>
    <message>
        <source>Period (UTC):   %1 – %2</source>
        <translation>Period (UTC):   %1 – %2</translation>
    </message>
    <message>
        <source>By phenomenon:</source>
        <translation>By phenomenon:</translation>
    </message>
    <message>
        <source>By municipality:</source>
        <translation>By municipality:</translation>
    </message>
    <message>
        <source>By police zone:</source>
        <translation>By police zone:</translation>
    </message>
    <message>
        <source>By source:</source>
        <translation>By source:</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
</context>
<context>
    <name>phenomap::CoordinateLabel</name>
    <message>
        <source>Cursor position</source>
        <translation>Cursor position</translation>
    </message>
    <message>
        <source>Position of the mouse pointer in Belgian Lambert 72 (EPSG:31370) and WGS84 (EPSG:4326)</source>
        <translation>Position of the mouse pointer in Belgian Lambert 72 (EPSG:31370) and WGS84 (EPSG:4326)</translation>
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
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
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
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>“%1” has no header line.</translation>
    </message>
    <message>
        <source>Cannot prepare a cleaned copy of “%1”.</source>
        <translation>Cannot prepare a cleaned copy of “%1”.</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pipe</translation>
    </message>
</context>
<context>
    <name>phenomap::Engine</name>
    <message>
        <source>The project has more than 255 distinct %1; the engine cannot load it.</source>
        <translation>The project has more than 255 distinct %1; the engine cannot load it.</translation>
    </message>
    <message>
        <source>phenomena</source>
        <translation>phenomena</translation>
    </message>
    <message>
        <source>modi operandi</source>
        <translation>modi operandi</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>police zones</source>
        <translation>police zones</translation>
    </message>
    <message>
        <source>Incident id %1 is out of range.</source>
        <translation>Incident id %1 is out of range.</translation>
    </message>
</context>
<context>
    <name>phenomap::FilterPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Phenomena and modus operandi</source>
        <translation>&amp;Phenomena and modus operandi</translation>
    </message>
    <message>
        <source>Phenomena and modus operandi</source>
        <translation>Phenomena and modus operandi</translation>
    </message>
    <message>
        <source>Tick the phenomena and modus operandi to show; the numbers count the incidents of the current period and text search</source>
        <translation>Tick the phenomena and modus operandi to show; the numbers count the incidents of the current period and text search</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Tick every phenomenon and modus operandi</source>
        <translation>Tick every phenomenon and modus operandi</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>Untick every phenomenon and modus operandi</source>
        <translation>Untick every phenomenon and modus operandi</translation>
    </message>
    <message>
        <source>Only incidents that started within these days (Brussels time)</source>
        <translation>Only incidents that started within these days (Brussels time)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Last day of the period (included)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Search descriptions, addresses, references…</source>
        <translation>Search descriptions, addresses, references…</translation>
    </message>
    <message>
        <source>Text search</source>
        <translation>Text search</translation>
    </message>
    <message>
        <source>Words that must all appear in the incident&apos;s text</source>
        <translation>Words that must all appear in the incident&apos;s text</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>Filter summary</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unknown (%1)</translation>
    </message>
    <message>
        <source>Nothing is shown: no phenomenon is ticked.</source>
        <translation>Nothing is shown: no phenomenon is ticked.</translation>
    </message>
    <message>
        <source>All phenomena</source>
        <translation>All phenomena</translation>
    </message>
    <message numerus="yes">
        <source>%n phenomena of %1 (%2, …)</source>
        <translation>
            <numerusform>%n phenomenon of %1 (%2, …)</numerusform>
            <numerusform>%n phenomena of %1 (%2, …)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 modus operandi</source>
        <translation>
            <numerusform>%n of %1 modus operandi</numerusform>
            <numerusform>%n of %1 modus operandi</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>all dates</translation>
    </message>
    <message>
        <source>text contains “%1”</source>
        <translation>text contains “%1”</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportCategoryPage</name>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>These values of the category columns match no rule and no taxonomy label. Map each onto a phenomenon or modus operandi; your choices are saved as rules for this source. Rows whose value stays unmapped are rejected and listed, never dropped silently.</source>
        <translation>These values of the category columns match no rule and no taxonomy label. Map each onto a phenomenon or modus operandi; your choices are saved as rules for this source. Rows whose value stays unmapped are rejected and listed, never dropped silently.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Map to</translation>
    </message>
    <message>
        <source>Unmapped category values</source>
        <translation>Unmapped category values</translation>
    </message>
    <message>
        <source>Each value, how many rows have it, and the taxonomy node it should count as</source>
        <translation>Each value, how many rows have it, and the taxonomy node it should count as</translation>
    </message>
    <message>
        <source>MO (%1)</source>
        <translation>MO (%1)</translation>
    </message>
    <message>
        <source>Phenomenon (%1)</source>
        <translation>Phenomenon (%1)</translation>
    </message>
    <message>
        <source>Taxonomy node for “%1”</source>
        <translation>Taxonomy node for “%1”</translation>
    </message>
    <message>
        <source>The phenomenon or modus operandi “%1” stands for</source>
        <translation>The phenomenon or modus operandi “%1” stands for</translation>
    </message>
    <message>
        <source>(leave unmapped: rows are rejected)</source>
        <translation>(leave unmapped: rows are rejected)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not covered, counted over %1 row(s) of the file.</source>
        <translation>
            <numerusform>%n value not covered, counted over %1 row(s) of the file.</numerusform>
            <numerusform>%n values not covered, counted over %1 row(s) of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportCommand</name>
    <message>
        <source>Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) into a project as one batch.</source>
        <translation>Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) into a project as one batch.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>The project file.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation>Use the saved import profile NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Save the mapping used as profile NAME.</source>
        <translation>Save the mapping used as profile NAME.</translation>
    </message>
    <message>
        <source>The source agency (default: the profile&apos;s, else the file name).</source>
        <translation>The source agency (default: the profile&apos;s, else the file name).</translation>
    </message>
    <message>
        <source>Coordinate system of x/y or WKT columns, e.g. EPSG:31370.</source>
        <translation>Coordinate system of x/y or WKT columns, e.g. EPSG:31370.</translation>
    </message>
    <message>
        <source>EPSG:N</source>
        <translation>EPSG:N</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Print the summary as JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]</source>
        <translation>Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]</translation>
    </message>
    <message>
        <source>import: expected PROJECT and FILE.</source>
        <translation>import: expected PROJECT and FILE.</translation>
    </message>
    <message>
        <source>import: --crs must be EPSG:N, not “%1”.</source>
        <translation>import: --crs must be EPSG:N, not “%1”.</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: the file is read-only.</source>
        <translation>Cannot import into “%1”: the file is read-only.</translation>
    </message>
    <message>
        <source>Importing “%1” failed; the project is unchanged: %2</source>
        <translation>Importing “%1” failed; the project is unchanged: %2</translation>
    </message>
    <message>
        <source>%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)</source>
        <translation>%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)</translation>
    </message>
    <message>
        <source>  not mapped: %1 &apos;%2&apos; = &apos;%3&apos; (%4 rows)</source>
        <translation>  not mapped: %1 &apos;%2&apos; = &apos;%3&apos; (%4 rows)</translation>
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
        <translation>Open a project first: incidents are imported into the open project.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the project is open read-only.</source>
        <translation>Cannot import into %1: the project is open read-only.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s file and the source it comes from. A saved mapping profile that fits the file&apos;s columns is applied without further questions.</source>
        <translation>Choose the partner&apos;s file and the source it comes from. A saved mapping profile that fits the file&apos;s columns is applied without further questions.</translation>
    </message>
    <message>
        <source>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (also zipped), KML or FlatGeobuf</source>
        <translation>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (also zipped), KML or FlatGeobuf</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Browse for the file</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Choose the file in a file dialog</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The agency the file comes from. Record ids are recognised per source, so a re-import of the same source updates incidents instead of duplicating them.</source>
        <translation>The agency the file comes from. Record ids are recognised per source, so a re-import of the same source updates incidents instead of duplicating them.</translation>
    </message>
    <message>
        <source>Saved mapping profile</source>
        <translation>Saved mapping profile</translation>
    </message>
    <message>
        <source>A column mapping saved from an earlier import. When one fits the file&apos;s columns it is selected and applied without questions.</source>
        <translation>A column mapping saved from an earlier import. When one fits the file&apos;s columns it is selected and applied without questions.</translation>
    </message>
    <message>
        <source>File information</source>
        <translation>File information</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>Mapping &amp;profile:</translation>
    </message>
    <message>
        <source>None: propose a mapping</source>
        <translation>None: propose a mapping</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Import File</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;All files (*)</source>
        <translation>Incident files (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;All files (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;This file cannot be imported.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), about %2 row(s).</source>
        <translation>
            <numerusform>%1: %n column, about %2 row(s).</numerusform>
            <numerusform>%1: %n columns, about %2 row(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved profile “%1” fits its columns and will be used.</source>
        <translation>The saved profile “%1” fits its columns and will be used.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Which column feeds which incident field. The proposal comes from the column names and values; the dot shows how sure it is. Correct any field that is wrong.</source>
        <translation>Which column feeds which incident field. The proposal comes from the column names and values; the dot shows how sure it is. Correct any field that is wrong.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>X (projected)</source>
        <translation>X (projected)</translation>
    </message>
    <message>
        <source>Y (projected)</source>
        <translation>Y (projected)</translation>
    </message>
    <message>
        <source>WKT geometry</source>
        <translation>WKT geometry</translation>
    </message>
    <message>
        <source>Zone (NIS code, municipality, police zone)</source>
        <translation>Zone (NIS code, municipality, police zone)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Modus operandi</source>
        <translation>Modus operandi</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Source agency</translation>
    </message>
    <message>
        <source>TLP marking</source>
        <translation>TLP marking</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>The file&apos;s column read as “%1”</source>
        <translation>The file&apos;s column read as “%1”</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Coordinate system of x/y and WKT</source>
        <translation>Coordinate system of x/y and WKT</translation>
    </message>
    <message>
        <source>EPSG code of the x/y or WKT columns, e.g. 31370 (Belgian Lambert 72) or 3812 (Lambert 2008); “Detect” guesses it from the values</source>
        <translation>EPSG code of the x/y or WKT columns, e.g. 31370 (Belgian Lambert 72) or 3812 (Lambert 2008); “Detect” guesses it from the values</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Coordinate system:</translation>
    </message>
    <message>
        <source>Save this mapping as a &amp;profile named</source>
        <translation>Save this mapping as a &amp;profile named</translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation>Save the mapping as a profile</translation>
    </message>
    <message>
        <source>The next file with the same columns is then imported without questions</source>
        <translation>The next file with the same columns is then imported without questions</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Name of the saved mapping profile</source>
        <translation>Name of the saved mapping profile</translation>
    </message>
    <message>
        <source>Mapping problem</source>
        <translation>Mapping problem</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Not mapped</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>Set by you</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Proposed with %1% confidence</source>
        <translation>Proposed with %1% confidence</translation>
    </message>
    <message>
        <source>Confidence for %1</source>
        <translation>Confidence for %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <source>Map a location: longitude and latitude, x and y, a WKT column or a zone column.</source>
        <translation>Map a location: longitude and latitude, x and y, a WKT column or a zone column.</translation>
    </message>
    <message>
        <source>Longitude and latitude go together: map both or neither.</source>
        <translation>Longitude and latitude go together: map both or neither.</translation>
    </message>
    <message>
        <source>X and Y go together: map both or neither.</source>
        <translation>X and Y go together: map both or neither.</translation>
    </message>
    <message>
        <source>Map a date: a date and time, a date or a “from” column.</source>
        <translation>Map a date: a date and time, a date or a “from” column.</translation>
    </message>
    <message>
        <source>Map a category: the phenomenon or the modus operandi column.</source>
        <translation>Map a category: the phenomenon or the modus operandi column.</translation>
    </message>
    <message>
        <source>Give the profile a name, or untick “Save this mapping”.</source>
        <translation>Give the profile a name, or untick “Save this mapping”.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportPreviewPage</name>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>date/time</source>
        <translation>date/time</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The first rows as they will be read, with the type detected for each column. Correct the text conventions if the columns do not line up.</source>
        <translation>The first rows as they will be read, with the type detected for each column. Correct the text conventions if the columns do not line up.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Pipe ( | )</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>The character separating the columns (detected from the file)</source>
        <translation>The character separating the columns (detected from the file)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>The character encoding of the text (detected from the file)</source>
        <translation>The character encoding of the text (detected from the file)</translation>
    </message>
    <message>
        <source>Point (4.35)</source>
        <translation>Point (4.35)</translation>
    </message>
    <message>
        <source>Comma (4,35)</source>
        <translation>Comma (4,35)</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimal separator</translation>
    </message>
    <message>
        <source>How numbers such as coordinates are written (detected from the file)</source>
        <translation>How numbers such as coordinates are written (detected from the file)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>The first rows of the file; each column header shows the detected type</source>
        <translation>The first rows of the file; each column header shows the detected type</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Decimal &amp;separator:</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Column “%1”: detected type %2</source>
        <translation>Column “%1”: detected type %2</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1, %2, header on line %3. Showing the first %n row(s).</source>
        <translation>
            <numerusform>Detected: %1, %2, header on line %3. Showing the first %n row.</numerusform>
            <numerusform>Detected: %1, %2, header on line %3. Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file. Showing the first %n row(s).</source>
        <translation>
            <numerusform>%1 file. Showing the first %n row.</numerusform>
            <numerusform>%1 file. Showing the first %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancel Import</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;View Rejected Rows…</source>
        <translation>&amp;View Rejected Rows…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file is imported as one batch: either every row is accounted for, or nothing changes.</source>
        <translation>The file is imported as one batch: either every row is accounted for, or nothing changes.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Share of the file&apos;s rows processed</source>
        <translation>Share of the file&apos;s rows processed</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Stops the import; the project stays exactly as it was</source>
        <translation>Stops the import; the project stays exactly as it was</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Inserted:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>View the rejected rows</source>
        <translation>View the rejected rows</translation>
    </message>
    <message>
        <source>Lists each rejected row with its row number, field and reason, and exports them as CSV</source>
        <translation>Lists each rejected row with its row number, field and reason, and exports them as CSV</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s.</source>
        <translation>Imported %1 in %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had longitude and latitude swapped; they were read the right way round.</source>
        <translation>
            <numerusform>%n row had longitude and latitude swapped; it was read the right way round.</numerusform>
            <numerusform>%n rows had longitude and latitude swapped; they were read the right way round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lie outside the region; they were kept and flagged.</source>
        <translation>
            <numerusform>%n point lies outside the region; it was kept and flagged.</numerusform>
            <numerusform>%n points lie outside the region; they were kept and flagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have only a zone, no point.</source>
        <translation>
            <numerusform>%n row has only a zone, no point.</numerusform>
            <numerusform>%n rows have only a zone, no point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category value(s) were not mapped; their rows were rejected.</source>
        <translation>
            <numerusform>%n category value was not mapped; its rows were rejected.</numerusform>
            <numerusform>%n category values were not mapped; their rows were rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping profile: %1.</source>
        <translation>Mapping profile: %1.</translation>
    </message>
    <message>
        <source>Import canceled: nothing was changed.</source>
        <translation>Import canceled: nothing was changed.</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>The import failed; the project is unchanged.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportWizard</name>
    <message>
        <source>Import Incidents</source>
        <translation>Import Incidents</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Import wizard</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Importing “%1” failed: %2</source>
        <translation>Importing “%1” failed: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::Importer</name>
    <message>
        <source>Cannot import “%1”: the project is open read-only.</source>
        <translation>Cannot import “%1”: the project is open read-only.</translation>
    </message>
    <message>
        <source>The column mapping given for “%1” is not valid JSON.</source>
        <translation>The column mapping given for “%1” is not valid JSON.</translation>
    </message>
    <message>
        <source>There is no import profile named “%1” (importing “%2”).</source>
        <translation>There is no import profile named “%1” (importing “%2”).</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (mapped to %3). Its columns are: %4.</source>
        <translation>“%1” has no column “%2” (mapped to %3). Its columns are: %4.</translation>
    </message>
    <message>
        <source>No location found in “%1”: map longitude/latitude, x/y, a WKT column or a municipality/police zone column. Its columns are: %2.</source>
        <translation>No location found in “%1”: map longitude/latitude, x/y, a WKT column or a municipality/police zone column. Its columns are: %2.</translation>
    </message>
    <message>
        <source>No date column found in “%1”. Its columns are: %2.</source>
        <translation>No date column found in “%1”. Its columns are: %2.</translation>
    </message>
    <message>
        <source>No category column found in “%1” and no default phenomenon set. Its columns are: %2.</source>
        <translation>No category column found in “%1” and no default phenomenon set. Its columns are: %2.</translation>
    </message>
    <message>
        <source>Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.</source>
        <translation>Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.</translation>
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1 for “%2”.</source>
        <translation>Unknown coordinate system EPSG:%1 for “%2”.</translation>
    </message>
    <message>
        <source>The default phenomenon “%1” for “%2” is not in the taxonomy.</source>
        <translation>The default phenomenon “%1” for “%2” is not in the taxonomy.</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is %4</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; is %4</translation>
    </message>
    <message>
        <source>row %1: its geometry cannot be converted to Belgian Lambert 72</source>
        <translation>row %1: its geometry cannot be converted to Belgian Lambert 72</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>not a longitude</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>not a latitude</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; are not a position on Earth</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; are not a position on Earth</translation>
    </message>
    <message>
        <source>not a coordinate</source>
        <translation>not a coordinate</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; cannot be converted from EPSG:%6</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; cannot be converted from EPSG:%6</translation>
    </message>
    <message>
        <source>not a valid WKT geometry</source>
        <translation>not a valid WKT geometry</translation>
    </message>
    <message>
        <source>row %1: no location: &apos;%2&apos; is empty</source>
        <translation>row %1: no location: &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <source>not a known municipality or police zone</source>
        <translation>not a known municipality or police zone</translation>
    </message>
    <message>
        <source>row %1: no location: the coordinate columns are empty</source>
        <translation>row %1: no location: the coordinate columns are empty</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is empty</source>
        <translation>row %1: &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is before &apos;%4&apos; = &apos;%5&apos;</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; is before &apos;%4&apos; = &apos;%5&apos;</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>not a time of day</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not a date</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; is not a date</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not mapped to the taxonomy</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; is not mapped to the taxonomy</translation>
    </message>
    <message>
        <source>row %1: no phenomenon: &apos;%2&apos; is empty</source>
        <translation>row %1: no phenomenon: &apos;%2&apos; is empty</translation>
    </message>
    <message>
        <source>not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation>not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; occurs more than once in this file (first at row %4)</source>
        <translation>row %1: &apos;%2&apos; = &apos;%3&apos; occurs more than once in this file (first at row %4)</translation>
    </message>
</context>
<context>
    <name>phenomap::IncidentTableModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Source reference</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <translation>The incidents that match the current filter</translation>
    </message>
    <message>
        <source>Incidents matching the filter; click a row to show it on the map</source>
        <translation>Incidents matching the filter; click a row to show it on the map</translation>
    </message>
</context>
<context>
    <name>phenomap::KnoxTest</name>
    <message>
        <source>Same location</source>
        <translation>Same location</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Same day</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>%1 to %2 m</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 to %2 days</translation>
    </message>
    <message>
        <source>More than %1 m</source>
        <translation>More than %1 m</translation>
    </message>
    <message>
        <source>More than %1 days</source>
        <translation>More than %1 days</translation>
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
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Visible incidents</source>
        <translation>Visible incidents</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
            <numerusform>%1 of %Ln incident</numerusform>
            <numerusform>%1 of %Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a Phenomap project (GeoPackage)</source>
        <translation>Open a Phenomap project (GeoPackage)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Open &amp;Demo Project</translation>
    </message>
    <message>
        <source>Open the built-in synthetic demo project</source>
        <translation>Open the built-in synthetic demo project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Whole Region</source>
        <translation>&amp;Whole Region</translation>
    </message>
    <message>
        <source>Show the whole Brussels-Capital Region</source>
        <translation>Show the whole Brussels-Capital Region</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Phenomap</source>
        <translation>&amp;About Phenomap</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
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
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Phenomap projects (*.gpkg);;All files (*)</source>
        <translation>Phenomap projects (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s incident file (CSV, spreadsheet or GIS file) into the project</source>
        <translation>Import a partner&apos;s incident file (CSV, spreadsheet or GIS file) into the project</translation>
    </message>
    <message>
        <source>Importing %1; drop the other files one at a time.</source>
        <translation>Importing %1; drop the other files one at a time.</translation>
    </message>
</context>
<context>
    <name>phenomap::MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Map of the Brussels-Capital Region with the incidents of the current filter. Use the mouse wheel or + and - to zoom, drag or the arrow keys to pan, Home to show the whole region.</source>
        <translation>Map of the Brussels-Capital Region with the incidents of the current filter. Use the mouse wheel or + and - to zoom, drag or the arrow keys to pan, Home to show the whole region.</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag or arrow keys to pan, Home to show the whole region</source>
        <translation>Wheel or +/- to zoom, drag or arrow keys to pan, Home to show the whole region</translation>
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
        <translation>SYNTHETIC DATA</translation>
    </message>
</context>
<context>
    <name>phenomap::PictureRenderer</name>
    <message>
        <source>The map data of %1 could not be read: %2</source>
        <translation>The map data of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The filter of the picture “%1” could not be applied: %2</source>
        <translation>The filter of the picture “%1” could not be applied: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::Project</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.</source>
        <translation>“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a GeoPackage (its application id is not GPKG), so it is not a Phenomap project.</source>
        <translation>“%1” is an SQLite database but not a GeoPackage (its application id is not GPKG), so it is not a Phenomap project.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %2 bytes of the %3 its header declares.</source>
        <translation>“%1” is truncated: it holds %2 bytes of the %3 its header declares.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s check reports: %2</source>
        <translation>“%1” is damaged: SQLite&apos;s check reports: %2</translation>
    </message>
    <message>
        <source>“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project table). Import its layers instead.</source>
        <translation>“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project table). Import its layers instead.</translation>
    </message>
    <message>
        <source>“%1” has no valid Phenomap schema version.</source>
        <translation>“%1” has no valid Phenomap schema version.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Phenomap (schema %2); this version reads schema %3 and older. Please update Phenomap to open it.</source>
        <translation>“%1” was written by a newer version of Phenomap (schema %2); this version reads schema %3 and older. Please update Phenomap to open it.</translation>
    </message>
    <message>
        <source>“%1” contains an object Phenomap does not create (%2). It was not opened, because such objects can run code when the file is changed.</source>
        <translation>“%1” contains an object Phenomap does not create (%2). It was not opened, because such objects can run code when the file is changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>“%1” cannot be read as a project: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name for the new project.</source>
        <translation>“%1” already exists; choose another name for the new project.</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>Could not create “%1”: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Could not open “%1”: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ProjectController</name>
    <message>
        <source>Generating the synthetic demo project…</source>
        <translation>Generating the synthetic demo project…</translation>
    </message>
    <message>
        <source>Brussels demo</source>
        <translation>Brussels demo</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <source>The demo project could not be created in %1: %2</source>
        <translation>The demo project could not be created in %1: %2</translation>
    </message>
    <message>
        <source>%1 (synthetic data)</source>
        <translation>%1 (synthetic data)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The incidents of %1 could not be read: %2</source>
        <translation>The incidents of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The filter could not be applied: %1</source>
        <translation>The filter could not be applied: %1</translation>
    </message>
    <message>
        <source>%1 reloaded.</source>
        <translation>%1 reloaded.</translation>
    </message>
</context>
<context>
    <name>phenomap::RejectedRowsDialog</name>
    <message>
        <source>Rejected Rows</source>
        <translation>Rejected Rows</translation>
    </message>
    <message>
        <source>Rejected rows of the import</source>
        <translation>Rejected rows of the import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Each rejected row of the file, the field that failed and why</source>
        <translation>Each rejected row of the file, the field that failed and why</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Export the rejected rows as CSV</source>
        <translation>Export the rejected rows as CSV</translation>
    </message>
    <message>
        <source>Writes row, field, reason and every source column to a CSV file to correct and re-import</source>
        <translation>Writes row, field, reason and every source column to a CSV file to correct and re-import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing else was left out.</source>
        <translation>
            <numerusform>%n row was rejected; nothing else was left out.</numerusform>
            <numerusform>%n rows were rejected; nothing else was left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Export Rejected Rows</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>rejected-rows.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ReportComposer</name>
    <message>
        <source>Drawing a briefing needs a graphical application (QGuiApplication).</source>
        <translation>Drawing a briefing needs a graphical application (QGuiApplication).</translation>
    </message>
    <message>
        <source>The situation pictures of %1 could not be read: %2</source>
        <translation>The situation pictures of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 has no situation picture %2.</source>
        <translation>%1 has no situation picture %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started.</source>
        <translation>%1 could not be written: the PDF could not be started.</translation>
    </message>
    <message>
        <source>%1 could not be written: a page could not be added.</source>
        <translation>%1 could not be written: a page could not be added.</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be finished.</source>
        <translation>%1 could not be written: the PDF could not be finished.</translation>
    </message>
    <message>
        <source>%1 could not be written: the image size is empty.</source>
        <translation>%1 could not be written: the image size is empty.</translation>
    </message>
    <message>
        <source>%1 could not be written: the SVG could not be started.</source>
        <translation>%1 could not be written: the SVG could not be started.</translation>
    </message>
</context>
<context>
    <name>phenomap::SourceReader</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>The file “%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a file Phenomap can read (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</source>
        <translation>“%1” is not a file Phenomap can read (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” holds no table to import.</source>
        <translation>“%1” holds no table to import.</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”.</source>
        <translation>“%1” has no layer named “%2”.</translation>
    </message>
</context>
<context>
    <name>phenomap::TaxonomyModel</name>
    <message>
        <source>%1 (plan measure %2)</source>
        <translation>%1 (plan measure %2)</translation>
    </message>
    <message>
        <source>Phenomenon / modus operandi</source>
        <translation>Phenomenon / modus operandi</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <translation>Name (French)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Name (Dutch)</translation>
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
    <name>phenomap::exchange</name>
    <message>
        <source>The project is open read-only; feedback cannot be merged into it.</source>
        <translation>The project is open read-only; feedback cannot be merged into it.</translation>
    </message>
    <message>
        <source>“%1” is not a partner package.</source>
        <translation>“%1” is not a partner package.</translation>
    </message>
    <message>
        <source>“%1” was exported from another project; its feedback cannot be merged here.</source>
        <translation>“%1” was exported from another project; its feedback cannot be merged here.</translation>
    </message>
    <message>
        <source>The comments in “%1” cannot be read: %2</source>
        <translation>The comments in “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Incidents by phenomenon</source>
        <translation>Incidents by phenomenon</translation>
    </message>
    <message>
        <source>Incidents coloured by phenomenon, with the taxonomy colours</source>
        <translation>Incidents coloured by phenomenon, with the taxonomy colours</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 in this project.</source>
        <translation>There is no situation picture with id %1 in this project.</translation>
    </message>
    <message>
        <source>Choose at least one situation picture to put in the package.</source>
        <translation>Choose at least one situation picture to put in the package.</translation>
    </message>
    <message>
        <source>Pictures marked %1 are for named recipients only and are never exported: %2. Remove them from the selection or change their marking.</source>
        <translation>Pictures marked %1 are for named recipients only and are never exported: %2. Remove them from the selection or change their marking.</translation>
    </message>
    <message>
        <source>These pictures are marked stricter than the package (%1): %2.</source>
        <translation>These pictures are marked stricter than the package (%1): %2.</translation>
    </message>
    <message>
        <source>QGIS layer styles</source>
        <translation>QGIS layer styles</translation>
    </message>
    <message>
        <source>Zone outlines</source>
        <translation>Zone outlines</translation>
    </message>
    <message>
        <source>Zone boundaries</source>
        <translation>Zone boundaries</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>synthetic data</translation>
    </message>
    <message>
        <source>The project is open read-only; a package cannot be exported because the export must be recorded in the project&apos;s export log.</source>
        <translation>The project is open read-only; a package cannot be exported because the export must be recorded in the project&apos;s export log.</translation>
    </message>
    <message>
        <source>A package cannot be marked %1: such information is for named recipients only and is never exported.</source>
        <translation>A package cannot be marked %1: such information is for named recipients only and is never exported.</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Name the recipient of the package.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choose where to write the package.</translation>
    </message>
    <message>
        <source>The grid cell size must lie between 10 m and 100 km.</source>
        <translation>The grid cell size must lie between 10 m and 100 km.</translation>
    </message>
    <message>
        <source>The suppression threshold k must be at least 2.</source>
        <translation>The suppression threshold k must be at least 2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <source>The package cannot replace the project it is exported from.</source>
        <translation>The package cannot replace the project it is exported from.</translation>
    </message>
    <message>
        <source>The package failed its own check before delivery: %1</source>
        <translation>The package failed its own check before delivery: %1</translation>
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation>Could not write “%1” to disk.</translation>
    </message>
    <message>
        <source>Could not move the package into place at “%1”.</source>
        <translation>Could not move the package into place at “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a Phenomap project, not a partner package (it has no manifest).</source>
        <translation>“%1” is a Phenomap project, not a partner package (it has no manifest).</translation>
    </message>
    <message>
        <source>modified: the package cannot be read completely (%1)</source>
        <translation>modified: the package cannot be read completely (%1)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>modified: table %1</source>
        <translation>modified: table %1</translation>
    </message>
    <message>
        <source>Package settings: marking, tier, recipient, export id</source>
        <translation>Package settings: marking, tier, recipient, export id</translation>
    </message>
    <message>
        <source>Situation pictures (storyboard)</source>
        <translation>Situation pictures (storyboard)</translation>
    </message>
    <message>
        <source>Modus operandi of each incident</source>
        <translation>Modus operandi of each incident</translation>
    </message>
    <message>
        <source>Partner comments on the pictures</source>
        <translation>Partner comments on the pictures</translation>
    </message>
    <message>
        <source>Manifest: row count and SHA-256 of every table</source>
        <translation>Manifest: row count and SHA-256 of every table</translation>
    </message>
    <message>
        <source>Audit log of the package</source>
        <translation>Audit log of the package</translation>
    </message>
    <message>
        <source>“%1” is open read-only; comments cannot be added.</source>
        <translation>“%1” is open read-only; comments cannot be added.</translation>
    </message>
    <message>
        <source>A comment needs an author and a text.</source>
        <translation>A comment needs an author and a text.</translation>
    </message>
    <message>
        <source>A comment may hold at most %1 characters.</source>
        <translation>A comment may hold at most %1 characters.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 to comment on.</source>
        <translation>There is no situation picture with id %1 to comment on.</translation>
    </message>
    <message>
        <source>The project “%1” is open read-only; its pictures cannot be changed.</source>
        <translation>The project “%1” is open read-only; its pictures cannot be changed.</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>The picture “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>A situation picture needs a title.</source>
        <translation>A situation picture needs a title.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1.</source>
        <translation>There is no situation picture with id %1.</translation>
    </message>
    <message>
        <source>The new storyboard order must list every picture exactly once.</source>
        <translation>The new storyboard order must list every picture exactly once.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” must be a number.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1” must be text.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>“%1” must be a list.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>“%1” is not a TLP label.</translation>
    </message>
    <message>
        <source>The weekday or hour selection is out of range.</source>
        <translation>The weekday or hour selection is out of range.</translation>
    </message>
    <message>
        <source>An annotation point must be a pair of numbers.</source>
        <translation>An annotation point must be a pair of numbers.</translation>
    </message>
    <message>
        <source>The picture state has version %1; this Phenomap reads version %2.</source>
        <translation>The picture state has version %1; this Phenomap reads version %2.</translation>
    </message>
    <message>
        <source>A layer opacity must lie between 0 and 1.</source>
        <translation>A layer opacity must lie between 0 and 1.</translation>
    </message>
    <message>
        <source>Unknown annotation kind “%1”.</source>
        <translation>Unknown annotation kind “%1”.</translation>
    </message>
    <message>
        <source>A %1 annotation needs at least %2 points.</source>
        <translation>A %1 annotation needs at least %2 points.</translation>
    </message>
    <message>
        <source>The picture state is not valid JSON: %1</source>
        <translation>The picture state is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The picture has no valid TLP label.</source>
        <translation>The picture has no valid TLP label.</translation>
    </message>
    <message>
        <source>Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)</source>
        <translation>Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)</translation>
    </message>
    <message>
        <source>The project has no zone layer “%1” to count incidents in.</source>
        <translation>The project has no zone layer “%1” to count incidents in.</translation>
    </message>
    <message>
        <source>Incidents per zone (%1), counts below %2 suppressed</source>
        <translation>Incidents per zone (%1), counts below %2 suppressed</translation>
    </message>
    <message>
        <source>Incidents per zone</source>
        <translation>Incidents per zone</translation>
    </message>
    <message>
        <source>Zones shaded by their incident count; suppressed counts are not drawn</source>
        <translation>Zones shaded by their incident count; suppressed counts are not drawn</translation>
    </message>
</context>
<context>
    <name>phenomap::trust</name>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation>Cannot read the encrypted file: %1</translation>
    </message>
    <message>
        <source>The encrypted file is damaged: %1</source>
        <translation>The encrypted file is damaged: %1</translation>
    </message>
    <message>
        <source>Invalid age header: a passphrase stanza must be the only stanza.</source>
        <translation>Invalid age header: a passphrase stanza must be the only stanza.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation>This file is protected by a passphrase.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>This file is encrypted to public keys; no private key is loaded.</source>
        <translation>This file is encrypted to public keys; no private key is loaded.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of our keys.</source>
        <translation>This file is not encrypted to any of our keys.</translation>
    </message>
    <message>
        <source>the payload is missing</source>
        <translation>the payload is missing</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation>the payload is truncated</translation>
    </message>
    <message>
        <source>the payload is truncated or was modified</source>
        <translation>the payload is truncated or was modified</translation>
    </message>
    <message>
        <source>the last chunk is truncated or was modified</source>
        <translation>the last chunk is truncated or was modified</translation>
    </message>
    <message>
        <source>a chunk was modified or data was appended</source>
        <translation>a chunk was modified or data was appended</translation>
    </message>
    <message>
        <source>an empty final chunk follows data</source>
        <translation>an empty final chunk follows data</translation>
    </message>
    <message>
        <source>The age header was modified (MAC mismatch).</source>
        <translation>The age header was modified (MAC mismatch).</translation>
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation>Cannot write the decrypted data: %1</translation>
    </message>
    <message>
        <source>The decrypted file would be larger than allowed.</source>
        <translation>The decrypted file would be larger than allowed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the data to encrypt: %1</source>
        <translation>Cannot read the data to encrypt: %1</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Cannot write the encrypted file: %1</translation>
    </message>
    <message>
        <source>No recipient public key.</source>
        <translation>No recipient public key.</translation>
    </message>
    <message>
        <source>A file cannot be encrypted to both a passphrase and public keys.</source>
        <translation>A file cannot be encrypted to both a passphrase and public keys.</translation>
    </message>
    <message>
        <source>No recipient to encrypt to.</source>
        <translation>No recipient to encrypt to.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Malformed age header: %1</source>
        <translation>Malformed age header: %1</translation>
    </message>
    <message>
        <source>the file ends inside the header</source>
        <translation>the file ends inside the header</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>the header is too large</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>a header line is too long</translation>
    </message>
    <message>
        <source>Unsupported age format version.</source>
        <translation>Unsupported age format version.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported; decrypt with age -d first.</source>
        <translation>ASCII-armored age files are not supported; decrypt with age -d first.</translation>
    </message>
    <message>
        <source>This is not an age encrypted file.</source>
        <translation>This is not an age encrypted file.</translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation>it has no recipient stanza</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>the MAC line is malformed</translation>
    </message>
    <message>
        <source>expected a stanza or the MAC line</source>
        <translation>expected a stanza or the MAC line</translation>
    </message>
    <message>
        <source>it has too many stanzas</source>
        <translation>it has too many stanzas</translation>
    </message>
    <message>
        <source>a stanza has an empty argument</source>
        <translation>a stanza has an empty argument</translation>
    </message>
    <message>
        <source>a stanza argument has invalid characters</source>
        <translation>a stanza argument has invalid characters</translation>
    </message>
    <message>
        <source>a stanza body line is too long</source>
        <translation>a stanza body line is too long</translation>
    </message>
    <message>
        <source>a stanza body is not valid base64</source>
        <translation>a stanza body is not valid base64</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>a stanza body is not canonical base64</translation>
    </message>
    <message>
        <source>This is not an age secret key (AGE-SECRET-KEY-1...).</source>
        <translation>This is not an age secret key (AGE-SECRET-KEY-1...).</translation>
    </message>
    <message>
        <source>The identity file is too large.</source>
        <translation>The identity file is too large.</translation>
    </message>
    <message>
        <source>The identity file holds no age key.</source>
        <translation>The identity file holds no age key.</translation>
    </message>
    <message>
        <source>Malformed X25519 stanza in the age header.</source>
        <translation>Malformed X25519 stanza in the age header.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>Invalid scrypt work factor.</source>
        <translation>Invalid scrypt work factor.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Malformed scrypt stanza in the age header.</source>
        <translation>Malformed scrypt stanza in the age header.</translation>
    </message>
    <message>
        <source>The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.</source>
        <translation>The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.</translation>
    </message>
    <message>
        <source>Invalid age public key size.</source>
        <translation>Invalid age public key size.</translation>
    </message>
    <message>
        <source>This is not an age public key (age1...).</source>
        <translation>This is not an age public key (age1...).</translation>
    </message>
    <message>
        <source>The age public key is invalid.</source>
        <translation>The age public key is invalid.</translation>
    </message>
    <message>
        <source>Internal error: chunk too large.</source>
        <translation>Internal error: chunk too large.</translation>
    </message>
    <message>
        <source>Invalid key derivation length.</source>
        <translation>Invalid key derivation length.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Cannot create the key folder %1.</translation>
    </message>
    <message>
        <source>An office key already exists.</source>
        <translation>An office key already exists.</translation>
    </message>
    <message>
        <source>The partner key list %1 is damaged.</source>
        <translation>The partner key list %1 is damaged.</translation>
    </message>
    <message>
        <source>A partner needs a signing key.</source>
        <translation>A partner needs a signing key.</translation>
    </message>
    <message>
        <source>No partner has the key %1.</source>
        <translation>No partner has the key %1.</translation>
    </message>
    <message>
        <source>The file %1 is not signed.</source>
        <translation>The file %1 is not signed.</translation>
    </message>
    <message>
        <source>The file was signed with the unknown key %1.</source>
        <translation>The file was signed with the unknown key %1.</translation>
    </message>
    <message>
        <source>Invalid public key size.</source>
        <translation>Invalid public key size.</translation>
    </message>
    <message>
        <source>The public key file is too large.</source>
        <translation>The public key file is too large.</translation>
    </message>
    <message>
        <source>The public key file has no key after its comment line.</source>
        <translation>The public key file has no key after its comment line.</translation>
    </message>
    <message>
        <source>The public key file has extra lines.</source>
        <translation>The public key file has extra lines.</translation>
    </message>
    <message>
        <source>This is not a minisign public key.</source>
        <translation>This is not a minisign public key.</translation>
    </message>
    <message>
        <source>The public key uses an unsupported algorithm.</source>
        <translation>The public key uses an unsupported algorithm.</translation>
    </message>
    <message>
        <source>A signature comment must fit on one line.</source>
        <translation>A signature comment must fit on one line.</translation>
    </message>
    <message>
        <source>This is not a minisign secret key file.</source>
        <translation>This is not a minisign secret key file.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported algorithm.</source>
        <translation>The secret key uses an unsupported algorithm.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported checksum.</source>
        <translation>The secret key uses an unsupported checksum.</translation>
    </message>
    <message>
        <source>The secret key asks for an unreasonably expensive passphrase derivation.</source>
        <translation>The secret key asks for an unreasonably expensive passphrase derivation.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported key derivation.</source>
        <translation>The secret key uses an unsupported key derivation.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the secret key.</source>
        <translation>Wrong passphrase for the secret key.</translation>
    </message>
    <message>
        <source>The secret key is corrupted.</source>
        <translation>The secret key is corrupted.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>No signing key is loaded.</translation>
    </message>
    <message>
        <source>Cannot write the signature %1: %2</source>
        <translation>Cannot write the signature %1: %2</translation>
    </message>
    <message>
        <source>Invalid signature file: %1</source>
        <translation>Invalid signature file: %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>it is too large</translation>
    </message>
    <message>
        <source>it must have exactly four lines</source>
        <translation>it must have exactly four lines</translation>
    </message>
    <message>
        <source>the first line is not an untrusted comment</source>
        <translation>the first line is not an untrusted comment</translation>
    </message>
    <message>
        <source>the third line is not a trusted comment</source>
        <translation>the third line is not a trusted comment</translation>
    </message>
    <message>
        <source>a comment is too long</source>
        <translation>a comment is too long</translation>
    </message>
    <message>
        <source>the signature line is malformed</source>
        <translation>the signature line is malformed</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>unsupported signature algorithm</translation>
    </message>
    <message>
        <source>the global signature line is malformed</source>
        <translation>the global signature line is malformed</translation>
    </message>
    <message>
        <source>Cannot read the signed data: %1</source>
        <translation>Cannot read the signed data: %1</translation>
    </message>
    <message>
        <source>No public key or signature to verify.</source>
        <translation>No public key or signature to verify.</translation>
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation>The file was signed with key %1, not with key %2.</translation>
    </message>
    <message>
        <source>The file is too large for a legacy (non-prehashed) signature.</source>
        <translation>The file is too large for a legacy (non-prehashed) signature.</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed after signing.</source>
        <translation>The signature does not match the file: it was changed after signing.</translation>
    </message>
    <message>
        <source>The trusted comment of the signature was changed.</source>
        <translation>The trusted comment of the signature was changed.</translation>
    </message>
    <message>
        <source>Cannot read the signature %1: %2</source>
        <translation>Cannot read the signature %1: %2</translation>
    </message>
    <message>
        <source>This is not a Phenomap public key file.</source>
        <translation>This is not a Phenomap public key file.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>The cryptography library could not be initialised.</translation>
    </message>
</context>
</TS>
