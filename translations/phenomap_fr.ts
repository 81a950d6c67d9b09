<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>phenomap</name>
    <message>
        <source>all phenomena</source>
        <translation>tous les phénomènes</translation>
    </message>
    <message>
        <source>phenomena %1</source>
        <translation>phénomènes %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>%n incident(s) with a point</source>
        <translation>%n incident(s) avec un point</translation>
    </message>
    <message>
        <source>Loading incidents</source>
        <translation>Chargement des incidents</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>The number of demo incidents must be between 0 and 5,000,000 (got %1).</source>
        <translation>Le nombre d&apos;incidents de démonstration doit être compris entre 0 et 5 000 000 (reçu : %1).</translation>
    </message>
    <message>
        <source>Synthetic demo (seed %1)</source>
        <translation>Démonstration synthétique (graine %1)</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>Création de %1</translation>
    </message>
    <message>
        <source>Generating %1 synthetic incidents</source>
        <translation>Génération de %1 incidents synthétiques</translation>
    </message>
    <message>
        <source>Could not generate the demo project “%1”: %2</source>
        <translation>Impossible de générer le projet de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Runs a spatial statistic on the incidents of a project.</source>
        <translation>Calcule une statistique spatiale sur les incidents d&apos;un projet.</translation>
    </message>
    <message>
        <source>gi, lisa, moran or knox.</source>
        <translation>gi, lisa, moran ou knox.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Comma-separated phenomenon codes (default: all).</source>
        <translation>Codes de phénomènes séparés par des virgules (par défaut : tous).</translation>
    </message>
    <message>
        <source>CODES</source>
        <translation>CODES</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, Brussels time).</source>
        <translation>Premier jour (AAAA-MM-JJ, heure de Bruxelles).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Day after the last (YYYY-MM-DD, Brussels time).</source>
        <translation>Lendemain du dernier jour (AAAA-MM-JJ, heure de Bruxelles).</translation>
    </message>
    <message>
        <source>Analyse the zones of this layer instead of a grid.</source>
        <translation>Analyser les zones de cette couche au lieu d&apos;une grille.</translation>
    </message>
    <message>
        <source>LAYER</source>
        <translation>COUCHE</translation>
    </message>
    <message>
        <source>Grid cell size in metres (default 100).</source>
        <translation>Taille des cellules de la grille en mètres (100 par défaut).</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>MÈTRES</translation>
    </message>
    <message>
        <source>Use a hexagonal grid.</source>
        <translation>Utiliser une grille hexagonale.</translation>
    </message>
    <message>
        <source>queen, rook, band or knn.</source>
        <translation>queen, rook, band ou knn.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Distance band in metres (default 300).</source>
        <translation>Bande de distance en mètres (300 par défaut).</translation>
    </message>
    <message>
        <source>Number of neighbours for knn (default 8).</source>
        <translation>Nombre de voisins pour knn (8 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Permutations (default 999).</source>
        <translation>Permutations (999 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 12345).</source>
        <translation>Graine aléatoire (12345 par défaut).</translation>
    </message>
    <message>
        <source>none, bonferroni or fdr.</source>
        <translation>none, bonferroni ou fdr.</translation>
    </message>
    <message>
        <source>Knox distance band edges in metres, e.g. 0,100,200.</source>
        <translation>Limites des bandes de distance de Knox en mètres, p. ex. 0,100,200.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Knox time band edges in days, e.g. 0,7,14.</source>
        <translation>Limites des bandes temporelles de Knox en jours, p. ex. 0,7,14.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]</source>
        <translation>Usage : %1 analyse PROJECT --method gi|lisa|moran|knox [options] [--json]</translation>
    </message>
    <message>
        <source>Give exactly one project file.</source>
        <translation>Indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>--method must be gi, lisa, moran or knox.</source>
        <translation>--method doit valoir gi, lisa, moran ou knox.</translation>
    </message>
    <message>
        <source>--cell, --band, --k and --permutations take positive numbers.</source>
        <translation>--cell, --band, --k et --permutations attendent des nombres positifs.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed attend un nombre entier.</translation>
    </message>
    <message>
        <source>--weights must be queen, rook, band or knn.</source>
        <translation>--weights doit valoir queen, rook, band ou knn.</translation>
    </message>
    <message>
        <source>--correction must be none, bonferroni or fdr.</source>
        <translation>--correction doit valoir none, bonferroni ou fdr.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from et --to attendent des dates au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--distances takes at least two increasing numbers, e.g. 0,100,200.</source>
        <translation>--distances attend au moins deux nombres croissants, p. ex. 0,100,200.</translation>
    </message>
    <message>
        <source>--days takes at least two increasing numbers, e.g. 0,7,14.</source>
        <translation>--days attend au moins deux nombres croissants, p. ex. 0,7,14.</translation>
    </message>
    <message>
        <source>“%1” has no phenomenon with the code “%2”.</source>
        <translation>« %1 » n&apos;a aucun phénomène de code « %2 ».</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Analysis of “%1” failed: %2</source>
        <translation>L&apos;analyse de « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Writing the briefing: %1 %</source>
        <translation>Écriture du briefing : %1 %</translation>
    </message>
    <message>
        <source>Wrote a %1-page briefing to “%2”.</source>
        <translation>Briefing de %1 pages écrit dans « %2 ».</translation>
    </message>
    <message>
        <source>“%1” could not be written from “%2”: %3</source>
        <translation>« %1 » n&apos;a pas pu être écrit à partir de « %2 » : %3</translation>
    </message>
    <message>
        <source>Writing the package: %1 %</source>
        <translation>Écriture du paquet : %1 %</translation>
    </message>
    <message>
        <source>Wrote “%1” for %2 (%3, %4): %5 pictures, %6 incidents, SHA-256 %7</source>
        <translation>« %1 » écrit pour %2 (%3, %4) : %5 images, %6 incidents, SHA-256 %7</translation>
    </message>
    <message>
        <source>%1 incidents were withheld: their marking is stricter than %2.</source>
        <translation>%1 incidents ont été écartés : leur marquage est plus strict que %2.</translation>
    </message>
    <message>
        <source>Suppressed counts: %1 below %2, %3 secondary.</source>
        <translation>Effectifs masqués : %1 inférieurs à %2, %3 secondaires.</translation>
    </message>
    <message>
        <source>Exports a PDF briefing of the situation pictures, or a package for a partner.</source>
        <translation>Exporte un briefing PDF des images de situation, ou un paquet destiné à un partenaire.</translation>
    </message>
    <message>
        <source>Write a PDF briefing to FILE.</source>
        <translation>Écrire un briefing PDF dans FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write a partner package (GeoPackage) to FILE.</source>
        <translation>Écrire un paquet pour un partenaire (GeoPackage) dans FICHIER.</translation>
    </message>
    <message>
        <source>Only these pictures, in this order (comma-separated UUIDs).</source>
        <translation>Uniquement ces images, dans cet ordre (UUID séparés par des virgules).</translation>
    </message>
    <message>
        <source>UUID,...</source>
        <translation>UUID,...</translation>
    </message>
    <message>
        <source>Language of the briefing: fr, nl or en (default en).</source>
        <translation>Langue du briefing : fr, nl ou en (en par défaut).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>A4 landscape (default) or portrait.</source>
        <translation>A4 paysage (par défaut) ou portrait.</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <source>Package tier: exact, generalised or aggregated.</source>
        <translation>Niveau du paquet : exact, generalised ou aggregated.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Package marking: TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT.</source>
        <translation>Marquage du paquet : TLP:CLEAR, TLP:GREEN, TLP:AMBER ou TLP:AMBER+STRICT.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>The partner the package is for.</source>
        <translation>Le partenaire auquel le paquet est destiné.</translation>
    </message>
    <message>
        <source>Aggregated tier: counts below N are suppressed (default 5).</source>
        <translation>Niveau agrégé : les effectifs inférieurs à N sont masqués (5 par défaut).</translation>
    </message>
    <message>
        <source>Usage: %1 export PROJECT --pdf OUT.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
       %1 export PROJECT --package OUT.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NAME [--pictures UUID,...] [--k N]</source>
        <translation>Usage : %1 export PROJECT --pdf SORTIE.pdf [--pictures UUID,...] [--lang fr|nl|en] [--orientation landscape|portrait]
        %1 export PROJECT --package SORTIE.gpkg --tier exact|generalised|aggregated --tlp LABEL --recipient NOM [--pictures UUID,...] [--k N]</translation>
    </message>
    <message>
        <source>export: expected exactly one PROJECT.</source>
        <translation>export : un seul PROJECT attendu.</translation>
    </message>
    <message>
        <source>export: give either --pdf FILE or --package FILE.</source>
        <translation>export : indiquez soit --pdf FICHIER, soit --package FICHIER.</translation>
    </message>
    <message>
        <source>export: --tier, --tlp, --recipient and --k apply to --package only.</source>
        <translation>export : --tier, --tlp, --recipient et --k ne s&apos;appliquent qu&apos;à --package.</translation>
    </message>
    <message>
        <source>export: --lang must be fr, nl or en, not “%1”.</source>
        <translation>export : --lang doit valoir fr, nl ou en, pas « %1 ».</translation>
    </message>
    <message>
        <source>export: --orientation must be landscape or portrait, not “%1”.</source>
        <translation>export : --orientation doit valoir landscape ou portrait, pas « %1 ».</translation>
    </message>
    <message>
        <source>export: --lang and --orientation apply to --pdf only.</source>
        <translation>export : --lang et --orientation ne s&apos;appliquent qu&apos;à --pdf.</translation>
    </message>
    <message>
        <source>export: --tier exact|generalised|aggregated is required for a package.</source>
        <translation>export : --tier exact|generalised|aggregated est obligatoire pour un paquet.</translation>
    </message>
    <message>
        <source>export: --tier must be exact, generalised or aggregated, not “%1”.</source>
        <translation>export : --tier doit valoir exact, generalised ou aggregated, pas « %1 ».</translation>
    </message>
    <message>
        <source>export: --tlp LABEL is required for a package.</source>
        <translation>export : --tlp LABEL est obligatoire pour un paquet.</translation>
    </message>
    <message>
        <source>export: --tlp must be TLP:CLEAR, TLP:GREEN, TLP:AMBER or TLP:AMBER+STRICT, not “%1”.</source>
        <translation>export : --tlp doit valoir TLP:CLEAR, TLP:GREEN, TLP:AMBER ou TLP:AMBER+STRICT, pas « %1 ».</translation>
    </message>
    <message>
        <source>export: TLP:RED is for the named recipients only and is never put in a package.</source>
        <translation>export : TLP:RED est réservé aux destinataires nommément désignés et n&apos;est jamais mis dans un paquet.</translation>
    </message>
    <message>
        <source>export: --recipient NAME is required for a package.</source>
        <translation>export : --recipient NOM est obligatoire pour un paquet.</translation>
    </message>
    <message>
        <source>export: --k must be a whole number from 1 to 1000, not “%1”.</source>
        <translation>export : --k doit être un nombre entier de 1 à 1000, pas « %1 ».</translation>
    </message>
    <message>
        <source>export: writing “%1” needs a graphical application (QGuiApplication); the phenomap executable provides one for export.</source>
        <translation>export : l&apos;écriture de « %1 » nécessite une application graphique (QGuiApplication) ; l&apos;exécutable phenomap en fournit une pour l&apos;export.</translation>
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
        <translation>Un poste de travail d&apos;analyse pour cartographier les phénomènes de criminalité organisée et leurs modes opératoires dans la Région de Bruxelles-Capitale.</translation>
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
        <translation>Aucune donnée réelle d&apos;incident n&apos;est publique. Le projet de démonstration et les données de test sont synthétiques : ils sont générés par Phenomap et marqués comme synthétiques partout où ils apparaissent. Ils ne décrivent aucun fait réel.</translation>
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
        <translation>Il n&apos;existe pas de lot d&apos;import %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) was already undone.</source>
        <translation>Le lot d&apos;import %1 (« %2 ») a déjà été annulé.</translation>
    </message>
    <message>
        <source>Import batch %1 (“%2”) cannot be undone before batch %3, which changed the same incidents.</source>
        <translation>Le lot d&apos;import %1 (« %2 ») ne peut pas être annulé avant le lot %3, qui a modifié les mêmes incidents.</translation>
    </message>
    <message>
        <source>The saved previous version of incident %1 in batch %2 is damaged; nothing was undone.</source>
        <translation>La version antérieure enregistrée de l&apos;incident %1 dans le lot %2 est endommagée ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
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
        <translation>→ suivante   ← précédente   P lecture   N notes   Échap quitter</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notes du présentateur</translation>
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
        <translation>Usage : %1 [FICHIER.gpkg]             ouvrir le poste de travail
        %1 demo --out FICHIER [--incidents N] [--seed S] [--title T] [--force]
                                            écrire un projet de démonstration synthétique
        %1 info FICHIER [--json]      résumer un projet
        %1 --version | --help
