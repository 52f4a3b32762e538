<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>CodeChooser</name>
    <message>
        <location filename="../../app/codes/dialogs.py" line="29" />
        <source>Filter codes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeTreeDock</name>
    <message>
        <location filename="../../app/codes/dock.py" line="76" />
        <location filename="../../app/codes/dock.py" line="168" />
        <source>New code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="77" />
        <source>New sub-code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="78" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="79" />
        <source>Colour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="80" />
        <source>Describe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="81" />
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="82" />
        <source>Merge into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="83" />
        <source>Split…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="84" />
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="153" />
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="168" />
        <source>Name of the new code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="174" />
        <source>New code “%1”</source>
        <translation>Ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="191" />
        <source>Code colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="195" />
        <source>Recolour code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="203" />
        <location filename="../../app/codes/dock.py" line="208" />
        <source>Describe code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="204" />
        <source>What “%1” means and when to use it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="227" />
        <source>Delete code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="229" />
        <source>Delete code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="238" />
        <source>Merge codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="239" />
        <source>Merge “%1” into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="249" />
        <location filename="../../app/codes/dock.py" line="252" />
        <source>Merge into “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="264" />
        <location filename="../../app/codes/dock.py" line="269" />
        <location filename="../../app/codes/dock.py" line="273" />
        <source>Split code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="265" />
        <source>Select the segments to move in the code view first (Code ▸ Code view), then split.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="269" />
        <source>Move %1 segment(s) to a new code named:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../app/codes/tree_model.py" line="206" />
        <source>Rename code to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="257" />
        <source>Move code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="257" />
        <source>Move codes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeViewDock</name>
    <message>
        <location filename="../../app/codes/code_view.py" line="115" />
        <source>Code view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="121" />
        <location filename="../../app/codes/code_view.py" line="192" />
        <source>Choose a code in the code tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="123" />
        <source>Include sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="129" />
        <source> lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="130" />
        <source>Context lines shown around the selected segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/code_view.py" line="204" />
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 segment(s), %3 informant(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../app/reader/actions.py" line="53" />
        <source>Code line or selection with last code</source>
        <translation>Kod linje eller utvalg med siste kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="55" />
        <source>Code whole turn with last code</source>
        <translation>Kod hele replikken med siste kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="57" />
        <source>Quick code…</source>
        <translation>Hurtigkoding…</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="58" />
        <source>In-vivo code from selection</source>
        <translation>In vivo-kode fra utvalget</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="59" />
        <source>Next uncoded line</source>
        <translation>Neste ukodede linje</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="61" />
        <source>Previous uncoded line</source>
        <translation>Forrige ukodede linje</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="63" />
        <source>Remove selected coding</source>
        <translation>Fjern valgt koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="65" />
        <source>Change code of selected coding…</source>
        <translation>Bytt kode på valgt koding…</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="67" />
        <source>Apply recent code %1</source>
        <translation>Bruk nylig kode %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="159" />
        <source>Start coding pass %1</source>
        <translation>Start koderunde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="169" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="170" />
        <source>Your name or initials, recorded on every coding (asked once):</source>
        <translation>Navn eller initialer, lagres på hver koding (spørres én gang):</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="195" />
        <source>Code “%1”</source>
        <translation>Kod «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="209" />
        <source>Code with new code “%1”</source>
        <translation>Kod med ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="210" />
        <source>New code “%1”</source>
        <translation>Ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="233" />
        <source>Select the informant's words first</source>
        <translation>Merk informantens ord først</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="270" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="278" />
        <source>Change code</source>
        <translation>Bytt kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="278" />
        <source>New code for this coding:</source>
        <translation>Ny kode for denne kodingen:</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="287" />
        <source>Change code to “%1”</source>
        <translation>Bytt kode til «%1»</translation>
    </message>
</context>
<context>
    <name>CodingView</name>
    <message>
        <location filename="../../app/reader/view.py" line="82" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="85" />
        <source>Code… (Ctrl+K)</source>
        <translation>Kode… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="92" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="282" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/importing/dialog.py" line="66" />
        <location filename="../../app/importing/dialog.py" line="190" />
        <source>Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="92" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="94" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="96" />
        <source>Files (drop files here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="118" />
        <source>Set each speaker's role and pseudonym. Type an existing letter to link an informant already in the project (existing: {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="124" />
        <source>Preview (original text, not stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="162" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="165" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="167" />
        <location filename="../../app/importing/dialog.py" line="257" />
        <source>Next: review identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="169" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="191" />
        <source>Transcripts ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="212" />
        <source>Reading files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="217" />
        <source> (already imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="246" />
        <source>… {0} more turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="257" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="291" />
        <source>{0} identifiers will be replaced by tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="303" />
        <source>already imported (transcript {0}), skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="311" />
        <source>Import {0} transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="313" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="318" />
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="320" />
        <source>Import {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="341" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="347" />
        <source>{0} imported, {1} not imported{2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="348" />
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="76" />
        <source>Reflection notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="87" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="90" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="94" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="101" />
        <source>Choices, doubts, your own influence on the analysis…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="104" />
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="203" />
        <source>Edit reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="210" />
        <source>Reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="211" />
        <source>New reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="223" />
        <source>Delete note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="223" />
        <source>Delete this reflection note? Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="227" />
        <source>Delete reflection note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="58" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="58" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="58" />
        <source>&amp;Code</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="59" />
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="59" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="59" />
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="60" />
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="60" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="60" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="162" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="163" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="165" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="168" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="170" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="172" />
        <location filename="../../app/main_window.py" line="272" />
        <location filename="../../app/main_window.py" line="277" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="175" />
        <location filename="../../app/main_window.py" line="273" />
        <location filename="../../app/main_window.py" line="278" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="181" />
        <source>Coder name…</source>
        <translation>Kodernavn…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="186" />
        <source>&amp;About Kondens</source>
        <translation>&amp;Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="197" />
        <source>About Kondens</source>
        <translation>Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="198" />
        <source>Kondens: qualitative analysis of de-identified interviews.</source>
        <translation>Kondens: kvalitativ analyse av avidentifiserte intervjuer.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="203" />
        <source>Your name or initials:</source>
        <translation>Navn eller initialer:</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="213" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="214" />
        <source>Kondens project (*.kondens)</source>
        <translation>Kondens-prosjekt (*.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="221" />
        <source>Open project folder (NAME.kondens)</source>
        <translation>Åpne prosjektmappe (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="234" />
        <source>Kondens</source>
        <translation>Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="337" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="347" />
        <source>No project open. File → Open project…</source>
        <translation>Ingen prosjekt åpent. Fil → Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="351" />
        <source>%1 · %2 transcripts</source>
        <translation>%1 · %2 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="360" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="362" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
</context>
<context>
    <name>MemoDock</name>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="28" />
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="38" />
        <source>Thoughts on this code, segment or transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="40" />
        <source>Save memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="87" />
        <source>Edit memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="107" />
        <source>Memo on code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="115" />
        <source>Memo on segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="118" />
        <source>Memo on transcript “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="128" />
        <source>Select a code, a segment or a transcript to write its memo.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/codes/progress.py" line="120" />
        <source>Coding progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="151" />
        <source>pass %1: %2 of %3 transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/progress.py" line="153" />
        <source>%1 of %2 lines coded (%3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../app/codes/progress.py" line="59" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/backups/dialog.py" line="52" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="61" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/backups/dialog.py" line="65" />
        <source>The current state is saved as a backup before restoring.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../app/search/dock.py" line="67" />
        <location filename="../../app/search/dock.py" line="79" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="76" />
        <source>Search transcripts, memos and condensates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="80" />
        <source>Type a query and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="102" />
        <source>matching lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="103" />
        <source>whole turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="104" />
        <source>Code selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="110" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="192" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="211" />
        <source>1 hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="211" />
        <source>%1 hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="215" />
        <source>%1 in memos and condensates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="217" />
        <source>showing the best %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="251" />
        <source>Code %1 search results with %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/search/model.py" line="31" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="31" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/search/model.py" line="31" />
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/model.py" line="31" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/model.py" line="32" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpeakersModel</name>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="55" />
        <source>(no label)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="65" />
        <source>existing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/speakers_model.py" line="65" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptListModel</name>
    <message>
        <location filename="../../app/window/transcript_model.py" line="29" />
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="29" />
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="29" />
        <source>Words</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="29" />
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="29" />
        <source>Coded</source>
        <translation>Kodet</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_model.py" line="94" />
        <source>%1 · %2 words · %3 lines · %4 % coded</source>
        <translation>%1 · %2 ord · %3 linjer · %4 % kodet</translation>
    </message>
</context>
<context>
    <name>dock</name>
    <message>
        <location filename="../../app/search/install.py" line="16" />
        <source>&amp;Find in project…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/codes/dialogs.py" line="62" />
        <source>This removes %1 coded segment(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="64" />
        <source> and %1 sub-code(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="65" />
        <source>, with their quotes and memos. Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="66" />
        <source>Delete code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dialogs.py" line="67" />
        <source>Delete the code “%1”?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>v</name>
    <message>
        <location filename="../../app/reader/actions.py" line="146" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/backups/install.py" line="29" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/backups/install.py" line="36" />
        <source>Restore from backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/dock.py" line="44" />
        <source>Codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="49" />
        <source>New code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="50" />
        <source>Merge code into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="51" />
        <source>Split code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="52" />
        <source>Code view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/install.py" line="63" />
        <source>Coding progress…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/install.py" line="12" />
        <source>Import transcripts…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>