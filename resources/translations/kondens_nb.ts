<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="../../app/agreement/install.py" line="57" />
        <source>Start consensus pass</source>
        <translation>Start konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="96" />
        <location filename="../../app/agreement/install.py" line="129" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="66" />
        <source>Segments added: %1 (%2); already here: %3; codes created: %4; transcripts matched: %5.</source>
        <translation>Kodede utdrag lagt til: %1 (%2); fantes fra før: %3; nye koder: %4; transkripsjoner funnet: %5.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="72" />
        <source>Not found in this project: %1 (segments left out: %2).</source>
        <translation>Finnes ikke i dette prosjektet: %1 (kodede utdrag utelatt: %2).</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="96" />
        <source>Choose two coders or passes with segments in the Agreement view first.</source>
        <translation>Velg først to kodere eller runder med kodede utdrag i samsvarsvisningen.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="102" />
        <source>Merge a coder's copy…</source>
        <translation>Slå sammen med en koders kopi…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="117" />
        <source>Merge coder's copy</source>
        <translation>Slå sammen med koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="114" />
        <location filename="../../app/agreement/install.py" line="119" />
        <source>Merge a coder's copy</source>
        <translation>Slå sammen med en koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="127" />
        <source>Coder agreement</source>
        <translation>Kodersamsvar</translation>
    </message>
</context>
<context>
    <name>AgreementDock</name>
    <message>
        <location filename="../../app/agreement/dock.py" line="523" />
        <source>Agreement</source>
        <translation>Samsvar</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../app/agreement/dock.py" line="89" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="90" />
        <source>Turns</source>
        <translation>Replikker</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="93" />
        <source>Units at least one rater coded</source>
        <translation>Enheter minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="94" />
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="96" />
        <source>Transcripts</source>
        <translation>Transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="101" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="105" />
        <source>Export table…</source>
        <translation>Eksporter tabell…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="107" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="109" />
        <source>Walk the disagreements in the coding view (J/K) and resolve each into a consensus pass</source>
        <translation>Gå gjennom uenighetene i kodevisningen (J/K) og avgjør hver av dem i en konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="114" />
        <source>vs B:</source>
        <translation>mot B:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="117" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="137" />
        <source>Agreement per code appears here once A and B are two coders or passes with segments.</source>
        <translation>Samsvar per kode vises her når A og B er to kodere eller runder med kodede utdrag.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="148" />
        <source>Agreement per transcript and code appears here once A and B are two coders or passes with segments.</source>
        <translation>Samsvar per transkripsjon og kode vises her når A og B er to kodere eller runder med kodede utdrag.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="156" />
        <source>The units where A and B disagree are listed here.</source>
        <translation>Enhetene der A og B er uenige, listes opp her.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="166" />
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="173" />
        <source>By code</source>
        <translation>Per kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="174" />
        <source>Transcripts × codes</source>
        <translation>Transkripsjoner × koder</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="175" />
        <source>Disagreements</source>
        <translation>Uenigheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="256" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="289" />
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="291" />
        <source>%1, pass %2</source>
        <translation>%1, runde %2</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="292" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="329" />
        <source>Agreement needs segments of two coders, or of two passes. Merge a coder's copy (File menu) or code a second pass.</source>
        <translation>Samsvar krever kodede utdrag fra to kodere eller fra to runder. Slå sammen med en koders kopi (Fil-menyen) eller kod en runde til.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="358" />
        <location filename="../../app/agreement/dock.py" line="411" />
        <source>Coder agreement</source>
        <translation>Kodersamsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="435" />
        <source>%1 lines at least one rater coded</source>
        <translation>%1 linjer minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="436" />
        <source>%1 turns at least one rater coded</source>
        <translation>%1 replikker minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="438" />
        <source>all %1 lines</source>
        <translation>alle %1 linjer</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="438" />
        <source>all %1 turns</source>
        <translation>alle %1 replikker</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="439" />
        <source>over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 line × code pairs)</source>
        <translation>over %1: samsvar %2, kappa %3, alfa %4, gjennomsnittlig kappa %5 (%6 par av linje × kode)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="441" />
        <source>over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 turn × code pairs)</source>
        <translation>over %1: samsvar %2, kappa %3, alfa %4, gjennomsnittlig kappa %5 (%6 par av replikk × kode)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="447" />
        <source>%1 vs %2 · %3 codes · %4 transcripts</source>
        <translation>%1 mot %2 · %3 koder · %4 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="450" />
        <source>Overall %1</source>
        <translation>Samlet %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="451" />
        <source>For comparison, %1</source>
        <translation>Til sammenligning %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="475" />
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="482" />
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="485" />
        <source>%1 disagreements</source>
        <translation>%1 uenigheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="506" />
        <location filename="../../app/agreement/dock.py" line="518" />
        <source>Export agreement</source>
        <translation>Eksporter samsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="507" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