</translation>
    </message>
    <message>
        <source>Writes a new project filled with synthetic incidents (marked as synthetic).</source>
        <translation>Écrit un nouveau projet rempli d&apos;incidents synthétiques (marqués comme synthétiques).</translation>
    </message>
    <message>
        <source>The project file to create.</source>
        <translation>Le fichier de projet à créer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Number of incidents (default 20000).</source>
        <translation>Nombre d&apos;incidents (20000 par défaut).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same incidents (default 1).</source>
        <translation>Graine aléatoire : la même graine donne les mêmes incidents (1 par défaut).</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Project title.</source>
        <translation>Titre du projet.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>Replace the file if it exists.</source>
        <translation>Remplacer le fichier s&apos;il existe.</translation>
    </message>
    <message>
        <source>demo: unexpected argument “%1”.</source>
        <translation>demo : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>demo: --out FILE is required.</source>
        <translation>demo : --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>demo: --incidents must be a whole number from 0 to 5000000, not “%1”.</source>
        <translation>demo : --incidents doit être un nombre entier de 0 à 5000000, pas « %1 ».</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative whole number, not “%1”.</source>
        <translation>demo : --seed doit être un nombre entier positif ou nul, pas « %1 ».</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>« %1 » existe déjà ; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Could not replace “%1”: the file cannot be removed.</source>
        <translation>Impossible de remplacer « %1 » : le fichier ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Generating synthetic incidents: %1 %</source>
        <translation>Génération des incidents synthétiques : %1 %</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Wrote %1 synthetic incidents (seed %2) to “%3”.</source>
        <translation>%1 incidents synthétiques (graine %2) écrits dans « %3 ».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Summarises a Phenomap project: incidents by phenomenon, MO, zone and source.</source>
        <translation>Résume un projet Phenomap : incidents par phénomène, mode opératoire, zone et source.</translation>
    </message>
    <message>
        <source>The project file (.gpkg).</source>
        <translation>Le fichier de projet (.gpkg).</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé en JSON.</translation>
    </message>
    <message>
        <source>info: give exactly one project file.</source>
        <translation>info : indiquez exactement un fichier de projet.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Project:        %1</source>
        <translation>Projet :            %1</translation>
    </message>
    <message>
        <source>Title:          %1</source>
        <translation>Titre :             %1</translation>
    </message>
    <message>
        <source>Data:           SYNTHETIC (not real incidents)</source>
        <translation>Données :           SYNTHÉTIQUES (pas de vrais incidents)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>Taxonomy:       %1</source>
        <translation>Taxonomie :         %1</translation>
    </message>
    <message>
        <source>Incidents:      %1</source>
        <translation>Incidents :         %1</translation>
    </message>
    <message>
        <source>  zone only:    %1</source>
        <translation>  zone seule :      %1</translation>
    </message>
    <message>
        <source>  outside:      %1</source>
        <translation>  hors Région :     %1</translation>
    </message>
    <message>
        <source>  time window:  %1</source>
        <translation>  plage horaire :   %1</translation>
    </message>
    <message>
        <source>Period (UTC):   %1 – %2</source>
        <translation>Période (UTC) :     %1 – %2</translation>
    </message>
    <message>
        <source>By phenomenon:</source>
        <translation>Par phénomène :</translation>
    </message>
    <message>
        <source>By municipality:</source>
        <translation>Par commune :</translation>
    </message>
    <message>
        <source>By police zone:</source>
        <translation>Par zone de police :</translation>
    </message>
    <message>
        <source>By source:</source>
        <translation>Par source :</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue « %1 ».</translation>
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
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>“%1” has no header line.</source>
        <translation>« %1 » n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Cannot prepare a cleaned copy of “%1”.</source>
        <translation>Impossible de préparer une copie nettoyée de « %1 ».</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
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
        <translation>L&apos;identifiant d&apos;incident %1 est hors limites.</translation>
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
        <source>Words that must all appear in the incident&apos;s text</source>
        <translation>Mots qui doivent tous figurer dans le texte de l&apos;incident</translation>
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
        <translation>Rien n&apos;est affiché : aucun phénomène n&apos;est coché.</translation>
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
    <name>phenomap::ImportCategoryPage</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>These values of the category columns match no rule and no taxonomy label. Map each onto a phenomenon or modus operandi; your choices are saved as rules for this source. Rows whose value stays unmapped are rejected and listed, never dropped silently.</source>
        <translation>Ces valeurs des colonnes de catégorie ne correspondent à aucune règle ni à aucun libellé de la taxonomie. Associez chacune à un phénomène ou à un mode opératoire ; vos choix sont enregistrés comme règles pour cette source. Les lignes dont la valeur reste sans correspondance sont rejetées et listées, jamais écartées en silence.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Map to</source>
        <translation>Associer à</translation>
    </message>
    <message>
        <source>Unmapped category values</source>
        <translation>Valeurs de catégorie sans correspondance</translation>
    </message>
    <message>
        <source>Each value, how many rows have it, and the taxonomy node it should count as</source>
        <translation>Chaque valeur, le nombre de lignes qui la portent et le nœud de la taxonomie auquel elle doit être comptée</translation>
    </message>
    <message>
        <source>MO (%1)</source>
        <translation>Mode opératoire (%1)</translation>
    </message>
    <message>
        <source>Phenomenon (%1)</source>
        <translation>Phénomène (%1)</translation>
    </message>
    <message>
        <source>Taxonomy node for “%1”</source>
        <translation>Nœud de la taxonomie pour « %1 »</translation>
    </message>
    <message>
        <source>The phenomenon or modus operandi “%1” stands for</source>
        <translation>Le phénomène ou mode opératoire que désigne « %1 »</translation>
    </message>
    <message>
        <source>(leave unmapped: rows are rejected)</source>
        <translation>(laisser sans correspondance : les lignes sont rejetées)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not covered, counted over %1 row(s) of the file.</source>
        <translation>
            <numerusform>%n valeur non couverte, comptée sur %1 ligne(s) du fichier.</numerusform>
            <numerusform>%n valeurs non couvertes, comptées sur %1 ligne(s) du fichier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportCommand</name>
    <message>
        <source>Imports a partner file (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) into a project as one batch.</source>
        <translation>Importe un fichier d&apos;un partenaire (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf) dans un projet, en un seul lot.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Le fichier de projet.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>Use the saved import profile NAME.</source>
        <translation>Utiliser le profil d&apos;import enregistré NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Save the mapping used as profile NAME.</source>
        <translation>Enregistrer la correspondance utilisée comme profil NOM.</translation>
    </message>
    <message>
        <source>The source agency (default: the profile&apos;s, else the file name).</source>
        <translation>Le service d&apos;origine (par défaut : celui du profil, sinon le nom du fichier).</translation>
    </message>
    <message>
        <source>Coordinate system of x/y or WKT columns, e.g. EPSG:31370.</source>
        <translation>Système de coordonnées des colonnes x/y ou WKT, p. ex. EPSG:31370.</translation>
    </message>
    <message>
        <source>EPSG:N</source>
        <translation>EPSG:N</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Afficher le résumé en JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 import PROJECT FILE [--profile NAME] [--source NAME] [--crs EPSG:N] [--json]</source>
        <translation>Usage : %1 import PROJECT FILE [--profile NOM] [--source NOM] [--crs EPSG:N] [--json]</translation>
    </message>
    <message>
        <source>import: expected PROJECT and FILE.</source>
        <translation>import : PROJECT et FILE attendus.</translation>
    </message>
    <message>
        <source>import: --crs must be EPSG:N, not “%1”.</source>
        <translation>import : --crs doit être de la forme EPSG:N, pas « %1 ».</translation>
    </message>
    <message>
        <source>Cannot import into “%1”: the file is read-only.</source>
        <translation>Impossible d&apos;importer dans « %1 » : le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>Importing “%1” failed; the project is unchanged: %2</source>
        <translation>L&apos;import de « %1 » a échoué ; le projet est inchangé : %2</translation>
    </message>
    <message>
        <source>%1: read %2, inserted %3, updated %4, rejected %5 (batch %6)</source>
        <translation>%1 : %2 lus, %3 insérés, %4 mis à jour, %5 rejetés (lot %6)</translation>
    </message>
    <message>
        <source>  not mapped: %1 &apos;%2&apos; = &apos;%3&apos; (%4 rows)</source>
        <translation>  sans correspondance : %1 « %2 » = « %3 » (%4 lignes)</translation>
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
        <translation>Ouvrez d&apos;abord un projet : les incidents sont importés dans le projet ouvert.</translation>
    </message>
    <message>
        <source>Cannot import into %1: the project is open read-only.</source>
        <translation>Impossible d&apos;importer dans %1 : le projet est ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportFilePage</name>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose the partner&apos;s file and the source it comes from. A saved mapping profile that fits the file&apos;s columns is applied without further questions.</source>
        <translation>Choisissez le fichier du partenaire et la source dont il provient. Un profil de correspondance enregistré qui convient aux colonnes du fichier est appliqué sans autre question.</translation>
    </message>
    <message>
        <source>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (also zipped), KML or FlatGeobuf</source>
        <translation>CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile (éventuellement zippé), KML ou FlatGeobuf</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Parcourir pour trouver le fichier</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Choisir le fichier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The agency the file comes from. Record ids are recognised per source, so a re-import of the same source updates incidents instead of duplicating them.</source>
        <translation>Le service dont provient le fichier. Les identifiants d&apos;enregistrement sont reconnus par source : réimporter la même source met donc les incidents à jour au lieu de les dupliquer.</translation>
    </message>
    <message>
        <source>Saved mapping profile</source>
        <translation>Profil de correspondance enregistré</translation>
    </message>
    <message>
        <source>A column mapping saved from an earlier import. When one fits the file&apos;s columns it is selected and applied without questions.</source>
        <translation>Une correspondance de colonnes enregistrée lors d&apos;un import précédent. Si l&apos;une d&apos;elles convient aux colonnes du fichier, elle est sélectionnée et appliquée sans question.</translation>
    </message>
    <message>
        <source>File information</source>
        <translation>Informations sur le fichier</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Mapping &amp;profile:</source>
        <translation>P&amp;rofil de correspondance :</translation>
    </message>
    <message>
        <source>None: propose a mapping</source>
        <translation>Aucun : proposer une correspondance</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;All files (*)</source>
        <translation>Fichiers d&apos;incidents (*.csv *.txt *.tsv *.xlsx *.ods *.geojson *.json *.gpkg *.shp *.zip *.kml *.fgb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce fichier ne peut pas être importé.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), about %2 row(s).</source>
        <translation>
            <numerusform>%1 : %n colonne, environ %2 ligne(s).</numerusform>
            <numerusform>%1 : %n colonnes, environ %2 ligne(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved profile “%1” fits its columns and will be used.</source>
        <translation>Le profil enregistré « %1 » convient à ses colonnes et sera utilisé.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportMappingPage</name>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Which column feeds which incident field. The proposal comes from the column names and values; the dot shows how sure it is. Correct any field that is wrong.</source>
        <translation>Quelle colonne alimente quel champ de l&apos;incident. La proposition se fonde sur les noms et les valeurs des colonnes ; la pastille indique son degré de certitude. Corrigez tout champ erroné.</translation>
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
        <translation>X (projeté)</translation>
    </message>
    <message>
        <source>Y (projected)</source>
        <translation>Y (projeté)</translation>
    </message>
    <message>
        <source>WKT geometry</source>
        <translation>Géométrie WKT</translation>
    </message>
    <message>
        <source>Zone (NIS code, municipality, police zone)</source>
        <translation>Zone (code INS, commune, zone de police)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phénomène</translation>
    </message>
    <message>
        <source>Modus operandi</source>
        <translation>Mode opératoire</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Service d&apos;origine</translation>
    </message>
    <message>
        <source>TLP marking</source>
        <translation>Marquage TLP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>The file&apos;s column read as “%1”</source>
        <translation>La colonne du fichier lue comme « %1 »</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Coordinate system of x/y and WKT</source>
        <translation>Système de coordonnées des x/y et du WKT</translation>
    </message>
    <message>
        <source>EPSG code of the x/y or WKT columns, e.g. 31370 (Belgian Lambert 72) or 3812 (Lambert 2008); “Detect” guesses it from the values</source>
        <translation>Code EPSG des colonnes x/y ou WKT, p. ex. 31370 (Lambert belge 72) ou 3812 (Lambert 2008) ; « Détecter » le devine à partir des valeurs</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Système de coordonnées :</translation>
    </message>
    <message>
        <source>Save this mapping as a &amp;profile named</source>
        <translation>Enregistrer cette correspondance comme &amp;profil nommé</translation>
    </message>
    <message>
        <source>Save the mapping as a profile</source>
        <translation>Enregistrer la correspondance comme profil</translation>
    </message>
    <message>
        <source>The next file with the same columns is then imported without questions</source>
        <translation>Le prochain fichier avec les mêmes colonnes sera alors importé sans question</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Name of the saved mapping profile</source>
        <translation>Nom du profil de correspondance enregistré</translation>
    </message>
    <message>
        <source>Mapping problem</source>
        <translation>Problème de correspondance</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sans correspondance</translation>
    </message>
    <message>
        <source>set</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>Choisi par vous</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Proposed with %1% confidence</source>
        <translation>Proposé avec une confiance de %1 %</translation>
    </message>
    <message>
        <source>Confidence for %1</source>
        <translation>Confiance pour %1</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sans correspondance)</translation>
    </message>
    <message>
        <source>Map a location: longitude and latitude, x and y, a WKT column or a zone column.</source>
        <translation>Associez une localisation : longitude et latitude, x et y, une colonne WKT ou une colonne de zone.</translation>
    </message>
    <message>
        <source>Longitude and latitude go together: map both or neither.</source>
        <translation>La longitude et la latitude vont ensemble : associez les deux ou aucune.</translation>
    </message>
    <message>
        <source>X and Y go together: map both or neither.</source>
        <translation>X et Y vont ensemble : associez les deux ou aucun.</translation>
    </message>
    <message>
        <source>Map a date: a date and time, a date or a “from” column.</source>
        <translation>Associez une date : une date et heure, une date ou une colonne « début ».</translation>
    </message>
    <message>
        <source>Map a category: the phenomenon or the modus operandi column.</source>
        <translation>Associez une catégorie : la colonne du phénomène ou celle du mode opératoire.</translation>
    </message>
    <message>
        <source>Give the profile a name, or untick “Save this mapping”.</source>
        <translation>Donnez un nom au profil, ou décochez « Enregistrer cette correspondance ».</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportPreviewPage</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date/time</source>
        <translation>date/heure</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows as they will be read, with the type detected for each column. Correct the text conventions if the columns do not line up.</source>
        <translation>Les premières lignes telles qu&apos;elles seront lues, avec le type détecté pour chaque colonne. Corrigez les conventions du texte si les colonnes ne sont pas alignées.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The character separating the columns (detected from the file)</source>
        <translation>Le caractère qui sépare les colonnes (détecté dans le fichier)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252 / Latin-1</source>
        <translation>Windows-1252 / Latin-1</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>The character encoding of the text (detected from the file)</source>
        <translation>L&apos;encodage des caractères du texte (détecté dans le fichier)</translation>
    </message>
    <message>
        <source>Point (4.35)</source>
        <translation>Point (4.35)</translation>
    </message>
    <message>
        <source>Comma (4,35)</source>
        <translation>Virgule (4,35)</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>How numbers such as coordinates are written (detected from the file)</source>
        <translation>Comment les nombres tels que les coordonnées sont écrits (détecté dans le fichier)</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>The first rows of the file; each column header shows the detected type</source>
        <translation>Les premières lignes du fichier ; l&apos;en-tête de chaque colonne indique le type détecté</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Decimal &amp;separator:</source>
        <translation>Séparateur &amp;décimal :</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Column “%1”: detected type %2</source>
        <translation>Colonne « %1 » : type détecté %2</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1, %2, header on line %3. Showing the first %n row(s).</source>
        <translation>
            <numerusform>Détecté : %1, %2, en-tête à la ligne %3. Affichage de %n ligne.</numerusform>
            <numerusform>Détecté : %1, %2, en-tête à la ligne %3. Affichage des %n premières lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 file. Showing the first %n row(s).</source>
        <translation>
            <numerusform>Fichier %1. Affichage de %n ligne.</numerusform>
            <numerusform>Fichier %1. Affichage des %n premières lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phenomap::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;View Rejected Rows…</source>
        <translation>&amp;Voir les lignes rejetées…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file is imported as one batch: either every row is accounted for, or nothing changes.</source>
        <translation>Le fichier est importé en un seul lot : soit chaque ligne est prise en compte, soit rien ne change.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Share of the file&apos;s rows processed</source>
        <translation>Part des lignes du fichier traitées</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stops the import; the project stays exactly as it was</source>
        <translation>Arrête l&apos;import ; le projet reste exactement tel qu&apos;il était</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;import</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues :</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>Insérées :</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mises à jour :</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées :</translation>
    </message>
    <message>
        <source>View the rejected rows</source>
        <translation>Voir les lignes rejetées</translation>
    </message>
    <message>
        <source>Lists each rejected row with its row number, field and reason, and exports them as CSV</source>
        <translation>Liste chaque ligne rejetée avec son numéro de ligne, son champ et son motif, et les exporte en CSV</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported %1 in %2 s.</source>
        <translation>%1 importé en %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) had longitude and latitude swapped; they were read the right way round.</source>
        <translation>
            <numerusform>%n ligne avait la longitude et la latitude inversées ; elle a été lue dans le bon sens.</numerusform>
            <numerusform>%n lignes avaient la longitude et la latitude inversées ; elles ont été lues dans le bon sens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lie outside the region; they were kept and flagged.</source>
        <translation>
            <numerusform>%n point se trouve hors de la Région ; il a été conservé et signalé.</numerusform>
            <numerusform>%n points se trouvent hors de la Région ; ils ont été conservés et signalés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have only a zone, no point.</source>
        <translation>
            <numerusform>%n ligne n&apos;a qu&apos;une zone, pas de point.</numerusform>
            <numerusform>%n lignes n&apos;ont qu&apos;une zone, pas de point.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category value(s) were not mapped; their rows were rejected.</source>
        <translation>
            <numerusform>%n valeur de catégorie n&apos;a pas de correspondance ; ses lignes ont été rejetées.</numerusform>
            <numerusform>%n valeurs de catégorie n&apos;ont pas de correspondance ; leurs lignes ont été rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapping profile: %1.</source>
        <translation>Profil de correspondance : %1.</translation>
    </message>
    <message>
        <source>Import canceled: nothing was changed.</source>
        <translation>Import annulé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>L&apos;import a échoué ; le projet est inchangé.</translation>
    </message>
