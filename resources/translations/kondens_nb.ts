<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="../../app/agreement/install.py" line="45" />
        <source>Start consensus pass</source>
        <translation>Start konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="82" />
        <location filename="../../app/agreement/install.py" line="115" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="52" />
        <source>Segments added: %1 (%2); already here: %3; codes created: %4; transcripts matched: %5.</source>
        <translation>Kodede utdrag lagt til: %1 (%2); fantes fra før: %3; nye koder: %4; transkripsjoner funnet: %5.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="58" />
        <source>Not found in this project: %1 (segments left out: %2).</source>
        <translation>Finnes ikke i dette prosjektet: %1 (kodede utdrag utelatt: %2).</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="82" />
        <source>Choose two coders or passes with segments in the Agreement view first.</source>
        <translation>Velg først to kodere eller runder med kodede utdrag i samsvarsvisningen.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="88" />
        <source>Merge a coder's copy…</source>
        <translation>Slå sammen med en koders kopi…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="103" />
        <source>Merge coder's copy</source>
        <translation>Slå sammen med koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="100" />
        <location filename="../../app/agreement/install.py" line="105" />
        <source>Merge a coder's copy</source>
        <translation>Slå sammen med en koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="113" />
        <source>Coder agreement</source>
        <translation>Kodersamsvar</translation>
    </message>
</context>
<context>
    <name>AgreementDock</name>
    <message>
        <location filename="../../app/agreement/dock.py" line="395" />
        <source>Agreement</source>
        <translation>Samsvar</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../app/agreement/dock.py" line="70" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="71" />
        <source>Turns</source>
        <translation>Replikker</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="74" />
        <source>Units at least one rater coded</source>
        <translation>Enheter minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="75" />
        <source>All units</source>
        <translation>Alle enheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="77" />
        <source>Transcripts</source>
        <translation>Transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="82" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="86" />
        <source>Export table…</source>
        <translation>Eksporter tabell…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="88" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="90" />
        <source>Walk the disagreements in the coding view (J/K) and resolve each into a consensus pass</source>
        <translation>Gå gjennom uenighetene i kodevisningen (J/K) og avgjør hver av dem i en konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="93" />
        <source>vs B:</source>
        <translation>mot B:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="94" />
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="134" />
        <source>Show all</source>
        <translation>Vis alle</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="141" />
        <source>By code</source>
        <translation>Per kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="142" />
        <source>Transcripts × codes</source>
        <translation>Transkripsjoner × koder</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="143" />
        <source>Disagreements</source>
        <translation>Uenigheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="210" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="243" />
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="245" />
        <source>%1, pass %2</source>
        <translation>%1, runde %2</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="246" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="277" />
        <source>Agreement needs segments of two coders, or of two passes. Merge a coder's copy (File menu) or code a second pass.</source>
        <translation>Samsvar krever kodede utdrag fra to kodere eller fra to runder. Slå sammen med en koders kopi (Fil-menyen) eller kod en runde til.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="296" />
        <source>Coder agreement</source>
        <translation>Kodersamsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="321" />
        <source>%1 lines at least one rater coded</source>
        <translation>%1 linjer minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="322" />
        <source>%1 turns at least one rater coded</source>
        <translation>%1 replikker minst én bedømmer har kodet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="324" />
        <source>all %1 lines</source>
        <translation>alle %1 linjer</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="324" />
        <source>all %1 turns</source>
        <translation>alle %1 replikker</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="325" />
        <source>over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 line × code pairs)</source>
        <translation>over %1: samsvar %2, kappa %3, alfa %4, gjennomsnittlig kappa %5 (%6 par av linje × kode)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="327" />
        <source>over %1: agreement %2, kappa %3, alpha %4, mean kappa %5 (%6 turn × code pairs)</source>
        <translation>over %1: samsvar %2, kappa %3, alfa %4, gjennomsnittlig kappa %5 (%6 par av replikk × kode)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="333" />
        <source>%1 vs %2 · %3 codes · %4 transcripts</source>
        <translation>%1 mot %2 · %3 koder · %4 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="336" />
        <source>Overall %1</source>
        <translation>Samlet %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="337" />
        <source>For comparison, %1</source>
        <translation>Til sammenligning %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="354" />
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="357" />
        <source>%1 disagreements</source>
        <translation>%1 uenigheter</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="378" />
        <location filename="../../app/agreement/dock.py" line="390" />
        <source>Export agreement</source>
        <translation>Eksporter samsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="379" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
</context>
<context>
    <name>AttributeModel</name>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="47" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="78" />
        <source>Add attribute…</source>
        <translation>Legg til egenskap…</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="81" />
        <source>Informant attributes (used to filter the matrix). Describe, never identify.</source>
        <translation>Informantegenskaper (brukes til å filtrere matrisen). Beskriv, men identifiser aldri.</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="99" />
        <source>New attribute</source>
        <translation>Ny egenskap</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="99" />
        <source>Attribute name (e.g. rolle, sted):</source>
        <translation>Navn på egenskapen (f.eks. rolle, sted):</translation>
    </message>
    <message>
        <location filename="../../app/themes/attributes_panel.py" line="110" />
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
        <location filename="../../app/codes/dialogs.py" line="30" />
        <source>Filter codes…</source>
        <translation>Filtrer koder…</translation>
    </message>
</context>
<context>
    <name>CodeMapModel</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="39" />
        <source>Their code</source>
        <translation>Deres kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="39" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="40" />
        <source>Matched by</source>
        <translation>Koblet via</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="40" />
        <source>Our code</source>
        <translation>Vår kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="90" />
        <source>same code</source>
        <translation>samme kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="90" />
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="90" />
        <source>mapping</source>
        <translation>tilordning</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="93" />
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
        <location filename="../../app/codes/code_view.py" line="62" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="62" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="62" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="62" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="62" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="63" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>CodeTreeDock</name>
    <message>
        <location filename="../../app/codes/dock.py" line="80" />
        <location filename="../../app/codes/dock.py" line="172" />
        <source>New code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="81" />
        <source>New sub-code</source>
        <translation>Ny underkode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="82" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="83" />
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="84" />
        <source>Describe…</source>
        <translation>Beskriv…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="85" />
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="86" />
        <source>Merge into…</source>
        <translation>Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="87" />
        <source>Split…</source>
        <translation>Del…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="88" />
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="46" />
        <location filename="../../app/codes/dock.py" line="156" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="172" />
        <source>Name of the new code:</source>
        <translation>Navn på den nye koden:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="178" />
        <source>New code “%1”</source>
        <translation>Ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="194" />
        <source>Code colour</source>
        <translation>Kodefarge</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="198" />
        <source>Recolour code</source>
        <translation>Endre kodefarge</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="206" />
        <location filename="../../app/codes/dock.py" line="211" />
        <source>Describe code</source>
        <translation>Beskriv kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="207" />
        <source>What “%1” means and when to use it:</source>
        <translation>Hva «%1» betyr og når den skal brukes:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="230" />
        <source>Delete code “%1”</source>
        <translation>Slett koden «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="63" />
        <source>This removes %1 coded segment(s)</source>
        <translation>Dette fjerner %1 kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="65" />
        <source> and %1 sub-code(s)</source>
        <translation> og %1 underkode(r)</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="66" />
        <source>, with their quotes and memos. Undo (Ctrl+Z) brings them back.</source>
        <translation>, med sitater og notater. Angre (Ctrl+Z) henter dem tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="67" />
        <location filename="../../app/codes/dock.py" line="232" />
        <source>Delete code</source>
        <translation>Slett kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="68" />
        <source>Delete the code “%1”?</source>
        <translation>Slette koden «%1»?</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="241" />
        <source>Merge codes</source>
        <translation>Slå sammen koder</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="242" />
        <source>Merge “%1” into:</source>
        <translation>Slå sammen «%1» med:</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="252" />
        <location filename="../../app/codes/dock.py" line="255" />
        <source>Merge into “%1”</source>
        <translation>Slå sammen med «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="267" />
        <location filename="../../app/codes/dock.py" line="272" />
        <location filename="../../app/codes/dock.py" line="276" />
        <source>Split code</source>
        <translation>Del kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="268" />
        <source>Select the segments to move in the code view first (Code ▸ Code view), then split.</source>
        <translation>Merk først utdragene som skal flyttes i kodevisningen (Koding ▸ Kodevisning), og del deretter.</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="272" />
        <source>Move %1 segment(s) to a new code named:</source>
        <translation>Flytt %1 utdrag til en ny kode med navnet:</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../app/codes/tree_model.py" line="167" />
        <location filename="../../app/codes/tree_model.py" line="169" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="167" />
        <source>Seg.</source>
        <translation>Utdr.</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="167" />
        <source>Inf.</source>
        <translation>Inf.</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="169" />
        <source>Segments coded with this code</source>
        <translation>Utdrag kodet med denne koden</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="170" />
        <source>Informants with segments of this code</source>
        <translation>Informanter med utdrag med denne koden</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="214" />
        <source>Rename code to “%1”</source>
        <translation>Gi koden nytt navn «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="265" />
        <source>Move code</source>
        <translation>Flytt kode</translation>
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="265" />
        <source>Move codes</source>
        <translation>Flytt koder</translation>
    </message>
</context>
<context>
    <name>CodeViewDock</name>
    <message>
        <location filename="../../app/codes/code_view.py" line="117" />
        <source>Code view</source>
        <translation>Kodevisning</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="123" />
        <location filename="../../app/codes/code_view.py" line="187" />
        <source>Choose a code in the code tree</source>
        <translation>Velg en kode i kodetreet</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="125" />
        <source>Include sub-codes</source>
        <translation>Ta med underkoder</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="131" />
        <source> lines</source>
        <translation> linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="132" />
        <source>Context lines shown around the selected segment</source>
        <translation>Kontekstlinjer som vises rundt det valgte utdraget</translation>
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="199" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 segment(s), %3 informant(s)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 utdrag, %3 informant(er)</translation>
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
        <location filename="../../app/reader/actions.py" line="161" />
        <source>Start coding pass %1</source>
        <translation>Start koderunde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="171" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="172" />
        <source>Your name or initials, recorded on every coding (asked once):</source>
        <translation>Navn eller initialer, lagres på hver koding (spørres én gang):</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="202" />
        <source>Code “%1”</source>
        <translation>Kod «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="250" />
        <source>Code with new code “%1”</source>
        <translation>Kod med ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="275" />
        <source>Select the informant's words first</source>
        <translation>Merk informantens ord først</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="316" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="324" />
        <source>Change code</source>
        <translation>Bytt kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="324" />
        <source>New code for this coding:</source>
        <translation>Ny kode for denne kodingen:</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="333" />
        <source>Change code to “%1”</source>
        <translation>Bytt kode til «%1»</translation>
    </message>