</context>
<context>
    <name>AttributeModel</name>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="50" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="83" />
        <source>Each informant gets a row here once transcripts are imported; then add attributes such as role or site.</source>
        <translation>Hver informant får en rad her når transkripsjonene er importert; legg så til egenskaper som rolle eller sted.</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="85" />
        <source>Add attribute…</source>
        <translation>Legg til egenskap…</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="88" />
        <source>Informant attributes (used to filter the matrix). Describe, never identify.</source>
        <translation>Informantegenskaper (brukes til å filtrere matrisen). Beskriv, men identifiser aldri.</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="112" />
        <source>New attribute</source>
        <translation>Ny egenskap</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="112" />
        <source>Attribute name (e.g. rolle, sted):</source>
        <translation>Navn på egenskapen (f.eks. rolle, sted):</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="124" />
        <source>Informant {0}: {1}</source>
        <translation>Informant {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../app/backups/dialog.py" line="30" />
        <source>Taken</source>
        <translation>Tatt</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="30" />
        <source>Reason</source>
        <translation>Grunn</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="30" />
        <source>Transcripts</source>
        <translation>Transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="30" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="31" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="42" />
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="42" />
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="43" />
        <source>before an upgrade</source>
        <translation>før en oppgradering</translation>
    </message>
</context>
<context>
    <name>CodeChooser</name>
    <message>
        <location filename="../../app/codes/dialogs.py" line="31" />
        <source>Filter codes…</source>
        <translation>Filtrer koder…</translation>
    </message>
</context>
<context>
    <name>CodeMapModel</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="44" />
        <source>Their code</source>
        <translation>Deres kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="44" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="45" />
        <source>Matched by</source>
        <translation>Koblet via</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="45" />
        <source>Our code</source>
        <translation>Vår kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="83" />
        <source>same code</source>
        <translation>samme kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="83" />
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="83" />
        <source>mapping</source>
        <translation>tilordning</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="86" />
        <source>(new code)</source>
        <translation>(ny kode)</translation>
    </message>
</context>
<context>
    <name>CodeMenu</name>
    <message>
        <location filename="../../app/codes/install.py" line="49" />
        <source>New code…</source>
        <translation>Ny kode…</translation>
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="50" />
        <source>Merge code into…</source>
        <translation>Slå sammen kode med…</translation>
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="51" />
        <source>Split code…</source>
        <translation>Del kode…</translation>
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="52" />
        <source>Code view</source>
        <translation>Kodevisning</translation>
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="62" />
        <source>Coding progress…</source>
        <translation>Kodefremdrift…</translation>
    </message>
</context>
<context>
    <name>CodeSegmentsModel</name>
    <message>
        <location filename="../../app/codes/code_view.py" line="64" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="64" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="64" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="64" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="64" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="65" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>CodeTreeDock</name>
    <message>
        <location filename="../../app/codes/dock.py" line="84" />
        <location filename="../../app/codes/dock.py" line="177" />
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="85" />
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="86" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="87" />
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="88" />
        <source>Describe…</source>
        <translation>Beskriv…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="89" />
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="90" />
        <source>Merge into…</source>
        <translation>Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="91" />
        <source>Split…</source>
        <translation>Del…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="92" />
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="277" />
        <source>Move 1 segment to a new code named:</source>
        <translation>Flytt 1 utdrag til en ny kode med navnet:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="278" />
        <source>Move %1 segments to a new code named:</source>
        <translation>Flytt %1 utdrag til en ny kode med navnet:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="49" />
        <location filename="../../app/codes/dock.py" line="161" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="60" />
        <source>No codes yet.
Select text in a transcript, press Ctrl+K and type a name to create and apply a code.</source>
        <translation>Ingen koder ennå.
Marker tekst i en transkripsjon, trykk Ctrl+K og skriv et navn for å lage og bruke en kode.</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="177" />
        <source>Name of the new code:</source>
        <translation>Navn på den nye koden:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="183" />
        <source>New code “%1”</source>
        <translation>Ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="199" />
        <source>Code colour</source>
        <translation>Kodefarge</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="203" />
        <source>Recolour code</source>
        <translation>Endre kodefarge</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="211" />
        <location filename="../../app/codes/dock.py" line="216" />
        <source>Describe code</source>
        <translation>Beskriv kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="212" />
        <source>What “%1” means and when to use it:</source>
        <translation>Hva «%1» betyr og når den skal brukes:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="235" />
        <source>Delete code “%1”</source>
        <translation>Slett koden «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="64" />
        <source>This removes 1 coded segment</source>
        <translation>Dette fjerner 1 kodet utdrag</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="65" />
        <source>This removes %1 coded segments</source>
        <translation>Dette fjerner %1 kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="67" />
        <source> and 1 sub-code</source>
        <translation> og 1 underkode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="68" />
        <source> and %1 sub-codes</source>
        <translation> og %1 underkoder</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="69" />
        <source>, with their quotes and memos. Undo (Ctrl+Z) brings them back.</source>
        <translation>, med sitater og notater. Angre (Ctrl+Z) henter dem tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="70" />
        <location filename="../../app/codes/dock.py" line="237" />
        <source>Delete code</source>
        <translation>Slett kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="71" />
        <source>Delete the code “%1”?</source>
        <translation>Slette koden «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="246" />
        <source>Merge codes</source>
        <translation>Slå sammen koder</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="247" />
        <source>Merge “%1” into:</source>
        <translation>Slå sammen «%1» med:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="257" />
        <location filename="../../app/codes/dock.py" line="260" />
        <source>Merge into “%1”</source>
        <translation>Slå sammen med «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="272" />
        <location filename="../../app/codes/dock.py" line="277" />
        <location filename="../../app/codes/dock.py" line="282" />
        <source>Split code</source>
        <translation>Del kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="273" />
        <source>Select the segments to move in the code view first (Code ▸ Code view), then split.</source>
        <translation>Merk først utdragene som skal flyttes i kodevisningen (Koding ▸ Kodevisning), og del deretter.</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../app/codes/tree_model.py" line="188" />
        <location filename="../../app/codes/tree_model.py" line="190" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="188" />
        <source>Seg.</source>
        <translation>Utdr.</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="188" />
        <source>Inf.</source>
        <translation>Inf.</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="190" />
        <source>Segments coded with this code</source>
        <translation>Utdrag kodet med denne koden</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="191" />
        <source>Informants with segments of this code</source>
        <translation>Informanter med utdrag med denne koden</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="235" />
        <source>Rename code to “%1”</source>
        <translation>Gi koden nytt navn «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="286" />
        <source>Move code</source>
        <translation>Flytt kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="286" />
        <source>Move codes</source>
        <translation>Flytt koder</translation>
    </message>
</context>
<context>
    <name>CodeViewDock</name>
    <message>
        <location filename="../../app/codes/code_view.py" line="119" />
        <source>Code view</source>
        <translation>Kodevisning</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="128" />
        <location filename="../../app/codes/code_view.py" line="219" />
        <source>Choose a code in the code tree</source>
        <translation>Velg en kode i kodetreet</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="130" />
        <source>Include sub-codes</source>
        <translation>Ta med underkoder</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="136" />
        <source> lines</source>
        <translation> linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="137" />
        <source>Context lines shown around the selected segment</source>
        <translation>Kontekstlinjer som vises rundt det valgte utdraget</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="143" />
        <source>The segments of the code chosen in the code tree appear here, from every transcript.</source>
        <translation>De kodede utdragene til koden du velger i kodetreet, vises her – fra alle transkripsjonene.</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="240" />
        <source>1 segment</source>
        <translation>1 utdrag</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="240" />
        <source>%1 segments</source>
        <translation>%1 utdrag</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="241" />
        <source>1 informant</source>
        <translation>1 informant</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="241" />
        <source>%1 informants</source>
        <translation>%1 informanter</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="243" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../app/reader/actions.py" line="55" />
        <source>Code line or selection with last code</source>
        <translation>Kod linje eller utvalg med siste kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="57" />
        <source>Code whole turn with last code</source>
        <translation>Kod hele replikken med siste kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="59" />
        <source>Quick code…</source>
        <translation>Hurtigkoding…</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="60" />
        <source>In-vivo code from selection</source>
        <translation>In vivo-kode fra utvalget</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="61" />
        <source>Next uncoded line</source>
        <translation>Neste ukodede linje</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="63" />
        <source>Previous uncoded line</source>
        <translation>Forrige ukodede linje</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="65" />
        <source>Remove selected coding</source>
        <translation>Fjern valgt koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="67" />
        <source>Change code of selected coding…</source>
        <translation>Bytt kode på valgt koding…</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="69" />
        <source>Apply recent code %1</source>
        <translation>Bruk nylig kode %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="169" />
        <source>Start coding pass %1</source>
        <translation>Start koderunde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="179" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="180" />
        <source>Your name or initials, recorded on every coding (asked once):</source>
        <translation>Navn eller initialer, lagres på hver koding (spørres én gang):</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="210" />
        <source>Code “%1”</source>
        <translation>Kod «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="258" />
        <source>Code with new code “%1”</source>
        <translation>Kod med ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="283" />
        <source>Select the informant's words first</source>
        <translation>Merk informantens ord først</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="324" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="332" />
        <source>Change code</source>
        <translation>Bytt kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="332" />
        <source>New code for this coding:</source>
        <translation>Ny kode for denne kodingen:</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="341" />
        <source>Change code to “%1”</source>
        <translation>Bytt kode til «%1»</translation>
    </message>
</context>
<context>
    <name>CodingView</name>
    <message>
        <location filename="../../app/reader/actions.py" line="156" />
        <location filename="../../app/reader/view.py" line="119" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="123" />
        <location filename="../../app/reader/view.py" line="478" />
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="130" />
        <source>Code… (Ctrl+K)</source>
        <translation>Kode… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="137" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="199" />
        <source>Import your transcripts (Ctrl+I), or choose one in the list.</source>
        <translation>Importer transkripsjonene dine (Ctrl+I), eller velg en i listen.</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="304" />
        <source>Open transcript</source>
        <translation>Åpne transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="540" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="52" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="64" />
        <source>Your comment…</source>
        <translation>Kommentaren din…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="69" />
        <source>No suggestion</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="69" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="70" />
        <source>Merge into…</source>
        <translation>Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="70" />
        <source>Move to…</source>
        <translation>Flytt til…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="71" />
        <source>Split into a new theme area</source>
        <translation>Del ut i et nytt temaområde</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="71" />
        <source>Needs more data</source>
        <translation>Trenger mer data</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="75" />
        <location filename="../../app/supervision/comment_dialog.py" line="87" />
        <source>New name</source>
        <translation>Nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="84" />
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="85" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="86" />
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="88" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="89" />
        <source>Codes for the new area</source>
        <translation>Koder til det nye temaområdet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="90" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="134" />
        <source>The student can rename it in one click.</source>
        <translation>Studenten kan gi den nytt navn med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="135" />
        <source>The student can merge it into the target in one click.</source>
        <translation>Studenten kan slå den sammen med målet med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="136" />
        <source>The student can move it in one click.</source>
        <translation>Studenten kan flytte den med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="137" />
        <source>Tick the codes that should go into the new theme area.</source>
        <translation>Kryss av kodene som skal inn i det nye temaområdet.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="138" />
        <source>Asks for more material; the student replies or resolves it.</source>
        <translation>Ber om mer materiale; studenten svarer eller lukker tråden.</translation>
    </message>
</context>
<context>
    <name>CondensationEditor</name>
    <message>
        <location filename="../../app/themes/condensation.py" line="47" />
        <location filename="../../app/themes/condensation.py" line="141" />
        <source>Choose a theme area or subgroup</source>
        <translation>Velg et temaområde eller en subgruppe</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="54" />
        <source>Condensate: an artificial quotation in the first person, in the informants' own words…</source>
        <translation>Kondensat: et kunstig sitat i jeg-form, med informantenes egne ord…</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="55" />
        <source>Save condensate</source>
        <translation>Lagre kondensat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="71" />
        <source>&lt;b&gt;Golden quotes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gullsitater&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="78" />
        <source>The segments of the chosen theme area or subgroup appear here. Tick “Golden” beside the one that shows it best.</source>
        <translation>De kodede utdragene i det valgte temaområdet eller subgruppen vises her. Kryss av for «Gull» ved det som viser det best.</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="130" />
        <source>unsaved changes</source>
        <translation>ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="169" />
        <source>Theme area: {0}  ({1} segment)</source>
        <translation>Temaområde: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="169" />
        <source>Theme area: {0}  ({1} segments)</source>
        <translation>Temaområde: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="171" />
        <source>Subgroup: {0}  ({1} segment)</source>
        <translation>Subgruppe: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="171" />
        <source>Subgroup: {0}  ({1} segments)</source>
        <translation>Subgruppe: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="190" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="197" />
        <source>&lt;i&gt;None picked yet: tick “Golden” beside a segment.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen valgt ennå: kryss av for «Gull» ved et utdrag.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="202" />
        <source>Edit condensate</source>
        <translation>Rediger kondensat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="205" />
        <source>saved</source>
        <translation>lagret</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="211" />
        <source>Pick golden quote</source>
        <translation>Velg gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="213" />
        <source>Remove golden quote</source>
        <translation>Fjern gullsitat</translation>
    </message>
</context>
<context>
    <name>ConsensusBar</name>
    <message>
        <location filename="../../app/reader/consensus.py" line="67" />
        <source>A · keep A's</source>
        <translation>A · behold As</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="67" />
        <source>B · keep B's</source>
        <translation>B · behold Bs</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="67" />
        <source>C · both</source>
        <translation>C · begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="68" />
        <source>N · neither</source>
        <translation>N · ingen av dem</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="68" />
        <source>R · recode…</source>
        <translation>R · omkod…</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="69" />
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>ConsensusWalk</name>
    <message>
        <location filename="../../app/reader/consensus.py" line="134" />
        <source>pass {0} is not a consensus pass</source>
        <translation>runde {0} er ikke en konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="247" />
        <source>No more open disagreements this way.</source>
        <translation>Ingen flere åpne uenigheter i denne retningen.</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="290" />
        <source>Put the cursor on a marked disagreement first (J/K).</source>
        <translation>Sett markøren på en markert uenighet først (J/K).</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="292" />
        <source>keep A's</source>
        <translation>behold As</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="292" />
        <source>keep B's</source>
        <translation>behold Bs</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="292" />
        <source>keep both</source>
        <translation>behold begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="293" />
        <source>keep neither</source>
        <translation>behold ingen</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="293" />
        <source>recode</source>
        <translation>omkod</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="294" />
        <source>Consensus: %1</source>
        <translation>Konsensus: %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="314" />
        <source>Recode</source>
        <translation>Omkod</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="314" />
        <source>Code for this unit in the consensus:</source>
        <translation>Kode for denne enheten i konsensus:</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="332" />
        <source>Consensus: recode with new code “%1”</source>
        <translation>Konsensus: omkod med ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="345" />
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="352" />
        <source>&lt;b&gt;Consensus&lt;/b&gt; (pass {0}): A = {1}, B = {2} · {3} of {4} disagreements here resolved</source>
        <translation>&lt;b&gt;Konsensus&lt;/b&gt; (runde {0}): A = {1}, B = {2} · {3} av {4} uenigheter her løst</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="356" />
        <source>l.</source>
        <translation>l.</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="356" />
        <source>turn</source>
        <translation>replikk</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="358" />
        <source>kept A's</source>
        <translation>As beholdt</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="358" />
        <source>kept B's</source>
        <translation>Bs beholdt</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="358" />
        <source>both</source>
        <translation>begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="359" />
        <source>neither</source>
        <translation>ingen av dem</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="359" />
        <source>recoded</source>
        <translation>omkodet</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="364" />
        <source>The two raters agree on every unit of this transcript.</source>
        <translation>De to koderne er enige om hver enhet i denne transkripsjonen.</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="193" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="193" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="194" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="194" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="218" />
        <source>l. %1</source>
        <translation>l. %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="218" />
        <source>turn %1</source>
        <translation>replikk %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/exports/install.py" line="82" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="83" />
        <source>Open a project first.</source>
        <translation>Åpne et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="106" />
        <source>Export quote set</source>
        <translation>Eksporter sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="107" />
        <location filename="../../app/exports/install.py" line="139" />
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="110" />
        <source>1 quote written to %2</source>
        <translation>1 sitat skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="111" />
        <source>%1 quotes written to %2</source>
        <translation>%1 sitater skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="113" />
        <source>Quote set</source>
        <translation>Sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="131" />
        <location filename="../../app/exports/install.py" line="138" />
        <source>Member check</source>
        <translation>Sitatsjekk</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="131" />
        <source>No informant has quotes yet. Make quotes from coded segments first (Export → Quote list…).</source>
        <translation>Ingen informant har sitater ennå. Lag først sitater fra kodede utdrag (Eksport → Sitatliste…).</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="144" />
        <source>Member check %1</source>
        <translation>Sitatsjekk %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="146" />
        <source>1 quote for %2 written to %3; marked as sent</source>
        <translation>1 sitat for %2 skrevet til %3; merket som sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="147" />
        <source>%1 quotes for %2 written to %3; marked as sent</source>
        <translation>%1 sitater for %2 skrevet til %3; merket som sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="179" />
        <source>Select a coded segment or a quote first.</source>
        <translation>Velg først et kodet utdrag eller et sitat.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="195" />
        <source>Quote copied with reference.</source>
        <translation>Sitatet er kopiert med referanse.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="219" />
        <source>Supervisor report</source>
        <translation>Veilederrapport</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="220" />
        <source>Word document (*.docx);;Web page (*.html)</source>
        <translation>Word-dokument (*.docx);;Nettside (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="237" />
        <source>Import REFI-QDA project</source>
        <translation>Importer REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="238" />
        <location filename="../../app/exports/install.py" line="325" />
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-prosjekt (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="242" />
        <location filename="../../app/exports/install.py" line="260" />
        <source>Import REFI-QDA</source>
        <translation>Importer REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="242" />
        <source>Every identifier the detector proposes will be replaced by a tag. Review the transcripts afterwards and redact more by hand if needed. Continue?</source>
        <translation>Alle identifikatorer detektoren foreslår, blir erstattet med en merkelapp. Gå gjennom transkripsjonene etterpå og fjern mer for hånd ved behov. Fortsette?</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="252" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="254" />
        <source>Codes: %1, sources: %2, segments: %3, notes: %4, cases: %5; identifiers replaced: %6.</source>
        <translation>Koder: %1, kilder: %2, kodede utdrag: %3, notater: %4, tilfeller: %5; identifikatorer erstattet: %6.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="276" />
        <source>Written to %1</source>
        <translation>Skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="313" />
        <source>Quote set…</source>
        <translation>Sitatsamling…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="314" />
        <source>Member check…</source>
        <translation>Sitatsjekk…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="315" />
        <source>Supervisor report…</source>
        <translation>Veilederrapport…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="316" />
        <source>Segments…</source>
        <translation>Kodede utdrag…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="317" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="318" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="319" />
        <source>Matrix…</source>
        <translation>Matrise…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="320" />
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="321" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="323" />
        <source>REFI-QDA project…</source>
        <translation>REFI-QDA-prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="324" />
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="326" />
        <source>Codebook…</source>
        <translation>Kodebok…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="327" />
        <source>Codebook</source>
        <translation>Kodebok</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="328" />
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA-kodebok (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="329" />
        <source>Import REFI-QDA…</source>
        <translation>Importer REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="334" />
        <source>Quote list…</source>
        <translation>Sitatliste…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="335" />
        <source>Copy quote with reference</source>
        <translation>Kopier sitat med referanse</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="339" />
        <source>Copy the selected quote or coded segment as a quote with its reference (pastes into Word as a Quote paragraph)</source>
        <translation>Kopier det valgte sitatet eller kodede utdraget som sitat med referanse (limes inn i tekstbehandleren som et sitatavsnitt)</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="75" />
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="77" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="77" />
        <source>Agreement</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="78" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="78" />
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="79" />
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="79" />
        <source>A only</source>
        <translation>Bare A</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="80" />
        <source>B only</source>
        <translation>Bare B</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="122" />
        <source>%1: %2 units · both %3 · A only %4 · B only %5 · neither %6</source>
        <translation>%1: %2 enheter · begge %3 · bare A %4 · bare B %5 · ingen %6</translation>
    </message>
</context>
<context>
    <name>GuideInstall</name>
    <message>
        <location filename="../../app/guide/install.py" line="184" />
        <source>Method guide</source>
        <translation>Metodeveileder</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="184" />
        <source>The Steps panel follows the analysis recipe chosen for this project: the seven steps of thematic content analysis, or Malterud's four steps of systematic text condensation. Each step shows the project's own progress, counted from its data, and links to the view that does it. A transcript counts as read once every part of it has been on screen in the coding view (re-read: in the transcript overlay); the buttons set or clear the mark.</source>
        <translation>Trinn-panelet følger analyseoppskriften som er valgt for dette prosjektet: de sju trinnene i tematisk innholdsanalyse, eller Malteruds fire trinn i systematisk tekstkondensering. Hvert trinn viser prosjektets egen framdrift, talt opp fra dataene, og lenker til visningen der arbeidet gjøres. En transkripsjon regnes som lest når hver del av den har vært på skjermen i kodevisningen (lest på nytt: i transkripsjonsoverlegget); knappene setter eller fjerner merket.</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="192" />
        <source>Analysis method</source>
        <translation>Analysemetode</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="209" />
        <source>Method guide (Steps)</source>
        <translation>Metodeveileder (Trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="211" />
        <source>How the method guide measures progress…</source>
        <translation>Slik måler metodeveilederen framdriften…</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="181" />
        <source>%1 · %2: kappa %3, agreement %4 over %5 units (both %6, A only %7, B only %8)</source>
        <translation>%1 · %2: kappa %3, samsvar %4 over %5 enheter (begge %6, bare A %7, bare B %8)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../app/window/help.py" line="23" />
        <source>next / previous uncoded line (Ctrl+Down / Ctrl+Up)</source>
        <translation>neste / forrige ukodede linje (Ctrl+Ned / Ctrl+Opp)</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="24" />
        <source>Enter or Space</source>
        <translation>Retur eller mellomrom</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="24" />
        <source>code the current line or the selection with the last code</source>
        <translation>kod gjeldende linje eller utvalget med siste kode</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="25" />
        <source>Shift+Enter</source>
        <translation>Shift+Retur</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="25" />
        <source>code the whole turn</source>
        <translation>kod hele replikken</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="26" />
        <source>Ctrl+K or /</source>
        <translation>Ctrl+K eller /</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="26" />
        <source>quick-code box with completion; a new name creates the code</source>
        <translation>hurtigkodefelt med autofullføring; et nytt navn oppretter koden</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="27" />
        <source>apply one of the nine most recent codes</source>
        <translation>bruk en av de ni sist brukte kodene</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="28" />
        <source>in-vivo code from the selected words</source>
        <translation>in vivo-kode fra de merkede ordene</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="29" />
        <source>remove the selected coding stripe</source>
        <translation>fjern den valgte kodestripen</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="30" />
        <source>undo / redo</source>
        <translation>angre / gjør om</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="31" />
        <source>search the project</source>
        <translation>søk i prosjektet</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="32" />
        <source>import transcripts</source>
        <translation>importer transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="33" />
        <source>rename the selected transcript or code</source>
        <translation>gi nytt navn til valgt transkripsjon eller kode</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="34" />
        <source>preferences</source>
        <translation>innstillinger</translation>
    </message>
</context>
<context>
    <name>IdentifierListsDialog</name>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="38" />
        <location filename="../../app/review/lists_dialog.py" line="94" />
        <source>Identifier lists</source>
        <translation>Identifikatorlister</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="45" />
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="51" />
        <source>&lt;b&gt;Never an identifier&lt;/b&gt; (stored in the project)</source>
        <translation>&lt;b&gt;Aldri en identifikator&lt;/b&gt; (lagret i prosjektet)</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="52" />
        <source>Ordinary words the detector should not propose, one per line. Their inflections are left out too (DPS also rules out DPSen). Never put names here.</source>
        <translation>Vanlige ord som detektoren ikke skal foreslå, ett per linje. Bøyningsformene utelates også (DPS utelukker også DPSen). Skriv aldri navn her.</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="58" />
        <source>&lt;b&gt;Always an identifier&lt;/b&gt; (stored in the linking key)</source>
        <translation>&lt;b&gt;Alltid en identifikator&lt;/b&gt; (lagret i koblingsnøkkelen)</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="59" />
        <source>Names to replace wherever they occur, one per line. Kept outside the project.</source>
        <translation>Navn som skal erstattes overalt der de forekommer, ett per linje. Lagres utenfor prosjektet.</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="61" />
        <source>This project has no linking key, so there is no always-list. Choose one under Project ▸ Linking key…</source>
        <translation>Dette prosjektet har ingen koblingsnøkkel, og dermed ingen alltid-liste. Velg en under Prosjekt ▸ Koblingsnøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="87" />
        <source>Edit the never-list</source>
        <translation>Rediger aldri-listen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/importing/dialog.py" line="123" />
        <location filename="../../app/importing/dialog.py" line="273" />
        <source>Import transcripts</source>
        <translation>Importer transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="167" />
        <source>Add files…</source>
        <translation>Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="169" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="171" />
        <source>Files (drop files here)</source>
        <translation>Filer (slipp filer her)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="194" />
        <source>Set each speaker's role and pseudonym. Type an existing letter to link an informant already in the project (existing: {0}).</source>
        <translation>Angi rolle og pseudonym for hver taler. Skriv en eksisterende bokstav for å koble til en informant som allerede er i prosjektet (eksisterende: {0}).</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="197" />
        <source>Set each speaker's role and pseudonym (the informants get the letters A, B, C…).</source>
        <translation>Angi rolle og pseudonym for hver taler (informantene får bokstavene A, B, C …).</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="202" />
        <source>Written standard (what the detector reads):</source>
        <translation>Målform (det detektoren leser):</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="205" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="205" />
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="205" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="212" />
        <source>Preview (original text, not stored)</source>
        <translation>Forhåndsvisning (originaltekst, lagres ikke)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="246" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="249" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="251" />
        <location filename="../../app/importing/dialog.py" line="357" />
        <source>Next: review identifiers</source>
        <translation>Neste: gjennomgå identifikatorer</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="253" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="274" />
        <source>Transcripts ({0})</source>
        <translation>Transkripsjoner ({0})</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="295" />
        <source>Reading files…</source>
        <translation>Leser filer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="304" />
        <source> (already imported)</source>
        <translation> (allerede importert)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="305" />
        <source>{0} — {1} turns, {2} words{3}</source>
        <translation>{0} — {1} replikker, {2} ord{3}</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="347" />
        <source>… {0} more turns</source>
        <translation>… {0} replikker til</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="357" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="374" />
        <source>Add “{0}” to the never-list</source>
        <translation>Legg «{0}» til aldri-listen</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="459" />
        <location filename="../../app/importing/replace.py" line="132" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="392" />
        <source>already imported (transcript {0}), skipped</source>
        <translation>allerede importert (transkripsjon {0}), hoppet over</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="408" />
        <source>Import {0} transcripts</source>
        <translation>Importer {0} transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="410" />
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="415" />
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="425" />
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="446" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="452" />
        <source>{0} imported, {1} not imported{2}.</source>
        <translation>{0} importert, {1} ikke importert{2}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="453" />
        <source> (cancelled)</source>
        <translation> (avbrutt)</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="78" />
        <location filename="../../app/importing/replace.py" line="111" />
        <source>Replace transcript</source>
        <translation>Erstatt transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="112" />
        <source>Only the first file replaces the transcript; remove the others.</source>
        <translation>Bare den første filen erstatter transkripsjonen; fjern de andre.</translation>
    </message>
</context>
<context>
    <name>ImportMenu</name>
    <message>
        <location filename="../../app/importing/install.py" line="12" />
        <source>Import transcripts…</source>
        <translation>Importer transkripsjoner…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../app/importing/summary.py" line="17" />
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../app/importing/summary.py" line="24" />
        <source>Replaced by tags:</source>
        <translation>Erstattet med merkelapper:</translation>
    </message>
    <message>
        <location filename="../../app/importing/summary.py" line="35" />
        <source>{0}: {1}; {2} proposals unticked (text kept)</source>
        <translation>{0}: {1}; {2} forslag uten hake (teksten beholdt)</translation>
    </message>
    <message>
        <location filename="../../app/importing/summary.py" line="36" />
        <source>In total: {0}; {1} proposals unticked.</source>
        <translation>Totalt: {0}; {1} forslag uten hake.</translation>
    </message>
    <message>
        <location filename="../../app/importing/summary.py" line="38" />
        <source>{0} detections were not proposed because they are on the never-list.</source>
        <translation>{0} funn ble ikke foreslått fordi de står på aldri-listen.</translation>
    </message>
</context>
<context>
    <name>InformantView</name>
    <message>
        <location filename="../../app/themes/informant_view.py" line="73" />
        <source>How much of an informant's interview falls in each theme area appears here once transcripts are imported and coded.</source>
        <translation>Hvor mye av en informants intervju som faller i hvert temaområde, vises her når transkripsjonene er importert og kodet.</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="78" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="118" />
        <source>{0} theme area · {1} of {2} lines themed ({3})</source>
        <translation>{0} temaområde · {1} av {2} linjer tematisert ({3})</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="119" />
        <source>{0} theme areas · {1} of {2} lines themed ({3})</source>
        <translation>{0} temaområder · {1} av {2} linjer tematisert ({3})</translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="80" />
        <source>Reflection notes</source>
        <translation>Refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="94" />
        <source>No reflection notes yet.
Press New note to write down, with the date, your choices, doubts and your own influence on the analysis.</source>
        <translation>Ingen refleksjonsnotater ennå.
Trykk Nytt notat for å skrive ned, med dato, valgene dine, tvilen og din egen innflytelse på analysen.</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="98" />
        <source>New note</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="101" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="105" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="112" />
        <source>Choices, doubts, your own influence on the analysis…</source>
        <translation>Valg, tvil, din egen påvirkning på analysen…</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="115" />
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="242" />
        <source>Edit reflection note</source>
        <translation>Rediger refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="253" />
        <source>Reflection note</source>
        <translation>Refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="261" />
        <source>New reflection note</source>
        <translation>Nytt refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="270" />
        <source>Delete note</source>
        <translation>Slett notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="270" />
        <source>Delete this reflection note? Undo brings it back.</source>
        <translation>Slette dette refleksjonsnotatet? Angre henter det tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="274" />
        <source>Delete reflection note</source>
        <translation>Slett refleksjonsnotat</translation>
    </message>
</context>
<context>
    <name>LinkingKey</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="55" />
        <source>Kondens linking key (*.kondenskey);;All files (*)</source>
        <translation>Kondens-koblingsnøkkel (*.kondenskey);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="159" />
        <location filename="../../app/review/key_dialogs.py" line="167" />
        <location filename="../../app/review/key_dialogs.py" line="206" />
        <location filename="../../app/review/key_dialogs.py" line="217" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="160" />
        <source>The linking key of this project is not at {0}.

Project → Linking key… can locate it. Until then, tags are numbered per transcript.</source>
        <translation>Koblingsnøkkelen til dette prosjektet ligger ikke i {0}.

Prosjekt → Koblingsnøkkel… kan finne den. Inntil da nummereres merkelappene per transkripsjon.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="170" />
        <source>The linking key {0} is stored unencrypted (an older Kondens). Set a passphrase (at least {1} characters): the key is written encrypted right away.</source>
        <translation>Koblingsnøkkelen {0} er lagret ukryptert (en eldre Kondens). Angi en passordfrase (minst {1} tegn): nøkkelen skrives kryptert med en gang.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="174" />
        <source>Unlock the linking key of this project ({0}) for this session.</source>
        <translation>Lås opp koblingsnøkkelen til dette prosjektet ({0}) for denne økten.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="100" />
        <source>{0}: the linking key links tags back to real names; keep it outside the project folder</source>
        <translation>{0}: koblingsnøkkelen kobler merkelappene tilbake til ekte navn; oppbevar den utenfor prosjektmappen</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="125" />
        <source>{0}: the project has no linking key</source>
        <translation>{0}: prosjektet har ingen koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="127" />
        <source>{0}: linking key not found (Project → Linking key… can locate it)</source>
        <translation>{0}: fant ikke koblingsnøkkelen (Prosjekt → Koblingsnøkkel… kan finne den)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="188" />
        <source>Linking key in use: the same entity keeps the same tag in every transcript ({0}).</source>
        <translation>Koblingsnøkkel i bruk: samme entitet får samme merkelapp i alle transkripsjoner ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="192" />
        <source>The linking key is locked or missing: tags are numbered per transcript, so [sted 1] may be a different place in another transcript.</source>
        <translation>Koblingsnøkkelen er låst eller mangler: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="194" />
        <source>No linking key: tags are numbered per transcript, so [sted 1] may be a different place in another transcript. Project → Linking key… creates one.</source>
        <translation>Ingen koblingsnøkkel: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon. Prosjekt → Koblingsnøkkel… oppretter en.</translation>
    </message>
</context>
<context>
    <name>LinkingKeyDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="391" />
        <location filename="../../app/review/key_dialogs.py" line="434" />
        <location filename="../../app/review/key_dialogs.py" line="477" />
        <location filename="../../app/review/key_dialogs.py" line="537" />
        <location filename="../../app/review/key_dialogs.py" line="584" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="401" />
        <source>Create linking key…</source>
        <translation>Opprett koblingsnøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="403" />
        <source>Locate existing key…</source>
        <translation>Finn eksisterende nøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="405" />
        <source>Move…</source>
        <translation>Flytt…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="407" />
        <source>Change passphrase…</source>
        <translation>Endre passordfrase…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="409" />
        <source>Work without a key</source>
        <translation>Arbeid uten nøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="455" />
        <source>unlocked for this session</source>
        <translation>låst opp for denne økten</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="455" />
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="456" />
        <source>&lt;p&gt;The linking key of this project is at&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;/p&gt;&lt;p&gt;With it, the same entity keeps the same tag in every transcript. Keep it, and its passphrase, apart from the project: without both, tags cannot be linked back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koblingsnøkkelen til dette prosjektet ligger i&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;/p&gt;&lt;p&gt;Med den får samme entitet samme merkelapp i alle transkripsjoner. Oppbevar den og passordfrasen atskilt fra prosjektet: uten begge kan merkelappene ikke kobles tilbake.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="461" />
        <source>&lt;p&gt;The linking key is expected at &lt;b&gt;{0}&lt;/b&gt;, but it is not there.&lt;/p&gt;&lt;p&gt;Locate it (moved by hand, another computer), or create a new one (tags of new imports then start again from 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koblingsnøkkelen skulle ligge i &lt;b&gt;{0}&lt;/b&gt;, men den er ikke der.&lt;/p&gt;&lt;p&gt;Finn den (flyttet for hånd, en annen datamaskin), eller opprett en ny (merkelappene i nye importer begynner da på 1 igjen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="465" />
        <source>&lt;p&gt;&lt;b&gt;This project has no linking key&lt;/b&gt;: tags are numbered per transcript, so [sted 1] may be a different place in another transcript.&lt;/p&gt;&lt;p&gt;Create a key to keep tags consistent in future imports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dette prosjektet har ingen koblingsnøkkel&lt;/b&gt;: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon.&lt;/p&gt;&lt;p&gt;Opprett en nøkkel for å holde merkelappene konsekvente i framtidige importer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="490" />
        <source>Where to keep the new linking key</source>
        <translation>Hvor den nye koblingsnøkkelen skal lagres</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="493" />
        <source>Set the passphrase of the new linking key {0} (at least {1} characters).</source>
        <translation>Angi passordfrasen til den nye koblingsnøkkelen {0} (minst {1} tegn).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="509" />
        <source>Locate the project's linking key</source>
        <translation>Finn prosjektets koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="521" />
        <source>Passphrase of the linking key {0} (it is unencrypted: set one now).</source>
        <translation>Passordfrase for koblingsnøkkelen {0} (den er ukryptert: angi en nå).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="522" />
        <source>Passphrase of the linking key {0}.</source>
        <translation>Passordfrase for koblingsnøkkelen {0}.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="550" />
        <source>Move the linking key to</source>
        <translation>Flytt koblingsnøkkelen til</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="569" />
        <source>Set the new passphrase of the linking key. The old one stops working.</source>
        <translation>Angi den nye passordfrasen for koblingsnøkkelen. Den gamle slutter å virke.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="584" />
        <source>Work without the linking key from now on? Tags of new imports are then numbered per transcript. The key file stays where it is until you delete it.</source>
        <translation>Arbeide uten koblingsnøkkelen fra nå av? Merkelappene i nye importer nummereres da per transkripsjon. Nøkkelfilen blir liggende der den er til du sletter den.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="78" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="78" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="78" />
        <source>&amp;Code</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="79" />
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="79" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="79" />
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="80" />
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="80" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="80" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132" />
        <source>No transcripts yet.
File → Import transcripts… (Ctrl+I).</source>
        <translation>Ingen transkripsjoner ennå.
Fil → Importer transkripsjoner… (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="356" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="357" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="359" />
        <source>Open &amp;team project…</source>
        <translation>Åpne &amp;teamprosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="360" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="363" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="365" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="367" />
        <location filename="../../app/main_window.py" line="650" />
        <location filename="../../app/main_window.py" line="655" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="370" />
        <location filename="../../app/main_window.py" line="651" />
        <location filename="../../app/main_window.py" line="656" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="376" />
        <source>Coder name…</source>
        <translation>Kodernavn…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="378" />
        <source>Preferences…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="384" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="385" />
        <source>Open the &amp;data folder</source>
        <translation>Åpne &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="387" />
        <source>&amp;About Kondens</source>
        <translation>&amp;Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="428" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="431" />
        <source>About Kondens</source>
        <translation>Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="432" />
        <source>Kondens: qualitative analysis of de-identified interviews.</source>
        <translation>Kondens: kvalitativ analyse av avidentifiserte intervjuer.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="443" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="443" />
        <source>Your name or initials:</source>
        <translation>Navn eller initialer:</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="453" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="454" />
        <source>Kondens project (*.kondens)</source>
        <translation>Kondens-prosjekt (*.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="470" />
        <source>Open project folder (NAME.kondens)</source>
        <translation>Åpne prosjektmappe (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="479" />
        <source>Open team project</source>
        <translation>Åpne teamprosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="480" />
        <source>Address of the team project (postgresql://server/database or postgresql:///?service=NAME).
The password is never typed here: it comes from ~/.pgpass (PGPASSFILE) or a libpq service file.</source>
        <translation>Adressen til teamprosjektet (postgresql://tjener/database eller postgresql:///?service=NAVN).
Passordet skrives aldri her: det hentes fra ~/.pgpass (PGPASSFILE) eller en libpq-tjenestefil.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="493" />
        <source>Building the demo project…</source>
        <translation>Bygger demoprosjektet…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="495" />
        <location filename="../../app/main_window.py" line="522" />
        <location filename="../../app/main_window.py" line="530" />
        <location filename="../../app/main_window.py" line="639" />
        <location filename="../../app/main_window.py" line="641" />
        <source>Kondens</source>
        <translation>Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="512" />
        <source>Opening project…</source>
        <translation>Åpner prosjektet…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="518" />
        <source>Project in use</source>
        <translation>Prosjektet er i bruk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="519" />
        <source>Open it read-only?</source>
        <translation>Åpne det skrivebeskyttet?</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="578" />
        <source>Offline: the server of this team project ({0}) cannot be reached. You see your copy from {1} (UTC), read-only; nothing can be changed until you open the project again with the server back.</source>
        <translation>Frakoblet: tjeneren til dette teamprosjektet ({0}) kan ikke nås. Du ser kopien din fra {1} (UTC), skrivebeskyttet; ingenting kan endres før du åpner prosjektet igjen når tjeneren er tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="625" />
        <source>Finishing 1 operation…</source>
        <translation>Fullfører 1 operasjon…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="625" />
        <source>Finishing %1 operations…</source>
        <translation>Fullfører %1 operasjoner…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="642" />
        <source>This did not work because of an internal error ({0}). Nothing was changed; the details are in the log.</source>
        <translation>Dette gikk ikke på grunn av en intern feil ({0}). Ingenting ble endret; detaljene står i loggen.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="752" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="762" />
        <source>No project open. File → Open project…</source>
        <translation>Ingen prosjekt åpent. Fil → Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="769" />
        <source>%1 · %2 transcripts</source>
        <translation>%1 · %2 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="778" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="780" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="115" />
        <source>Theme area / code</source>
        <translation>Temaområde / kode</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="116" />
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="131" />
        <source>Uncategorised</source>
        <translation>Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="148" />
        <source>{0} segments, {1} lines</source>
        <translation>{0} utdrag, {1} linjer</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="167" />
        <source>Theme areas and codes against informants appear here once coded segments are placed in theme areas.</source>
        <translation>Temaområder og koder mot informanter vises her når kodede utdrag er plassert i temaområder.</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="171" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="172" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="178" />
        <source>Click a cell to read its segments</source>
        <translation>Klikk på en celle for å lese utdragene</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="182" />
        <source>The segments of the cell you click appear here.</source>
        <translation>De kodede utdragene i cellen du klikker på, vises her.</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="187" />
        <source>Count</source>
        <translation>Tell</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="190" />
        <source>Informants where</source>
        <translation>Informanter der</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="236" />
        <source>(all informants)</source>
        <translation>(alle informanter)</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="306" />
        <source>&lt;b&gt;{0}&lt;/b&gt; × {1}: loading…</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; × {1}: laster…</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="309" />
        <source>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} segment</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="309" />
        <source>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} segments</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} utdrag</translation>
    </message>
</context>
<context>
    <name>MemberCheckDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="151" />
        <source>Member check</source>
        <translation>Sitatsjekk</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="155" />
        <source>Informant %1 (%2 quotes)</source>
        <translation>Informant %1 (%2 sitater)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="155" />
        <source>Informant %1 (1 quote)</source>
        <translation>Informant %1 (1 sitat)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="160" />
        <source>e-mail or phone</source>
        <translation>e-post eller telefon</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="168" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="169" />
        <source>Project title</source>
        <translation>Prosjekttittel</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="170" />
        <source>Researcher</source>
        <translation>Forsker</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="171" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="172" />
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
</context>
<context>
    <name>MemoDock</name>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="30" />
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="43" />
        <source>Thoughts on this code, segment or transcript…</source>
        <translation>Tanker om denne koden, dette utdraget eller denne transkripsjonen…</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="45" />
        <source>Save memo</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="93" />
        <source>Edit memo</source>
        <translation>Rediger notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="113" />
        <source>Memo on code “%1”</source>
        <translation>Notat om koden «%1»</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="117" />
        <source>Memo on segment %1</source>
        <translation>Notat om utdraget %1</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="118" />
        <source>Memo on transcript “%1”</source>
        <translation>Notat om transkripsjonen «%1»</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="146" />
        <source>Select a code, a segment or a transcript to write its memo.</source>
        <translation>Velg en kode, et utdrag eller en transkripsjon for å skrive et notat om den.</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="156" />
        <source>recovered unsaved text</source>
        <translation>gjenopprettet ulagret tekst</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="127" />
        <source>Merge a coder's copy</source>
        <translation>Slå sammen med en koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="135" />
        <source>Project folder…</source>
        <translation>Prosjektmappe…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="136" />
        <source>.qdpx file…</source>
        <translation>.qdpx-fil…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="155" />
        <source>keep the names recorded in the copy</source>
        <translation>behold navnene som er lagret i kopien</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="157" />
        <source>Record their segments as coder:</source>
        <translation>Lagre de kodede utdragene deres med koder:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="160" />
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="167" />
        <source>Codes: matched by id, then by name. Change “Our code” to map one by hand.</source>
        <translation>Koder: koblet via id, deretter via navn. Endre «Vår kode» for å tilordne en kode for hånd.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="176" />
        <source>The other coder's project (NAME.kondens)</source>
        <translation>Den andre koderens prosjekt (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="181" />
        <source>The other coder's REFI-QDA project</source>
        <translation>Den andre koderens REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="182" />
        <source>REFI-QDA (*.qdpx)</source>
        <translation>REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="190" />
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="213" />
        <source>%1 of %2 transcripts match this project; %3 segments to add (%4 already here).</source>
        <translation>%1 av %2 transkripsjoner finnes i dette prosjektet; %3 kodede utdrag legges til (%4 finnes fra før).</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="217" />
        <source>Not found here (their segments stay out): </source>
        <translation>Finnes ikke her (de kodede utdragene deres utelates): </translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="222" />
        <source>Their segments carry the coder name “%1”, which is taken or empty here: type the other coder's name below.</source>
        <translation>De kodede utdragene deres har kodernavnet «%1», som er tatt eller tomt her: skriv inn navnet til den andre koderen nedenfor.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="227" />
        <source>%1 (as recorded in the copy)</source>
        <translation>%1 (slik det er lagret i kopien)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="291" />
        <source>New project: linking key</source>
        <translation>Nytt prosjekt: koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="295" />
        <source>Where to keep the linking key</source>
        <translation>Hvor koblingsnøkkelen skal lagres</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="297" />
        <source>A linking key keeps tags consistent across the project's transcripts: the same person, place or institution gets the same tag ([sted 1] is the same place in every interview). It links tags back to real names, so it is kept outside the project folder, encrypted with a passphrase. Without the key and its passphrase nobody can link the tags back.</source>
        <translation>En koblingsnøkkel holder merkelappene konsekvente på tvers av prosjektets transkripsjoner: den samme personen, det samme stedet eller den samme institusjonen får samme merkelapp ([sted 1] er samme sted i alle intervjuer). Den kobler merkelappene tilbake til ekte navn, og lagres derfor utenfor prosjektmappen, kryptert med en passordfrase. Uten nøkkelen og passordfrasen kan ingen koble merkelappene tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="302" />
        <source>Create a linking key (recommended)</source>
        <translation>Opprett en koblingsnøkkel (anbefalt)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="304" />
        <source>Work without a linking key: tags are numbered per transcript</source>
        <translation>Arbeid uten koblingsnøkkel: merkelappene nummereres per transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="308" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="315" />
        <source>Key file:</source>
        <translation>Nøkkelfil:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="316" />
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="317" />
        <source>The same again:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="322" />
        <source>Create project</source>
        <translation>Opprett prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="340" />
        <location filename="../../app/review/key_dialogs.py" line="350" />
        <source>The linking key must be kept outside the project folder.</source>
        <translation>Koblingsnøkkelen må lagres utenfor prosjektmappen.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="352" />
        <source>{0} already exists; choose another place.</source>
        <translation>{0} finnes allerede; velg et annet sted.</translation>
    </message>
</context>
<context>
    <name>OurCodeDelegate</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="109" />
        <source>(new code)</source>
        <translation>(ny kode)</translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <location filename="../../app/themes/overlay.py" line="118" />
        <source>◀ Previous uncovered</source>
        <translation>◀ Forrige utematiserte</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="119" />
        <source>Next uncovered ▶</source>
        <translation>Neste utematiserte ▶</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="124" />
        <source>Choose a transcript above to re-read it whole, with its theme areas marked in the margin.</source>
        <translation>Velg en transkripsjon over for å lese den i sin helhet igjen, med temaområdene markert i margen.</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="131" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="240" />
        <source>themed: {0} of text, {1}/{2} lines</source>
        <translation>tematisert: {0} av teksten, {1}/{2} linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="256" />
        <source>&lt;i&gt;No theme area covers this transcript yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen temaområder dekker denne transkripsjonen ennå.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="104" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="113" />
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="115" />
        <source>The same again:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="118" />
        <source>Set passphrase</source>
        <translation>Angi passordfrase</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="118" />
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="131" />
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="79" />
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/window/preferences.py" line="38" />
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="41" />
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="45" />
        <source>Your name or initials, recorded on every coding</source>
        <translation>Navn eller initialer, lagres på hver koding</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="47" />
        <source>Default: Kondens's folder in your user data</source>
        <translation>Standard: Kondens-mappen i brukerdataene dine</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="48" />
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="65" />
        <source>Open a project to set how many backups it keeps</source>
        <translation>Åpne et prosjekt for å angi hvor mange sikkerhetskopier det beholder</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="70" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="73" />
        <source>J/K skip the interviewer's lines</source>
        <translation>J/K hopper over intervjuerens linjer</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="77" />
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="81" />
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="82" />
        <source>&lt;i&gt;A new language applies when Kondens starts again.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nytt språk tas i bruk når Kondens startes på nytt.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="83" />
        <source>Coder name:</source>
        <translation>Kodernavn:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="84" />
        <source>Folder for new linking keys:</source>
        <translation>Mappe for nye koblingsnøkler:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="85" />
        <source>Backups kept (this project):</source>
        <translation>Sikkerhetskopier som beholdes (dette prosjektet):</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="86" />
        <source>Transcript text size:</source>
        <translation>Tekststørrelse i transkripsjoner:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="88" />
        <source>Undo steps (new projects):</source>
        <translation>Angresteg (nye prosjekter):</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="97" />
        <source>Folder for new linking keys (outside projects)</source>
        <translation>Mappe for nye koblingsnøkler (utenfor prosjekter)</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="113" />
        <source>Keep {0} backups</source>
        <translation>Behold {0} sikkerhetskopier</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../../app/themes/informant_view.py" line="40" />
        <source>Theme area</source>
        <translation>Temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="40" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="40" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="40" />
        <source>Share of account</source>
        <translation>Andel av fortellingen</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/codes/progress.py" line="123" />
        <source>Coding progress</source>
        <translation>Kodefremdrift</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="158" />
        <source>pass %1: %2 of %3 transcripts</source>
        <translation>runde %1: %2 av %3 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="160" />
        <source>%1 of %2 lines coded (%3).</source>
        <translation>%1 av %2 linjer kodet (%3).</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/codes/progress.py" line="58" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="58" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="58" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="58" />
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="59" />
        <source>Informant lines coded</source>
        <translation>Informantlinjer kodet</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="62" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="90" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="91" />
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="51" />
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="53" />
        <source>&amp;Look in:</source>
        <translation>&amp;Se i:</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="54" />
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="55" />
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="56" />
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="57" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="58" />
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="59" />
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="60" />
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="61" />
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="62" />
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="63" />
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="64" />
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="65" />
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="66" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="67" />
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="68" />
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="69" />
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="70" />
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="71" />
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="72" />
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="73" />
        <source>Go forward</source>
        <translation>Gå fram</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="74" />
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="75" />
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="76" />
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="77" />
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="78" />
        <source>Sidebar</source>
        <translation>Sidefelt</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="79" />
        <source>List of places and bookmarks</source>
        <translation>Steder og bokmerker</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="80" />
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="81" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="82" />
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="83" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="84" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="85" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="86" />
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="87" />
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="88" />
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="89" />
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="36" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="37" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="38" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="39" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="40" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="41" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="42" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="15" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="16" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="17" />
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="18" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="19" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="20" />
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="21" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="22" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="23" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="24" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="25" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="26" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="27" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="28" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="29" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="30" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="31" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="32" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="33" />
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="34" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="35" />
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="43" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="44" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="45" />
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="46" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="47" />
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="48" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="49" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/i18n_qt.py" line="50" />
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QuoteSetDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="96" />
        <source>Export quote set</source>
        <translation>Eksporter sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="99" />
        <source>Informant %1</source>
        <translation>Informant %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="100" />
        <source>Check theme areas to export; none checked = all</source>
        <translation>Kryss av temaområdene som skal eksporteres; ingen avkrysset = alle</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="101" />
        <source>Check informants to export; none checked = all</source>
        <translation>Kryss av informantene som skal eksporteres; ingen avkrysset = alle</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="102" />
        <source>Only quotes the informant has approved</source>
        <translation>Bare sitater informanten har godkjent</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="103" />
        <source>Only golden quotes</source>
        <translation>Bare gullsitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="104" />
        <source>Include the condensates</source>
        <translation>Ta med kondensatene</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="106" />
        <source>Every coded segment, not only quotes</source>
        <translation>Alle kodede utdrag, ikke bare sitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="113" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="115" />
        <source>Informants</source>
        <translation>Informanter</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="121" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="122" />
        <source>Reference after each quote</source>
        <translation>Referanse etter hvert sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="125" />
        <source>Nothing checked in a list means all of them.</source>
        <translation>Ingenting avkrysset i en liste betyr alle.</translation>
    </message>
</context>
<context>
    <name>QuotesDock</name>
    <message>
        <location filename="../../app/exports/dock.py" line="51" />
        <source>Quotes (member check)</source>
        <translation>Sitater (sitatsjekk)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="58" />
        <source>No quotes yet.
Tick “Golden” beside a segment in the condensation view, or select text in a transcript and press Quote from segment.</source>
        <translation>Ingen sitater ennå.
Kryss av for «Gull» ved et kodet utdrag i kondenseringsvisningen, eller marker tekst i en transkripsjon og trykk Sitat fra kodet utdrag.</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="74" />
        <source>Trim…</source>
        <translation>Forkort…</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="75" />
        <source>Choose the words to quote and cut middle parts into […] (the coding stays)</source>
        <translation>Velg ordene som skal siteres, og kutt deler i midten til […] (kodingen blir stående)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="78" />
        <source>Quote from segment</source>
        <translation>Sitat fra kodet utdrag</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="79" />
        <source>Make a quote of the segment selected in the code view or the reader</source>
        <translation>Lag et sitat av det kodede utdraget som er valgt i kodevisningen eller leseren</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="155" />
        <source>Quote status</source>
        <translation>Sitatstatus</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="169" />
        <source>Select a quote first.</source>
        <translation>Velg et sitat først.</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="191" />
        <source>Select a coded segment (code view or reader) first.</source>
        <translation>Velg først et kodet utdrag (i kodevisningen eller leseren).</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="196" />
        <location filename="../../app/exports/dock.py" line="199" />
        <source>New quote</source>
        <translation>Nytt sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="197" />
        <source>New quotes (%1)</source>
        <translation>Nye sitater (%1)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="200" />
        <source>1 new quote</source>
        <translation>1 nytt sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="200" />
        <source>%1 new quotes</source>
        <translation>%1 nye sitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="202" />
        <source>; %1 already quoted</source>
        <translation>; %1 var sitert fra før</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="25" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="25" />
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="26" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="26" />
        <source>Theme area</source>
        <translation>Temaområde</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="27" />
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="30" />
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="31" />
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="32" />
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="33" />
        <source>change requested</source>
        <translation>endring ønsket</translation>
    </message>
    <message>
        <location filename="../../app/exports/quotes_model.py" line="34" />
        <source>withdrawn</source>
        <translation>trukket</translation>
    </message>
</context>
<context>
    <name>Redact</name>
    <message>
        <location filename="../../app/review/redact_action.py" line="77" />
        <location filename="../../app/review/redact_action.py" line="80" />
        <source>Redact selection</source>
        <translation>Sladd utvalget</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="77" />
        <source>Select text in a transcript first.</source>
        <translation>Merk tekst i en transkripsjon først.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../app/review/redact_action.py" line="37" />
        <source>Redact selection</source>
        <translation>Sladd utvalget</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="43" />
        <source>In this transcript (1 place)</source>
        <translation>I denne transkripsjonen (1 sted)</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="44" />
        <source>In this transcript (%1 places)</source>
        <translation>I denne transkripsjonen (%1 steder)</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="45" />
        <source>In every transcript and note (1 place in transcripts)</source>
        <translation>I alle transkripsjoner og notater (1 sted i transkripsjoner)</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="46" />
        <source>In every transcript and note (%1 places in transcripts)</source>
        <translation>I alle transkripsjoner og notater (%1 steder i transkripsjoner)</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="50" />
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="51" />
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="56" />
        <source>Codings, lines and quotes stay on the same words. Undo is possible until the project is closed.</source>
        <translation>Kodinger, linjer og sitater blir værende på de samme ordene. Du kan angre til prosjektet lukkes.</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="59" />
        <source>Redact</source>
        <translation>Sladd</translation>
    </message>
</context>
<context>
    <name>ReimportReportDialog</name>
    <message>
        <location filename="../../app/importing/replace.py" line="40" />
        <source>Transcript replaced</source>
        <translation>Transkripsjonen er erstattet</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="44" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2} lines.&lt;br&gt;{3} coded segments: {4} kept, {5} moved to other line numbers, {6} with changed text, {7} whose text is gone (kept at the nearest line). {8:.1f} % are on the same text. Nothing was removed.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2} linjer.&lt;br&gt;{3} kodede utdrag: {4} beholdt, {5} flyttet til andre linjenumre, {6} med endret tekst, {7} der teksten er borte (beholdt på nærmeste linje). {8:.1f} % står på samme tekst. Ingenting ble fjernet.</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="53" />
        <source>changed text</source>
        <translation>endret tekst</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="53" />
        <source>text gone</source>
        <translation>teksten er borte</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="58" />
        <source>Check these segments:</source>
        <translation>Sjekk disse utdragene:</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="63" />
        <source>The old version was scrubbed from 1 backup.</source>
        <translation>Den gamle versjonen ble fjernet fra 1 sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="64" />
        <source>The old version was scrubbed from %1 backups.</source>
        <translation>Den gamle versjonen ble fjernet fra %1 sikkerhetskopier.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="210" />
        <source>Supervisor report</source>
        <translation>Veilederrapport</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="212" />
        <source>Research questions with their linked themes</source>
        <translation>Forskningsspørsmål med tilknyttede temaer</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="213" />
        <source>Extracts per code, with references</source>
        <translation>Utdrag per kode, med referanser</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="214" />
        <source>Memos and reflection notes</source>
        <translation>Notater og refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="215" />
        <source>Theme × informant matrix</source>
        <translation>Matrise tema × informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="220" />
        <source>(no comparison)</source>
        <translation>(ingen sammenligning)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="227" />
        <source>Changes since snapshot</source>
        <translation>Endringer siden øyeblikksbilde</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/backups/dialog.py" line="54" />
        <location filename="../../app/backups/install.py" line="32" />
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="63" />
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="67" />
        <source>The current state is saved as a backup before restoring.</source>
        <translation>Nåværende tilstand lagres som sikkerhetskopi før gjenopprettingen.</translation>
    </message>
    <message>
        <location filename="../../app/backups/install.py" line="39" />
        <source>Restore from backup…</source>
        <translation>Gjenopprett fra sikkerhetskopi…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../app/review/models.py" line="35" />
        <source>Person</source>
        <translation>Personnavn</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="35" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="35" />
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="36" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="36" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="36" />
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="36" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="37" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="37" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="48" />
        <source>Check these: uncertain proposals (still ticked)</source>
        <translation>Sjekk disse: usikre forslag (fortsatt avkrysset)</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="49" />
        <source>Identifiers</source>
        <translation>Identifikatorer</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="49" />
        <source>Not identifiers (never-list)</source>
        <translation>Ikke identifikatorer (aldri-liste)</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="72" />
        <source>Entity</source>
        <translation>Entitet</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="72" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="72" />
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="72" />
        <source>Count</source>
        <translation>Antall</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="72" />
        <source>Tag</source>
        <translation>Merkelapp</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="195" />
        <source>kept</source>
        <translation>beholdt</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="202" />
        <source>Rejected: the text is kept</source>
        <translation>Avvist: teksten beholdes</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="204" />
        <source>Without a linking key each transcript numbers its own tags</source>
        <translation>Uten koblingsnøkkel nummererer hver transkripsjon sine egne merkelapper</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="209" />
        <source>Weak evidence (for example a capital letter at the start of a sentence): look at it</source>
        <translation>Svakt grunnlag (for eksempel stor forbokstav først i en setning): se på det</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="288" />
        <source>marked by hand</source>
        <translation>merket for hånd</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="288" />
        <source>found by the detector</source>
        <translation>funnet av detektoren</translation>
    </message>
    <message>
        <location filename="../../app/review/models.py" line="289" />
        <source> (weak evidence)</source>
        <translation> (svakt grunnlag)</translation>
    </message>
</context>
<context>
    <name>ReviewChangesDialog</name>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="154" />
        <source>What changed since your last review</source>
        <translation>Hva er endret siden forrige veiledning</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="157" />
        <source>Changes to the theme hierarchy since the review copy of %1:</source>
        <translation>Endringer i temahierarkiet siden veiledningskopien fra %1:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="161" />
        <source>No changes to the theme hierarchy.</source>
        <translation>Ingen endringer i temahierarkiet.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../app/supervision/dock.py" line="51" />
        <source>Review comments</source>
        <translation>Veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="57" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="57" />
        <source>Resolved</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="57" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="61" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="61" />
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="62" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="62" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="63" />
        <source>Subgroups</source>
        <translation>Subgrupper</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="63" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="64" />
        <source>Condensates</source>
        <translation>Kondensater</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="64" />
        <source>Golden quotes</source>
        <translation>Gullsitater</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="65" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="65" />
        <source>Transcript lines</source>
        <translation>Transkripsjonslinjer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="66" />
        <source>Orphaned</source>
        <translation>Foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="70" />
        <location filename="../../app/supervision/dock.py" line="186" />
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="77" />
        <source>No review comments.
File → Send for review… makes a copy for your supervisor; File → Import review comments… brings the answers here.</source>
        <translation>Ingen veiledningskommentarer.
Fil → Send til veileder… lager en kopi til veilederen din; Fil → Importer veiledningskommentarer… henter svarene hit.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="93" />
        <source>Add comment…</source>
        <translation>Legg til kommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="94" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="95" />
        <source>Reply…</source>
        <translation>Svar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="96" />
        <location filename="../../app/supervision/dock.py" line="251" />
        <location filename="../../app/supervision/dock.py" line="325" />
        <source>Resolve</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="97" />
        <location filename="../../app/supervision/dock.py" line="332" />
        <source>Apply suggestion</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="98" />
        <source>Decline…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="99" />
        <location filename="../../app/supervision/dock.py" line="351" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="202" />
        <source>%1 threads, %2 open, %3 orphaned</source>
        <translation>%1 tråder, %2 åpne, %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="251" />
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="268" />
        <source>The object this comment was about has been deleted, merged or changed since; it is shown with the context it had.</source>
        <translation>Det kommentaren gjaldt, er slettet, slått sammen eller endret siden; den vises med sammenhengen den hadde.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="272" />
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="275" />
        <source>Suggestion:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="314" />
        <location filename="../../app/supervision/dock.py" line="318" />
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="314" />
        <source>Your reply:</source>
        <translation>Svaret ditt:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="339" />
        <location filename="../../app/supervision/dock.py" line="344" />
        <source>Decline suggestion</source>
        <translation>Avslå forslaget</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="340" />
        <source>Why not? (goes back to the supervisor)</source>
        <translation>Hvorfor ikke? (sendes tilbake til veilederen)</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="106" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="110" />
        <source>%1, %2, %3; %4 already imported.</source>
        <translation>%1, %2, %3; %4 allerede importert.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="111" />
        <source>1 suggestion</source>
        <translation>1 forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="111" />
        <source>%1 suggestions</source>
        <translation>%1 forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="112" />
        <source>1 orphaned anchor</source>
        <translation>1 foreldreløs forankring</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="113" />
        <source>%1 orphaned anchors</source>
        <translation>%1 foreldreløse forankringer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="115" />
        <source>1 new comment</source>
        <translation>1 ny kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="115" />
        <source>%1 new comments</source>
        <translation>%1 nye kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="119" />
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="119" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="119" />
        <source>In context</source>
        <translation>I sammenheng</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="132" />
        <source>Possible identifiers in the supervisor's text. Ticked ones are replaced by a tag before the comments are stored.</source>
        <translation>Mulige identifiserende opplysninger i veilederens tekst. De som er krysset av, erstattes med en merkelapp før kommentarene lagres.</translation>
    </message>
</context>
<context>
    <name>ReviewMenus</name>
    <message>
        <location filename="../../app/review/install.py" line="20" />
        <source>Redact selection…</source>
        <translation>Sladd utvalget…</translation>
    </message>
    <message>
        <location filename="../../app/review/install.py" line="22" />
        <source>Replace the selected text by a tag, here or in every transcript</source>
        <translation>Erstatt den merkede teksten med en merkelapp, her eller i alle transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/review/install.py" line="27" />
        <source>Withdraw informant…</source>
        <translation>Trekk ut informant…</translation>
    </message>
    <message>
        <location filename="../../app/review/install.py" line="31" />
        <source>Linking key…</source>
        <translation>Koblingsnøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/install.py" line="35" />
        <source>Identifier lists…</source>
        <translation>Identifikatorlister…</translation>
    </message>
    <message>
        <location filename="../../app/review/install.py" line="37" />
        <source>Words that are never identifiers (project) and names that always are (linking key)</source>
        <translation>Ord som aldri er identifikatorer (prosjektet) og navn som alltid er det (koblingsnøkkelen)</translation>
    </message>
</context>
<context>
    <name>ReviewSendDialog</name>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="59" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="64" />
        <source>What should your supervisor look at? (shown in their banner)</source>
        <translation>Hva bør veilederen se på? (vises øverst hos veilederen)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="77" />
        <source>The review copy holds the de-identified transcripts, codes, theme hierarchy, condensates, golden quotes, research questions, snapshots, earlier comments and the memos you tick. Never the linking key, drafts or backups.</source>
        <translation>Veiledningskopien inneholder de avidentifiserte transkripsjonene, kodene, temahierarkiet, kondensatene, gullsitatene, forskningsspørsmålene, versjonene, tidligere kommentarer og notatene du krysser av. Aldri koblingsnøkkelen, kladder eller sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="82" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="83" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="84" />
        <source>Shared memos</source>
        <translation>Delte notater</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../app/review/widget.py" line="110" />
        <source>Filter entities…</source>
        <translation>Filtrer entiteter…</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="135" />
        <source>Accept all</source>
        <translation>Godta alle</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="136" />
        <source>Reject all</source>
        <translation>Avvis alle</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="137" />
        <source>Merge selected</source>
        <translation>Slå sammen valgte</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="138" />
        <source>Treat the selected entities as one (one tag), e.g. “Kari” and “Kari Nordmann”</source>
        <translation>Behandle de valgte entitetene som én (én merkelapp), f.eks. «Kari» og «Kari Nordmann»</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="140" />
        <source>Not an identifier</source>
        <translation>Ikke en identifikator</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="141" />
        <source>Untick it in every file and add the word to the project's never-list, so later imports do not propose it</source>
        <translation>Fjern haken i alle filer og legg ordet til prosjektets aldri-liste, så senere importer ikke foreslår det</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="143" />
        <source>Always an identifier</source>
        <translation>Alltid en identifikator</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="144" />
        <source>Add the selected entity to the always-list kept with the linking key, outside the project</source>
        <translation>Legg den valgte entiteten til alltid-listen som lagres med koblingsnøkkelen, utenfor prosjektet</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="162" />
        <source>Detected identifiers, grouped by entity across all files</source>
        <translation>Funne identifikatorer, gruppert etter entitet på tvers av alle filer</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="168" />
        <source>Occurrences of the selected entity</source>
        <translation>Forekomster av den valgte entiteten</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="178" />
        <location filename="../../app/review/widget.py" line="444" />
        <source>every occurrence</source>
        <translation>alle forekomster</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="180" />
        <source>Mark selection</source>
        <translation>Merk utvalget</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="183" />
        <source>Mark selected text as</source>
        <translation>Merk valgt tekst som</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="192" />
        <source>Text of</source>
        <translation>Tekst i</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="240" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="305" />
        <source>Always an identifier ({0})</source>
        <translation>Alltid en identifikator ({0})</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="365" />
        <source>{0} entities, {1} occurrences in {2} files will be replaced</source>
        <translation>{0} entiteter, {1} forekomster i {2} filer blir erstattet</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="366" />
        <source>({0} entities detected; {1} proposals unticked)</source>
        <translation>({0} entiteter funnet; {1} forslag uten hake)</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="443" />
        <source>every occurrence ({0} found)</source>
        <translation>alle forekomster ({0} funnet)</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="451" />
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="452" />
        <source>Reject (keep the text)</source>
        <translation>Avvis (behold teksten)</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="453" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="456" />
        <source>Merge selected into one entity</source>
        <translation>Slå sammen valgte til én entitet</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="459" />
        <source>Not an identifier (never-list)</source>
        <translation>Ikke en identifikator (aldri-liste)</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="460" />
        <source>Always an identifier (linking key)</source>
        <translation>Alltid en identifikator (koblingsnøkkel)</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../app/search/dock.py" line="68" />
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="79" />
        <location filename="../../app/search/dock.py" line="95" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="90" />
        <source>Search transcripts, memos and condensates…</source>
        <translation>Søk i transkripsjoner, notater og kondensater…</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="92" />
        <source>Words, "phrases", prefix*, AND / OR / NOT, informant:A, role:informant, speaker:I, code:"sosial arena", theme:"…", in:memo, "[navn 1]"</source>
        <translation>Søkesyntaks: ord, "fraser", prefiks*, OG / ELLER / IKKE, informant:A, role:informant, speaker:I, code:"sosial arena", theme:"…", in:memo, "[navn 1]"</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="96" />
        <source>Type a query and press Enter.</source>
        <translation>Skriv et søk og trykk returtasten.</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="105" />
        <source>Matching lines appear here: type words above and press Enter.</source>
        <translation>Treff vises her: skriv ord over og trykk returtasten.</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="123" />
        <source>matching lines</source>
        <translation>treffende linjer</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="124" />
        <source>whole turns</source>
        <translation>hele replikker</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="125" />
        <source>Code selected</source>
        <translation>Kod valgte</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="131" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="235" />
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="248" />
        <source>Fix the query above and press Enter again.</source>
        <translation>Rett søket over og trykk returtasten igjen.</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="253" />
        <source>No lines match “%1”.</source>
        <translation>Ingen linjer passer med «%1».</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="257" />
        <source>1 hit</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="257" />
        <source>%1 hits</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="261" />
        <source>%1 in memos and condensates</source>
        <translation>%1 i notater og kondensater</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="263" />
        <source>showing the best %1</source>
        <translation>viser de %1 beste</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="297" />
        <source>Code %1 search results with %2</source>
        <translation>Kod %1 søketreff med %2</translation>
    </message>
    <message>
        <location filename="../../app/search/install.py" line="16" />
        <source>&amp;Find in project…</source>
        <translation>&amp;Finn i prosjektet…</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/search/model.py" line="26" />
        <source>memo</source>
        <translation>notat</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="27" />
        <source>reflection note</source>
        <translation>refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="28" />
        <source>condensate</source>
        <translation>kondensat</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="33" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="33" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="33" />
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="33" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="34" />
        <source>Score</source>
        <translation>Relevans</translation>
    </message>
</context>
<context>
    <name>SegmentGroupModel</name>
    <message>
        <location filename="../../app/themes/segments_model.py" line="28" />
        <source>Extract</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="28" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="28" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="29" />
        <source>Golden</source>
        <translation>Gull</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="79" />
        <source>{0} — {1} segment</source>
        <translation>{0} — {1} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="79" />
        <source>{0} — {1} segments</source>
        <translation>{0} — {1} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="80" />
        <source>(no informant)</source>
        <translation>(ingen informant)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/window/help.py" line="41" />
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="45" />
        <source>Key</source>
        <translation>Tast</translation>
    </message>
    <message>
        <location filename="../../app/window/help.py" line="45" />
        <source>Action</source>
        <translation>Handling</translation>
    </message>
</context>
<context>
    <name>SnapshotListModel</name>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="55" />
        <source>{0}   ({1}, {2} themes, {3} codes)</source>
        <translation>{0}   ({1}, {2} temaer, {3} koder)</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="83" />
        <location filename="../../app/themes/snapshots_dialog.py" line="91" />
        <source>Uncategorised</source>
        <translation>Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="93" />
        <source>Theme renamed: {0} → {1}</source>
        <translation>Tema fikk nytt navn: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="94" />
        <source>Theme merged: {0} → into {1}</source>
        <translation>Tema slått sammen: {0} → inn i {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="95" />
        <source>Theme added: {0}</source>
        <translation>Tema lagt til: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="96" />
        <source>Theme removed: {0}</source>
        <translation>Tema fjernet: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="97" />
        <source>Subgroup moved: {0}: {1} → {2}</source>
        <translation>Subgruppe flyttet: {0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="99" />
        <source>Code renamed: {0} → {1}</source>
        <translation>Kode fikk nytt navn: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="100" />
        <source>Code moved: {0}: {1} → {2}</source>
        <translation>Kode flyttet: {0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="102" />
        <source>Code merged: {0} → into {1}</source>
        <translation>Kode slått sammen: {0} → inn i {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="103" />
        <source>Code added: {0}</source>
        <translation>Kode lagt til: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="104" />
        <source>Code removed: {0}</source>
        <translation>Kode fjernet: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="111" />
        <source>Snapshots of the theme hierarchy</source>
        <translation>Øyeblikksbilder av temahierarkiet</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="115" />
        <source>Name, e.g. “etter første reorganisering”</source>
        <translation>Navn, f.eks. «etter første reorganisering»</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="116" />
        <source>Save snapshot</source>
        <translation>Lagre øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="123" />
        <location filename="../../app/themes/snapshots_dialog.py" line="134" />
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="136" />
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="140" />
        <source>Older</source>
        <translation>Eldre</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="140" />
        <source>What changed</source>
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="140" />
        <source>Newer</source>
        <translation>Nyere</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="177" />
        <source>Current hierarchy</source>
        <translation>Nåværende hierarki</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="193" />
        <source>Save snapshot {0}</source>
        <translation>Lagre øyeblikksbilde {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="208" />
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="222" />
        <source>No changes.</source>
        <translation>Ingen endringer.</translation>
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="16" />
        <source>interviewer</source>
        <translation>intervjuer</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="17" />
        <source>informant</source>
        <translation>informant</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="18" />
        <source>other</source>
        <translation>annen</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="46" />
        <source>Speaker in file</source>
        <translation>Taler i filen</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="46" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="46" />
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="46" />
        <source>Turns</source>
        <translation>Replikker</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="47" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="65" />
        <source>(no label)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="75" />
        <source>existing</source>
        <translation>eksisterende</translation>
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="75" />
        <source>new</source>
        <translation>ny</translation>
    </message>
</context>
<context>
    <name>StepsDock</name>
    <message>
        <location filename="../../app/guide/dock.py" line="175" />
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="192" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="195" />
        <source>Thematic analysis (7 steps)</source>
        <translation>Tematisk analyse (7 trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="196" />
        <source>Systematic text condensation (Malterud, 4 steps)</source>
        <translation>Systematisk tekstkondensering (Malterud, 4 trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="197" />
        <source>The recipe this project follows (stored in the project)</source>
        <translation>Oppskriften dette prosjektet følger (lagret i prosjektet)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="219" />
        <source>Read whole</source>
        <translation>Lest i sin helhet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="220" />
        <source>Mark the open transcript as read from start to end</source>
        <translation>Merk den åpne transkripsjonen som lest fra start til slutt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="225" />
        <source>Re-read with overlay</source>
        <translation>Lest på nytt med overlegg</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="226" />
        <source>Mark the open transcript as re-read with the theme overlay</source>
        <translation>Merk den åpne transkripsjonen som lest på nytt med temaoverlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="249" />
        <source>Read the whole material</source>
        <translation>Les hele materialet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="250" />
        <source>Code the interviews, twice</source>
        <translation>Kod intervjuene, to ganger</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="251" />
        <source>Reorganise and categorise the codes</source>
        <translation>Omorganiser og kategoriser kodene</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="252" />
        <source>Summarise each theme area</source>
        <translation>Oppsummer hvert temaområde</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="253" />
        <source>Consider the theme areas against the research questions</source>
        <translation>Vurder temaområdene opp mot forskningsspørsmålene</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="254" />
        <source>Reorganise the theme areas again</source>
        <translation>Omorganiser temaområdene på nytt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="255" />
        <source>Re-read the full transcripts (recontextualisation)</source>
        <translation>Les de fullstendige transkripsjonene på nytt (rekontekstualisering)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="256" />
        <source>Total impression</source>
        <translation>Helhetsinntrykk</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="257" />
        <source>Meaning units and code groups</source>
        <translation>Meningsbærende enheter og kodegrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="258" />
        <source>Condensation</source>
        <translation>Kondensering</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="259" />
        <source>Synthesis and recontextualisation</source>
        <translation>Sammenfatning og rekontekstualisering</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="260" />
        <source>Reflection notes, throughout</source>
        <translation>Refleksjonsnotater underveis</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="267" />
        <source>Read every transcript from start to end before coding anything.</source>
        <translation>Les hver transkripsjon fra start til slutt før du koder noe.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="268" />
        <source>Give every meaningful sentence a code, often in the informant's own words; then go through everything again (pass 2) for codes found late.</source>
        <translation>Gi hver meningsbærende setning en kode, gjerne med informantens egne ord; gå så gjennom alt på nytt (runde 2) for koder som dukket opp sent.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="270" />
        <source>Merge codes about the same thing and sort them into theme areas.</source>
        <translation>Slå sammen koder om det samme og sorter dem i temaområder.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="271" />
        <source>Write a short summary (condensate) for each theme area.</source>
        <translation>Skriv et kort sammendrag (kondensat) for hvert temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="272" />
        <source>Link the theme areas to the research questions and compare them across informants (attributes, matrix).</source>
        <translation>Knytt temaområdene til forskningsspørsmålene og sammenlign dem på tvers av informanter (egenskaper, matrise).</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="274" />
        <source>Rename and regroup the theme areas; keep a snapshot before and after.</source>
        <translation>Gi temaområdene nye navn og grupper dem på nytt; ta et øyeblikksbilde før og etter.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="275" />
        <source>Read each whole transcript again with the theme overlay: do the theme areas still agree with what each informant said?</source>
        <translation>Les hver hele transkripsjon på nytt med temaoverlegget: stemmer temaområdene fortsatt med det hver informant sa?</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="277" />
        <source>Read everything and note preliminary themes.</source>
        <translation>Les alt og noter foreløpige temaer.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="278" />
        <source>Code the text that bears meaning and sort the codes into code groups.</source>
        <translation>Kod de meningsbærende tekstdelene og sorter kodene i kodegrupper.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="279" />
        <source>Split each code group into subgroups; write a condensate in the first person and pick a golden quote for each.</source>
        <translation>Del hver kodegruppe i subgrupper; skriv et kondensat i jeg-form og velg et gullsitat for hver.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="281" />
        <source>Turn the condensates into analytic text, illustrate each theme with quotes and check it against the full transcripts.</source>
        <translation>Gjør kondensatene om til analytisk tekst, illustrer hvert tema med sitater og sjekk det mot de fullstendige transkripsjonene.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="283" />
        <source>Dated notes on choices, doubts and your own influence.</source>
        <translation>Daterte notater om valg, tvil og din egen innflytelse.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="289" />
        <source>%1 of %2 transcripts read whole</source>
        <translation>%1 av %2 transkripsjoner lest i sin helhet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="290" />
        <source>%1 of %2 transcripts coded in pass 1</source>
        <translation>%1 av %2 transkripsjoner kodet i runde 1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="291" />
        <source>%1 of %2 transcripts gone through again in pass 2</source>
        <translation>%1 av %2 transkripsjoner gått gjennom igjen i runde 2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="292" />
        <source>%1 of %2 informant lines coded in pass 1</source>
        <translation>%1 av %2 informantlinjer kodet i runde 1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="293" />
        <source>%1 of %2 informant lines coded in pass 2</source>
        <translation>%1 av %2 informantlinjer kodet i runde 2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="294" />
        <source>%1 of %2 codes placed in theme areas</source>
        <translation>%1 av %2 koder plassert i temaområder</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="295" />
        <source>%1 theme areas</source>
        <translation>%1 temaområder</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="296" />
        <source>%1 of %2 theme areas with a summary</source>
        <translation>%1 av %2 temaområder med sammendrag</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="297" />
        <source>%1 of %2 theme areas linked to a research question</source>
        <translation>%1 av %2 temaområder knyttet til et forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="298" />
        <source>%1 of %2 theme areas found in two or more informants</source>
        <translation>%1 av %2 temaområder funnet hos to eller flere informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="299" />
        <source>%1 of %2 informants with attributes (role, site…)</source>
        <translation>%1 av %2 informanter med egenskaper (rolle, sted…)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="300" />
        <source>%1 of %2 snapshots saved (before and after)</source>
        <translation>%1 av %2 øyeblikksbilder lagret (før og etter)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="301" />
        <source>%1 changes since the first snapshot</source>
        <translation>%1 endringer siden første øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="302" />
        <source>%1 of %2 subgroups with a condensate and a golden quote</source>
        <translation>%1 av %2 subgrupper med kondensat og gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="303" />
        <source>%1 of %2 transcripts re-read with the overlay</source>
        <translation>%1 av %2 transkripsjoner lest på nytt med overlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="304" />
        <source>%1 of %2 transcripts with meaning units coded</source>
        <translation>%1 av %2 transkripsjoner med meningsbærende enheter kodet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="305" />
        <source>%1 of %2 informant lines coded</source>
        <translation>%1 av %2 informantlinjer kodet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="306" />
        <source>%1 of %2 codes sorted into code groups</source>
        <translation>%1 av %2 koder sortert i kodegrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="307" />
        <source>%1 of %2 code groups split into subgroups</source>
        <translation>%1 av %2 kodegrupper delt i subgrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="308" />
        <source>%1 of %2 subgroups with a condensate</source>
        <translation>%1 av %2 subgrupper med kondensat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="309" />
        <source>%1 of %2 subgroups with a golden quote</source>
        <translation>%1 av %2 subgrupper med gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="310" />
        <source>%1 of %2 themes illustrated with quotes</source>
        <translation>%1 av %2 temaer illustrert med sitater</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="311" />
        <source>reflection notes for %1 of the %2 steps worked on</source>
        <translation>refleksjonsnotater for %1 av de %2 trinnene det er arbeidet med</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="312" />
        <source>first impressions noted in a reflection note: %1 of %2</source>
        <translation>førsteinntrykk notert i et refleksjonsnotat: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="313" />
        <source>%1 reflection notes in the journal</source>
        <translation>%1 refleksjonsnotater i journalen</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="314" />
        <source>%1 memos on codes, themes, transcripts and informants</source>
        <translation>%1 notater om koder, temaer, transkripsjoner og informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="319" />
        <source>%1 of %2 informant lines coded in pass %3</source>
        <translation>%1 av %2 informantlinjer kodet i runde %3</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="326" />
        <source>Open the next unread transcript</source>
        <translation>Åpne neste uleste transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="327" />
        <source>Show the code tree</source>
        <translation>Vis kodetreet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="328" />
        <source>Show the theme hierarchy</source>
        <translation>Vis temahierarkiet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="329" />
        <source>Open the condensation editor</source>
        <translation>Åpne kondenseringsredigereren</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="330" />
        <source>Open the cross-case matrix</source>
        <translation>Åpne matrisen på tvers av informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="331" />
        <source>Snapshots and comparison…</source>
        <translation>Øyeblikksbilder og sammenligning…</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="332" />
        <source>Open the transcript overlay</source>
        <translation>Åpne transkripsjonsoverlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="333" />
        <source>Open the journal of reflection notes</source>
        <translation>Åpne journalen med refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="412" />
        <source>Open a project to see its progress through the steps.</source>
        <translation>Åpne et prosjekt for å se framdriften gjennom trinnene.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="416" />
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 trinn fullført</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="450" />
        <source>Open a transcript to mark it read.</source>
        <translation>Åpne en transkripsjon for å merke den som lest.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="452" />
        <source>Open transcript:</source>
        <translation>Åpen transkripsjon:</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="453" />
        <source>read %1</source>
        <translation>lest %1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="453" />
        <source>not read whole yet</source>
        <translation>ikke lest i sin helhet ennå</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="455" />
        <source>re-read %1</source>
        <translation>lest på nytt %1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="462" />
        <source>Mark transcript read</source>
        <translation>Merk transkripsjonen som lest</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="462" />
        <source>Mark transcript re-read</source>
        <translation>Merk transkripsjonen som lest på nytt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="477" />
        <source>Transcript read</source>
        <translation>Transkripsjon lest</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="493" />
        <source>Choose analysis method</source>
        <translation>Velg analysemetode</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../app/supervision/install.py" line="66" />
        <source>Review mode</source>
        <translation>Veiledningsmodus</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="75" />
        <source>What changed since your last review</source>
        <translation>Hva er endret siden forrige veiledning</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="76" />
        <source>Add comment…</source>
        <translation>Legg til kommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="77" />
        <location filename="../../app/supervision/install.py" line="103" />
        <source>Return comments…</source>
        <translation>Send tilbake kommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="97" />
        <source>Open review copy…</source>
        <translation>Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="99" />
        <source>Send for review…</source>
        <translation>Send til veileder…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="101" />
        <source>Import review comments…</source>
        <translation>Importer veiledningskommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="105" />
        <source>Add review comment…</source>
        <translation>Legg til veiledningskommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="116" />
        <source>Review comments</source>
        <translation>Veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="229" />
        <source>the student</source>
        <translation>studenten</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="230" />
        <source>&lt;b&gt;Review mode&lt;/b&gt; — %1's project &lt;b&gt;%2&lt;/b&gt;, review copy %3 of %4. The analysis is read-only; your comments are saved in the review file.</source>
        <translation>&lt;b&gt;Veiledningsmodus&lt;/b&gt; — prosjektet &lt;b&gt;%2&lt;/b&gt; til %1, veiledningskopi %3 fra %4. Analysen kan ikke endres; kommentarene dine lagres i veiledningsfilen.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="234" />
        <source>Note from the student:</source>
        <translation>Notat fra studenten:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="241" />
        <location filename="../../app/supervision/install.py" line="252" />
        <source>Open review copy</source>
        <translation>Åpne veiledningskopi</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="242" />
        <location filename="../../app/supervision/install.py" line="398" />
        <source>Kondens review copy (*.kondensreview)</source>
        <translation>Kondens-veiledningskopi (*.kondensreview)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="250" />
        <source>Opening review copy…</source>
        <translation>Åpner veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="411" />
        <source>Writing the review copy…</source>
        <translation>Skriver veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="566" />
        <source>Condensate of %1: “%2”</source>
        <translation>Kondensatet til %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="569" />
        <source>Condensate of %1 (whole)</source>
        <translation>Kondensatet til %1 (hele)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="574" />
        <location filename="../../app/supervision/install.py" line="588" />
        <source>Theme area: %1</source>
        <translation>Temaområde: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="575" />
        <location filename="../../app/supervision/install.py" line="589" />
        <source>Subgroup: %1</source>
        <translation>Subgruppe: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="580" />
        <source>Golden quote (%1)</source>
        <translation>Gullsitat (%1)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="582" />
        <location filename="../../app/supervision/install.py" line="611" />
        <source>Segment: %1 (%2)</source>
        <translation>Kodet utdrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="593" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="602" />
        <source>Transcript lines: %1</source>
        <translation>Transkripsjonslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="613" />
        <source>The project as a whole</source>
        <translation>Prosjektet som helhet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="318" />
        <location filename="../../app/supervision/install.py" line="349" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="319" />
        <source>Comments are added to a review copy: File → Open review copy…</source>
        <translation>Kommentarer legges til i en veiledningskopi: Fil → Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="361" />
        <location filename="../../app/supervision/install.py" line="370" />
        <source>Return comments</source>
        <translation>Send tilbake kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="362" />
        <location filename="../../app/supervision/install.py" line="435" />
        <source>Kondens comments (*.kondenscomments)</source>
        <translation>Kondens-kommentarer (*.kondenscomments)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="372" />
        <source>Wrote 1 comment to %2</source>
        <translation>Skrev 1 kommentar til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="372" />
        <source>Wrote %1 comments to %2</source>
        <translation>Skrev %1 kommentarer til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="454" />
        <source>Imported %1, %2; %3 orphaned</source>
        <translation>Importerte %1, %2; %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="455" />
        <source>1 suggestion</source>
        <translation>1 forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="455" />
        <source>%1 suggestions</source>
        <translation>%1 forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="457" />
        <source>1 comment</source>
        <translation>1 kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="457" />
        <source>%1 comments</source>
        <translation>%1 kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="397" />
        <location filename="../../app/supervision/install.py" line="403" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="408" />
        <source>Review copy %1 written to %2</source>
        <translation>Veiledningskopi %1 skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="434" />
        <location filename="../../app/supervision/install.py" line="438" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="517" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="517" />
        <source>This comment is orphaned: what it was about is gone.</source>
        <translation>Kommentaren er foreldreløs: det den gjaldt, finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>ThemeDock</name>
    <message>
        <location filename="../../app/themes/dock.py" line="43" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="68" />
        <source>Rename theme</source>
        <translation>Gi tema nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="70" />
        <source>New area</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="71" />
        <location filename="../../app/themes/dock.py" line="236" />
        <location filename="../../app/themes/dock.py" line="237" />
        <location filename="../../app/themes/dock.py" line="335" />
        <source>New subgroup</source>
        <translation>Ny subgruppe</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="74" />
        <location filename="../../app/themes/dock.py" line="286" />
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="75" />
        <location filename="../../app/themes/dock.py" line="297" />
        <location filename="../../app/themes/dock.py" line="301" />
        <source>Split</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="76" />
        <location filename="../../app/themes/dock.py" line="311" />
        <location filename="../../app/themes/dock.py" line="347" />
        <location filename="../../app/themes/dock.py" line="355" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="77" />
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="84" />
        <source>No theme areas yet. Press New area, then drag codes from the code tree into it.</source>
        <translation>Ingen temaområder ennå. Trykk Nytt område, og dra så koder fra kodetreet inn i det.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="227" />
        <location filename="../../app/themes/dock.py" line="228" />
        <location filename="../../app/themes/dock.py" line="357" />
        <source>New theme area</source>
        <translation>Nytt temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="227" />
        <source>Name of the theme area:</source>
        <translation>Navn på temaområdet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="236" />
        <source>Name of the subgroup:</source>
        <translation>Navn på subgruppen:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="240" />
        <location filename="../../app/themes/dock.py" line="269" />
        <source>Move codes</source>
        <translation>Flytt koder</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="261" />
        <location filename="../../app/themes/dock.py" line="265" />
        <source>Move to theme area</source>
        <translation>Flytt til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="261" />
        <source>Make a theme area first.</source>
        <translation>Lag et temaområde først.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="263" />
        <source>Move the selected code to:</source>
        <translation>Flytt den valgte koden til:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="264" />
        <source>Move the %1 selected codes to:</source>
        <translation>Flytt de %1 valgte kodene til:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="281" />
        <source>Move theme</source>
        <translation>Flytt tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="287" />
        <source>Select two or more theme areas or subgroups; the first one selected keeps its name.</source>
        <translation>Merk to eller flere temaområder eller subgrupper; den første du merket beholder navnet sitt.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="290" />
        <source>Merge themes</source>
        <translation>Slå sammen temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="297" />
        <source>Select the codes of one theme area that go into the new area.</source>
        <translation>Merk kodene fra ett temaområde som skal inn i det nye området.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="301" />
        <source>The codes must come from one theme area.</source>
        <translation>Kodene må komme fra ett og samme temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="303" />
        <source>Split theme area</source>
        <translation>Del temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="303" />
        <source>Name of the new theme area:</source>
        <translation>Navn på det nye temaområdet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="304" />
        <source>Split theme</source>
        <translation>Del tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="311" />
        <source>Delete the selected theme nodes? Their codes become uncategorised.</source>
        <translation>Slette de valgte temaene? Kodene deres blir stående uten temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="318" />
        <source>Delete themes</source>
        <translation>Slett temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="321" />
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="324" />
        <location filename="../../app/themes/dock.py" line="370" />
        <source>Research question</source>
        <translation>Forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="324" />
        <location filename="../../app/themes/dock.py" line="370" />
        <source>Research question:</source>
        <translation>Forskningsspørsmål:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="325" />
        <location filename="../../app/themes/dock.py" line="358" />
        <source>New research question</source>
        <translation>Nytt forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="332" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="333" />
        <source>Description…</source>
        <translation>Beskrivelse…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="337" />
        <source>Answers research question</source>
        <translation>Besvarer forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="344" />
        <source>Link research question</source>
        <translation>Koble forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="346" />
        <source>Make theme area</source>
        <translation>Gjør til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="346" />
        <source>Promote subgroup</source>
        <translation>Gjør subgruppe til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="349" />
        <source>Move to theme area…</source>
        <translation>Flytt til temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="350" />
        <source>Move to “Uncategorised”</source>
        <translation>Flytt til «Uten temaområde»</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="352" />
        <source>Split into new theme area…</source>
        <translation>Skill ut i nytt temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="354" />
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="355" />
        <source>Delete research question</source>
        <translation>Slett forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="365" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="367" />
        <source>Describe theme</source>
        <translation>Beskriv tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="372" />
        <source>Edit research question</source>
        <translation>Rediger forskningsspørsmål</translation>
    </message>
</context>
<context>
    <name>ThemeReaderView</name>
    <message>
        <location filename="../../app/themes/reader.py" line="59" />
        <source>No condensate yet.</source>
        <translation>Ingen kondensat ennå.</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="67" />
        <source>{0} segment from 1 informant</source>
        <translation>{0} utdrag fra 1 informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="68" />
        <source>{0} segments from 1 informant</source>
        <translation>{0} utdrag fra 1 informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="70" />
        <source>{0} segments from {1} informants</source>
        <translation>{0} utdrag fra {1} informanter</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="143" />
        <source>(no informant)</source>
        <translation>(ingen informant)</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="222" />
        <source>Show surrounding lines</source>
        <translation>Vis linjene rundt</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="226" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="308" />
        <source>Choose a theme area to read it across informants.</source>
        <translation>Velg et temaområde for å lese det på tvers av informantene.</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="73" />
        <source>Answers: {0}</source>
        <translation>Besvarer: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="79" />
        <source>Uncategorised</source>
        <translation>Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="82" />
        <source>Research questions</source>
        <translation>Forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="186" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="186" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
</context>
<context>
    <name>ThemeWorkspace</name>
    <message>
        <location filename="../../app/themes/install.py" line="33" />
        <source>Themes: condensation and recontextualisation</source>
        <translation>Temaer: kondensering og rekontekstualisering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="43" />
        <source>Condensation</source>
        <translation>Kondensering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="43" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="44" />
        <source>Transcript overlay</source>
        <translation>Temaer i transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="44" />
        <source>Per informant</source>
        <translation>Per informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="45" />
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="45" />
        <source>Informant attributes</source>
        <translation>Informantegenskaper</translation>
    </message>
</context>
<context>
    <name>ThemesMenu</name>
    <message>
        <location filename="../../app/themes/install.py" line="84" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="84" />
        <source>Open a project first.</source>
        <translation>Åpne et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="91" />
        <source>Save snapshot</source>
        <translation>Lagre øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="91" />
        <source>Name of this version of the hierarchy:</source>
        <translation>Navn på denne versjonen av hierarkiet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="93" />
        <source>Save snapshot {0}</source>
        <translation>Lagre øyeblikksbilde {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="104" />
        <location filename="../../app/themes/install.py" line="106" />
        <source>Export matrix</source>
        <translation>Eksporter matrise</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="104" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="117" />
        <source>Matrix written to %1</source>
        <translation>Matrisen er skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="121" />
        <source>Theme hierarchy</source>
        <translation>Temahierarki</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="122" />
        <source>New theme area…</source>
        <translation>Nytt temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="123" />
        <source>New research question…</source>
        <translation>Nytt forskningsspørsmål…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="125" />
        <source>Condensation editor</source>
        <translation>Kondenseringsredigering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="126" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="127" />
        <source>Transcript overlay</source>
        <translation>Temaer i transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="128" />
        <source>Per informant</source>
        <translation>Per informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="129" />
        <source>Cross-case matrix</source>
        <translation>Matrise på tvers av informanter</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="130" />
        <source>Informant attributes</source>
        <translation>Informantegenskaper</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="132" />
        <source>Save snapshot…</source>
        <translation>Lagre øyeblikksbilde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="133" />
        <source>Snapshots and comparison…</source>
        <translation>Øyeblikksbilder og sammenligning…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="134" />
        <source>Export matrix as CSV…</source>
        <translation>Eksporter matrise som CSV…</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../app/supervision/model.py" line="43" />
        <source>rename to “%1”</source>
        <translation>gi nytt navn: «%1»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="45" />
        <source>merge into “%1”</source>
        <translation>slå sammen med «%1»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="47" />
        <source>move to “%1”</source>
        <translation>flytt til «%1»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="49" />
        <source>split into new area “%1” (%2)</source>
        <translation>del ut i nytt temaområde «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="50" />
        <source>needs more data</source>
        <translation>trenger mer data</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="60" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="60" />
        <source>On</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="60" />
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="60" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="61" />
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="61" />
        <source>resolved</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="61" />
        <source>applied</source>
        <translation>brukt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="62" />
        <location filename="../../app/supervision/model.py" line="66" />
        <source>declined</source>
        <translation>avslått</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="63" />
        <source>Condensate: %1</source>
        <translation>Kondensat: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="63" />
        <source>Golden quote: %1</source>
        <translation>Gullsitat: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="64" />
        <source>Segment: %1</source>
        <translation>Kodet utdrag: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="65" />
        <source>marked resolved</source>
        <translation>lukket tråden</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="65" />
        <source>reopened</source>
        <translation>åpnet igjen</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="66" />
        <source>applied the suggestion</source>
        <translation>brukte forslaget</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="152" />
        <source>%1 (orphaned)</source>
        <translation>%1 (foreldreløs)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="154" />
        <source>supervisor</source>
        <translation>veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/model.py" line="154" />
        <source>student</source>
        <translation>student</translation>
    </message>
</context>
<context>
    <name>TranscriptListActions</name>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="32" />
        <source> (informant {0})</source>
        <translation> (informant {0})</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="33" />
        <source>&lt;p&gt;Delete &lt;b&gt;{0}&lt;/b&gt;{1}?&lt;/p&gt;&lt;p&gt;This removes its text, {2} coded segment(s), {3} quote(s) and {4} memo(s) anchored in it, its entries in the search index, and its copies in the project's backups. The informant stays.&lt;/p&gt;&lt;p&gt;Edit ▸ Undo brings it back until the project is closed; after that it is gone for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Slette &lt;b&gt;{0}&lt;/b&gt;{1}?&lt;/p&gt;&lt;p&gt;Dette fjerner teksten, {2} kodede utdrag, {3} sitat(er) og {4} notat(er) som er forankret i den, oppføringene i søkeindeksen og kopiene i prosjektets sikkerhetskopier. Informanten blir værende.&lt;/p&gt;&lt;p&gt;Rediger ▸ Angre henter den tilbake til prosjektet lukkes; etter det er den borte for godt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="40" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="58" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="63" />
        <source>Replace transcript…</source>
        <translation>Erstatt transkripsjon…</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="66" />
        <source>Delete transcript…</source>
        <translation>Slett transkripsjon…</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="115" />
        <source>Rename transcript</source>
        <translation>Gi transkripsjonen nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="127" />
        <source>Replace transcript: {0}</source>
        <translation>Erstatt transkripsjon: {0}</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="148" />
        <source>Delete transcript {0}</source>
        <translation>Slett transkripsjon {0}</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="38" />
        <location filename="../../app/window/transcript_actions.py" line="137" />
        <source>Delete transcript</source>
        <translation>Slett transkripsjon</translation>
    </message>
</context>
<context>
    <name>TranscriptListModel</name>
    <message>
        <location filename="../../app/window/transcript_model.py" line="33" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="33" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="33" />
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="33" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="33" />
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="126" />
        <source>%1 · %2 words · %3 lines · %4 % coded</source>
        <translation>%1 · %2 ord · %3 linjer · %4 % kodet</translation>
    </message>
</context>
<context>
    <name>TrimEditor</name>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="189" />
        <location filename="../../app/exports/trim_editor.py" line="397" />
        <source>Trim quote</source>
        <translation>Forkort sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="205" />
        <source>Keep selection</source>
        <translation>Behold utvalget</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="206" />
        <source>Start and end the quote at the selection (whole words)</source>
        <translation>La sitatet begynne og slutte ved utvalget (hele ord)</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="207" />
        <source>Cut selection to […]</source>
        <translation>Kutt utvalget til […]</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="208" />
        <source>Leave out a middle part; the export shows it as […]</source>
        <translation>Utelat en del i midten; eksporten viser den som […]</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="209" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="210" />
        <source>Show the whole segment again, without cuts</source>
        <translation>Vis hele det kodede utdraget igjen, uten kutt</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="211" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="227" />
        <location filename="../../app/exports/trim_editor.py" line="417" />
        <source>Remove cut</source>
        <translation>Fjern kutt</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="255" />
        <source>Segment — select words, then keep them or cut them:</source>
        <translation>Kodet utdrag – merk ord, og behold eller kutt dem:</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="258" />
        <source>Cuts:</source>
        <translation>Kutt:</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="260" />
        <source>Preview (as in the quote-set export):</source>
        <translation>Forhåndsvisning (som i eksporten av sitatsamlingen):</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="293" />
        <source>informant %1</source>
        <translation>informant %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="295" />
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="402" />
        <source>Cut from quote</source>
        <translation>Kutt fra sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="405" />
        <source>Restore quote</source>
        <translation>Gjenopprett sitat</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/window/welcome.py" line="39" />
        <source>team project on a server</source>
        <translation>teamprosjekt på en tjener</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="41" />
        <source>not found</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="46" />
        <source>cannot be read</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="47" />
        <source>%1 transcripts · %2 codes · %3 coded segments</source>
        <translation>%1 transkripsjoner · %2 koder · %3 kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="60" />
        <source>&lt;h1&gt;Kondens&lt;/h1&gt;&lt;p&gt;Qualitative analysis of de-identified interviews&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Kondens&lt;/h1&gt;&lt;p&gt;Kvalitativ analyse av avidentifiserte intervjuer&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="62" />
        <source>New project…</source>
        <translation>Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="63" />
        <source>Open project…</source>
        <translation>Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="64" />
        <source>Open the demo project</source>
        <translation>Åpne demoprosjektet</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="65" />
        <source>A finished small analysis of four fictitious interviews</source>
        <translation>En ferdig liten analyse av fire oppdiktede intervjuer</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="83" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nylige prosjekter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="85" />
        <source>No recent projects yet. Create one, or open the demo to see a finished analysis.</source>
        <translation>Ingen nylige prosjekter ennå. Opprett et, eller åpne demoen for å se en ferdig analyse.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="107" />
        <source>&lt;b&gt;How Kondens works&lt;/b&gt;</source>
        <translation>&lt;b&gt;Slik virker Kondens&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>1. Import</source>
        <translation>1. Importer</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>Word, text, ODT, RTF, subtitles or Teams files (Ctrl+I).</source>
        <translation>DOCX-, TXT-, ODT-, RTF-, undertekst- eller Teams-filer (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="116" />
        <source>2. De-identify</source>
        <translation>2. Avidentifiser</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="116" />
        <source>Names, places and institutions become tags such as [navn&amp;nbsp;1]; you review every proposal.</source>
        <translation>Navn, steder og institusjoner blir merkelapper som [navn&amp;nbsp;1]; du går gjennom hvert forslag.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>3. Code</source>
        <translation>3. Kod</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>Line by line with the keyboard, in one or more passes.</source>
        <translation>Linje for linje med tastaturet, i én eller flere runder.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="119" />
        <source>4. Theme areas</source>
        <translation>4. Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="119" />
        <source>Sort codes into theme areas and subgroups; write condensates and pick golden quotes.</source>
        <translation>Sorter kodene i temaområder og subgrupper; skriv kondensater og velg gullsitater.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="121" />
        <source>5. Re-read and export</source>
        <translation>5. Les på nytt og eksporter</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="121" />
        <source>Check themes against whole transcripts, then export quotes and reports.</source>
        <translation>Sjekk temaene mot hele transkripsjoner, og eksporter så sitater og rapporter.</translation>
    </message>
</context>
<context>
    <name>Withdraw</name>
    <message>
        <location filename="../../app/review/project_actions.py" line="37" />
        <source>(no transcripts)</source>
        <translation>(ingen transkripsjoner)</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="38" />
        <source>&lt;p&gt;Informant &lt;b&gt;{0}&lt;/b&gt; withdraws consent. This removes, for good:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;{2} coded segment(s), {3} quote(s), {4} memo(s) anchored in their text, their entries in the search index, and their data in the project's backups.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Informant &lt;b&gt;{0}&lt;/b&gt; trekker samtykket. Dette fjerner for godt:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;{2} kodede utdrag, {3} sitat(er), {4} notat(er) forankret i teksten, oppføringene i søkeindeksen og dataene i prosjektets sikkerhetskopier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dette kan ikke angres.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="137" />
        <source>Withdraw informant {0}</source>
        <translation>Trekk ut informant {0}</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="92" />
        <source>Withdraw informant</source>
        <translation>Trekk ut informant</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="106" />
        <source>{0} was withdrawn, but the linking key could not be updated: {1}. Their entries are removed from it at the next unlock.</source>
        <translation>{0} ble trukket ut, men koblingsnøkkelen kunne ikke oppdateres: {1}. Oppføringene fjernes fra den ved neste opplåsing.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../app/review/project_actions.py" line="53" />
        <source>Withdraw informant</source>
        <translation>Trekk ut informant</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="61" />
        <source>Withdraw and delete</source>
        <translation>Trekk ut og slett</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="65" />
        <source>Informant:</source>
        <translation>Informant:</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="75" />
        <source>No informants.</source>
        <translation>Ingen informanter.</translation>
    </message>
</context>
<context>
    <name>_Job</name>
    <message>
        <location filename="../../app/importing/worker.py" line="69" />
        <source>{0}: could not be imported ({1})</source>
        <translation>{0}: kunne ikke importeres ({1})</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../coding/agreement.py" line="296" />
        <source>both raters need one rating per unit</source>
        <translation>begge bedømmerne må ha én vurdering per enhet</translation>
    </message>
    <message>
        <location filename="../../coding/agreement.py" line="431" />
        <location filename="../../coding/services/consensus.py" line="89" />
        <source>unit must be one of {choices}</source>
        <translation>enheten må være én av {choices}</translation>
    </message>
    <message>
        <location filename="../../coding/agreement.py" line="433" />
        <source>Both raters are {label}: choose two different coders or passes</source>
        <translation>Begge bedømmerne er {label}: velg to ulike kodere eller runder</translation>
    </message>
    <message>
        <location filename="../../coding/agreement.py" line="61" />
        <source>A rater is a coder, a pass, or both</source>
        <translation>En bedømmer er en koder, en runde eller begge</translation>
    </message>
    <message>
        <location filename="../../coding/agreement.py" line="186" />
        <source>units must be one of {choices}</source>
        <translation>enhetene må være én av {choices}</translation>
    </message>
    <message>
        <location filename="../../coding/agreement.py" line="446" />
        <source>No segments of {label} in this project</source>
        <translation>Ingen kodede utdrag fra {label} i dette prosjektet</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="72" />
        <source>No such file or directory</source>
        <translation>Filen eller mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="73" />
        <source>Permission denied</source>
        <translation>Ingen tilgang</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="74" />
        <source>Operation not permitted</source>
        <translation>Handlingen er ikke tillatt</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="75" />
        <source>No space left on device</source>
        <translation>Det er ikke mer plass på disken</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="76" />
        <source>Read-only file system</source>
        <translation>Skrivebeskyttet filsystem</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="77" />
        <source>File exists</source>
        <translation>Filen finnes fra før</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="78" />
        <source>Is a directory</source>
        <translation>Er en mappe</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="79" />
        <source>Not a directory</source>
        <translation>Ikke en mappe</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="80" />
        <source>Disk quota exceeded</source>
        <translation>Diskkvoten er brukt opp</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="81" />
        <source>File name too long</source>
        <translation>Filnavnet er for langt</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="82" />
        <source>Device or resource busy</source>
        <translation>Enheten eller ressursen er opptatt</translation>
    </message>
    <message>
        <location filename="../../coding/errors.py" line="83" />
        <source>Input/output error</source>
        <translation>Inn-/utdatafeil</translation>
    </message>
    <message>
        <location filename="../../coding/services/codes.py" line="26" />
        <location filename="../../coding/services/coding_ops.py" line="122" />
        <source>A code needs a name</source>
        <translation>En kode må ha et navn</translation>
    </message>
    <message>
        <location filename="../../coding/services/codes.py" line="44" />
        <source>A segment must not be empty</source>
        <translation>Et kodet utdrag kan ikke være tomt</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="35" />
        <source>Code {code_id} does not exist</source>
        <translation>Kode {code_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="133" />
        <source>Not a colour: {color!r} (expected #rrggbb)</source>
        <translation>Ikke en farge: {color!r} (forventet #rrggbb)</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="203" />
        <source>Cannot merge a code into itself</source>
        <translation>En kode kan ikke slås sammen med seg selv</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="237" />
        <source>The new code needs a name</source>
        <translation>Den nye koden må ha et navn</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="240" />
        <source>Choose the segments to move to the new code</source>
        <translation>Velg de kodede utdragene som skal flyttes til den nye koden</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="299" />
        <source>Coding passes are numbered from 1</source>
        <translation>Koderunder nummereres fra 1</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="246" />
        <source>Some chosen segments are not coded with {name!r}</source>
        <translation>Noen av de valgte utdragene er ikke kodet med {name!r}</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="264" />
        <source>Segment {segment_id} does not exist</source>
        <translation>Kodet utdrag {segment_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/coding_ops.py" line="162" />
        <source>Cannot move {name!r} under itself or one of its sub-codes</source>
        <translation>Kan ikke flytte {name!r} under seg selv eller en av sine underkoder</translation>
    </message>
    <message>
        <location filename="../../coding/services/consensus.py" line="132" />
        <source>{unit} {unit_id} does not exist</source>
        <translation>{unit} {unit_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/consensus.py" line="148" />
        <source>choice must be one of {choices}</source>
        <translation>valget må være ett av {choices}</translation>
    </message>
    <message>
        <location filename="../../coding/services/consensus.py" line="150" />
        <source>recode needs a code</source>
        <translation>omkoding krever en kode</translation>
    </message>
    <message>
        <location filename="../../coding/services/consensus.py" line="155" />
        <source>pass {coding_pass} is not a consensus pass</source>
        <translation>runde {coding_pass} er ikke en konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../coding/services/consensus.py" line="163" />
        <location filename="../../coding/supervision/anchors.py" line="106" />
        <source>code {code_id} does not exist</source>
        <translation>kode {code_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/informant_attributes.py" line="27" />
        <location filename="../../coding/services/informant_attributes.py" line="48" />
        <source>An attribute needs a name</source>
        <translation>En egenskap må ha et navn</translation>
    </message>
    <message>
        <location filename="../../coding/services/informant_attributes.py" line="31" />
        <source>informant {label} does not exist</source>
        <translation>informant {label} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/key_settings.py" line="66" />
        <source>not a project id: {proposed!r}</source>
        <translation>ikke en prosjekt-ID: {proposed!r}</translation>
    </message>
    <message>
        <location filename="../../coding/services/key_settings.py" line="78" />
        <source>unknown linking key mode {mode!r}</source>
        <translation>ukjent modus for koblingsnøkkel {mode!r}</translation>
    </message>
    <message>
        <location filename="../../coding/services/memos.py" line="34" />
        <source>Memos attach to {choices}, not {target_type!r}</source>
        <translation>Notater festes til {choices}, ikke {target_type!r}</translation>
    </message>
    <message>
        <location filename="../../coding/services/memos.py" line="84" />
        <source>A reflection note needs a title or some text</source>
        <translation>Et refleksjonsnotat må ha en tittel eller litt tekst</translation>
    </message>
    <message>
        <location filename="../../coding/services/memos.py" line="39" />
        <source>The {target_type} {target_id} does not exist</source>
        <translation>{target_type} {target_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/memos.py" line="76" />
        <source>Not a date: {when!r} (expected YYYY-MM-DD)</source>
        <translation>Ikke en dato: {when!r} (forventet ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../coding/services/memos.py" line="100" />
        <location filename="../../coding/services/memos.py" line="118" />
        <source>Reflection note {entry_id} does not exist</source>
        <translation>Refleksjonsnotat {entry_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/merge_coder.py" line="267" />
        <source>The coder's name must not be empty</source>
        <translation>Koderens navn kan ikke være tomt</translation>
    </message>
    <message>
        <location filename="../../coding/services/merge_coder.py" line="222" />
        <source>code {target} does not exist in this project</source>
        <translation>koden {target} finnes ikke i dette prosjektet</translation>
    </message>
    <message>
        <location filename="../../coding/services/merge_coder.py" line="287" />
        <source>{origin}: some segments carry no coder name; give one with --as-coder NAME</source>
        <translation>{origin}: noen kodede utdrag mangler kodernavn; oppgi et med --as-coder NAVN</translation>
    </message>
    <message>
        <location filename="../../coding/services/merge_coder.py" line="291" />
        <source>{origin}: coder {clash!r} already codes in this project; give the other coder's name with --as-coder NAME</source>
        <translation>{origin}: koderen {clash!r} koder allerede i dette prosjektet; oppgi den andre koderens navn med --as-coder NAVN</translation>
    </message>
    <message>
        <location filename="../../coding/services/method_guide.py" line="44" />
        <source>unknown reading kind {kind!r} (one of {choices})</source>
        <translation>ukjent lesetype {kind!r} (én av {choices})</translation>
    </message>
    <message>
        <location filename="../../coding/services/method_guide.py" line="107" />
        <source>unknown method {method!r} (one of {choices})</source>
        <translation>ukjent metode {method!r} (én av {choices})</translation>
    </message>
    <message>
        <location filename="../../coding/services/method_guide.py" line="58" />
        <location filename="../../coding/supervision/anchors.py" line="141" />
        <source>transcript {transcript_id} does not exist</source>
        <translation>transkripsjon {transcript_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/never_list.py" line="40" />
        <source>“{word}…” is too long for the never-list (at most {limit} characters)</source>
        <translation>«{word}…» er for langt for aldri-listen (høyst {limit} tegn)</translation>
    </message>
    <message>
        <location filename="../../coding/services/project_settings.py" line="20" />
        <source>A project keeps between 1 and 100 backups</source>
        <translation>Et prosjekt beholder mellom 1 og 100 sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="39" />
        <location filename="../../coding/services/themes.py" line="336" />
        <source>quote {quote_id} does not exist</source>
        <translation>sitat {quote_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="42" />
        <source>quote {quote_id}: its segment is gone</source>
        <translation>sitat {quote_id}: det kodede utdraget er borte</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="129" />
        <source>unknown quote status {status!r} (one of {choices})</source>
        <translation>ukjent sitatstatus {status!r} (én av {choices})</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="80" />
        <location filename="../../coding/services/themes.py" line="316" />
        <location filename="../../coding/supervision/anchors.py" line="113" />
        <source>segment {segment_id} does not exist</source>
        <translation>kodet utdrag {segment_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="95" />
        <source>trim {start}–{end} must lie inside the segment {start2}–{end2} and not be empty</source>
        <translation>beskjæringen {start}–{end} må ligge innenfor det kodede utdraget {start2}–{end2} og ikke være tom</translation>
    </message>
    <message>
        <location filename="../../coding/services/quotes.py" line="109" />
        <source>a cut must lie strictly inside the quote (trim the ends instead)</source>
        <translation>et kutt må ligge helt inne i sitatet (beskjær endene i stedet)</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="259" />
        <source>nothing to redact: the selection is empty</source>
        <translation>ingenting å sladde: utvalget er tomt</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="261" />
        <source>select text within one turn to redact it</source>
        <translation>marker tekst innenfor én replikk for å sladde den</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="263" />
        <source>unknown category {category!r} (one of {choices})</source>
        <translation>ukjent kategori {category!r} (én av {choices})</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="317" />
        <location filename="../../coding/services/transcript_delete.py" line="68" />
        <location filename="../../coding/services/transcript_delete.py" line="89" />
        <location filename="../../coding/services/transcripts.py" line="165" />
        <location filename="../../transcripts/importing/reimport.py" line="145" />
        <location filename="../../transcripts/importing/reimport.py" line="218" />
        <source>transcript {transcript_id} not found</source>
        <translation>fant ikke transkripsjon {transcript_id}</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="319" />
        <source>the selection lies outside the transcript</source>
        <translation>utvalget ligger utenfor transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="327" />
        <source>the selection overlaps a tag that is already there</source>
        <translation>utvalget overlapper en merkelapp som allerede står der</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="337" />
        <source>name a transcript or redact everywhere</source>
        <translation>angi en transkripsjon eller sladd overalt</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="279" />
        <source>transcript not found</source>
        <translation>fant ikke transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../coding/services/redaction.py" line="294" />
        <source>{surface!r} does not occur as a whole word</source>
        <translation>{surface!r} forekommer ikke som et helt ord</translation>
    </message>
    <message>
        <location filename="../../coding/services/research_questions.py" line="20" />
        <source>A research question needs some text</source>
        <translation>Et forskningsspørsmål må ha litt tekst</translation>
    </message>
    <message>
        <location filename="../../coding/services/research_questions.py" line="42" />
        <location filename="../../coding/services/research_questions.py" line="67" />
        <source>research question {question_id} does not exist</source>
        <translation>forskningsspørsmål {question_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/research_questions.py" line="65" />
        <source>Research questions are linked to theme areas</source>
        <translation>Forskningsspørsmål knyttes til temaområder</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="33" />
        <location filename="../../coding/supervision/anchors.py" line="91" />
        <source>theme node {theme_id} does not exist</source>
        <translation>tema {theme_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="56" />
        <source>A theme area needs a name</source>
        <translation>Et temaområde må ha et navn</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="227" />
        <source>Choose at least one other theme to merge</source>
        <translation>Velg minst ett annet tema å slå sammen med</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="280" />
        <source>Choose the codes that go into the new theme area</source>
        <translation>Velg kodene som skal inn i det nye temaområdet</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="68" />
        <source>Subgroups can only sit inside a theme area</source>
        <translation>Subgrupper kan bare ligge i et temaområde</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="126" />
        <source>A theme area cannot be put inside another node; merge them instead</source>
        <translation>Et temaområde kan ikke legges inn i et annet; slå dem sammen i stedet</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="149" />
        <source>Only a subgroup can become a theme area</source>
        <translation>Bare en subgruppe kan bli et temaområde</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="199" />
        <source>code {missing} does not exist</source>
        <translation>kode {missing} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="318" />
        <source>A golden quote must come from a segment of this theme</source>
        <translation>Et gullsitat må komme fra et kodet utdrag i dette temaet</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="129" />
        <source>A subgroup must sit inside a theme area</source>
        <translation>En subgruppe må ligge i et temaområde</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="234" />
        <source>Theme area {name!r} cannot be merged into a subgroup</source>
        <translation>Temaområdet {name!r} kan ikke slås sammen med en subgruppe</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="236" />
        <source>A theme area cannot be merged into its own subgroup</source>
        <translation>Et temaområde kan ikke slås sammen med sin egen subgruppe</translation>
    </message>
    <message>
        <location filename="../../coding/services/themes.py" line="289" />
        <source>code {id} is not in theme area {name!r}</source>
        <translation>kode {id} er ikke i temaområdet {name!r}</translation>
    </message>
    <message>
        <location filename="../../coding/services/transcripts.py" line="193" />
        <source>{path}: no transcript {ref!r} (give its id, title or informant letter)</source>
        <translation>{path}: ingen transkripsjon {ref!r} (oppgi ID, tittel eller informantbokstav)</translation>
    </message>
    <message>
        <location filename="../../coding/services/transcripts.py" line="159" />
        <source>a transcript needs a title</source>
        <translation>en transkripsjon må ha en tittel</translation>
    </message>
    <message>
        <location filename="../../coding/services/transcripts.py" line="161" />
        <source>the title is too long ({n} characters, at most {limit})</source>
        <translation>tittelen er for lang ({n} tegn, høyst {limit})</translation>
    </message>
    <message>
        <location filename="../../coding/services/transcripts.py" line="191" />
        <source>{ref!r} names several transcripts: {listed}; give the id</source>
        <translation>{ref!r} passer på flere transkripsjoner: {listed}; oppgi ID-en</translation>
    </message>
    <message>
        <location filename="../../coding/services/withdraw.py" line="73" />
        <location filename="../../coding/services/withdraw.py" line="118" />
        <source>{path}: no informant {label!r}</source>
        <translation>{path}: ingen informant {label!r}</translation>
    </message>
    <message>
        <location filename="../../coding/snapshots.py" line="64" />
        <source>A snapshot needs a name</source>
        <translation>Et øyeblikksbilde må ha et navn</translation>
    </message>
    <message>
        <location filename="../../coding/snapshots.py" line="97" />
        <source>snapshot {snapshot_id}: unknown format {format!r}</source>
        <translation>øyeblikksbilde {snapshot_id}: ukjent format {format!r}</translation>
    </message>
    <message>
        <location filename="../../coding/snapshots.py" line="94" />
        <source>snapshot {snapshot_id} does not exist</source>
        <translation>øyeblikksbilde {snapshot_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="131" />
        <source>{name}: no such backup in {backups_dir}</source>
        <translation>{name}: ingen slik sikkerhetskopi i {backups_dir}</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="139" />
        <location filename="../../coding/store/project.py" line="116" />
        <source>{path}: path does not exist</source>
        <translation>{path}: stien finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="141" />
        <location filename="../../coding/store/project.py" line="121" />
        <source>{path}: not a Kondens project (no {db_file})</source>
        <translation>{path}: ikke et Kondens-prosjekt (mangler {db_file})</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="156" />
        <source>{name}: cannot restore, the file {why}</source>
        <translation>{name}: kan ikke gjenopprettes, filen {why}</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="158" />
        <source>{name}: cannot restore, it was made by a newer Kondens; update Kondens</source>
        <translation>{name}: kan ikke gjenopprettes, den ble laget av en nyere Kondens; oppdater Kondens</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="169" />
        <source>{name}: cannot restore, the copy failed its check</source>
        <translation>{name}: kan ikke gjenopprettes, kopien besto ikke kontrollen</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="173" />
        <location filename="../../coding/store/backup.py" line="193" />
        <source>{path}: cannot restore ({reason})</source>
        <translation>{path}: kan ikke gjenopprette ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/backup.py" line="120" />
        <location filename="../../coding/store/project.py" line="392" />
        <source>is corrupt ({error})</source>
        <translation>er skadet ({error})</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="44" />
        <source>{path}: already open by another Kondens session {where}{pid}{since}; open it read-only instead</source>
        <translation>{path}: er allerede åpnet av en annen Kondens-økt {where}{pid}{since}; åpne det skrivebeskyttet i stedet</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="41" />
        <source>on this computer</source>
        <translation>på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="41" />
        <source>on another computer</source>
        <translation>på en annen datamaskin</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="42" />
        <source> (process {pid})</source>
        <translation> (prosess {pid})</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="43" />
        <source> since {time}</source>
        <translation> siden {time}</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="147" />
        <source>{path}: cannot create {lock_file} ({reason})</source>
        <translation>{path}: kan ikke opprette {lock_file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/lock.py" line="169" />
        <source>{path}: cannot write {lock_file} ({reason})</source>
        <translation>{path}: kan ikke skrive {lock_file} ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="374" />
        <source>is empty (0 bytes)</source>
        <translation>er tom (0 byte)</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="376" />
        <source>is corrupt (not an SQLite database)</source>
        <translation>er skadet (ikke en SQLite-database)</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="394" />
        <source>is not a Kondens database (no schema version)</source>
        <translation>er ikke en Kondens-database (mangler skjemaversjon)</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="404" />
        <source>{db}: project.db {why}</source>
        <translation>{db}: project.db {why}</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="411" />
        <source>{folder}: made by a newer Kondens (schema {choices}); update Kondens to open it</source>
        <translation>{folder}: laget av en nyere Kondens (skjema {choices}); oppdater Kondens for å åpne det</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="90" />
        <source>{path}: already exists and is not an empty folder</source>
        <translation>{path}: finnes allerede og er ikke en tom mappe</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="92" />
        <location filename="../../coding/supervision/export.py" line="121" />
        <location filename="../../coding/supervision/files.py" line="205" />
        <location filename="../../exports/safety.py" line="83" />
        <source>{folder}: folder does not exist</source>
        <translation>{folder}: mappen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="94" />
        <source>{folder}: folder is not writable</source>
        <translation>{folder}: mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="118" />
        <source>{path}: {db_file} is missing; restore a backup with `kondens restore`</source>
        <translation>{path}: {db_file} mangler; gjenopprett en sikkerhetskopi med `kondens restore`</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="125" />
        <source>{path}: folder is not writable</source>
        <translation>{path}: mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="194" />
        <source>{path}: project is open read-only</source>
        <translation>{path}: prosjektet er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="358" />
        <source>{part}…: name is too long ({n} bytes; at most {limit})</source>
        <translation>{part}…: navnet er for langt ({n} byte; høyst {limit})</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="372" />
        <location filename="../../transcripts/readers/base.py" line="99" />
        <source>cannot be read ({reason})</source>
        <translation>kan ikke leses ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="403" />
        <source>{db}: project.db {why}; restore a backup with `kondens restore`</source>
        <translation>{db}: project.db {why}; gjenopprett en sikkerhetskopi med `kondens restore`</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="433" />
        <source>{name}: the backup {why}</source>
        <translation>{name}: sikkerhetskopien {why}</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="438" />
        <source>{folder}: could not write a backup ({reason})</source>
        <translation>{folder}: kunne ikke skrive en sikkerhetskopi ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="98" />
        <source>{path}: cannot create the project folder ({reason})</source>
        <translation>{path}: kan ikke opprette prosjektmappen ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="386" />
        <source>is not a Kondens database</source>
        <translation>er ikke en Kondens-database</translation>
    </message>
    <message>
        <location filename="../../coding/store/project.py" line="383" />
        <source>is corrupt (integrity check failed)</source>
        <translation>er skadet (integritetskontrollen feilet)</translation>
    </message>
    <message>
        <location filename="../../coding/store/roles.py" line="68" />
        <source>{role}: not a role (owner, coder or reviewer)</source>
        <translation>{role}: ikke en rolle (eier, koder eller veileder)</translation>
    </message>
    <message>
        <location filename="../../coding/store/roles.py" line="70" />
        <source>{user}: no such database user (the administrator creates it: CREATE ROLE {user} LOGIN)</source>
        <translation>{user}: ingen slik databasebruker (administratoren oppretter den: CREATE ROLE {user} LOGIN)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="65" />
        <source>{url}: do not put the password in the URL; keep it in ~/.pgpass (or PGPASSFILE), a libpq service file (PGSERVICEFILE) or PGPASSWORD</source>
        <translation>{url}: ikke skriv passordet i adressen; legg det i ~/.pgpass (eller PGPASSFILE), en libpq-tjenestefil (PGSERVICEFILE) eller PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="68" />
        <source>{location}: the URL names no database (postgresql://host/dbname)</source>
        <translation>{location}: adressen nevner ingen database (postgresql://tjener/database)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="102" />
        <source>{base}: too many Kondens windows have this team project open</source>
        <translation>{base}: for mange Kondens-vinduer har dette teamprosjektet åpent</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="208" />
        <source>{location}: a team project has no project.db file (it lives on the server)</source>
        <translation>{location}: et teamprosjekt har ingen project.db-fil (det ligger på tjeneren)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="537" />
        <source>{location}: already a team project</source>
        <translation>{location}: er allerede et teamprosjekt</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="62" />
        <source>{location}: not a PostgreSQL URL (postgresql://host/dbname)</source>
        <translation>{location}: ikke en PostgreSQL-adresse (postgresql://tjener/database)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="272" />
        <source>{url}: the project has no id (settings.project_id)</source>
        <translation>{url}: prosjektet har ingen id (settings.project_id)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="325" />
        <source>“{label}” was not saved: another coder changed the same item at the same moment. Their change is kept and your view now shows it; try again if it still applies.</source>
        <translation>«{label}» ble ikke lagret: en annen koder endret det samme i samme øyeblikk. Endringen deres er beholdt, og visningen din viser den nå; prøv igjen hvis det fortsatt passer.</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="331" />
        <source>“{label}” was not saved: your role on this team project ({role}) does not allow it; the project's owner can change roles (kondens role)</source>
        <translation>«{label}» ble ikke lagret: rollen din i dette teamprosjektet ({role}) tillater det ikke; prosjektets eier kan endre roller (kondens role)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="335" />
        <source>“{label}” was not saved: it refers to something another coder has just removed or merged. Your view now shows their change.</source>
        <translation>«{label}» ble ikke lagret: det viser til noe en annen koder nettopp har fjernet eller slått sammen. Visningen din viser nå endringen deres.</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="338" />
        <source>“{label}” was not saved: the server ({location}) cannot be reached ({reason})</source>
        <translation>«{label}» ble ikke lagret: tjeneren ({location}) kan ikke nås ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="564" />
        <location filename="../../coding/store/server.py" line="265" />
        <source>{url}: cannot reach the server ({reason})</source>
        <translation>{url}: kan ikke nå tjeneren ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="317" />
        <source>“{label}” was not saved: another coder has just written it. Their text is kept and your view now shows it; add yours to it if it still applies.</source>
        <translation>«{label}» ble ikke lagret: en annen koder har nettopp skrevet det. Teksten deres er beholdt, og visningen din viser den nå; legg til din hvis den fortsatt passer.</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="543" />
        <source>{url}: the database is not empty; publish into a new one</source>
        <translation>{url}: databasen er ikke tom; publiser til en ny</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="224" />
        <source>{url}: the database is not empty; create a new one (createdb) for each team project</source>
        <translation>{url}: databasen er ikke tom; lag en ny (createdb) for hvert teamprosjekt</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="242" />
        <source>{url}: not a Kondens team project (create one with `kondens new URL` or `kondens publish PROJECT.kondens URL`)</source>
        <translation>{url}: ikke et Kondens-teamprosjekt (lag et med `kondens new URL` eller `kondens publish PROSJEKT.kondens URL`)</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="246" />
        <source>{url}: made by a newer Kondens (schema {schemas}); update Kondens to open it</source>
        <translation>{url}: laget av en nyere Kondens (skjema {schemas}); oppdater Kondens for å åpne det</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="353" />
        <source>Cannot undo “{label}”: {who} has since changed the same items (“{other_label}”). Their work is kept.</source>
        <translation>Kan ikke angre «{label}»: {who} har siden endret det samme («{other_label}»). Arbeidet deres er beholdt.</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="251" />
        <source>{url}: the schema is older than this Kondens; open it once for writing to upgrade it</source>
        <translation>{url}: skjemaet er eldre enn denne Kondens; åpne det én gang med skrivetilgang for å oppgradere det</translation>
    </message>
    <message>
        <location filename="../../coding/store/server.py" line="352" />
        <source>another coder</source>
        <translation>en annen koder</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/anchors.py" line="126" />
        <source>golden quote {quote_id} does not exist</source>
        <translation>gullsitat {quote_id} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/anchors.py" line="147" />
        <source>transcript {title!r} has no lines {first}–{last}</source>
        <translation>transkripsjonen {title!r} har ikke linjene {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/anchors.py" line="97" />
        <source>the chosen range is not inside the condensate</source>
        <translation>det valgte området ligger ikke i kondensatet</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/export.py" line="131" />
        <source>memo {missing} does not exist</source>
        <translation>notat {missing} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="64" />
        <source>{path}: not a Kondens {what}</source>
        <translation>{path}: ikke en {what} fra Kondens</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="67" />
        <source>{path}: {what} has no valid format version</source>
        <translation>{path}: {what} har ingen gyldig formatversjon</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="69" />
        <source>{path}: made by a newer Kondens (format {version}, this version reads up to {newest}); update Kondens to open it</source>
        <translation>{path}: laget av en nyere Kondens (format {version}, denne versjonen leser opp til {newest}); oppdater Kondens for å åpne den</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="76" />
        <source>review copy</source>
        <translation>veiledningskopi</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="76" />
        <source>comments file</source>
        <translation>kommentarfil</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="81" />
        <location filename="../../coding/supervision/files.py" line="250" />
        <location filename="../../exports/refi/archive.py" line="35" />
        <location filename="../../exports/refi/codebook.py" line="132" />
        <location filename="../../exports/refi/reader.py" line="195" />
        <source>{path}: file does not exist</source>
        <translation>{path}: filen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="93" />
        <source>{path}: member {filename} is too large or suspiciously compressed</source>
        <translation>{path}: delen {filename} er for stor eller mistenkelig komprimert</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="157" />
        <source>{path}: comments are corrupt</source>
        <translation>{path}: kommentarene er skadet</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="252" />
        <source>{path}: too large for a comments file</source>
        <translation>{path}: for stor for en kommentarfil</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="255" />
        <source>{path}: this is a review copy, not a comments file (use Return comments… first)</source>
        <translation>{path}: dette er en veiledningskopi, ikke en kommentarfil (bruk Send tilbake kommentarer… først)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="263" />
        <source>{path}: comments file is corrupt (no comments)</source>
        <translation>{path}: kommentarfilen er skadet (ingen kommentarer)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="85" />
        <source>{path}: not a Kondens review copy ({error})</source>
        <translation>{path}: ikke en veiledningskopi fra Kondens ({error})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="98" />
        <location filename="../../coding/supervision/files.py" line="106" />
        <location filename="../../coding/supervision/files.py" line="145" />
        <location filename="../../coding/supervision/review_copy.py" line="79" />
        <source>{path}: review copy is corrupt ({error})</source>
        <translation>{path}: veiledningskopien er skadet ({error})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="119" />
        <source>{path}: review copy is corrupt (no {member})</source>
        <translation>{path}: veiledningskopien er skadet (mangler {member})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="129" />
        <source>{path}: review copy is corrupt (manifest incomplete)</source>
        <translation>{path}: veiledningskopien er skadet (manifestet er ufullstendig)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="139" />
        <source>{path}: the database in the review copy is too large</source>
        <translation>{path}: databasen i veiledningskopien er for stor</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="198" />
        <source>{path}: cannot save the comments ({reason})</source>
        <translation>{path}: kan ikke lagre kommentarene ({reason})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="260" />
        <source>{path}: not a Kondens comments file</source>
        <translation>{path}: ikke en kommentarfil fra Kondens</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="267" />
        <source>{path}: comments file is corrupt ({error})</source>
        <translation>{path}: kommentarfilen er skadet ({error})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/files.py" line="116" />
        <source>{path}: not a Kondens review copy (no manifest)</source>
        <translation>{path}: ikke en veiledningskopi fra Kondens (mangler manifest)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="31" />
        <source>field {key!r} is not text</source>
        <translation>feltet {key!r} er ikke tekst</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="40" />
        <source>field {key!r} is not a number</source>
        <translation>feltet {key!r} er ikke et tall</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="75" />
        <source>an anchor is not an object</source>
        <translation>et anker er ikke et objekt</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="78" />
        <source>unknown anchor kind {kind!r}</source>
        <translation>ukjent ankertype {kind!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="129" />
        <source>a suggestion is not an object</source>
        <translation>et forslag er ikke et objekt</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="132" />
        <source>unknown suggestion {action!r}</source>
        <translation>ukjent forslag {action!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="187" />
        <source>a comment is not an object</source>
        <translation>en kommentar er ikke et objekt</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="190" />
        <source>a comment has no guid</source>
        <translation>en kommentar mangler guid</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="193" />
        <source>unknown role {role!r}</source>
        <translation>ukjent rolle {role!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="196" />
        <source>unknown comment action {action!r}</source>
        <translation>ukjent kommentarhandling {action!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/model.py" line="137" />
        <source>field {key!r} is not a list of text</source>
        <translation>feltet {key!r} er ikke en liste med tekst</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="149" />
        <source>Only comments not yet returned can be edited</source>
        <translation>Bare kommentarer som ikke er sendt tilbake ennå, kan redigeres</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="191" />
        <source>--on {spec!r}: unknown kind {kind!r} (theme, code, condensate, lines)</source>
        <translation>--on {spec!r}: ukjent type {kind!r} (theme, code, condensate, lines)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="266" />
        <source>--suggest {spec!r}: unknown action (rename, merge-into, move-to, split, more-data)</source>
        <translation>--suggest {spec!r}: ukjent handling (rename, merge-into, move-to, split, more-data)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="116" />
        <location filename="../../coding/supervision/review_copy.py" line="118" />
        <source>A comment needs some text</source>
        <translation>En kommentar må ha litt tekst</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="129" />
        <source>comment {parent} does not exist</source>
        <translation>kommentar {parent} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="139" />
        <source>Only comments not yet returned can be deleted</source>
        <translation>Bare kommentarer som ikke er sendt tilbake ennå, kan slettes</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="168" />
        <source>--on {spec!r}: expected KIND:NAME</source>
        <translation>--on {spec!r}: forventet TYPE:NAVN</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="205" />
        <source>no theme area or subgroup called {name!r}</source>
        <translation>intet temaområde eller ingen subgruppe heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="207" />
        <source>{name!r} names several theme nodes; use "Area / Subgroup"</source>
        <translation>{name!r} passer på flere temaer; bruk "Område / Subgruppe"</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="218" />
        <source>no code called {name!r}</source>
        <translation>ingen kode heter {name!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="220" />
        <source>{name!r} names several codes</source>
        <translation>{name!r} passer på flere koder</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="232" />
        <source>no single transcript of informant or titled {who!r}</source>
        <translation>ingen enkelt transkripsjon med informant eller tittel {who!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="68" />
        <source>{path}: made by a newer Kondens (database schema {choices}); update Kondens to open it</source>
        <translation>{path}: laget av en nyere Kondens (databaseskjema {choices}); oppdater Kondens for å åpne den</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="244" />
        <source>--suggest {spec!r}: expected ACTION:VALUE</source>
        <translation>--suggest {spec!r}: forventet HANDLING:VERDI</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="65" />
        <source>{path}: review copy is corrupt (database unreadable)</source>
        <translation>{path}: veiledningskopien er skadet (databasen kan ikke leses)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="188" />
        <source>--on {spec!r}: expected lines:INFORMANT:FIRST-LAST</source>
        <translation>--on {spec!r}: forventet lines:INFORMANT:FØRSTE-SISTE</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="263" />
        <source>--suggest {spec!r}: expected split:NEW AREA:CODE,CODE</source>
        <translation>--suggest {spec!r}: forventet split:NYTT OMRÅDE:KODE,KODE</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/review_copy.py" line="177" />
        <source>the condensate of {rest!r} does not contain {quote!r}</source>
        <translation>kondensatet til {rest!r} inneholder ikke {quote!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="377" />
        <source>the suggested target “{into_name}” no longer exists</source>
        <translation>det foreslåtte målet «{into_name}» finnes ikke lenger</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="209" />
        <source>{path}: these comments answer a review copy of another project</source>
        <translation>{path}: disse kommentarene svarer på en veiledningskopi av et annet prosjekt</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="317" />
        <source>comment {guid} does not exist</source>
        <translation>kommentar {guid} finnes ikke</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="335" />
        <source>A reply needs some text</source>
        <translation>Et svar må ha litt tekst</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="347" />
        <source>unknown status {status!r}</source>
        <translation>ukjent status {status!r}</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="361" />
        <source>Say why the suggestion is declined</source>
        <translation>Si hvorfor forslaget avvises</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="207" />
        <source>{path}: these comments answer a review copy of another project ({project})</source>
        <translation>{path}: disse kommentarene svarer på en veiledningskopi av et annet prosjekt ({project})</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="213" />
        <source>{path}: these comments answer a review copy this project did not send</source>
        <translation>{path}: disse kommentarene svarer på en veiledningskopi dette prosjektet ikke har sendt</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="365" />
        <source>This comment has no suggestion to decline</source>
        <translation>Denne kommentaren har ikke noe forslag å avvise</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="391" />
        <source>This comment has no suggestion to apply</source>
        <translation>Denne kommentaren har ikke noe forslag å ta i bruk</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="393" />
        <source>This suggestion has already been applied</source>
        <translation>Dette forslaget er allerede tatt i bruk</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="395" />
        <source>“Needs more data” cannot be applied in one click: reply or resolve it</source>
        <translation>«Trenger mer data» kan ikke tas i bruk med ett klikk: svar på den eller marker den som løst</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="399" />
        <source>“{name}” no longer exists (deleted or merged since the review)</source>
        <translation>«{name}» finnes ikke lenger (slettet eller slått sammen siden veiledningen)</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="411" />
        <source>Only codes and theme nodes can be renamed</source>
        <translation>Bare koder og temaer kan gis nytt navn</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="416" />
        <source>A code can only be merged into another code</source>
        <translation>En kode kan bare slås sammen med en annen kode</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="427" />
        <source>Only codes and theme nodes can be merged</source>
        <translation>Bare koder og temaer kan slås sammen</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="431" />
        <source>Codes and subgroups move into a theme area or subgroup</source>
        <translation>Koder og subgrupper flyttes inn i et temaområde eller en subgruppe</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="422" />
        <source>A theme can only be merged into another theme</source>
        <translation>Et tema kan bare slås sammen med et annet tema</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="440" />
        <source>Only codes and subgroups can be moved</source>
        <translation>Bare koder og subgrupper kan flyttes</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="443" />
        <source>Only a theme area or subgroup can be split</source>
        <translation>Bare et temaområde eller en subgruppe kan deles</translation>
    </message>
    <message>
        <location filename="../../coding/supervision/threads.py" line="446" />
        <source>None of the codes named in the split exist any more</source>
        <translation>Ingen av kodene som er nevnt i delingen, finnes lenger</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/key_project.py" line="92" />
        <source>{path}: the linking key is inside the project folder; move it out first</source>
        <translation>{path}: koblingsnøkkelen ligger i prosjektmappen; flytt den ut først</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/key_project.py" line="96" />
        <source>{path}: this linking key belongs to another project</source>
        <translation>{path}: denne koblingsnøkkelen hører til et annet prosjekt</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="81" />
        <source>the passphrase must be at least {n} characters long</source>
        <translation>passordfrasen må være minst {n} tegn lang</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="90" />
        <location filename="../../transcripts/deid/linking_key.py" line="94" />
        <source>{path}: linking key is corrupt ({what})</source>
        <translation>{path}: koblingsnøkkelen er skadet ({what})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="107" />
        <source>{path}: linking key not found</source>
        <translation>{path}: fant ikke koblingsnøkkelen</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="109" />
        <source>{path}: linking key is not a file</source>
        <translation>{path}: koblingsnøkkelen er ikke en fil</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="116" />
        <source>{path}: not a Kondens linking key</source>
        <translation>{path}: ikke en koblingsnøkkel fra Kondens</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="118" />
        <source>{path}: linking key version {version!r} is not supported</source>
        <translation>{path}: versjon {version!r} av koblingsnøkkelen støttes ikke</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="134" />
        <source>{path}: linking key is corrupt (mapping)</source>
        <translation>{path}: koblingsnøkkelen er skadet (koblinger)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="136" />
        <source>{path}: linking key is corrupt (always list)</source>
        <translation>{path}: koblingsnøkkelen er skadet (alltid-listen)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="140" />
        <source>{path}: linking key is corrupt (used_by)</source>
        <translation>{path}: koblingsnøkkelen er skadet (used_by)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="113" />
        <source>{path}: linking key is corrupt or unreadable ({error})</source>
        <translation>{path}: koblingsnøkkelen er skadet eller uleselig ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="163" />
        <source>{path}: a file already exists there; choose another place for the linking key</source>
        <translation>{path}: det finnes allerede en fil der; velg et annet sted for koblingsnøkkelen</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="193" />
        <source>{path}: the linking key is locked; a passphrase is needed</source>
        <translation>{path}: koblingsnøkkelen er låst; passordfrasen trengs</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="196" />
        <source>{path}: linking key is corrupt (unknown key derivation or cipher)</source>
        <translation>{path}: koblingsnøkkelen er skadet (ukjent nøkkelavledning eller chiffer)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="202" />
        <source>{path}: linking key is corrupt (key derivation cost)</source>
        <translation>{path}: koblingsnøkkelen er skadet (kostnad for nøkkelavledning)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="207" />
        <source>{path}: linking key is corrupt (salt or nonce)</source>
        <translation>{path}: koblingsnøkkelen er skadet (salt eller nonce)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="220" />
        <location filename="../../transcripts/deid/linking_key.py" line="218" />
        <source>{path}: linking key is corrupt (content)</source>
        <translation>{path}: koblingsnøkkelen er skadet (innhold)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="234" />
        <location filename="../../transcripts/deid/linking_key.py" line="326" />
        <source>{folder}: folder for the linking key does not exist</source>
        <translation>{folder}: mappen til koblingsnøkkelen finnes ikke</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="297" />
        <source>{path}: the linking key needs a passphrase before it can be saved (it is stored encrypted)</source>
        <translation>{path}: koblingsnøkkelen må ha en passordfrase før den kan lagres (den lagres kryptert)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="323" />
        <source>{new}: a file already exists there; choose another place for the linking key</source>
        <translation>{new}: det finnes allerede en fil der; velg et annet sted for koblingsnøkkelen</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="358" />
        <source>{path}: cannot finish writing the linking key ({reason})</source>
        <translation>{path}: kan ikke skrive ferdig koblingsnøkkelen ({reason})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="368" />
        <source>{folder}: cannot write the linking key here ({reason})</source>
        <translation>{folder}: kan ikke skrive koblingsnøkkelen her ({reason})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="381" />
        <source>{path}: cannot write the linking key ({reason})</source>
        <translation>{path}: kan ikke skrive koblingsnøkkelen ({reason})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="169" />
        <source>{folder}: cannot create the folder for the linking key ({reason})</source>
        <translation>{folder}: kan ikke opprette mappen til koblingsnøkkelen ({reason})</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="200" />
        <source>{path}: linking key is corrupt (key derivation)</source>
        <translation>{path}: koblingsnøkkelen er skadet (nøkkelavledning)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="213" />
        <source>{path}: wrong passphrase for the linking key (or the file was altered)</source>
        <translation>{path}: feil passordfrase for koblingsnøkkelen (eller filen er endret)</translation>
    </message>
    <message>
        <location filename="../../transcripts/deid/linking_key.py" line="334" />
        <source>{old}: the key was copied to {new} but the old file could not be deleted ({reason}); delete it by hand</source>
        <translation>{old}: nøkkelen ble kopiert til {new}, men den gamle filen kunne ikke slettes ({reason}); slett den selv</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/batch.py" line="107" />
        <source>is already in the project (transcript {duplicate_of})</source>
        <translation>er allerede i prosjektet (transkripsjon {duplicate_of})</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/errors.py" line="19" />
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/keyed.py" line="59" />
        <source>{path}: cannot write the linking key ({reason}); {name} was not imported</source>
        <translation>{path}: kan ikke skrive koblingsnøkkelen ({reason}); {name} ble ikke importert</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/plan.py" line="195" />
        <source>contains no speech (no text outside headings)</source>
        <translation>inneholder ingen tale (ingen tekst utenom overskrifter)</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/plan.py" line="230" />
        <source>is too large to read</source>
        <translation>er for stor til å leses</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/plan.py" line="232" />
        <source>could not be read: damaged or not a transcript ({error})</source>
        <translation>kunne ikke leses: skadet eller ikke en transkripsjon ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/readahead.py" line="138" />
        <source>could not be imported ({error})</source>
        <translation>kunne ikke importeres ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/readahead.py" line="137" />
        <location filename="../../transcripts/importing/readahead_worker.py" line="23" />
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../transcripts/importing/reimport.py" line="222" />
        <source>{name}: this file is already in the project as transcript {other}, not the one being replaced</source>
        <translation>{name}: denne filen er allerede i prosjektet som transkripsjon {other}, ikke den som erstattes</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/__init__.py" line="39" />
        <source>has an unsupported type '{value}' (Kondens reads {known})</source>
        <translation>har en filtype som ikke støttes, «{value}» (Kondens leser {known})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/__init__.py" line="42" />
        <location filename="../../transcripts/readers/base.py" line="95" />
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/__init__.py" line="38" />
        <source>is an old Word .doc file: save it as .docx in Word and try again</source>
        <translation>er en gammel Word-fil (.doc): lagre den som .docx i Word og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="59" />
        <source>is password-protected (encrypted) or an old binary format, not a {what}</source>
        <translation>er passordbeskyttet (kryptert) eller i et gammelt binærformat, ikke et {what}</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="62" />
        <source>is not a valid {what} (corrupt file)</source>
        <translation>er ikke et gyldig {what} (skadet fil)</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="76" />
        <source>expands to {n} MB, over the {n2} MB limit</source>
        <translation>pakkes ut til {n} MB, over grensen på {n2} MB</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="80" />
        <source>is a zip archive but not a {what} (no {required})</source>
        <translation>er et zip-arkiv, men ikke et {what} (mangler {required})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="88" />
        <source>does not exist</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="90" />
        <source>is a directory, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="93" />
        <source>is {n:.0f} MB, over the {n2} MB limit</source>
        <translation>er {n:.0f} MB, over grensen på {n2} MB</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="122" />
        <source>holds more text than any interview ({n:,} characters; at most {limit:,}): split it into several files</source>
        <translation>inneholder mer tekst enn noe intervju ({n:,} tegn; høyst {limit:,}): del den opp i flere filer</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="126" />
        <source>has a line of more than {limit:,} characters without a line break; save it with paragraphs (or as .docx) and try again</source>
        <translation>har en linje på mer enn {limit:,} tegn uten linjeskift; lagre den med avsnitt (eller som .docx) og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="67" />
        <source>is not a valid {what} (corrupt zip: {error})</source>
        <translation>er ikke et gyldig {what} (skadet zip: {error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="73" />
        <source>looks like a zip bomb ({filename} expands {file_size} bytes)</source>
        <translation>ser ut som en zip-bombe ({filename} pakkes ut til {file_size} byte)</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="138" />
        <source>holds more text than any interview (over {limit:,} characters): split it into several files</source>
        <translation>inneholder mer tekst enn noe intervju (over {limit:,} tegn): del den opp i flere filer</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/base.py" line="142" />
        <source>has a paragraph of more than {limit:,} characters; split it and try again</source>
        <translation>har et avsnitt på mer enn {limit:,} tegn; del det opp og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/docx.py" line="102" />
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/docx.py" line="110" />
        <source>is not a valid Word document ({error})</source>
        <translation>er ikke et gyldig Word-dokument ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/docx.py" line="112" />
        <source>is a damaged Word document ({error})</source>
        <translation>er et skadet Word-dokument ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/odt.py" line="61" />
        <source>OpenDocument text</source>
        <translation>OpenDocument-tekst</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/odt.py" line="67" />
        <source>is a damaged OpenDocument file ({error})</source>
        <translation>er en skadet OpenDocument-fil ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/rtf.py" line="12" />
        <source>is not an RTF document (it does not start with {\rtf)</source>
        <translation>er ikke et RTF-dokument (det begynner ikke med {\rtf)</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/rtf.py" line="21" />
        <source>is a damaged RTF document ({error})</source>
        <translation>er et skadet RTF-dokument ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/subtitles.py" line="41" />
        <source>is not a valid WebVTT file ({error})</source>
        <translation>er ikke en gyldig WebVTT-fil ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/subtitles.py" line="55" />
        <source>is not a valid SubRip file ({error})</source>
        <translation>er ikke en gyldig SubRip-fil ({error})</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/text.py" line="60" />
        <location filename="../../transcripts/readers/text.py" line="65" />
        <location filename="../../transcripts/readers/text.py" line="72" />
        <source>holds binary data, not text</source>
        <translation>inneholder binærdata, ikke tekst</translation>
    </message>
    <message>
        <location filename="../../transcripts/readers/text.py" line="42" />
        <source>has a {enc} byte-order mark but is not valid {enc}</source>
        <translation>har et {enc}-byterekkefølgemerke, men er ikke gyldig {enc}</translation>
    </message>
    <message>
        <location filename="../../transcripts/search/query.py" line="55" />
        <location filename="../../transcripts/search/query.py" line="63" />
        <source>empty query</source>
        <translation>tomt søk</translation>
    </message>
    <message>
        <location filename="../../transcripts/search/query.py" line="57" />
        <source>unbalanced quotes: close the phrase with "</source>
        <translation>anførselstegn i ubalanse: avslutt frasen med "</translation>
    </message>
    <message>
        <location filename="../../transcripts/search/query.py" line="61" />
        <source>cannot read the query: {error}</source>
        <translation>forstår ikke søket: {error}</translation>
    </message>
    <message>
        <location filename="../../exports/coder_copy.py" line="50" />
        <source>{path}: not a Kondens project folder or a .qdpx file</source>
        <translation>{path}: verken en Kondens-prosjektmappe eller en .qdpx-fil</translation>
    </message>
    <message>
        <location filename="../../exports/coder_copy.py" line="45" />
        <source>{path}: that is the open project itself</source>
        <translation>{path}: det er selve det åpne prosjektet</translation>
    </message>
    <message>
        <location filename="../../exports/member_check.py" line="73" />
        <source>{project}: informant {informant} has no quotes to check</source>
        <translation>{project}: informant {informant} har ingen sitater å sjekke</translation>
    </message>
    <message>
        <location filename="../../exports/member_check.py" line="78" />
        <source>member-check packet</source>
        <translation>sitatsjekkpakke</translation>
    </message>
    <message>
        <location filename="../../exports/quotes_docx.py" line="78" />
        <source>unknown reference format {ref_format!r}; use one of {choices}</source>
        <translation>ukjent referanseformat {ref_format!r}; bruk ett av {choices}</translation>
    </message>
    <message>
        <location filename="../../exports/quotes_docx.py" line="82" />
        <source>{project}: no quotes match the choice; nothing written</source>
        <translation>{project}: ingen sitater passer med valget; ingenting ble skrevet</translation>
    </message>
    <message>
        <location filename="../../exports/quotes_docx.py" line="84" />
        <source>quote set</source>
        <translation>sitatsamling</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="42" />
        <source>{path}: too many files in the archive ({n})</source>
        <translation>{path}: for mange filer i arkivet ({n})</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="55" />
        <source>{path}: archive unpacks to more than {n} MB</source>
        <translation>{path}: arkivet pakkes ut til mer enn {n} MB</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="57" />
        <source>{path}: archive is suspiciously compressed (zip bomb?)</source>
        <translation>{path}: arkivet er mistenkelig komprimert (zip-bombe?)</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="64" />
        <source>{path}: expected one .qde file at the archive root, found {n}</source>
        <translation>{path}: forventet én .qde-fil øverst i arkivet, fant {n}</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="86" />
        <source>{path}: {name} is larger than its header says</source>
        <translation>{path}: {name} er større enn hodet sier</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="39" />
        <source>{path}: not a .qdpx archive ({error})</source>
        <translation>{path}: ikke et .qdpx-arkiv ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="47" />
        <source>{path}: a file in the archive is larger than {n} MB</source>
        <translation>{path}: en fil i arkivet er større enn {n} MB</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="50" />
        <source>{path}: {filename} is suspiciously compressed (zip bomb?)</source>
        <translation>{path}: {filename} er mistenkelig komprimert (zip-bombe?)</translation>
    </message>
    <message>
        <location filename="../../exports/refi/archive.py" line="84" />
        <source>{path}: {name} is damaged ({error})</source>
        <translation>{path}: {name} er skadet ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/refi/codebook.py" line="134" />
        <source>{path}: codebook is larger than 200 MB</source>
        <translation>{path}: kodeboken er større enn 200 MB</translation>
    </message>
    <message>
        <location filename="../../exports/refi/codebook.py" line="139" />
        <source>{path}: no &lt;Codes&gt; in the codebook</source>
        <translation>{path}: ingen &lt;Codes&gt; i kodeboken</translation>
    </message>
    <message>
        <location filename="../../exports/refi/codebook.py" line="215" />
        <source>{project}: the project has no codes or theme areas to export</source>
        <translation>{project}: prosjektet har ingen koder eller temaområder å eksportere</translation>
    </message>
    <message>
        <location filename="../../exports/refi/importer.py" line="176" />
        <source>{path}: identifiers must be reviewed; use --yes to accept every proposal</source>
        <translation>{path}: identifikatorene må gjennomgås; bruk --yes for å godta alle forslag</translation>
    </message>
    <message>
        <location filename="../../exports/refi/importer.py" line="196" />
        <source>{path}: the project file holds conflicting entries (duplicate names or identifiers); nothing was imported</source>
        <translation>{path}: prosjektfilen har motstridende oppføringer (like navn eller identifikatorer); ingenting ble importert</translation>
    </message>
    <message>
        <location filename="../../exports/refi/reader.py" line="63" />
        <source>{what}: not a REFI-QDA file (namespace {ns!r})</source>
        <translation>{what}: ikke en REFI-QDA-fil (navnerom {ns!r})</translation>
    </message>
    <message>
        <location filename="../../exports/refi/reader.py" line="60" />
        <source>{what}: not well-formed XML ({error})</source>
        <translation>{what}: ikke velformet XML ({error})</translation>
    </message>
    <message>
        <location filename="../../exports/refi/reader.py" line="203" />
        <source>{path}: the .qde does not hold a &lt;Project&gt;</source>
        <translation>{path}: .qde-filen inneholder ikke noe &lt;Project&gt;</translation>
    </message>
    <message>
        <location filename="../../exports/refi/reader.py" line="238" />
        <source>{where}: a text source {error}</source>
        <translation>{where}: en tekstkilde {error}</translation>
    </message>
    <message>
        <location filename="../../exports/refi/writer.py" line="140" />
        <source>REFI-QDA export</source>
        <translation>REFI-QDA-eksport</translation>
    </message>
    <message>
        <location filename="../../exports/report.py" line="461" />
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../../exports/safety.py" line="61" />
        <source>export</source>
        <translation>eksport</translation>
    </message>
    <message>
        <location filename="../../exports/safety.py" line="67" />
        <source>{what} refused: known identifiers found in the text: {identifiers}</source>
        <translation>{what} avvist: kjente identifikatorer funnet i teksten: {identifiers}</translation>
    </message>
    <message>
        <location filename="../../exports/tables.py" line="79" />
        <source>segment export</source>
        <translation>eksport av kodede utdrag</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/agreement/install.py" line="59" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
</context>
</TS>