</context>
<context>
    <name>phenomap::ImportWizard</name>
    <message>
        <source>Import Incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Assistant d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Importing “%1” failed: %2</source>
        <translation>L&apos;import de « %1 » a échoué : %2</translation>
    </message>
</context>
<context>
    <name>phenomap::Importer</name>
    <message>
        <source>Cannot import “%1”: the project is open read-only.</source>
        <translation>Impossible d&apos;importer « %1 » : le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The column mapping given for “%1” is not valid JSON.</source>
        <translation>La correspondance des colonnes indiquée pour « %1 » n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>There is no import profile named “%1” (importing “%2”).</source>
        <translation>Il n&apos;existe pas de profil d&apos;import nommé « %1 » (import de « %2 »).</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (mapped to %3). Its columns are: %4.</source>
        <translation>« %1 » n&apos;a pas de colonne « %2 » (associée à %3). Ses colonnes sont : %4.</translation>
    </message>
    <message>
        <source>No location found in “%1”: map longitude/latitude, x/y, a WKT column or a municipality/police zone column. Its columns are: %2.</source>
        <translation>Aucune localisation trouvée dans « %1 » : associez longitude/latitude, x/y, une colonne WKT ou une colonne commune/zone de police. Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>No date column found in “%1”. Its columns are: %2.</source>
        <translation>Aucune colonne de date trouvée dans « %1 ». Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>No category column found in “%1” and no default phenomenon set. Its columns are: %2.</source>
        <translation>Aucune colonne de catégorie trouvée dans « %1 » et aucun phénomène par défaut n&apos;est défini. Ses colonnes sont : %2.</translation>
    </message>
    <message>
        <source>Cannot tell the coordinate system of the x/y columns of “%1”; give it with --crs EPSG:N.</source>
        <translation>Impossible de déterminer le système de coordonnées des colonnes x/y de « %1 » ; indiquez-le avec --crs EPSG:N.</translation>
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1 for “%2”.</source>
        <translation>Système de coordonnées EPSG:%1 inconnu pour « %2 ».</translation>
    </message>
    <message>
        <source>The default phenomenon “%1” for “%2” is not in the taxonomy.</source>
        <translation>Le phénomène par défaut « %1 » pour « %2 » ne figure pas dans la taxonomie.</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is %4</source>
        <translation>ligne %1 : « %2 » = « %3 » : %4</translation>
    </message>
    <message>
        <source>row %1: its geometry cannot be converted to Belgian Lambert 72</source>
        <translation>ligne %1 : sa géométrie ne peut pas être convertie en Lambert belge 72</translation>
    </message>
    <message>
        <source>not a longitude</source>
        <translation>ce n&apos;est pas une longitude</translation>
    </message>
    <message>
        <source>not a latitude</source>
        <translation>ce n&apos;est pas une latitude</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; are not a position on Earth</source>
        <translation>ligne %1 : « %2 » = « %3 » et « %4 » = « %5 » ne forment pas une position sur la Terre</translation>
    </message>
    <message>
        <source>not a coordinate</source>
        <translation>ce n&apos;est pas une coordonnée</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; and &apos;%4&apos; = &apos;%5&apos; cannot be converted from EPSG:%6</source>
        <translation>ligne %1 : « %2 » = « %3 » et « %4 » = « %5 » ne peuvent pas être convertis depuis EPSG:%6</translation>
    </message>
    <message>
        <source>not a valid WKT geometry</source>
        <translation>ce n&apos;est pas une géométrie WKT valide</translation>
    </message>
    <message>
        <source>row %1: no location: &apos;%2&apos; is empty</source>
        <translation>ligne %1 : pas de localisation : « %2 » est vide</translation>
    </message>
    <message>
        <source>not a known municipality or police zone</source>
        <translation>ce n&apos;est pas une commune ou une zone de police connue</translation>
    </message>
    <message>
        <source>row %1: no location: the coordinate columns are empty</source>
        <translation>ligne %1 : pas de localisation : les colonnes de coordonnées sont vides</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; is empty</source>
        <translation>ligne %1 : « %2 » est vide</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ce n&apos;est pas une date</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is before &apos;%4&apos; = &apos;%5&apos;</source>
        <translation>ligne %1 : « %2 » = « %3 » précède « %4 » = « %5 »</translation>
    </message>
    <message>
        <source>not a time of day</source>
        <translation>ce n&apos;est pas une heure</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not a date</source>
        <translation>ligne %1 : « %2 » = « %3 » n&apos;est pas une date</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; is not mapped to the taxonomy</source>
        <translation>ligne %1 : « %2 » = « %3 » n&apos;a pas de correspondance dans la taxonomie</translation>
    </message>
    <message>
        <source>row %1: no phenomenon: &apos;%2&apos; is empty</source>
        <translation>ligne %1 : pas de phénomène : « %2 » est vide</translation>
    </message>
    <message>
        <source>not a TLP marking (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation>ce n&apos;est pas un marquage TLP (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</translation>
    </message>
    <message>
        <source>row %1: &apos;%2&apos; = &apos;%3&apos; occurs more than once in this file (first at row %4)</source>
        <translation>ligne %1 : « %2 » = « %3 » apparaît plusieurs fois dans ce fichier (première occurrence à la ligne %4)</translation>
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
        <translation>Même lieu</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Même jour</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>%1 à %2 m</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>More than %1 m</source>
        <translation>Plus de %1 m</translation>
    </message>
    <message>
        <source>More than %1 days</source>
        <translation>Plus de %1 jours</translation>
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
        <translation>Aid&amp;e</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s incident file (CSV, spreadsheet or GIS file) into the project</source>
        <translation>Importer dans le projet un fichier d&apos;incidents d&apos;un partenaire (CSV, tableur ou fichier SIG)</translation>
    </message>
    <message>
        <source>Importing %1; drop the other files one at a time.</source>
        <translation>Import de %1 ; déposez les autres fichiers un par un.</translation>
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
    <name>phenomap::PictureRenderer</name>
    <message>
        <source>The map data of %1 could not be read: %2</source>
        <translation>Les données cartographiques de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>The filter of the picture “%1” could not be applied: %2</source>
        <translation>Le filtre de l&apos;image « %1 » n&apos;a pas pu être appliqué : %2</translation>
    </message>
</context>
<context>
    <name>phenomap::Project</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a Phenomap project: it is not an SQLite/GeoPackage file.</source>
        <translation>« %1 » n&apos;est pas un projet Phenomap : ce n&apos;est pas un fichier SQLite/GeoPackage.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database but not a GeoPackage (its application id is not GPKG), so it is not a Phenomap project.</source>
        <translation>« %1 » est une base SQLite mais pas un GeoPackage (son identifiant d&apos;application n&apos;est pas GPKG) ; ce n&apos;est donc pas un projet Phenomap.</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %2 bytes of the %3 its header declares.</source>
        <translation>« %1 » est tronqué : il contient %2 octets sur les %3 que déclare son en-tête.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s check reports: %2</source>
        <translation>« %1 » est endommagé ; la vérification de SQLite signale : %2</translation>
    </message>
    <message>
        <source>“%1” is a GeoPackage but not a Phenomap project (it has no phenomap_project table). Import its layers instead.</source>
        <translation>« %1 » est un GeoPackage mais pas un projet Phenomap (il n&apos;a pas de table phenomap_project). Importez plutôt ses couches.</translation>
    </message>
    <message>
        <source>“%1” has no valid Phenomap schema version.</source>
        <translation>« %1 » n&apos;a pas de version de schéma Phenomap valide.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Phenomap (schema %2); this version reads schema %3 and older. Please update Phenomap to open it.</source>
        <translation>« %1 » a été écrit par une version plus récente de Phenomap (schéma %2) ; cette version lit le schéma %3 et antérieurs. Mettez Phenomap à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” contains an object Phenomap does not create (%2). It was not opened, because such objects can run code when the file is changed.</source>
        <translation>« %1 » contient un objet que Phenomap ne crée pas (%2). Il n&apos;a pas été ouvert, car de tels objets peuvent exécuter du code quand le fichier est modifié.</translation>
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
        <translation>Impossible d&apos;ouvrir « %1 » : %2</translation>
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
        <translation>Le projet de démonstration n&apos;a pas pu être créé dans %1 : %2</translation>
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
        <translation>%1 n&apos;a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>The incidents of %1 could not be read: %2</source>
        <translation>Les incidents de %1 n&apos;ont pas pu être lus : %2</translation>
    </message>
    <message>
        <source>The filter could not be applied: %1</source>
        <translation>Le filtre n&apos;a pas pu être appliqué : %1</translation>
    </message>
    <message>
        <source>%1 reloaded.</source>
        <translation>%1 rechargé.</translation>
    </message>
</context>
<context>
    <name>phenomap::RejectedRowsDialog</name>
    <message>
        <source>Rejected Rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Rejected rows of the import</source>
        <translation>Lignes rejetées de l&apos;import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Each rejected row of the file, the field that failed and why</source>
        <translation>Chaque ligne rejetée du fichier, le champ en cause et le motif</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the rejected rows as CSV</source>
        <translation>Exporter les lignes rejetées en CSV</translation>
    </message>
    <message>
        <source>Writes row, field, reason and every source column to a CSV file to correct and re-import</source>
        <translation>Écrit la ligne, le champ, le motif et toutes les colonnes sources dans un fichier CSV à corriger puis réimporter</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing else was left out.</source>
        <translation>
            <numerusform>%n ligne a été rejetée ; rien d&apos;autre n&apos;a été écarté.</numerusform>
            <numerusform>%n lignes ont été rejetées ; rien d&apos;autre n&apos;a été écarté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>lignes-rejetees.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>phenomap::ReportComposer</name>
    <message>
        <source>Drawing a briefing needs a graphical application (QGuiApplication).</source>
        <translation>Le dessin d&apos;un briefing nécessite une application graphique (QGuiApplication).</translation>
    </message>
    <message>
        <source>The situation pictures of %1 could not be read: %2</source>
        <translation>Les images de situation de %1 n&apos;ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>%1 has no situation picture %2.</source>
        <translation>%1 n&apos;a pas d&apos;image de situation %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be started.</source>
        <translation>%1 n&apos;a pas pu être écrit : le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>%1 could not be written: a page could not be added.</source>
        <translation>%1 n&apos;a pas pu être écrit : une page n&apos;a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>%1 could not be written: the PDF could not be finished.</source>
        <translation>%1 n&apos;a pas pu être écrit : le PDF n&apos;a pas pu être finalisé.</translation>
    </message>
    <message>
        <source>%1 could not be written: the image size is empty.</source>
        <translation>%1 n&apos;a pas pu être écrit : la taille de l&apos;image est nulle.</translation>
    </message>
    <message>
        <source>%1 could not be written: the SVG could not be started.</source>
        <translation>%1 n&apos;a pas pu être écrit : le SVG n&apos;a pas pu être commencé.</translation>
    </message>
</context>
<context>
    <name>phenomap::SourceReader</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file Phenomap can read (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</source>
        <translation>« %1 » n&apos;est pas un fichier que Phenomap sait lire (CSV, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML, FlatGeobuf).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” holds no table to import.</source>
        <translation>« %1 » ne contient aucune table à importer.</translation>
    </message>
    <message>
        <source>“%1” has no layer named “%2”.</source>
        <translation>« %1 » n&apos;a pas de couche nommée « %2 ».</translation>
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
    <name>phenomap::exchange</name>
    <message>
        <source>The project is open read-only; feedback cannot be merged into it.</source>
        <translation>Le projet est ouvert en lecture seule ; les retours ne peuvent pas y être intégrés.</translation>
    </message>
    <message>
        <source>“%1” is not a partner package.</source>
        <translation>« %1 » n&apos;est pas un paquet destiné à un partenaire.</translation>
    </message>
    <message>
        <source>“%1” was exported from another project; its feedback cannot be merged here.</source>
        <translation>« %1 » a été exporté depuis un autre projet ; ses retours ne peuvent pas être intégrés ici.</translation>
    </message>
    <message>
        <source>The comments in “%1” cannot be read: %2</source>
        <translation>Les commentaires de « %1 » ne peuvent pas être lus : %2</translation>
    </message>
    <message>
        <source>Incidents by phenomenon</source>
        <translation>Incidents par phénomène</translation>
    </message>
    <message>
        <source>Incidents coloured by phenomenon, with the taxonomy colours</source>
        <translation>Incidents colorés par phénomène, avec les couleurs de la taxonomie</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 in this project.</source>
        <translation>Ce projet ne contient pas d&apos;image de situation d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Choose at least one situation picture to put in the package.</source>
        <translation>Choisissez au moins une image de situation à mettre dans le paquet.</translation>
    </message>
    <message>
        <source>Pictures marked %1 are for named recipients only and are never exported: %2. Remove them from the selection or change their marking.</source>
        <translation>Les images marquées %1 sont réservées à des destinataires nommément désignés et ne sont jamais exportées : %2. Retirez-les de la sélection ou changez leur marquage.</translation>
    </message>
    <message>
        <source>These pictures are marked stricter than the package (%1): %2.</source>
        <translation>Ces images ont un marquage plus strict que le paquet (%1) : %2.</translation>
    </message>
    <message>
        <source>QGIS layer styles</source>
        <translation>Styles de couches QGIS</translation>
    </message>
    <message>
        <source>Zone outlines</source>
        <translation>Contours des zones</translation>
    </message>
    <message>
        <source>Zone boundaries</source>
        <translation>Limites des zones</translation>
    </message>
    <message>
        <source>synthetic data</source>
        <translation>données synthétiques</translation>
    </message>
    <message>
        <source>The project is open read-only; a package cannot be exported because the export must be recorded in the project&apos;s export log.</source>
        <translation>Le projet est ouvert en lecture seule ; aucun paquet ne peut être exporté, car l&apos;export doit être consigné dans le journal des exports du projet.</translation>
    </message>
    <message>
        <source>A package cannot be marked %1: such information is for named recipients only and is never exported.</source>
        <translation>Un paquet ne peut pas être marqué %1 : ces informations sont réservées à des destinataires nommément désignés et ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>Name the recipient of the package.</source>
        <translation>Indiquez le destinataire du paquet.</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choisissez où écrire le paquet.</translation>
    </message>
    <message>
        <source>The grid cell size must lie between 10 m and 100 km.</source>
        <translation>La taille des cellules de la grille doit être comprise entre 10 m et 100 km.</translation>
    </message>
    <message>
        <source>The suppression threshold k must be at least 2.</source>
        <translation>Le seuil de masquage k doit valoir au moins 2.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The package cannot replace the project it is exported from.</source>
        <translation>Le paquet ne peut pas remplacer le projet dont il est exporté.</translation>
    </message>
    <message>
        <source>The package failed its own check before delivery: %1</source>
        <translation>Le paquet a échoué à sa propre vérification avant sa livraison : %1</translation>
    </message>
    <message>
        <source>Could not write “%1” to disk.</source>
        <translation>Impossible d&apos;écrire « %1 » sur le disque.</translation>
    </message>
    <message>
        <source>Could not move the package into place at “%1”.</source>
        <translation>Impossible de placer le paquet à son emplacement « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is a Phenomap project, not a partner package (it has no manifest).</source>
        <translation>« %1 » est un projet Phenomap, pas un paquet destiné à un partenaire (il n&apos;a pas de manifeste).</translation>
    </message>
    <message>
        <source>modified: the package cannot be read completely (%1)</source>
        <translation>modifié : le paquet ne peut pas être lu entièrement (%1)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>modified: table %1</source>
        <translation>modifié : table %1</translation>
    </message>
    <message>
        <source>Package settings: marking, tier, recipient, export id</source>
        <translation>Paramètres du paquet : marquage, niveau, destinataire, identifiant d&apos;export</translation>
    </message>
    <message>
        <source>Situation pictures (storyboard)</source>
        <translation>Images de situation (storyboard)</translation>
    </message>
    <message>
        <source>Modus operandi of each incident</source>
        <translation>Mode opératoire de chaque incident</translation>
    </message>
    <message>
        <source>Partner comments on the pictures</source>
        <translation>Commentaires des partenaires sur les images</translation>
    </message>
    <message>
        <source>Manifest: row count and SHA-256 of every table</source>
        <translation>Manifeste : nombre de lignes et SHA-256 de chaque table</translation>
    </message>
    <message>
        <source>Audit log of the package</source>
        <translation>Journal d&apos;audit du paquet</translation>
    </message>
    <message>
        <source>“%1” is open read-only; comments cannot be added.</source>
        <translation>« %1 » est ouvert en lecture seule ; impossible d&apos;ajouter des commentaires.</translation>
    </message>
    <message>
        <source>A comment needs an author and a text.</source>
        <translation>Un commentaire doit avoir un auteur et un texte.</translation>
    </message>
    <message>
        <source>A comment may hold at most %1 characters.</source>
        <translation>Un commentaire peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1 to comment on.</source>
        <translation>Il n&apos;y a pas d&apos;image de situation d&apos;identifiant %1 à commenter.</translation>
    </message>
    <message>
        <source>The project “%1” is open read-only; its pictures cannot be changed.</source>
        <translation>Le projet « %1 » est ouvert en lecture seule ; ses images ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>The picture “%1” cannot be read: %2</source>
        <translation>L&apos;image « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>A situation picture needs a title.</source>
        <translation>Une image de situation doit avoir un titre.</translation>
    </message>
    <message>
        <source>There is no situation picture with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;image de situation d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The new storyboard order must list every picture exactly once.</source>
        <translation>Le nouvel ordre du storyboard doit reprendre chaque image exactement une fois.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>« %1 » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>« %1 » doit être du texte.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>« %1 » n&apos;est pas un label TLP.</translation>
    </message>
    <message>
        <source>The weekday or hour selection is out of range.</source>
        <translation>La sélection des jours de la semaine ou des heures est hors limites.</translation>
    </message>
    <message>
        <source>An annotation point must be a pair of numbers.</source>
        <translation>Un point d&apos;annotation doit être une paire de nombres.</translation>
    </message>
    <message>
        <source>The picture state has version %1; this Phenomap reads version %2.</source>
        <translation>L&apos;état de l&apos;image est en version %1 ; cette version de Phenomap lit la version %2.</translation>
    </message>
    <message>
        <source>A layer opacity must lie between 0 and 1.</source>
        <translation>L&apos;opacité d&apos;une couche doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>Unknown annotation kind “%1”.</source>
        <translation>Type d&apos;annotation « %1 » inconnu.</translation>
    </message>
    <message>
        <source>A %1 annotation needs at least %2 points.</source>
        <translation>Une annotation de type « %1 » nécessite au moins %2 points.</translation>
    </message>
    <message>
        <source>The picture state is not valid JSON: %1</source>
        <translation>L&apos;état de l&apos;image n&apos;est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The picture has no valid TLP label.</source>
        <translation>L&apos;image n&apos;a pas de label TLP valide.</translation>
    </message>
    <message>
        <source>Incidents per zone and phenomenon (small counts suppressed; zone code ALL = totals)</source>
        <translation>Incidents par zone et par phénomène (petits effectifs masqués ; code de zone ALL = totaux)</translation>
    </message>
    <message>
        <source>The project has no zone layer “%1” to count incidents in.</source>
        <translation>Le projet n&apos;a pas de couche de zones « %1 » dans laquelle compter les incidents.</translation>
    </message>
    <message>
        <source>Incidents per zone (%1), counts below %2 suppressed</source>
        <translation>Incidents par zone (%1), effectifs inférieurs à %2 masqués</translation>
    </message>
    <message>
        <source>Incidents per zone</source>
        <translation>Incidents par zone</translation>
    </message>
    <message>
        <source>Zones shaded by their incident count; suppressed counts are not drawn</source>
        <translation>Zones colorées selon leur nombre d&apos;incidents ; les effectifs masqués ne sont pas dessinés</translation>
    </message>
</context>
<context>
    <name>phenomap::trust</name>
    <message>
        <source>Cannot read the encrypted file: %1</source>
        <translation>Impossible de lire le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>The encrypted file is damaged: %1</source>
        <translation>Le fichier chiffré est endommagé : %1</translation>
    </message>
    <message>
        <source>Invalid age header: a passphrase stanza must be the only stanza.</source>
        <translation>En-tête age non valide : un bloc de phrase secrète doit être l&apos;unique bloc.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase.</source>
        <translation>Ce fichier est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>This file is encrypted to public keys; no private key is loaded.</source>
        <translation>Ce fichier est chiffré pour des clés publiques ; aucune clé privée n&apos;est chargée.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of our keys.</source>
        <translation>Ce fichier n&apos;est chiffré pour aucune de nos clés.</translation>
    </message>
    <message>
        <source>the payload is missing</source>
        <translation>les données chiffrées sont absentes</translation>
    </message>
    <message>
        <source>the payload is truncated</source>
        <translation>les données chiffrées sont tronquées</translation>
    </message>
    <message>
        <source>the payload is truncated or was modified</source>
        <translation>les données chiffrées sont tronquées ou ont été modifiées</translation>
    </message>
    <message>
        <source>the last chunk is truncated or was modified</source>
        <translation>le dernier segment est tronqué ou a été modifié</translation>
    </message>
    <message>
        <source>a chunk was modified or data was appended</source>
        <translation>un segment a été modifié ou des données ont été ajoutées</translation>
    </message>
    <message>
        <source>an empty final chunk follows data</source>
        <translation>un segment final vide suit des données</translation>
    </message>
    <message>
        <source>The age header was modified (MAC mismatch).</source>
        <translation>L&apos;en-tête age a été modifié (MAC non concordant).</translation>
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation>Impossible d&apos;écrire les données déchiffrées : %1</translation>
    </message>
    <message>
        <source>The decrypted file would be larger than allowed.</source>
        <translation>Le fichier déchiffré dépasserait la taille autorisée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the data to encrypt: %1</source>
        <translation>Impossible de lire les données à chiffrer : %1</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file: %1</source>
        <translation>Impossible d&apos;écrire le fichier chiffré : %1</translation>
    </message>
    <message>
        <source>No recipient public key.</source>
        <translation>Aucune clé publique de destinataire.</translation>
    </message>
    <message>
        <source>A file cannot be encrypted to both a passphrase and public keys.</source>
        <translation>Un fichier ne peut pas être chiffré à la fois avec une phrase secrète et pour des clés publiques.</translation>
    </message>
    <message>
        <source>No recipient to encrypt to.</source>
        <translation>Aucun destinataire pour lequel chiffrer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Malformed age header: %1</source>
        <translation>En-tête age mal formé : %1</translation>
    </message>
    <message>
        <source>the file ends inside the header</source>
        <translation>le fichier se termine au milieu de l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>l&apos;en-tête est trop grand</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>une ligne de l&apos;en-tête est trop longue</translation>
    </message>
    <message>
        <source>Unsupported age format version.</source>
        <translation>Version du format age non prise en charge.</translation>
    </message>
    <message>
        <source>ASCII-armored age files are not supported; decrypt with age -d first.</source>
        <translation>Les fichiers age en armure ASCII ne sont pas pris en charge ; déchiffrez-les d&apos;abord avec age -d.</translation>
    </message>
    <message>
        <source>This is not an age encrypted file.</source>
        <translation>Ce n&apos;est pas un fichier chiffré avec age.</translation>
    </message>
    <message>
        <source>it has no recipient stanza</source>
        <translation>il n&apos;a aucun bloc de destinataire</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>la ligne MAC est mal formée</translation>
    </message>
    <message>
        <source>expected a stanza or the MAC line</source>
        <translation>un bloc ou la ligne MAC était attendu</translation>
    </message>
    <message>
        <source>it has too many stanzas</source>
        <translation>il a trop de blocs</translation>
    </message>
    <message>
        <source>a stanza has an empty argument</source>
        <translation>un bloc a un argument vide</translation>
    </message>
    <message>
        <source>a stanza argument has invalid characters</source>
        <translation>un argument d&apos;un bloc contient des caractères non valides</translation>
    </message>
    <message>
        <source>a stanza body line is too long</source>
        <translation>une ligne du corps d&apos;un bloc est trop longue</translation>
    </message>
    <message>
        <source>a stanza body is not valid base64</source>
        <translation>le corps d&apos;un bloc n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>le corps d&apos;un bloc n&apos;est pas du base64 canonique</translation>
    </message>
    <message>
        <source>This is not an age secret key (AGE-SECRET-KEY-1...).</source>
        <translation>Ce n&apos;est pas une clé secrète age (AGE-SECRET-KEY-1...).</translation>
    </message>
    <message>
        <source>The identity file is too large.</source>
        <translation>Le fichier d&apos;identité est trop grand.</translation>
    </message>
    <message>
        <source>The identity file holds no age key.</source>
        <translation>Le fichier d&apos;identité ne contient aucune clé age.</translation>
    </message>
    <message>
        <source>Malformed X25519 stanza in the age header.</source>
        <translation>Bloc X25519 mal formé dans l&apos;en-tête age.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète.</translation>
    </message>
    <message>
        <source>Invalid scrypt work factor.</source>
        <translation>Facteur de travail scrypt non valide.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Malformed scrypt stanza in the age header.</source>
        <translation>Bloc scrypt mal formé dans l&apos;en-tête age.</translation>
    </message>
    <message>
        <source>The file asks for a passphrase work factor of 2^%1, above the limit of 2^%2.</source>
        <translation>Le fichier demande un facteur de travail de 2^%1 pour la phrase secrète, au-delà de la limite de 2^%2.</translation>
    </message>
    <message>
        <source>Invalid age public key size.</source>
        <translation>Taille de clé publique age non valide.</translation>
    </message>
    <message>
        <source>This is not an age public key (age1...).</source>
        <translation>Ce n&apos;est pas une clé publique age (age1...).</translation>
    </message>
    <message>
        <source>The age public key is invalid.</source>
        <translation>La clé publique age n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Internal error: chunk too large.</source>
        <translation>Erreur interne : segment trop grand.</translation>
    </message>
    <message>
        <source>Invalid key derivation length.</source>
        <translation>Longueur de dérivation de clé non valide.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 est trop grand.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Impossible de créer le dossier des clés %1.</translation>
    </message>
    <message>
        <source>An office key already exists.</source>
        <translation>Une clé du service existe déjà.</translation>
    </message>
    <message>
        <source>The partner key list %1 is damaged.</source>
        <translation>La liste des clés des partenaires %1 est endommagée.</translation>
    </message>
    <message>
        <source>A partner needs a signing key.</source>
        <translation>Un partenaire doit avoir une clé de signature.</translation>
    </message>
    <message>
        <source>No partner has the key %1.</source>
        <translation>Aucun partenaire n&apos;a la clé %1.</translation>
    </message>
    <message>
        <source>The file %1 is not signed.</source>
        <translation>Le fichier %1 n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>The file was signed with the unknown key %1.</source>
        <translation>Le fichier a été signé avec la clé inconnue %1.</translation>
    </message>
    <message>
        <source>Invalid public key size.</source>
        <translation>Taille de clé publique non valide.</translation>
    </message>
    <message>
        <source>The public key file is too large.</source>
        <translation>Le fichier de clé publique est trop grand.</translation>
    </message>
    <message>
        <source>The public key file has no key after its comment line.</source>
        <translation>Le fichier de clé publique ne contient pas de clé après sa ligne de commentaire.</translation>
    </message>
    <message>
        <source>The public key file has extra lines.</source>
        <translation>Le fichier de clé publique contient des lignes en trop.</translation>
    </message>
    <message>
        <source>This is not a minisign public key.</source>
        <translation>Ce n&apos;est pas une clé publique minisign.</translation>
    </message>
    <message>
        <source>The public key uses an unsupported algorithm.</source>
        <translation>La clé publique utilise un algorithme non pris en charge.</translation>
    </message>
    <message>
        <source>A signature comment must fit on one line.</source>
        <translation>Un commentaire de signature doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>This is not a minisign secret key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé secrète minisign.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported algorithm.</source>
        <translation>La clé secrète utilise un algorithme non pris en charge.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported checksum.</source>
        <translation>La clé secrète utilise une somme de contrôle non prise en charge.</translation>
    </message>
    <message>
        <source>The secret key asks for an unreasonably expensive passphrase derivation.</source>
        <translation>La clé secrète exige une dérivation de phrase secrète déraisonnablement coûteuse.</translation>
    </message>
    <message>
        <source>The secret key uses an unsupported key derivation.</source>
        <translation>La clé secrète utilise une dérivation de clé non prise en charge.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the secret key.</source>
        <translation>Phrase secrète incorrecte pour la clé secrète.</translation>
    </message>
    <message>
        <source>The secret key is corrupted.</source>
        <translation>La clé secrète est corrompue.</translation>
    </message>
    <message>
        <source>No signing key is loaded.</source>
        <translation>Aucune clé de signature n&apos;est chargée.</translation>
    </message>
    <message>
        <source>Cannot write the signature %1: %2</source>
        <translation>Impossible d&apos;écrire la signature %1 : %2</translation>
    </message>
    <message>
        <source>Invalid signature file: %1</source>
        <translation>Fichier de signature non valide : %1</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop grand</translation>
    </message>
    <message>
        <source>it must have exactly four lines</source>
        <translation>il doit compter exactement quatre lignes</translation>
    </message>
    <message>
        <source>the first line is not an untrusted comment</source>
        <translation>la première ligne n&apos;est pas un commentaire non fiable (untrusted comment)</translation>
    </message>
    <message>
        <source>the third line is not a trusted comment</source>
        <translation>la troisième ligne n&apos;est pas un commentaire de confiance (trusted comment)</translation>
    </message>
    <message>
        <source>a comment is too long</source>
        <translation>un commentaire est trop long</translation>
    </message>
    <message>
        <source>the signature line is malformed</source>
        <translation>la ligne de signature est mal formée</translation>
    </message>
    <message>
        <source>unsupported signature algorithm</source>
        <translation>algorithme de signature non pris en charge</translation>
    </message>
    <message>
        <source>the global signature line is malformed</source>
        <translation>la ligne de signature globale est mal formée</translation>
    </message>
    <message>
        <source>Cannot read the signed data: %1</source>
        <translation>Impossible de lire les données signées : %1</translation>
    </message>
    <message>
        <source>No public key or signature to verify.</source>
        <translation>Aucune clé publique ni signature à vérifier.</translation>
    </message>
    <message>
        <source>The file was signed with key %1, not with key %2.</source>
        <translation>Le fichier a été signé avec la clé %1, et non avec la clé %2.</translation>
    </message>
    <message>
        <source>The file is too large for a legacy (non-prehashed) signature.</source>
        <translation>Le fichier est trop grand pour une signature ancienne (sans préhachage).</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was changed after signing.</source>
        <translation>La signature ne correspond pas au fichier : il a été modifié après la signature.</translation>
    </message>
    <message>
        <source>The trusted comment of the signature was changed.</source>
        <translation>Le commentaire de confiance de la signature a été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the signature %1: %2</source>
        <translation>Impossible de lire la signature %1 : %2</translation>
    </message>
    <message>
        <source>This is not a Phenomap public key file.</source>
        <translation>Ce n&apos;est pas un fichier de clé publique Phenomap.</translation>
    </message>
    <message>
        <source>The cryptography library could not be initialised.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu être initialisée.</translation>
    </message>
</context>
</TS>