</context>
<context>
    <name>CodingView</name>
    <message>
        <location filename="../../app/reader/actions.py" line="148" />
        <location filename="../../app/reader/view.py" line="97" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="101" />
        <location filename="../../app/reader/view.py" line="290" />
        <source>All coders</source>
        <translation>Alle kodere</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="107" />
        <source>Code… (Ctrl+K)</source>
        <translation>Kode… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="114" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="144" />
        <source>Import your transcripts (Ctrl+I), or choose one in the list.</source>
        <translation>Importer transkripsjonene dine (Ctrl+I), eller velg en i listen.</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="340" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="39" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="55" />
        <source>Your comment…</source>
        <translation>Kommentaren din…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="60" />
        <source>No suggestion</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="60" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="61" />
        <source>Merge into…</source>
        <translation>Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="61" />
        <source>Move to…</source>
        <translation>Flytt til…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="62" />
        <source>Split into a new theme area</source>
        <translation>Del ut i et nytt temaområde</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="62" />
        <source>Needs more data</source>
        <translation>Trenger mer data</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="66" />
        <location filename="../../app/supervision/comment_dialog.py" line="78" />
        <source>New name</source>
        <translation>Nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="75" />
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="76" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="77" />
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="79" />
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="80" />
        <source>Codes for the new area</source>
        <translation>Koder til det nye temaområdet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="81" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="125" />
        <source>The student can rename it in one click.</source>
        <translation>Studenten kan gi den nytt navn med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="126" />
        <source>The student can merge it into the target in one click.</source>
        <translation>Studenten kan slå den sammen med målet med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="127" />
        <source>The student can move it in one click.</source>
        <translation>Studenten kan flytte den med ett klikk.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="128" />
        <source>Tick the codes that should go into the new theme area.</source>
        <translation>Kryss av kodene som skal inn i det nye temaområdet.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/comment_dialog.py" line="129" />
        <source>Asks for more material; the student replies or resolves it.</source>
        <translation>Ber om mer materiale; studenten svarer eller lukker tråden.</translation>
    </message>
</context>
<context>
    <name>CondensationEditor</name>
    <message>
        <location filename="../../app/themes/condensation.py" line="42" />
        <location filename="../../app/themes/condensation.py" line="113" />
        <source>Choose a theme area or subgroup</source>
        <translation>Velg et temaområde eller en subgruppe</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="49" />
        <source>Condensate: an artificial quotation in the first person, in the informants' own words…</source>
        <translation>Kondensat: et kunstig sitat i jeg-form, med informantenes egne ord…</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="50" />
        <source>Save condensate</source>
        <translation>Lagre kondensat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="66" />
        <source>&lt;b&gt;Golden quotes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gullsitater&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="103" />
        <source>unsaved changes</source>
        <translation>ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="128" />
        <source>Theme area: {0}  ({1} segment)</source>
        <translation>Temaområde: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="128" />
        <source>Theme area: {0}  ({1} segments)</source>
        <translation>Temaområde: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="130" />
        <source>Subgroup: {0}  ({1} segment)</source>
        <translation>Subgruppe: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="130" />
        <source>Subgroup: {0}  ({1} segments)</source>
        <translation>Subgruppe: {0}  ({1} utdrag)</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="155" />
        <source>&lt;i&gt;None picked yet: tick “Golden” beside a segment.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen valgt ennå: kryss av for «Gull» ved et utdrag.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="160" />
        <source>Edit condensate</source>
        <translation>Rediger kondensat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="163" />
        <source>saved</source>
        <translation>lagret</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="169" />
        <source>Pick golden quote</source>
        <translation>Velg gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/themes/condensation.py" line="171" />
        <source>Remove golden quote</source>
        <translation>Fjern gullsitat</translation>
    </message>
</context>
<context>
    <name>ConsensusBar</name>
    <message>
        <location filename="../../app/reader/consensus.py" line="66" />
        <source>A · keep A's</source>
        <translation>A · behold As</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="66" />
        <source>B · keep B's</source>
        <translation>B · behold Bs</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="66" />
        <source>C · both</source>
        <translation>C · begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="67" />
        <source>N · neither</source>
        <translation>N · ingen av dem</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="67" />
        <source>R · recode…</source>
        <translation>R · omkod…</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="68" />
        <source>Leave</source>
        <translation>Avslutt</translation>
    </message>
