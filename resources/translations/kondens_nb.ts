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
        <translation>Gi nytt navn</translation>
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
        <translation>Slå sammen med…</translation>
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
        <translation>Koder</translation>
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
        <location filename="../../app/codes/tree_model.py" line="201" />
        <source>Rename code to “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="252" />
        <source>Move code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/codes/tree_model.py" line="252" />
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
        <location filename="../../app/codes/code_view.py" line="186" />
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
        <location filename="../../app/codes/code_view.py" line="198" />
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
        <location filename="../../app/reader/view.py" line="94" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="97" />
        <source>Code… (Ctrl+K)</source>
        <translation>Kode… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="104" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="289" />
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/importing/dialog.py" line="67" />
        <location filename="../../app/importing/dialog.py" line="206" />
        <source>Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="98" />
        <location filename="../../app/importing/dialog.py" line="380" />
        <source>Linking key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="109" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="111" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="113" />
        <source>Files (drop files here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="135" />
        <source>Set each speaker's role and pseudonym. Type an existing letter to link an informant already in the project (existing: {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="141" />
        <source>Preview (original text, not stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="179" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="182" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="184" />
        <location filename="../../app/importing/dialog.py" line="274" />
        <source>Next: review identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="186" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="207" />
        <source>Transcripts ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="228" />
        <source>Reading files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="234" />
        <source> (already imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="263" />
        <source>… {0} more turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="274" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="313" />
        <source>{0} identifiers will be replaced by tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="325" />
        <source>already imported (transcript {0}), skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="335" />
        <source>Import {0} transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="337" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="342" />
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="344" />
        <source>Import {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="365" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="371" />
        <source>{0} imported, {1} not imported{2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="372" />
        <source> (cancelled)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JournalDock</name>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="77" />
        <source>Reflection notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="89" />
        <source>New note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="92" />
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="96" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="103" />
        <source>Choices, doubts, your own influence on the analysis…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="106" />
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="206" />
        <source>Edit reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="215" />
        <source>Reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="216" />
        <source>New reflection note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="228" />
        <source>Delete note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="228" />
        <source>Delete this reflection note? Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/journal_dock.py" line="232" />
        <source>Delete reflection note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="62" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="62" />
        <source>&amp;Code</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="63" />
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="63" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="63" />
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="64" />
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="64" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="64" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="191" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="192" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="194" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="197" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="199" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="201" />
        <location filename="../../app/main_window.py" line="317" />
        <location filename="../../app/main_window.py" line="322" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="204" />
        <location filename="../../app/main_window.py" line="318" />
        <location filename="../../app/main_window.py" line="323" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="210" />
        <source>Coder name…</source>
        <translation>Kodernavn…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="215" />
        <source>&amp;About Kondens</source>
        <translation>&amp;Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="223" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="226" />
        <source>About Kondens</source>
        <translation>Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="227" />
        <source>Kondens: qualitative analysis of de-identified interviews.</source>
        <translation>Kondens: kvalitativ analyse av avidentifiserte intervjuer.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="232" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="232" />
        <source>Your name or initials:</source>
        <translation>Navn eller initialer:</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="242" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="243" />
        <source>Kondens project (*.kondens)</source>
        <translation>Kondens-prosjekt (*.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="250" />
        <source>Open project folder (NAME.kondens)</source>
        <translation>Åpne prosjektmappe (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="261" />
        <source>Opening project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="267" />
        <source>Project in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="268" />
        <source>Open it read-only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="271" />
        <location filename="../../app/main_window.py" line="279" />
        <source>Kondens</source>
        <translation>Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="382" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="392" />
        <source>No project open. File → Open project…</source>
        <translation>Ingen prosjekt åpent. Fil → Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="396" />
        <source>%1 · %2 transcripts</source>
        <translation>%1 · %2 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="405" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="407" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
</context>
<context>
    <name>MemoDock</name>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="29" />
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="40" />
        <source>Thoughts on this code, segment or transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="42" />
        <source>Save memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="84" />
        <source>Edit memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="109" />
        <source>Memo on code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="117" />
        <source>Memo on segment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="120" />
        <source>Memo on transcript “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="131" />
        <source>Select a code, a segment or a transcript to write its memo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/memos/memo_dock.py" line="142" />
        <source>recovered unsaved text</source>
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
        <location filename="../../app/search/dock.py" line="186" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="205" />
        <source>1 hit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="205" />
        <source>%1 hits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="209" />
        <source>%1 in memos and condensates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="211" />
        <source>showing the best %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/search/dock.py" line="245" />
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
        <location filename="../../app/supervision/install.py" line="97" />
        <source>Return comments…</source>
        <translation>Send tilbake kommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="91" />
        <source>Open review copy…</source>
        <translation>Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="93" />
        <source>Send for review…</source>
        <translation>Send til veileder…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="95" />
        <source>Import review comments…</source>
        <translation>Importer veiledningskommentarer…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="99" />
        <source>Add review comment…</source>
        <translation>Legg til veiledningskommentar…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="110" />
        <source>Review comments</source>
        <translation>Veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="188" />
        <source>the student</source>
        <translation>studenten</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="189" />
        <source>&lt;b&gt;Review mode&lt;/b&gt; — %1's project &lt;b&gt;%2&lt;/b&gt;, review copy %3 of %4. The analysis is read-only; your comments are saved in the review file.</source>
        <translation>&lt;b&gt;Veiledningsmodus&lt;/b&gt; — prosjektet &lt;b&gt;%2&lt;/b&gt; til %1, veiledningskopi %3 fra %4. Analysen kan ikke endres; kommentarene dine lagres i veiledningsfilen.</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="193" />
        <source>Note from the student:</source>
        <translation>Notat fra studenten:</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="200" />
        <location filename="../../app/supervision/install.py" line="211" />
        <source>Open review copy</source>
        <translation>Åpne veiledningskopi</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="201" />
        <location filename="../../app/supervision/install.py" line="375" />
        <source>Kondens review copy (*.kondensreview)</source>
        <translation>Kondens-veiledningskopi (*.kondensreview)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="209" />
        <source>Opening review copy…</source>
        <translation>Åpner veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="260" />
        <source>Condensate of %1: “%2”</source>
        <translation>Kondensatet til %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="264" />
        <source>Condensate of %1 (whole)</source>
        <translation>Kondensatet til %1 (hele)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="268" />
        <location filename="../../app/supervision/install.py" line="284" />
        <source>Theme area: %1</source>
        <translation>Temaområde: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="268" />
        <location filename="../../app/supervision/install.py" line="284" />
        <source>Subgroup: %1</source>
        <translation>Subgruppe: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="275" />
        <source>Golden quote (%1)</source>
        <translation>Gullsitat (%1)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="276" />
        <location filename="../../app/supervision/install.py" line="306" />
        <source>Segment: %1 (%2)</source>
        <translation>Kodet utdrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="288" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="298" />
        <source>Transcript lines: %1</source>
        <translation>Transkripsjonslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="308" />
        <source>The project as a whole</source>
        <translation>Prosjektet som helhet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="320" />
        <location filename="../../app/supervision/install.py" line="335" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="321" />
        <source>Comments are added to a review copy: File → Open review copy…</source>
        <translation>Kommentarer legges til i en veiledningskopi: Fil → Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="347" />
        <location filename="../../app/supervision/install.py" line="356" />
        <source>Return comments</source>
        <translation>Send tilbake kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="348" />
        <location filename="../../app/supervision/install.py" line="404" />
        <source>Kondens comments (*.kondenscomments)</source>
        <translation>Kondens-kommentarer (*.kondenscomments)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="358" />
        <source>Wrote %1 comment(s) to %2</source>
        <translation>Skrev %1 kommentarer til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="374" />
        <location filename="../../app/supervision/install.py" line="385" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="389" />
        <source>Review copy %1 written to %2</source>
        <translation>Veiledningskopi %1 skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="403" />
        <location filename="../../app/supervision/install.py" line="411" />
        <location filename="../../app/supervision/install.py" line="420" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="427" />
        <source>Imported %1 comment(s), %2 suggestion(s); %3 orphaned</source>
        <translation>Importerte %1 kommentarer, %2 forslag; %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="475" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="475" />
        <source>This comment is orphaned: what it was about is gone.</source>
        <translation>Kommentaren er foreldreløs: det den gjaldt, finnes ikke lenger.</translation>
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
        <location filename="../../app/search/install.py" line="17" />
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
        <translation>Koder</translation>
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