</context>
<context>
    <name>ConsensusWalk</name>
    <message>
        <location filename="../../app/reader/consensus.py" line="131" />
        <source>pass {0} is not a consensus pass</source>
        <translation>runde {0} er ikke en konsensusrunde</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="240" />
        <source>No more open disagreements this way.</source>
        <translation>Ingen flere åpne uenigheter i denne retningen.</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="281" />
        <source>Put the cursor on a marked disagreement first (J/K).</source>
        <translation>Sett markøren på en markert uenighet først (J/K).</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="283" />
        <source>keep A's</source>
        <translation>behold As</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="283" />
        <source>keep B's</source>
        <translation>behold Bs</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="283" />
        <source>keep both</source>
        <translation>behold begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="284" />
        <source>keep neither</source>
        <translation>behold ingen</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="284" />
        <source>recode</source>
        <translation>omkod</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="285" />
        <source>Consensus: %1</source>
        <translation>Konsensus: %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="305" />
        <source>Recode</source>
        <translation>Omkod</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="305" />
        <source>Code for this unit in the consensus:</source>
        <translation>Kode for denne enheten i konsensus:</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="323" />
        <source>Consensus: recode with new code “%1”</source>
        <translation>Konsensus: omkod med ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="336" />
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="343" />
        <source>&lt;b&gt;Consensus&lt;/b&gt; (pass {0}): A = {1}, B = {2} · {3} of {4} disagreements here resolved</source>
        <translation>&lt;b&gt;Konsensus&lt;/b&gt; (runde {0}): A = {1}, B = {2} · {3} av {4} uenigheter her løst</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="347" />
        <source>l.</source>
        <translation>l.</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="347" />
        <source>turn</source>
        <translation>replikk</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="349" />
        <source>kept A's</source>
        <translation>As beholdt</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="349" />
        <source>kept B's</source>
        <translation>Bs beholdt</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="349" />
        <source>both</source>
        <translation>begge</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="350" />
        <source>neither</source>
        <translation>ingen av dem</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="350" />
        <source>recoded</source>
        <translation>omkodet</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="355" />
        <source>The two raters agree on every unit of this transcript.</source>
        <translation>De to koderne er enige om hver enhet i denne transkripsjonen.</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="177" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="177" />
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="178" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="178" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="214" />
        <source>l. %1</source>
        <translation>l. %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="214" />
        <source>turn %1</source>
        <translation>replikk %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/exports/install.py" line="64" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="65" />
        <source>Open a project first.</source>
        <translation>Åpne et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="79" />
        <source>Export quote set</source>
        <translation>Eksporter sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="80" />
        <location filename="../../app/exports/install.py" line="104" />
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="83" />
        <source>1 quote written to %2</source>
        <translation>1 sitat skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="84" />
        <source>%1 quotes written to %2</source>
        <translation>%1 sitater skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="86" />
        <source>Quote set</source>
        <translation>Sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="96" />
        <location filename="../../app/exports/install.py" line="103" />
        <source>Member check</source>
        <translation>Sitatsjekk</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="96" />
        <source>No informant has quotes yet. Make quotes from coded segments first (Export → Quote list…).</source>
        <translation>Ingen informant har sitater ennå. Lag først sitater fra kodede utdrag (Eksport → Sitatliste…).</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="109" />
        <source>Member check %1</source>
        <translation>Sitatsjekk %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="111" />
        <source>1 quote for %2 written to %3; marked as sent</source>
        <translation>1 sitat for %2 skrevet til %3; merket som sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="112" />
        <source>%1 quotes for %2 written to %3; marked as sent</source>
        <translation>%1 sitater for %2 skrevet til %3; merket som sendt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="145" />
        <source>Select a coded segment or a quote first.</source>
        <translation>Velg først et kodet utdrag eller et sitat.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="152" />
        <source>Quote copied with reference.</source>
        <translation>Sitatet er kopiert med referanse.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="165" />
        <source>Supervisor report</source>
        <translation>Veilederrapport</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="166" />
        <source>Word document (*.docx);;Web page (*.html)</source>
        <translation>Word-dokument (*.docx);;Nettside (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="183" />
        <source>Import REFI-QDA project</source>
        <translation>Importer REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="184" />
        <location filename="../../app/exports/install.py" line="253" />
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-prosjekt (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="188" />
        <location filename="../../app/exports/install.py" line="206" />
        <source>Import REFI-QDA</source>
        <translation>Importer REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="188" />
        <source>Every identifier the detector proposes will be replaced by a tag. Review the transcripts afterwards and redact more by hand if needed. Continue?</source>
        <translation>Alle identifikatorer detektoren foreslår, blir erstattet med en merkelapp. Gå gjennom transkripsjonene etterpå og fjern mer for hånd ved behov. Fortsette?</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="198" />
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="200" />
        <source>Codes: %1, sources: %2, segments: %3, notes: %4, cases: %5; identifiers replaced: %6.</source>
        <translation>Koder: %1, kilder: %2, kodede utdrag: %3, notater: %4, tilfeller: %5; identifikatorer erstattet: %6.</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="222" />
        <source>Written to %1</source>
        <translation>Skrevet til %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="239" />
        <source>Quote set…</source>
        <translation>Sitatsamling…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="240" />
        <source>Member check…</source>
        <translation>Sitatsjekk…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="241" />
        <source>Supervisor report…</source>
        <translation>Veilederrapport…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="242" />
        <source>Segments…</source>
        <translation>Kodede utdrag…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="243" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="244" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="246" />
        <source>Matrix…</source>
        <translation>Matrise…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="247" />
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="248" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="251" />
        <source>REFI-QDA project…</source>
        <translation>REFI-QDA-prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="252" />
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="254" />
        <source>Codebook…</source>
        <translation>Kodebok…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="255" />
        <source>Codebook</source>
        <translation>Kodebok</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="256" />
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA-kodebok (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="257" />
        <source>Import REFI-QDA…</source>
        <translation>Importer REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="262" />
        <source>Quote list…</source>
        <translation>Sitatliste…</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="263" />
        <source>Copy quote with reference</source>
        <translation>Kopier sitat med referanse</translation>
    </message>
    <message>
        <location filename="../../app/exports/install.py" line="267" />
        <source>Copy the selected quote or coded segment as a quote with its reference (pastes into Word as a Quote paragraph)</source>
        <translation>Kopier det valgte sitatet eller kodede utdraget som sitat med referanse (limes inn i tekstbehandleren som et sitatavsnitt)</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="50" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="50" />
        <source>Agreement</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="51" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="51" />
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="52" />
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="52" />
        <source>A only</source>
        <translation>Bare A</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="53" />
        <source>B only</source>
        <translation>Bare B</translation>
    </message>
    <message>
        <location filename="../../app/agreement/models.py" line="107" />
        <source>%1: %2 units · both %3 · A only %4 · B only %5 · neither %6</source>
        <translation>%1: %2 enheter · begge %3 · bare A %4 · bare B %5 · ingen %6</translation>
    </message>
</context>
<context>
    <name>GuideInstall</name>
    <message>
        <location filename="../../app/guide/install.py" line="160" />
        <source>Method guide</source>
        <translation>Metodeveileder</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="160" />
        <source>The Steps panel follows the analysis recipe chosen for this project: the seven steps of thematic content analysis, or Malterud's four steps of systematic text condensation. Each step shows the project's own progress, counted from its data, and links to the view that does it. A transcript counts as read once every part of it has been on screen in the coding view (re-read: in the transcript overlay); the buttons set or clear the mark.</source>
        <translation>Trinn-panelet følger analyseoppskriften som er valgt for dette prosjektet: de sju trinnene i tematisk innholdsanalyse, eller Malteruds fire trinn i systematisk tekstkondensering. Hvert trinn viser prosjektets egen framdrift, talt opp fra dataene, og lenker til visningen der arbeidet gjøres. En transkripsjon regnes som lest når hver del av den har vært på skjermen i kodevisningen (lest på nytt: i transkripsjonsoverlegget); knappene setter eller fjerner merket.</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="168" />
        <source>Analysis method</source>
        <translation>Analysemetode</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="185" />
        <source>Method guide (Steps)</source>
        <translation>Metodeveileder (Trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/install.py" line="187" />
        <source>How the method guide measures progress…</source>
        <translation>Slik måler metodeveilederen framdriften…</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <location filename="../../app/agreement/models.py" line="165" />
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
        <location filename="../../app/review/lists_dialog.py" line="36" />
        <location filename="../../app/review/lists_dialog.py" line="80" />
        <source>Identifier lists</source>
        <translation>Identifikatorlister</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="44" />
        <source>&lt;b&gt;Never an identifier&lt;/b&gt; (stored in the project)</source>
        <translation>&lt;b&gt;Aldri en identifikator&lt;/b&gt; (lagret i prosjektet)</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="45" />
        <source>Ordinary words the detector should not propose, one per line. Their inflections are left out too (DPS also rules out DPSen). Never put names here.</source>
        <translation>Vanlige ord som detektoren ikke skal foreslå, ett per linje. Bøyningsformene utelates også (DPS utelukker også DPSen). Skriv aldri navn her.</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="51" />
        <source>&lt;b&gt;Always an identifier&lt;/b&gt; (stored in the linking key)</source>
        <translation>&lt;b&gt;Alltid en identifikator&lt;/b&gt; (lagret i koblingsnøkkelen)</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="52" />
        <source>Names to replace wherever they occur, one per line. Kept outside the project.</source>
        <translation>Navn som skal erstattes overalt der de forekommer, ett per linje. Lagres utenfor prosjektet.</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="54" />
        <source>This project has no linking key, so there is no always-list. Choose one under Project ▸ Linking key…</source>
        <translation>Dette prosjektet har ingen koblingsnøkkel, og dermed ingen alltid-liste. Velg en under Prosjekt ▸ Koblingsnøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="73" />
        <source>Edit the never-list</source>
        <translation>Rediger aldri-listen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/importing/dialog.py" line="75" />
        <location filename="../../app/importing/dialog.py" line="220" />
        <source>Import transcripts</source>
        <translation>Importer transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="118" />
        <source>Add files…</source>
        <translation>Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="120" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="122" />
        <source>Files (drop files here)</source>
        <translation>Filer (slipp filer her)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="144" />
        <source>Set each speaker's role and pseudonym. Type an existing letter to link an informant already in the project (existing: {0}).</source>
        <translation>Angi rolle og pseudonym for hver taler. Skriv en eksisterende bokstav for å koble til en informant som allerede er i prosjektet (eksisterende: {0}).</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="150" />
        <source>Written standard (what the detector reads):</source>
        <translation>Målform (det detektoren leser):</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="153" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="153" />
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="153" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="160" />
        <source>Preview (original text, not stored)</source>
        <translation>Forhåndsvisning (originaltekst, lagres ikke)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="193" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="196" />
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="198" />
        <location filename="../../app/importing/dialog.py" line="306" />
        <source>Next: review identifiers</source>
        <translation>Neste: gjennomgå identifikatorer</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="200" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="221" />
        <source>Transcripts ({0})</source>
        <translation>Transkripsjoner ({0})</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="242" />
        <source>Reading files…</source>
        <translation>Leser filer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="253" />
        <source> (already imported)</source>
        <translation> (allerede importert)</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="254" />
        <source>{0} — {1} turns, {2} words{3}</source>
        <translation>{0} — {1} replikker, {2} ord{3}</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="296" />
        <source>… {0} more turns</source>
        <translation>… {0} replikker til</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="306" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="321" />
        <source>Add “{0}” to the never-list</source>
        <translation>Legg «{0}» til aldri-listen</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="323" />
        <source>Never-list</source>
        <translation>Aldri-liste</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="408" />
        <location filename="../../app/importing/replace.py" line="120" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="341" />
        <source>already imported (transcript {0}), skipped</source>
        <translation>allerede importert (transkripsjon {0}), hoppet over</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="357" />
        <source>Import {0} transcripts</source>
        <translation>Importer {0} transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="359" />
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="364" />
        <source>imported</source>
        <translation>importert</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="371" />
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="392" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="398" />
        <source>{0} imported, {1} not imported{2}.</source>
        <translation>{0} importert, {1} ikke importert{2}.</translation>
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="399" />
        <source> (cancelled)</source>
        <translation> (avbrutt)</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="80" />
        <location filename="../../app/importing/replace.py" line="83" />
        <location filename="../../app/importing/replace.py" line="101" />
        <source>Replace transcript</source>
        <translation>Erstatt transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="102" />
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
        <location filename="../../app/themes/informant_view.py" line="71" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="111" />
        <source>{0} theme area · {1} of {2} lines themed ({3})</source>
        <translation>{0} temaområde · {1} av {2} linjer tematisert ({3})</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="112" />
        <source>{0} theme areas · {1} of {2} lines themed ({3})</source>
        <translation>{0} temaområder · {1} av {2} linjer tematisert ({3})</translation>
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="78" />
        <source>Reflection notes</source>
        <translation>Refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="90" />
        <source>New note</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="93" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="97" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="104" />
        <source>Choices, doubts, your own influence on the analysis…</source>
        <translation>Valg, tvil, din egen påvirkning på analysen…</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="107" />
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="206" />
        <source>Edit reflection note</source>
        <translation>Rediger refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="215" />
        <source>Reflection note</source>
        <translation>Refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="216" />
        <source>New reflection note</source>
        <translation>Nytt refleksjonsnotat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="228" />
        <source>Delete note</source>
        <translation>Slett notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="228" />
        <source>Delete this reflection note? Undo brings it back.</source>
        <translation>Slette dette refleksjonsnotatet? Angre henter det tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="232" />
        <source>Delete reflection note</source>
        <translation>Slett refleksjonsnotat</translation>
    </message>
</context>
<context>
    <name>LinkingKey</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="54" />
        <source>Kondens linking key (*.kondenskey);;All files (*)</source>
        <translation>Kondens-koblingsnøkkel (*.kondenskey);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="140" />
        <location filename="../../app/review/key_dialogs.py" line="149" />
        <location filename="../../app/review/key_dialogs.py" line="168" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="141" />
        <source>The linking key of this project is not at {0}.

Project → Linking key… can locate it. Until then, tags are numbered per transcript.</source>
        <translation>Koblingsnøkkelen til dette prosjektet ligger ikke i {0}.

Prosjekt → Koblingsnøkkel… kan finne den. Inntil da nummereres merkelappene per transkripsjon.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="152" />
        <source>The linking key {0} is stored unencrypted (an older Kondens). Set a passphrase (at least {1} characters): the key is written encrypted right away.</source>
        <translation>Koblingsnøkkelen {0} er lagret ukryptert (en eldre Kondens). Angi en passordfrase (minst {1} tegn): nøkkelen skrives kryptert med en gang.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="156" />
        <source>Unlock the linking key of this project ({0}) for this session.</source>
        <translation>Lås opp koblingsnøkkelen til dette prosjektet ({0}) for denne økten.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="98" />
        <source>{0}: the linking key links tags back to real names; keep it outside the project folder</source>
        <translation>{0}: koblingsnøkkelen kobler merkelappene tilbake til ekte navn; oppbevar den utenfor prosjektmappen</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="123" />
        <source>{0}: the project has no linking key</source>
        <translation>{0}: prosjektet har ingen koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="125" />
        <source>{0}: linking key not found (Project → Linking key… can locate it)</source>
        <translation>{0}: fant ikke koblingsnøkkelen (Prosjekt → Koblingsnøkkel… kan finne den)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="186" />
        <source>Linking key in use: the same entity keeps the same tag in every transcript ({0}).</source>
        <translation>Koblingsnøkkel i bruk: samme entitet får samme merkelapp i alle transkripsjoner ({0}).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="190" />
        <source>The linking key is locked or missing: tags are numbered per transcript, so [sted 1] may be a different place in another transcript.</source>
        <translation>Koblingsnøkkelen er låst eller mangler: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_settings.py" line="192" />
        <source>No linking key: tags are numbered per transcript, so [sted 1] may be a different place in another transcript. Project → Linking key… creates one.</source>
        <translation>Ingen koblingsnøkkel: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon. Prosjekt → Koblingsnøkkel… oppretter en.</translation>
    </message>
</context>
<context>
    <name>LinkingKeyDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="318" />
        <location filename="../../app/review/key_dialogs.py" line="375" />
        <location filename="../../app/review/key_dialogs.py" line="457" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="326" />
        <source>Create linking key…</source>
        <translation>Opprett koblingsnøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="328" />
        <source>Locate existing key…</source>
        <translation>Finn eksisterende nøkkel…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="330" />
        <source>Move…</source>
        <translation>Flytt…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="332" />
        <source>Change passphrase…</source>
        <translation>Endre passordfrase…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="334" />
        <source>Work without a key</source>
        <translation>Arbeid uten nøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="352" />
        <source>unlocked for this session</source>
        <translation>låst opp for denne økten</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="353" />
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="354" />
        <source>&lt;p&gt;The linking key of this project is at&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;/p&gt;&lt;p&gt;With it, the same entity keeps the same tag in every transcript. Keep it, and its passphrase, apart from the project: without both, tags cannot be linked back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koblingsnøkkelen til dette prosjektet ligger i&lt;br&gt;&lt;b&gt;{0}&lt;/b&gt; ({1}).&lt;/p&gt;&lt;p&gt;Med den får samme entitet samme merkelapp i alle transkripsjoner. Oppbevar den og passordfrasen atskilt fra prosjektet: uten begge kan merkelappene ikke kobles tilbake.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="359" />
        <source>&lt;p&gt;The linking key is expected at &lt;b&gt;{0}&lt;/b&gt;, but it is not there.&lt;/p&gt;&lt;p&gt;Locate it (moved by hand, another computer), or create a new one (tags of new imports then start again from 1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koblingsnøkkelen skulle ligge i &lt;b&gt;{0}&lt;/b&gt;, men den er ikke der.&lt;/p&gt;&lt;p&gt;Finn den (flyttet for hånd, en annen datamaskin), eller opprett en ny (merkelappene i nye importer begynner da på 1 igjen).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="363" />
        <source>&lt;p&gt;&lt;b&gt;This project has no linking key&lt;/b&gt;: tags are numbered per transcript, so [sted 1] may be a different place in another transcript.&lt;/p&gt;&lt;p&gt;Create a key to keep tags consistent in future imports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dette prosjektet har ingen koblingsnøkkel&lt;/b&gt;: merkelappene nummereres per transkripsjon, så [sted 1] kan være et annet sted i en annen transkripsjon.&lt;/p&gt;&lt;p&gt;Opprett en nøkkel for å holde merkelappene konsekvente i framtidige importer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="382" />
        <source>Where to keep the new linking key</source>
        <translation>Hvor den nye koblingsnøkkelen skal lagres</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="385" />
        <source>Set the passphrase of the new linking key {0} (at least {1} characters).</source>
        <translation>Angi passordfrasen til den nye koblingsnøkkelen {0} (minst {1} tegn).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="399" />
        <source>Locate the project's linking key</source>
        <translation>Finn prosjektets koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="409" />
        <source>Passphrase of the linking key {0} (it is unencrypted: set one now).</source>
        <translation>Passordfrase for koblingsnøkkelen {0} (den er ukryptert: angi en nå).</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="410" />
        <source>Passphrase of the linking key {0}.</source>
        <translation>Passordfrase for koblingsnøkkelen {0}.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="429" />
        <source>Move the linking key to</source>
        <translation>Flytt koblingsnøkkelen til</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="444" />
        <source>Set the new passphrase of the linking key. The old one stops working.</source>
        <translation>Angi den nye passordfrasen for koblingsnøkkelen. Den gamle slutter å virke.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="457" />
        <source>Work without the linking key from now on? Tags of new imports are then numbered per transcript. The key file stays where it is until you delete it.</source>
        <translation>Arbeide uten koblingsnøkkelen fra nå av? Merkelappene i nye importer nummereres da per transkripsjon. Nøkkelfilen blir liggende der den er til du sletter den.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="71" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="71" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="71" />
        <source>&amp;Code</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="72" />
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="72" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="72" />
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="73" />
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="73" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="73" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="255" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="256" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="258" />
        <source>Open &amp;team project…</source>
        <translation>Åpne &amp;teamprosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="259" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="262" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="264" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="266" />
        <location filename="../../app/main_window.py" line="488" />
        <location filename="../../app/main_window.py" line="493" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="269" />
        <location filename="../../app/main_window.py" line="489" />
        <location filename="../../app/main_window.py" line="494" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="275" />
        <source>Coder name…</source>
        <translation>Kodernavn…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="277" />
        <source>Preferences…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="285" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="286" />
        <source>Open the &amp;data folder</source>
        <translation>Åpne &amp;datamappen</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="288" />
        <source>&amp;About Kondens</source>
        <translation>&amp;Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="315" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="318" />
        <source>About Kondens</source>
        <translation>Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="319" />
        <source>Kondens: qualitative analysis of de-identified interviews.</source>
        <translation>Kondens: kvalitativ analyse av avidentifiserte intervjuer.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="330" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="330" />
        <source>Your name or initials:</source>
        <translation>Navn eller initialer:</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="340" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="341" />
        <source>Kondens project (*.kondens)</source>
        <translation>Kondens-prosjekt (*.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="356" />
        <source>Open project folder (NAME.kondens)</source>
        <translation>Åpne prosjektmappe (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="365" />
        <source>Open team project</source>
        <translation>Åpne teamprosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="366" />
        <source>Address of the team project (postgresql://server/database or postgresql:///?service=NAME).
The password is never typed here: it comes from ~/.pgpass (PGPASSFILE) or a libpq service file.</source>
        <translation>Adressen til teamprosjektet (postgresql://tjener/database eller postgresql:///?service=NAVN).
Passordet skrives aldri her: det hentes fra ~/.pgpass (PGPASSFILE) eller en libpq-tjenestefil.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="379" />
        <source>Building the demo project…</source>
        <translation>Bygger demoprosjektet…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="381" />
        <location filename="../../app/main_window.py" line="402" />
        <location filename="../../app/main_window.py" line="410" />
        <location filename="../../app/main_window.py" line="477" />
        <location filename="../../app/main_window.py" line="479" />
        <source>Kondens</source>
        <translation>Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="392" />
        <source>Opening project…</source>
        <translation>Åpner prosjektet…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="398" />
        <source>Project in use</source>
        <translation>Prosjektet er i bruk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="399" />
        <source>Open it read-only?</source>
        <translation>Åpne det skrivebeskyttet?</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="431" />
        <source>Offline: the server of this team project ({0}) cannot be reached. You see your copy from {1} (UTC), read-only; nothing can be changed until you open the project again with the server back.</source>
        <translation>Frakoblet: tjeneren til dette teamprosjektet ({0}) kan ikke nås. Du ser kopien din fra {1} (UTC), skrivebeskyttet; ingenting kan endres før du åpner prosjektet igjen når tjeneren er tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="463" />
        <location filename="../../app/main_window.py" line="470" />
        <source>Finishing %1 operation(s)…</source>
        <translation>Fullfører %1 operasjon(er)…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="480" />
        <source>This did not work because of an internal error ({0}). Nothing was changed; the details are in the log.</source>
        <translation>Dette gikk ikke på grunn av en intern feil ({0}). Ingenting ble endret; detaljene står i loggen.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="564" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="574" />
        <source>No project open. File → Open project…</source>
        <translation>Ingen prosjekt åpent. Fil → Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="578" />
        <source>%1 · %2 transcripts</source>
        <translation>%1 · %2 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="587" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="589" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="104" />
        <source>Theme area / code</source>
        <translation>Temaområde / kode</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="105" />
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="120" />
        <source>Uncategorised</source>
        <translation>Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="137" />
        <source>{0} segments, {1} lines</source>
        <translation>{0} utdrag, {1} linjer</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="156" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="157" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="163" />
        <source>Click a cell to read its segments</source>
        <translation>Klikk på en celle for å lese utdragene</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="171" />
        <source>Count</source>
        <translation>Tell</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="174" />
        <source>Informants where</source>
        <translation>Informanter der</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="212" />
        <source>(all informants)</source>
        <translation>(alle informanter)</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="266" />
        <source>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} segment</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/matrix_view.py" line="266" />
        <source>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} segments</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; × {1}: {2} utdrag</translation>
    </message>
</context>
<context>
    <name>MemberCheckDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="133" />
        <source>Member check</source>
        <translation>Sitatsjekk</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="137" />
        <source>Informant %1 (%2 quotes)</source>
        <translation>Informant %1 (%2 sitater)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="142" />
        <source>e-mail or phone</source>
        <translation>e-post eller telefon</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="150" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="151" />
        <source>Project title</source>
        <translation>Prosjekttittel</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="152" />
        <source>Researcher</source>
        <translation>Forsker</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="153" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="154" />
        <source>Reply by</source>
        <translation>Svarfrist</translation>
    </message>
</context>
<context>
    <name>MemoDock</name>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="28" />
        <source>Memo</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="39" />
        <source>Thoughts on this code, segment or transcript…</source>
        <translation>Tanker om denne koden, dette utdraget eller denne transkripsjonen…</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="41" />
        <source>Save memo</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="82" />
        <source>Edit memo</source>
        <translation>Rediger notat</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="107" />
        <source>Memo on code “%1”</source>
        <translation>Notat om koden «%1»</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="115" />
        <source>Memo on segment %1</source>
        <translation>Notat om utdraget %1</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="118" />
        <source>Memo on transcript “%1”</source>
        <translation>Notat om transkripsjonen «%1»</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="129" />
        <source>Select a code, a segment or a transcript to write its memo.</source>
        <translation>Velg en kode, et utdrag eller en transkripsjon for å skrive et notat om den.</translation>
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="140" />
        <source>recovered unsaved text</source>
        <translation>gjenopprettet ulagret tekst</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="134" />
        <source>Merge a coder's copy</source>
        <translation>Slå sammen med en koders kopi</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="141" />
        <source>Project folder…</source>
        <translation>Prosjektmappe…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="142" />
        <source>.qdpx file…</source>
        <translation>.qdpx-fil…</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="161" />
        <source>keep the names recorded in the copy</source>
        <translation>behold navnene som er lagret i kopien</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="163" />
        <source>Record their segments as coder:</source>
        <translation>Lagre de kodede utdragene deres med koder:</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="166" />
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="173" />
        <source>Codes: matched by id, then by name. Change “Our code” to map one by hand.</source>
        <translation>Koder: koblet via id, deretter via navn. Endre «Vår kode» for å tilordne en kode for hånd.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="182" />
        <source>The other coder's project (NAME.kondens)</source>
        <translation>Den andre koderens prosjekt (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="187" />
        <source>The other coder's REFI-QDA project</source>
        <translation>Den andre koderens REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="188" />
        <source>REFI-QDA (*.qdpx)</source>
        <translation>REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="206" />
        <source>%1 of %2 transcripts match this project; %3 segments to add (%4 already here).</source>
        <translation>%1 av %2 transkripsjoner finnes i dette prosjektet; %3 kodede utdrag legges til (%4 finnes fra før).</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="210" />
        <source>Not found here (their segments stay out): </source>
        <translation>Finnes ikke her (de kodede utdragene deres utelates): </translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="216" />
        <source>Their segments carry the coder name “%1”, which is taken or empty here: type the other coder's name below.</source>
        <translation>De kodede utdragene deres har kodernavnet «%1», som er tatt eller tomt her: skriv inn navnet til den andre koderen nedenfor.</translation>
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="221" />
        <source>%1 (as recorded in the copy)</source>
        <translation>%1 (slik det er lagret i kopien)</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="202" />
        <source>New project: linking key</source>
        <translation>Nytt prosjekt: koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="206" />
        <source>Where to keep the linking key</source>
        <translation>Hvor koblingsnøkkelen skal lagres</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="208" />
        <source>A linking key keeps tags consistent across the project's transcripts: the same person, place or institution gets the same tag ([sted 1] is the same place in every interview). It links tags back to real names, so it is kept outside the project folder, encrypted with a passphrase. Without the key and its passphrase nobody can link the tags back.</source>
        <translation>En koblingsnøkkel holder merkelappene konsekvente på tvers av prosjektets transkripsjoner: den samme personen, det samme stedet eller den samme institusjonen får samme merkelapp ([sted 1] er samme sted i alle intervjuer). Den kobler merkelappene tilbake til ekte navn, og lagres derfor utenfor prosjektmappen, kryptert med en passordfrase. Uten nøkkelen og passordfrasen kan ingen koble merkelappene tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="213" />
        <source>Create a linking key (recommended)</source>
        <translation>Opprett en koblingsnøkkel (anbefalt)</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="215" />
        <source>Work without a linking key: tags are numbered per transcript</source>
        <translation>Arbeid uten koblingsnøkkel: merkelappene nummereres per transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="219" />
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="234" />
        <source>Key file:</source>
        <translation>Nøkkelfil:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="235" />
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="236" />
        <source>The same again:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="241" />
        <source>Create project</source>
        <translation>Opprett prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="259" />
        <location filename="../../app/review/key_dialogs.py" line="269" />
        <source>The linking key must be kept outside the project folder.</source>
        <translation>Koblingsnøkkelen må lagres utenfor prosjektmappen.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="271" />
        <source>{0} already exists; choose another place.</source>
        <translation>{0} finnes allerede; velg et annet sted.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="276" />
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
</context>
<context>
    <name>OurCodeDelegate</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="116" />
        <source>(new code)</source>
        <translation>(ny kode)</translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <location filename="../../app/themes/overlay.py" line="113" />
        <source>◀ Previous uncovered</source>
        <translation>◀ Forrige utematiserte</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="114" />
        <source>Next uncovered ▶</source>
        <translation>Neste utematiserte ▶</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="124" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="202" />
        <source>themed: {0} of text, {1}/{2} lines</source>
        <translation>tematisert: {0} av teksten, {1}/{2} linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/overlay.py" line="218" />
        <source>&lt;i&gt;No theme area covers this transcript yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ingen temaområder dekker denne transkripsjonen ennå.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="62" />
        <source>Linking key</source>
        <translation>Koblingsnøkkel</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="78" />
        <source>Passphrase:</source>
        <translation>Passordfrase:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="80" />
        <source>The same again:</source>
        <translation>Gjenta:</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="83" />
        <source>Set passphrase</source>
        <translation>Angi passordfrase</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="83" />
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="96" />
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <location filename="../../app/review/key_dialogs.py" line="101" />
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/window/preferences.py" line="39" />
        <location filename="../../app/window/preferences.py" line="111" />
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="42" />
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="46" />
        <source>Your name or initials, recorded on every coding</source>
        <translation>Navn eller initialer, lagres på hver koding</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="48" />
        <source>Default: Kondens's folder in your user data</source>
        <translation>Standard: Kondens-mappen i brukerdataene dine</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="49" />
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="63" />
        <source>Open a project to set how many backups it keeps</source>
        <translation>Åpne et prosjekt for å angi hvor mange sikkerhetskopier det beholder</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="68" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="71" />
        <source>J/K skip the interviewer's lines</source>
        <translation>J/K hopper over intervjuerens linjer</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="75" />
        <source>No limit</source>
        <translation>Ingen grense</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="79" />
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="80" />
        <source>&lt;i&gt;A new language applies when Kondens starts again.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nytt språk tas i bruk når Kondens startes på nytt.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="81" />
        <source>Coder name:</source>
        <translation>Kodernavn:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="82" />
        <source>Folder for new linking keys:</source>
        <translation>Mappe for nye koblingsnøkler:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="83" />
        <source>Backups kept (this project):</source>
        <translation>Sikkerhetskopier som beholdes (dette prosjektet):</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="84" />
        <source>Transcript text size:</source>
        <translation>Tekststørrelse i transkripsjoner:</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="86" />
        <source>Undo steps (new projects):</source>
        <translation>Angresteg (nye prosjekter):</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="95" />
        <source>Folder for new linking keys (outside projects)</source>
        <translation>Mappe for nye koblingsnøkler (utenfor prosjekter)</translation>
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="108" />
        <source>Keep {0} backups</source>
        <translation>Behold {0} sikkerhetskopier</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../../app/themes/informant_view.py" line="38" />
        <source>Theme area</source>
        <translation>Temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="38" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="38" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/themes/informant_view.py" line="38" />
        <source>Share of account</source>
        <translation>Andel av fortellingen</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/codes/progress.py" line="121" />
        <source>Coding progress</source>
        <translation>Kodefremdrift</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="152" />
        <source>pass %1: %2 of %3 transcripts</source>
        <translation>runde %1: %2 av %3 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="154" />
        <source>%1 of %2 lines coded (%3).</source>
        <translation>%1 av %2 linjer kodet (%3).</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/codes/progress.py" line="56" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="56" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="56" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="56" />
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="57" />
        <source>Informant lines coded</source>
        <translation>Informantlinjer kodet</translation>
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="60" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/i18n_qt.py" line="51" />
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
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
        <location filename="../../app/exports/dialogs.py" line="78" />
        <source>Export quote set</source>
        <translation>Eksporter sitatsamling</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="82" />
        <source>Informant %1</source>
        <translation>Informant %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="84" />
        <source>Check theme areas to export; none checked = all</source>
        <translation>Kryss av temaområdene som skal eksporteres; ingen avkrysset = alle</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="85" />
        <source>Check informants to export; none checked = all</source>
        <translation>Kryss av informantene som skal eksporteres; ingen avkrysset = alle</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="86" />
        <source>Only quotes the informant has approved</source>
        <translation>Bare sitater informanten har godkjent</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="87" />
        <source>Only golden quotes</source>
        <translation>Bare gullsitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="88" />
        <source>Include the condensates</source>
        <translation>Ta med kondensatene</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="90" />
        <source>Every coded segment, not only quotes</source>
        <translation>Alle kodede utdrag, ikke bare sitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="97" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="99" />
        <source>Informants</source>
        <translation>Informanter</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="105" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="106" />
        <source>Reference after each quote</source>
        <translation>Referanse etter hvert sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="109" />
        <source>Nothing checked in a list means all of them.</source>
        <translation>Ingenting avkrysset i en liste betyr alle.</translation>
    </message>
</context>
<context>
    <name>QuotesDock</name>
    <message>
        <location filename="../../app/exports/dock.py" line="49" />
        <source>Quotes (member check)</source>
        <translation>Sitater (sitatsjekk)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="69" />
        <source>Trim…</source>
        <translation>Forkort…</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="70" />
        <source>Choose the words to quote and cut middle parts into […] (the coding stays)</source>
        <translation>Velg ordene som skal siteres, og kutt deler i midten til […] (kodingen blir stående)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="73" />
        <source>Quote from segment</source>
        <translation>Sitat fra kodet utdrag</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="74" />
        <source>Make a quote of the segment selected in the code view or the reader</source>
        <translation>Lag et sitat av det kodede utdraget som er valgt i kodevisningen eller leseren</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="140" />
        <source>Quote status</source>
        <translation>Sitatstatus</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="154" />
        <source>Select a quote first.</source>
        <translation>Velg et sitat først.</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="176" />
        <source>Select a coded segment (code view or reader) first.</source>
        <translation>Velg først et kodet utdrag (i kodevisningen eller leseren).</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="181" />
        <location filename="../../app/exports/dock.py" line="184" />
        <source>New quote</source>
        <translation>Nytt sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="182" />
        <source>New quotes (%1)</source>
        <translation>Nye sitater (%1)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="185" />
        <source>1 new quote</source>
        <translation>1 nytt sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="185" />
        <source>%1 new quotes</source>
        <translation>%1 nye sitater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dock.py" line="187" />
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
        <location filename="../../app/review/redact_action.py" line="74" />
        <location filename="../../app/review/redact_action.py" line="85" />
        <location filename="../../app/review/redact_action.py" line="87" />
        <source>Redact selection</source>
        <translation>Sladd utvalget</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="74" />
        <source>Select text in a transcript first.</source>
        <translation>Merk tekst i en transkripsjon først.</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../app/review/redact_action.py" line="36" />
        <source>Redact selection</source>
        <translation>Sladd utvalget</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="42" />
        <source>In this transcript ({0} place(s))</source>
        <translation>I denne transkripsjonen ({0} sted(er))</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="43" />
        <source>In every transcript and note ({0} place(s) in transcripts)</source>
        <translation>I alle transkripsjoner og notater ({0} sted(er) i transkripsjoner)</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="48" />
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="49" />
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="54" />
        <source>Codings, lines and quotes stay on the same words. Undo is possible until the project is closed.</source>
        <translation>Kodinger, linjer og sitater blir værende på de samme ordene. Du kan angre til prosjektet lukkes.</translation>
    </message>
    <message>
        <location filename="../../app/review/redact_action.py" line="57" />
        <source>Redact</source>
        <translation>Sladd</translation>
    </message>
</context>
<context>
    <name>ReimportReportDialog</name>
    <message>
        <location filename="../../app/importing/replace.py" line="38" />
        <source>Transcript replaced</source>
        <translation>Transkripsjonen er erstattet</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="42" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2} lines.&lt;br&gt;{3} coded segments: {4} kept, {5} moved to other line numbers, {6} with changed text, {7} whose text is gone (kept at the nearest line). {8:.1f} % are on the same text. Nothing was removed.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2} linjer.&lt;br&gt;{3} kodede utdrag: {4} beholdt, {5} flyttet til andre linjenumre, {6} med endret tekst, {7} der teksten er borte (beholdt på nærmeste linje). {8:.1f} % står på samme tekst. Ingenting ble fjernet.</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="51" />
        <source>changed text</source>
        <translation>endret tekst</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="51" />
        <source>text gone</source>
        <translation>teksten er borte</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="56" />
        <source>Check these segments:</source>
        <translation>Sjekk disse utdragene:</translation>
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="61" />
        <source>The old version was scrubbed from {0} backup(s).</source>
        <translation>Den gamle versjonen ble fjernet fra {0} sikkerhetskopi(er).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="190" />
        <source>Supervisor report</source>
        <translation>Veilederrapport</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="192" />
        <source>Research questions with their linked themes</source>
        <translation>Forskningsspørsmål med tilknyttede temaer</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="193" />
        <source>Extracts per code, with references</source>
        <translation>Utdrag per kode, med referanser</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="194" />
        <source>Memos and reflection notes</source>
        <translation>Notater og refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="195" />
        <source>Theme × informant matrix</source>
        <translation>Matrise tema × informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="200" />
        <source>(no comparison)</source>
        <translation>(ingen sammenligning)</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="207" />
        <source>Changes since snapshot</source>
        <translation>Endringer siden øyeblikksbilde</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/backups/dialog.py" line="54" />
        <location filename="../../app/backups/install.py" line="31" />
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
        <location filename="../../app/backups/install.py" line="38" />
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
        <location filename="../../app/supervision/dialogs.py" line="131" />
        <source>What changed since your last review</source>
        <translation>Hva er endret siden forrige veiledning</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="134" />
        <source>Changes to the theme hierarchy since the review copy of %1:</source>
        <translation>Endringer i temahierarkiet siden veiledningskopien fra %1:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="138" />
        <source>No changes to the theme hierarchy.</source>
        <translation>Ingen endringer i temahierarkiet.</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../app/supervision/dock.py" line="46" />
        <source>Review comments</source>
        <translation>Veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="52" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="52" />
        <source>Resolved</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="52" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="56" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="56" />
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="57" />
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="57" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="58" />
        <source>Subgroups</source>
        <translation>Subgrupper</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="58" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="59" />
        <source>Condensates</source>
        <translation>Kondensater</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="59" />
        <source>Golden quotes</source>
        <translation>Gullsitater</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="60" />
        <source>Segments</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="60" />
        <source>Transcript lines</source>
        <translation>Transkripsjonslinjer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="61" />
        <source>Orphaned</source>
        <translation>Foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="65" />
        <location filename="../../app/supervision/dock.py" line="146" />
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="85" />
        <source>Add comment…</source>
        <translation>Legg til kommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="86" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="87" />
        <source>Reply…</source>
        <translation>Svar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="88" />
        <location filename="../../app/supervision/dock.py" line="211" />
        <location filename="../../app/supervision/dock.py" line="273" />
        <source>Resolve</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="89" />
        <location filename="../../app/supervision/dock.py" line="280" />
        <source>Apply suggestion</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="90" />
        <source>Decline…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="91" />
        <location filename="../../app/supervision/dock.py" line="299" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="162" />
        <source>%1 threads, %2 open, %3 orphaned</source>
        <translation>%1 tråder, %2 åpne, %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="211" />
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="228" />
        <source>The object this comment was about has been deleted, merged or changed since; it is shown with the context it had.</source>
        <translation>Det kommentaren gjaldt, er slettet, slått sammen eller endret siden; den vises med sammenhengen den hadde.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="234" />
        <source>Suggestion:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="262" />
        <location filename="../../app/supervision/dock.py" line="266" />
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="262" />
        <source>Your reply:</source>
        <translation>Svaret ditt:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="287" />
        <location filename="../../app/supervision/dock.py" line="292" />
        <source>Decline suggestion</source>
        <translation>Avslå forslaget</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dock.py" line="288" />
        <source>Why not? (goes back to the supervisor)</source>
        <translation>Hvorfor ikke? (sendes tilbake til veilederen)</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="86" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="90" />
        <source>%1 new comment(s), %2 suggestion(s), %3 orphaned anchor(s); %4 already imported.</source>
        <translation>%1 nye kommentarer, %2 forslag, %3 foreldreløse forankringer; %4 allerede importert.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="96" />
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="96" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="96" />
        <source>In context</source>
        <translation>I sammenheng</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="109" />
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
        <location filename="../../app/supervision/dialogs.py" line="37" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="42" />
        <source>What should your supervisor look at? (shown in their banner)</source>
        <translation>Hva bør veilederen se på? (vises øverst hos veilederen)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="57" />
        <source>The review copy holds the de-identified transcripts, codes, theme hierarchy, condensates, golden quotes, research questions, snapshots, earlier comments and the memos you tick. Never the linking key, drafts or backups.</source>
        <translation>Veiledningskopien inneholder de avidentifiserte transkripsjonene, kodene, temahierarkiet, kondensatene, gullsitatene, forskningsspørsmålene, versjonene, tidligere kommentarer og notatene du krysser av. Aldri koblingsnøkkelen, kladder eller sikkerhetskopier.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="62" />
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="63" />
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../../app/supervision/dialogs.py" line="64" />
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
        <location filename="../../app/search/dock.py" line="64" />
        <source>Search failed: %1</source>
        <translation>Søket mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="75" />
        <location filename="../../app/search/dock.py" line="90" />
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="85" />
        <source>Search transcripts, memos and condensates…</source>
        <translation>Søk i transkripsjoner, notater og kondensater…</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="87" />
        <source>Words, "phrases", prefix*, AND / OR / NOT, informant:A, role:informant, speaker:I, code:"sosial arena", theme:"…", in:memo, "[navn 1]"</source>
        <translation>Søkesyntaks: ord, "fraser", prefiks*, OG / ELLER / IKKE, informant:A, role:informant, speaker:I, code:"sosial arena", theme:"…", in:memo, "[navn 1]"</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="91" />
        <source>Type a query and press Enter.</source>
        <translation>Skriv et søk og trykk returtasten.</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="116" />
        <source>matching lines</source>
        <translation>treffende linjer</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="117" />
        <source>whole turns</source>
        <translation>hele replikker</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="118" />
        <source>Code selected</source>
        <translation>Kod valgte</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="124" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="221" />
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="241" />
        <source>1 hit</source>
        <translation>1 treff</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="241" />
        <source>%1 hits</source>
        <translation>%1 treff</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="245" />
        <source>%1 in memos and condensates</source>
        <translation>%1 i notater og kondensater</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="247" />
        <source>showing the best %1</source>
        <translation>viser de %1 beste</translation>
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="281" />
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
        <location filename="../../app/themes/segments_model.py" line="27" />
        <source>Extract</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="27" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="27" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="28" />
        <source>Golden</source>
        <translation>Gull</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="78" />
        <source>{0} — {1} segment</source>
        <translation>{0} — {1} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="78" />
        <source>{0} — {1} segments</source>
        <translation>{0} — {1} utdrag</translation>
    </message>
    <message>
        <location filename="../../app/themes/segments_model.py" line="79" />
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
        <location filename="../../app/themes/snapshots_dialog.py" line="52" />
        <source>{0}   ({1}, {2} themes, {3} codes)</source>
        <translation>{0}   ({1}, {2} temaer, {3} koder)</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="80" />
        <location filename="../../app/themes/snapshots_dialog.py" line="88" />
        <source>Uncategorised</source>
        <translation>Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="90" />
        <source>Theme renamed: {0} → {1}</source>
        <translation>Tema fikk nytt navn: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="91" />
        <source>Theme merged: {0} → into {1}</source>
        <translation>Tema slått sammen: {0} → inn i {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="92" />
        <source>Theme added: {0}</source>
        <translation>Tema lagt til: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="93" />
        <source>Theme removed: {0}</source>
        <translation>Tema fjernet: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="94" />
        <source>Subgroup moved: {0}: {1} → {2}</source>
        <translation>Subgruppe flyttet: {0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="96" />
        <source>Code renamed: {0} → {1}</source>
        <translation>Kode fikk nytt navn: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="97" />
        <source>Code moved: {0}: {1} → {2}</source>
        <translation>Kode flyttet: {0}: {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="99" />
        <source>Code merged: {0} → into {1}</source>
        <translation>Kode slått sammen: {0} → inn i {1}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="100" />
        <source>Code added: {0}</source>
        <translation>Kode lagt til: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="101" />
        <source>Code removed: {0}</source>
        <translation>Kode fjernet: {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="108" />
        <source>Snapshots of the theme hierarchy</source>
        <translation>Øyeblikksbilder av temahierarkiet</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="111" />
        <source>Name, e.g. “etter første reorganisering”</source>
        <translation>Navn, f.eks. «etter første reorganisering»</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="112" />
        <source>Save snapshot</source>
        <translation>Lagre øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="119" />
        <location filename="../../app/themes/snapshots_dialog.py" line="130" />
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="132" />
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="136" />
        <source>Older</source>
        <translation>Eldre</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="136" />
        <source>What changed</source>
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="136" />
        <source>Newer</source>
        <translation>Nyere</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="161" />
        <source>Current hierarchy</source>
        <translation>Nåværende hierarki</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="174" />
        <source>Save snapshot {0}</source>
        <translation>Lagre øyeblikksbilde {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/snapshots_dialog.py" line="195" />
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
        <location filename="../../app/guide/dock.py" line="83" />
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="93" />
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="96" />
        <source>Thematic analysis (7 steps)</source>
        <translation>Tematisk analyse (7 trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="97" />
        <source>Systematic text condensation (Malterud, 4 steps)</source>
        <translation>Systematisk tekstkondensering (Malterud, 4 trinn)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="98" />
        <source>The recipe this project follows (stored in the project)</source>
        <translation>Oppskriften dette prosjektet følger (lagret i prosjektet)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="115" />
        <source>Read whole</source>
        <translation>Lest i sin helhet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="116" />
        <source>Mark the open transcript as read from start to end</source>
        <translation>Merk den åpne transkripsjonen som lest fra start til slutt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="121" />
        <source>Re-read with overlay</source>
        <translation>Lest på nytt med overlegg</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="122" />
        <source>Mark the open transcript as re-read with the theme overlay</source>
        <translation>Merk den åpne transkripsjonen som lest på nytt med temaoverlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="145" />
        <source>Read the whole material</source>
        <translation>Les hele materialet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="146" />
        <source>Code the interviews, twice</source>
        <translation>Kod intervjuene, to ganger</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="147" />
        <source>Reorganise and categorise the codes</source>
        <translation>Omorganiser og kategoriser kodene</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="148" />
        <source>Summarise each theme area</source>
        <translation>Oppsummer hvert temaområde</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="149" />
        <source>Consider the theme areas against the research questions</source>
        <translation>Vurder temaområdene opp mot forskningsspørsmålene</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="150" />
        <source>Reorganise the theme areas again</source>
        <translation>Omorganiser temaområdene på nytt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="151" />
        <source>Re-read the full transcripts (recontextualisation)</source>
        <translation>Les de fullstendige transkripsjonene på nytt (rekontekstualisering)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="152" />
        <source>Total impression</source>
        <translation>Helhetsinntrykk</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="153" />
        <source>Meaning units and code groups</source>
        <translation>Meningsbærende enheter og kodegrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="154" />
        <source>Condensation</source>
        <translation>Kondensering</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="155" />
        <source>Synthesis and recontextualisation</source>
        <translation>Sammenfatning og rekontekstualisering</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="156" />
        <source>Reflection notes, throughout</source>
        <translation>Refleksjonsnotater underveis</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="163" />
        <source>Read every transcript from start to end before coding anything.</source>
        <translation>Les hver transkripsjon fra start til slutt før du koder noe.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="164" />
        <source>Give every meaningful sentence a code, often in the informant's own words; then go through everything again (pass 2) for codes found late.</source>
        <translation>Gi hver meningsbærende setning en kode, gjerne med informantens egne ord; gå så gjennom alt på nytt (runde 2) for koder som dukket opp sent.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="166" />
        <source>Merge codes about the same thing and sort them into theme areas.</source>
        <translation>Slå sammen koder om det samme og sorter dem i temaområder.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="167" />
        <source>Write a short summary (condensate) for each theme area.</source>
        <translation>Skriv et kort sammendrag (kondensat) for hvert temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="168" />
        <source>Link the theme areas to the research questions and compare them across informants (attributes, matrix).</source>
        <translation>Knytt temaområdene til forskningsspørsmålene og sammenlign dem på tvers av informanter (egenskaper, matrise).</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="170" />
        <source>Rename and regroup the theme areas; keep a snapshot before and after.</source>
        <translation>Gi temaområdene nye navn og grupper dem på nytt; ta et øyeblikksbilde før og etter.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="171" />
        <source>Read each whole transcript again with the theme overlay: do the theme areas still agree with what each informant said?</source>
        <translation>Les hver hele transkripsjon på nytt med temaoverlegget: stemmer temaområdene fortsatt med det hver informant sa?</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="173" />
        <source>Read everything and note preliminary themes.</source>
        <translation>Les alt og noter foreløpige temaer.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="174" />
        <source>Code the text that bears meaning and sort the codes into code groups.</source>
        <translation>Kod de meningsbærende tekstdelene og sorter kodene i kodegrupper.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="175" />
        <source>Split each code group into subgroups; write a condensate in the first person and pick a golden quote for each.</source>
        <translation>Del hver kodegruppe i subgrupper; skriv et kondensat i jeg-form og velg et gullsitat for hver.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="177" />
        <source>Turn the condensates into analytic text, illustrate each theme with quotes and check it against the full transcripts.</source>
        <translation>Gjør kondensatene om til analytisk tekst, illustrer hvert tema med sitater og sjekk det mot de fullstendige transkripsjonene.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="179" />
        <source>Dated notes on choices, doubts and your own influence.</source>
        <translation>Daterte notater om valg, tvil og din egen innflytelse.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="185" />
        <source>%1 of %2 transcripts read whole</source>
        <translation>%1 av %2 transkripsjoner lest i sin helhet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="186" />
        <source>%1 of %2 transcripts coded in pass 1</source>
        <translation>%1 av %2 transkripsjoner kodet i runde 1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="187" />
        <source>%1 of %2 transcripts gone through again in pass 2</source>
        <translation>%1 av %2 transkripsjoner gått gjennom igjen i runde 2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="188" />
        <source>%1 of %2 informant lines coded in pass 1</source>
        <translation>%1 av %2 informantlinjer kodet i runde 1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="189" />
        <source>%1 of %2 informant lines coded in pass 2</source>
        <translation>%1 av %2 informantlinjer kodet i runde 2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="190" />
        <source>%1 of %2 codes placed in theme areas</source>
        <translation>%1 av %2 koder plassert i temaområder</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="191" />
        <source>%1 theme areas</source>
        <translation>%1 temaområder</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="192" />
        <source>%1 of %2 theme areas with a summary</source>
        <translation>%1 av %2 temaområder med sammendrag</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="193" />
        <source>%1 of %2 theme areas linked to a research question</source>
        <translation>%1 av %2 temaområder knyttet til et forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="194" />
        <source>%1 of %2 theme areas found in two or more informants</source>
        <translation>%1 av %2 temaområder funnet hos to eller flere informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="195" />
        <source>%1 of %2 informants with attributes (role, site…)</source>
        <translation>%1 av %2 informanter med egenskaper (rolle, sted…)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="196" />
        <source>%1 of %2 snapshots saved (before and after)</source>
        <translation>%1 av %2 øyeblikksbilder lagret (før og etter)</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="197" />
        <source>%1 changes since the first snapshot</source>
        <translation>%1 endringer siden første øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="198" />
        <source>%1 of %2 subgroups with a condensate and a golden quote</source>
        <translation>%1 av %2 subgrupper med kondensat og gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="199" />
        <source>%1 of %2 transcripts re-read with the overlay</source>
        <translation>%1 av %2 transkripsjoner lest på nytt med overlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="200" />
        <source>%1 of %2 transcripts with meaning units coded</source>
        <translation>%1 av %2 transkripsjoner med meningsbærende enheter kodet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="201" />
        <source>%1 of %2 informant lines coded</source>
        <translation>%1 av %2 informantlinjer kodet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="202" />
        <source>%1 of %2 codes sorted into code groups</source>
        <translation>%1 av %2 koder sortert i kodegrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="203" />
        <source>%1 of %2 code groups split into subgroups</source>
        <translation>%1 av %2 kodegrupper delt i subgrupper</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="204" />
        <source>%1 of %2 subgroups with a condensate</source>
        <translation>%1 av %2 subgrupper med kondensat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="205" />
        <source>%1 of %2 subgroups with a golden quote</source>
        <translation>%1 av %2 subgrupper med gullsitat</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="206" />
        <source>%1 of %2 themes illustrated with quotes</source>
        <translation>%1 av %2 temaer illustrert med sitater</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="207" />
        <source>reflection notes for %1 of the %2 steps worked on</source>
        <translation>refleksjonsnotater for %1 av de %2 trinnene det er arbeidet med</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="208" />
        <source>first impressions noted in a reflection note: %1 of %2</source>
        <translation>førsteinntrykk notert i et refleksjonsnotat: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="209" />
        <source>%1 reflection notes in the journal</source>
        <translation>%1 refleksjonsnotater i journalen</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="210" />
        <source>%1 memos on codes, themes, transcripts and informants</source>
        <translation>%1 notater om koder, temaer, transkripsjoner og informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="215" />
        <source>%1 of %2 informant lines coded in pass %3</source>
        <translation>%1 av %2 informantlinjer kodet i runde %3</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="222" />
        <source>Open the next unread transcript</source>
        <translation>Åpne neste uleste transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="223" />
        <source>Show the code tree</source>
        <translation>Vis kodetreet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="224" />
        <source>Show the theme hierarchy</source>
        <translation>Vis temahierarkiet</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="225" />
        <source>Open the condensation editor</source>
        <translation>Åpne kondenseringsredigereren</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="226" />
        <source>Open the cross-case matrix</source>
        <translation>Åpne matrisen på tvers av informanter</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="227" />
        <source>Snapshots and comparison…</source>
        <translation>Øyeblikksbilder og sammenligning…</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="228" />
        <source>Open the transcript overlay</source>
        <translation>Åpne transkripsjonsoverlegget</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="229" />
        <source>Open the journal of reflection notes</source>
        <translation>Åpne journalen med refleksjonsnotater</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="268" />
        <source>Open a project to see its progress through the steps.</source>
        <translation>Åpne et prosjekt for å se framdriften gjennom trinnene.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="272" />
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 trinn fullført</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="305" />
        <source>Open a transcript to mark it read.</source>
        <translation>Åpne en transkripsjon for å merke den som lest.</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="307" />
        <source>Open transcript:</source>
        <translation>Åpen transkripsjon:</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="308" />
        <source>read %1</source>
        <translation>lest %1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="308" />
        <source>not read whole yet</source>
        <translation>ikke lest i sin helhet ennå</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="310" />
        <source>re-read %1</source>
        <translation>lest på nytt %1</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="317" />
        <source>Mark transcript read</source>
        <translation>Merk transkripsjonen som lest</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="317" />
        <source>Mark transcript re-read</source>
        <translation>Merk transkripsjonen som lest på nytt</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="329" />
        <source>Transcript read</source>
        <translation>Transkripsjon lest</translation>
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="336" />
        <source>Choose analysis method</source>
        <translation>Velg analysemetode</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../app/supervision/install.py" line="63" />
        <source>Review mode</source>
        <translation>Veiledningsmodus</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="72" />
        <source>What changed since your last review</source>
        <translation>Hva er endret siden forrige veiledning</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="73" />
        <source>Add comment…</source>
        <translation>Legg til kommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="74" />
        <location filename="../../app/supervision/install.py" line="99" />
        <source>Return comments…</source>
        <translation>Send tilbake kommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="93" />
        <source>Open review copy…</source>
        <translation>Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="95" />
        <source>Send for review…</source>
        <translation>Send til veileder…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="97" />
        <source>Import review comments…</source>
        <translation>Importer veiledningskommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="101" />
        <source>Add review comment…</source>
        <translation>Legg til veiledningskommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="112" />
        <source>Review comments</source>
        <translation>Veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="218" />
        <source>the student</source>
        <translation>studenten</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="219" />
        <source>&lt;b&gt;Review mode&lt;/b&gt; — %1's project &lt;b&gt;%2&lt;/b&gt;, review copy %3 of %4. The analysis is read-only; your comments are saved in the review file.</source>
        <translation>&lt;b&gt;Veiledningsmodus&lt;/b&gt; — prosjektet &lt;b&gt;%2&lt;/b&gt; til %1, veiledningskopi %3 fra %4. Analysen kan ikke endres; kommentarene dine lagres i veiledningsfilen.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="223" />
        <source>Note from the student:</source>
        <translation>Notat fra studenten:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="230" />
        <location filename="../../app/supervision/install.py" line="241" />
        <source>Open review copy</source>
        <translation>Åpne veiledningskopi</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="231" />
        <location filename="../../app/supervision/install.py" line="409" />
        <source>Kondens review copy (*.kondensreview)</source>
        <translation>Kondens-veiledningskopi (*.kondensreview)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="239" />
        <source>Opening review copy…</source>
        <translation>Åpner veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="294" />
        <source>Condensate of %1: “%2”</source>
        <translation>Kondensatet til %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="298" />
        <source>Condensate of %1 (whole)</source>
        <translation>Kondensatet til %1 (hele)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="302" />
        <location filename="../../app/supervision/install.py" line="318" />
        <source>Theme area: %1</source>
        <translation>Temaområde: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="302" />
        <location filename="../../app/supervision/install.py" line="318" />
        <source>Subgroup: %1</source>
        <translation>Subgruppe: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="309" />
        <source>Golden quote (%1)</source>
        <translation>Gullsitat (%1)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="310" />
        <location filename="../../app/supervision/install.py" line="340" />
        <source>Segment: %1 (%2)</source>
        <translation>Kodet utdrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="322" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="332" />
        <source>Transcript lines: %1</source>
        <translation>Transkripsjonslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="342" />
        <source>The project as a whole</source>
        <translation>Prosjektet som helhet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="354" />
        <location filename="../../app/supervision/install.py" line="369" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="355" />
        <source>Comments are added to a review copy: File → Open review copy…</source>
        <translation>Kommentarer legges til i en veiledningskopi: Fil → Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="381" />
        <location filename="../../app/supervision/install.py" line="390" />
        <source>Return comments</source>
        <translation>Send tilbake kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="382" />
        <location filename="../../app/supervision/install.py" line="438" />
        <source>Kondens comments (*.kondenscomments)</source>
        <translation>Kondens-kommentarer (*.kondenscomments)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="392" />
        <source>Wrote %1 comment(s) to %2</source>
        <translation>Skrev %1 kommentarer til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="408" />
        <location filename="../../app/supervision/install.py" line="419" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="423" />
        <source>Review copy %1 written to %2</source>
        <translation>Veiledningskopi %1 skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="437" />
        <location filename="../../app/supervision/install.py" line="445" />
        <location filename="../../app/supervision/install.py" line="454" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="461" />
        <source>Imported %1 comment(s), %2 suggestion(s); %3 orphaned</source>
        <translation>Importerte %1 kommentarer, %2 forslag; %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="509" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="509" />
        <source>This comment is orphaned: what it was about is gone.</source>
        <translation>Kommentaren er foreldreløs: det den gjaldt, finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>ThemeDock</name>
    <message>
        <location filename="../../app/themes/dock.py" line="39" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="59" />
        <source>Rename theme</source>
        <translation>Gi tema nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="61" />
        <source>New area</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="62" />
        <location filename="../../app/themes/dock.py" line="191" />
        <location filename="../../app/themes/dock.py" line="192" />
        <location filename="../../app/themes/dock.py" line="291" />
        <source>New subgroup</source>
        <translation>Ny subgruppe</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="65" />
        <location filename="../../app/themes/dock.py" line="242" />
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="66" />
        <location filename="../../app/themes/dock.py" line="253" />
        <location filename="../../app/themes/dock.py" line="257" />
        <source>Split</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="67" />
        <location filename="../../app/themes/dock.py" line="268" />
        <location filename="../../app/themes/dock.py" line="303" />
        <location filename="../../app/themes/dock.py" line="311" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="68" />
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="181" />
        <location filename="../../app/themes/dock.py" line="182" />
        <location filename="../../app/themes/dock.py" line="313" />
        <source>New theme area</source>
        <translation>Nytt temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="181" />
        <source>Name of the theme area:</source>
        <translation>Navn på temaområdet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="191" />
        <source>Name of the subgroup:</source>
        <translation>Navn på subgruppen:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="196" />
        <location filename="../../app/themes/dock.py" line="225" />
        <source>Move codes</source>
        <translation>Flytt koder</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="217" />
        <location filename="../../app/themes/dock.py" line="221" />
        <source>Move to theme area</source>
        <translation>Flytt til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="217" />
        <source>Make a theme area first.</source>
        <translation>Lag et temaområde først.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="219" />
        <source>Move the selected code to:</source>
        <translation>Flytt den valgte koden til:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="220" />
        <source>Move the %1 selected codes to:</source>
        <translation>Flytt de %1 valgte kodene til:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="237" />
        <source>Move theme</source>
        <translation>Flytt tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="243" />
        <source>Select two or more theme areas or subgroups; the first one selected keeps its name.</source>
        <translation>Merk to eller flere temaområder eller subgrupper; den første du merket beholder navnet sitt.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="246" />
        <source>Merge themes</source>
        <translation>Slå sammen temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="253" />
        <source>Select the codes of one theme area that go into the new area.</source>
        <translation>Merk kodene fra ett temaområde som skal inn i det nye området.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="257" />
        <source>The codes must come from one theme area.</source>
        <translation>Kodene må komme fra ett og samme temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="259" />
        <source>Split theme area</source>
        <translation>Del temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="259" />
        <source>Name of the new theme area:</source>
        <translation>Navn på det nye temaområdet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="260" />
        <source>Split theme</source>
        <translation>Del tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="268" />
        <source>Delete the selected theme nodes? Their codes become uncategorised.</source>
        <translation>Slette de valgte temaene? Kodene deres blir stående uten temaområde.</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="272" />
        <source>Delete themes</source>
        <translation>Slett temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="275" />
        <source>Delete theme</source>
        <translation>Slett tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="279" />
        <location filename="../../app/themes/dock.py" line="326" />
        <source>Research question</source>
        <translation>Forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="279" />
        <location filename="../../app/themes/dock.py" line="326" />
        <source>Research question:</source>
        <translation>Forskningsspørsmål:</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="280" />
        <location filename="../../app/themes/dock.py" line="314" />
        <source>New research question</source>
        <translation>Nytt forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="288" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="289" />
        <source>Description…</source>
        <translation>Beskrivelse…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="293" />
        <source>Answers research question</source>
        <translation>Besvarer forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="300" />
        <source>Link research question</source>
        <translation>Koble forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="302" />
        <source>Make theme area</source>
        <translation>Gjør til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="302" />
        <source>Promote subgroup</source>
        <translation>Gjør subgruppe til temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="305" />
        <source>Move to theme area…</source>
        <translation>Flytt til temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="306" />
        <source>Move to Uncategorised</source>
        <translation>Flytt til Uten temaområde</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="308" />
        <source>Split into new theme area…</source>
        <translation>Skill ut i nytt temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="310" />
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="311" />
        <source>Delete research question</source>
        <translation>Slett forskningsspørsmål</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="321" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="323" />
        <source>Describe theme</source>
        <translation>Beskriv tema</translation>
    </message>
    <message>
        <location filename="../../app/themes/dock.py" line="328" />
        <source>Edit research question</source>
        <translation>Rediger forskningsspørsmål</translation>
    </message>
</context>
<context>
    <name>ThemeReaderView</name>
    <message>
        <location filename="../../app/themes/reader.py" line="25" />
        <source>No condensate yet.</source>
        <translation>Ingen kondensat ennå.</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="31" />
        <source>{0} segment from {1} informant(s)</source>
        <translation>{0} utdrag fra {1} informant(er)</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="32" />
        <source>{0} segments from {1} informant(s)</source>
        <translation>{0} utdrag fra {1} informant(er)</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="34" />
        <source>(no informant)</source>
        <translation>(ingen informant)</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="72" />
        <source>Show surrounding lines</source>
        <translation>Vis linjene rundt</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="76" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/reader.py" line="125" />
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
        <location filename="../../app/themes/hierarchy_model.py" line="160" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../app/themes/hierarchy_model.py" line="160" />
        <source>Segments</source>
        <translation>Utdrag</translation>
    </message>
</context>
<context>
    <name>ThemeWorkspace</name>
    <message>
        <location filename="../../app/themes/install.py" line="32" />
        <source>Themes: condensation and recontextualisation</source>
        <translation>Temaer: kondensering og rekontekstualisering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="42" />
        <source>Condensation</source>
        <translation>Kondensering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="42" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="43" />
        <source>Transcript overlay</source>
        <translation>Temaer i transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="43" />
        <source>Per informant</source>
        <translation>Per informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="44" />
        <source>Matrix</source>
        <translation>Matrise</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="44" />
        <source>Informant attributes</source>
        <translation>Informantegenskaper</translation>
    </message>
</context>
<context>
    <name>ThemesMenu</name>
    <message>
        <location filename="../../app/themes/install.py" line="83" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="83" />
        <source>Open a project first.</source>
        <translation>Åpne et prosjekt først.</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="90" />
        <source>Save snapshot</source>
        <translation>Lagre øyeblikksbilde</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="90" />
        <source>Name of this version of the hierarchy:</source>
        <translation>Navn på denne versjonen av hierarkiet:</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="92" />
        <source>Save snapshot {0}</source>
        <translation>Lagre øyeblikksbilde {0}</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="103" />
        <location filename="../../app/themes/install.py" line="108" />
        <source>Export matrix</source>
        <translation>Eksporter matrise</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="103" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="111" />
        <source>Theme hierarchy</source>
        <translation>Temahierarki</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="112" />
        <source>New theme area…</source>
        <translation>Nytt temaområde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="113" />
        <source>New research question…</source>
        <translation>Nytt forskningsspørsmål…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="115" />
        <source>Condensation editor</source>
        <translation>Kondenseringsredigering</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="116" />
        <source>Theme reader</source>
        <translation>Temaleser</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="117" />
        <source>Transcript overlay</source>
        <translation>Temaer i transkripsjonen</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="118" />
        <source>Per informant</source>
        <translation>Per informant</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="119" />
        <source>Cross-case matrix</source>
        <translation>Matrise på tvers av informanter</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="120" />
        <source>Informant attributes</source>
        <translation>Informantegenskaper</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="122" />
        <source>Save snapshot…</source>
        <translation>Lagre øyeblikksbilde…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="123" />
        <source>Snapshots and comparison…</source>
        <translation>Øyeblikksbilder og sammenligning…</translation>
    </message>
    <message>
        <location filename="../../app/themes/install.py" line="124" />
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
        <location filename="../../app/window/transcript_actions.py" line="30" />
        <source> (informant {0})</source>
        <translation> (informant {0})</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="31" />
        <source>&lt;p&gt;Delete &lt;b&gt;{0}&lt;/b&gt;{1}?&lt;/p&gt;&lt;p&gt;This removes its text, {2} coded segment(s), {3} quote(s) and {4} memo(s) anchored in it, its entries in the search index, and its copies in the project's backups. The informant stays.&lt;/p&gt;&lt;p&gt;Edit ▸ Undo brings it back until the project is closed; after that it is gone for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Slette &lt;b&gt;{0}&lt;/b&gt;{1}?&lt;/p&gt;&lt;p&gt;Dette fjerner teksten, {2} kodede utdrag, {3} sitat(er) og {4} notat(er) som er forankret i den, oppføringene i søkeindeksen og kopiene i prosjektets sikkerhetskopier. Informanten blir værende.&lt;/p&gt;&lt;p&gt;Rediger ▸ Angre henter den tilbake til prosjektet lukkes; etter det er den borte for godt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="38" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="56" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="61" />
        <source>Replace transcript…</source>
        <translation>Erstatt transkripsjon…</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="64" />
        <source>Delete transcript…</source>
        <translation>Slett transkripsjon…</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="113" />
        <location filename="../../app/window/transcript_actions.py" line="115" />
        <source>Rename transcript</source>
        <translation>Gi transkripsjonen nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="128" />
        <source>Replace transcript: {0}</source>
        <translation>Erstatt transkripsjon: {0}</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="141" />
        <source>Delete transcript {0}</source>
        <translation>Slett transkripsjon {0}</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="36" />
        <location filename="../../app/window/transcript_actions.py" line="143" />
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
        <location filename="../../app/window/transcript_model.py" line="117" />
        <source>%1 · %2 words · %3 lines · %4 % coded</source>
        <translation>%1 · %2 ord · %3 linjer · %4 % kodet</translation>
    </message>
</context>
<context>
    <name>TrimEditor</name>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="180" />
        <location filename="../../app/exports/trim_editor.py" line="372" />
        <source>Trim quote</source>
        <translation>Forkort sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="195" />
        <source>Keep selection</source>
        <translation>Behold utvalget</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="196" />
        <source>Start and end the quote at the selection (whole words)</source>
        <translation>La sitatet begynne og slutte ved utvalget (hele ord)</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="197" />
        <source>Cut selection to […]</source>
        <translation>Kutt utvalget til […]</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="198" />
        <source>Leave out a middle part; the export shows it as […]</source>
        <translation>Utelat en del i midten; eksporten viser den som […]</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="199" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="200" />
        <source>Show the whole segment again, without cuts</source>
        <translation>Vis hele det kodede utdraget igjen, uten kutt</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="201" />
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="217" />
        <location filename="../../app/exports/trim_editor.py" line="392" />
        <source>Remove cut</source>
        <translation>Fjern kutt</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="245" />
        <source>Segment — select words, then keep them or cut them:</source>
        <translation>Kodet utdrag – merk ord, og behold eller kutt dem:</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="248" />
        <source>Cuts:</source>
        <translation>Kutt:</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="250" />
        <source>Preview (as in the quote-set export):</source>
        <translation>Forhåndsvisning (som i eksporten av sitatsamlingen):</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="276" />
        <source>informant %1</source>
        <translation>informant %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="278" />
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="377" />
        <source>Cut from quote</source>
        <translation>Kutt fra sitat</translation>
    </message>
    <message>
        <location filename="../../app/exports/trim_editor.py" line="380" />
        <source>Restore quote</source>
        <translation>Gjenopprett sitat</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/window/welcome.py" line="38" />
        <source>team project on a server</source>
        <translation>teamprosjekt på en tjener</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="40" />
        <source>not found</source>
        <translation>finnes ikke</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="45" />
        <source>cannot be read</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="46" />
        <source>%1 transcripts · %2 codes · %3 coded segments</source>
        <translation>%1 transkripsjoner · %2 koder · %3 kodede utdrag</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="59" />
        <source>&lt;h1&gt;Kondens&lt;/h1&gt;&lt;p&gt;Qualitative analysis of de-identified interviews&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Kondens&lt;/h1&gt;&lt;p&gt;Kvalitativ analyse av avidentifiserte intervjuer&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="61" />
        <source>New project…</source>
        <translation>Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="62" />
        <source>Open project…</source>
        <translation>Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="63" />
        <source>Open the demo project</source>
        <translation>Åpne demoprosjektet</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="64" />
        <source>A finished small analysis of four fictitious interviews</source>
        <translation>En ferdig liten analyse av fire oppdiktede intervjuer</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="82" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nylige prosjekter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="84" />
        <source>No recent projects yet. Create one, or open the demo to see a finished analysis.</source>
        <translation>Ingen nylige prosjekter ennå. Opprett et, eller åpne demoen for å se en ferdig analyse.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="104" />
        <source>&lt;b&gt;How Kondens works&lt;/b&gt;</source>
        <translation>&lt;b&gt;Slik virker Kondens&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="112" />
        <source>1. Import</source>
        <translation>1. Importer</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="112" />
        <source>Word, text, ODT, RTF, subtitles or Teams files (Ctrl+I).</source>
        <translation>DOCX-, TXT-, ODT-, RTF-, undertekst- eller Teams-filer (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="113" />
        <source>2. De-identify</source>
        <translation>2. Avidentifiser</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="113" />
        <source>Names, places and institutions become tags such as [navn&amp;nbsp;1]; you review every proposal.</source>
        <translation>Navn, steder og institusjoner blir merkelapper som [navn&amp;nbsp;1]; du går gjennom hvert forslag.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>3. Code</source>
        <translation>3. Kod</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>Line by line with the keyboard, in one or more passes.</source>
        <translation>Linje for linje med tastaturet, i én eller flere runder.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="116" />
        <source>4. Theme areas</source>
        <translation>4. Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="116" />
        <source>Sort codes into theme areas and subgroups; write condensates and pick golden quotes.</source>
        <translation>Sorter kodene i temaområder og subgrupper; skriv kondensater og velg gullsitater.</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>5. Re-read and export</source>
        <translation>5. Les på nytt og eksporter</translation>
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>Check themes against whole transcripts, then export quotes and reports.</source>
        <translation>Sjekk temaene mot hele transkripsjoner, og eksporter så sitater og rapporter.</translation>
    </message>
</context>
<context>
    <name>Withdraw</name>
    <message>
        <location filename="../../app/review/project_actions.py" line="35" />
        <source>(no transcripts)</source>
        <translation>(ingen transkripsjoner)</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="36" />
        <source>&lt;p&gt;Informant &lt;b&gt;{0}&lt;/b&gt; withdraws consent. This removes, for good:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;{2} coded segment(s), {3} quote(s), {4} memo(s) anchored in their text, their entries in the search index, and their data in the project's backups.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Informant &lt;b&gt;{0}&lt;/b&gt; trekker samtykket. Dette fjerner for godt:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;&lt;p&gt;{2} kodede utdrag, {3} sitat(er), {4} notat(er) forankret i teksten, oppføringene i søkeindeksen og dataene i prosjektets sikkerhetskopier.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dette kan ikke angres.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="85" />
        <source>Withdraw informant {0}</source>
        <translation>Trekk ut informant {0}</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="87" />
        <location filename="../../app/review/project_actions.py" line="94" />
        <source>Withdraw informant</source>
        <translation>Trekk ut informant</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="95" />
        <source>{0} was withdrawn, but the linking key could not be updated: {1}. Their entries are removed from it at the next unlock.</source>
        <translation>{0} ble trukket ut, men koblingsnøkkelen kunne ikke oppdateres: {1}. Oppføringene fjernes fra den ved neste opplåsing.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../app/review/project_actions.py" line="47" />
        <source>Withdraw informant</source>
        <translation>Trekk ut informant</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="55" />
        <source>Withdraw and delete</source>
        <translation>Trekk ut og slett</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="59" />
        <source>Informant:</source>
        <translation>Informant:</translation>
    </message>
    <message>
        <location filename="../../app/review/project_actions.py" line="68" />
        <source>No informants.</source>
        <translation>Ingen informanter.</translation>
    </message>
</context>
<context>
    <name>_Job</name>
    <message>
        <location filename="../../app/importing/worker.py" line="63" />
        <source>{0}: could not be imported ({1})</source>
        <translation>{0}: kunne ikke importeres ({1})</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/agreement/install.py" line="47" />
        <source>Consensus walk</source>
        <translation>Konsensusgjennomgang</translation>
    </message>
</context>
</TS>