<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../app/agreement/dock.py" line="69" />
        <source>Lines</source>
        <translation type="unfinished">Linjer</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="70" />
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="73" />
        <source>Units at least one rater coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="74" />
        <source>All units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="76" />
        <source>Transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="81" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="85" />
        <source>Export table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="87" />
        <source>Consensus walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="89" />
        <source>Walk the disagreements in the coding view (J/K) and resolve each into a consensus pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="92" />
        <source>vs B:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="93" />
        <source>Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="133" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="140" />
        <source>By code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="141" />
        <source>Transcripts × codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="142" />
        <source>Disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="193" />
        <source>coder %1</source>
        <translation type="unfinished">koder %1</translation>
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="253" />
        <source>Agreement needs segments of two coders, or of two passes. Merge a coder's copy (File menu) or code a second pass.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="305" />
        <source>code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="308" />
        <source>%1 disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="329" />
        <location filename="../../app/agreement/dock.py" line="341" />
        <source>Export agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/dock.py" line="330" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
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
        <location filename="../../app/reader/actions.py" line="275" />
        <source>Remove coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="283" />
        <source>Change code</source>
        <translation>Bytt kode</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="283" />
        <source>New code for this coding:</source>
        <translation>Ny kode for denne kodingen:</translation>
    </message>
    <message>
        <location filename="../../app/reader/actions.py" line="292" />
        <source>Change code to “%1”</source>
        <translation>Bytt kode til «%1»</translation>
    </message>
</context>
<context>
    <name>CodingView</name>
    <message>
        <location filename="../../app/reader/view.py" line="95" />
        <source>Pass %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="98" />
        <source>Code… (Ctrl+K)</source>
        <translation>Kode… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="105" />
        <source>Pass</source>
        <translation>Runde</translation>
    </message>
    <message>
        <location filename="../../app/reader/view.py" line="297" />
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
    <name>ConsensusWalk</name>
    <message>
        <location filename="../../app/reader/consensus.py" line="240" />
        <source>No more open disagreements this way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="281" />
        <source>Put the cursor on a marked disagreement first (J/K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="286" />
        <source>Consensus: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="301" />
        <source>Recode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="301" />
        <source>Code for this unit in the consensus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="310" />
        <source>Consensus: recode with new code “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="311" />
        <source>New code “%1”</source>
        <translation type="unfinished">Ny kode «%1»</translation>
    </message>
    <message>
        <location filename="../../app/reader/consensus.py" line="341" />
        <source>The two raters agree on every unit of this transcript.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentifierListsDialog</name>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="35" />
        <location filename="../../app/review/lists_dialog.py" line="79" />
        <source>Identifier lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="43" />
        <source>&lt;b&gt;Never an identifier&lt;/b&gt; (stored in the project)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="44" />
        <source>Ordinary words the detector should not propose, one per line. Their inflections are left out too (DPS also rules out DPSen). Never put names here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="50" />
        <source>&lt;b&gt;Always an identifier&lt;/b&gt; (stored in the linking key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="51" />
        <source>Names to replace wherever they occur, one per line. Kept outside the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="53" />
        <source>This project has no linking key, so there is no always-list. Choose one under Project ▸ Linking key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/lists_dialog.py" line="72" />
        <source>Edit the never-list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/importing/dialog.py" line="73" />
        <location filename="../../app/importing/dialog.py" line="214" />
        <source>Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="112" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="114" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="116" />
        <source>Files (drop files here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="138" />
        <source>Set each speaker's role and pseudonym. Type an existing letter to link an informant already in the project (existing: {0}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="144" />
        <source>Written standard (what the detector reads):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="147" />
        <source>Bokmål</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="147" />
        <source>Nynorsk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="147" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="154" />
        <source>Preview (original text, not stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="187" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="190" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="192" />
        <location filename="../../app/importing/dialog.py" line="299" />
        <source>Next: review identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="194" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="215" />
        <source>Transcripts ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="236" />
        <source>Reading files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="247" />
        <source> (already imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="289" />
        <source>… {0} more turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="299" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="314" />
        <source>Add “{0}” to the never-list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="316" />
        <source>Never-list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="401" />
        <source>Linking key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="334" />
        <source>already imported (transcript {0}), skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="350" />
        <source>Import {0} transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="352" />
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="357" />
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="364" />
        <source>Import {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="385" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="391" />
        <source>{0} imported, {1} not imported{2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/dialog.py" line="392" />
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
        <location filename="../../app/main_window.py" line="65" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="65" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="65" />
        <source>&amp;Code</source>
        <translation>&amp;Koding</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="66" />
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="66" />
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="66" />
        <source>E&amp;xport</source>
        <translation>E&amp;ksport</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="67" />
        <source>&amp;Project</source>
        <translation>&amp;Prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="67" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="67" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="216" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="217" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="219" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="222" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="224" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="226" />
        <location filename="../../app/main_window.py" line="399" />
        <location filename="../../app/main_window.py" line="404" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="229" />
        <location filename="../../app/main_window.py" line="400" />
        <location filename="../../app/main_window.py" line="405" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="235" />
        <source>Coder name…</source>
        <translation>Kodernavn…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="237" />
        <source>Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="245" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="246" />
        <source>Open the &amp;data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="248" />
        <source>&amp;About Kondens</source>
        <translation>&amp;Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="275" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="278" />
        <source>About Kondens</source>
        <translation>Om Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="279" />
        <source>Kondens: qualitative analysis of de-identified interviews.</source>
        <translation>Kondens: kvalitativ analyse av avidentifiserte intervjuer.</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="290" />
        <source>Coder</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="290" />
        <source>Your name or initials:</source>
        <translation>Navn eller initialer:</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="300" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="301" />
        <source>Kondens project (*.kondens)</source>
        <translation>Kondens-prosjekt (*.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="316" />
        <source>Open project folder (NAME.kondens)</source>
        <translation>Åpne prosjektmappe (NAVN.kondens)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="329" />
        <source>Building the demo project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="331" />
        <location filename="../../app/main_window.py" line="351" />
        <location filename="../../app/main_window.py" line="359" />
        <source>Kondens</source>
        <translation>Kondens</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="341" />
        <source>Opening project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="347" />
        <source>Project in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="348" />
        <source>Open it read-only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/main_window.py" line="464" />
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="474" />
        <source>No project open. File → Open project…</source>
        <translation>Ingen prosjekt åpent. Fil → Åpne prosjekt…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="478" />
        <source>%1 · %2 transcripts</source>
        <translation>%1 · %2 transkripsjoner</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="487" />
        <source>pass %1</source>
        <translation>runde %1</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="489" />
        <source>coder %1</source>
        <translation>koder %1</translation>
    </message>
</context>
<context>
    <name>MemberCheckDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="133" />
        <source>Member check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="137" />
        <source>Informant %1 (%2 quotes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="142" />
        <source>e-mail or phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="148" />
        <source>Informant</source>
        <translation type="unfinished">Informant</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="149" />
        <source>Project title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="150" />
        <source>Researcher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="151" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="152" />
        <source>Reply by</source>
        <translation type="unfinished" />
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="132" />
        <source>Merge a coder's copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="139" />
        <source>Project folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="140" />
        <source>.qdpx file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="159" />
        <source>keep the names recorded in the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="161" />
        <source>Record their segments as coder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="164" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="171" />
        <source>Codes: matched by id, then by name. Change “Our code” to map one by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="180" />
        <source>The other coder's project (NAME.kondens)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="185" />
        <source>The other coder's REFI-QDA project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="186" />
        <source>REFI-QDA (*.qdpx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="204" />
        <source>%1 of %2 transcripts match this project; %3 segments to add (%4 already here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="208" />
        <source>Not found here (their segments stay out): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="214" />
        <source>Their segments carry the coder name “%1”, which is taken or empty here: type the other coder's name below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/merge_dialog.py" line="219" />
        <source>%1 (as recorded in the copy)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/window/preferences.py" line="39" />
        <location filename="../../app/window/preferences.py" line="111" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="42" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="46" />
        <source>Your name or initials, recorded on every coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="48" />
        <source>Default: Kondens's folder in your user data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="49" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="63" />
        <source>Open a project to set how many backups it keeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="68" />
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="71" />
        <source>J/K skip the interviewer's lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="75" />
        <source>No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="79" />
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="80" />
        <source>&lt;i&gt;A new language applies when Kondens starts again.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="81" />
        <source>Coder name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="82" />
        <source>Folder for new linking keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="83" />
        <source>Backups kept (this project):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="84" />
        <source>Transcript text size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="86" />
        <source>Undo steps (new projects):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="95" />
        <source>Folder for new linking keys (outside projects)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/preferences.py" line="108" />
        <source>Keep {0} backups</source>
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
    <name>QuoteSetDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="78" />
        <source>Export quote set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="84" />
        <source>Check theme areas to export; none checked = all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="85" />
        <source>Check informants to export; none checked = all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="86" />
        <source>Only quotes the informant has approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="87" />
        <source>Only golden quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="88" />
        <source>Include the condensates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="90" />
        <source>Every coded segment, not only quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="97" />
        <source>Theme areas</source>
        <translation>Temaområder</translation>
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="99" />
        <source>Informants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="105" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="106" />
        <source>Reference after each quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="109" />
        <source>Nothing checked in a list means all of them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReimportReportDialog</name>
    <message>
        <location filename="../../app/importing/replace.py" line="37" />
        <source>Transcript replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="41" />
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} → {2} lines.&lt;br&gt;{3} coded segments: {4} kept, {5} moved to other line numbers, {6} with changed text, {7} whose text is gone (kept at the nearest line). {8:.1f} % are on the same text. Nothing was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="50" />
        <source>changed text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="50" />
        <source>text gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="55" />
        <source>Check these segments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="60" />
        <source>The old version was scrubbed from {0} backup(s).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/exports/dialogs.py" line="188" />
        <source>Supervisor report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="190" />
        <source>Research questions with their linked themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="191" />
        <source>Extracts per code, with references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="192" />
        <source>Memos and reflection notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="193" />
        <source>Theme × informant matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="198" />
        <source>(no comparison)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/exports/dialogs.py" line="205" />
        <source>Changes since snapshot</source>
        <translation type="unfinished" />
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
    <name>ReviewWidget</name>
    <message>
        <location filename="../../app/review/widget.py" line="110" />
        <source>Filter entities…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="132" />
        <source>Accept all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="133" />
        <source>Reject all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="134" />
        <source>Merge selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="135" />
        <source>Treat the selected entities as one (one tag), e.g. “Kari” and “Kari Nordmann”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="137" />
        <source>Not an identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="138" />
        <source>Untick it in every file and add the word to the project's never-list, so later imports do not propose it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="140" />
        <source>Always an identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="141" />
        <source>Add the selected entity to the always-list kept with the linking key, outside the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="155" />
        <source>Detected identifiers, grouped by entity across all files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="159" />
        <source>Occurrences of the selected entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="169" />
        <location filename="../../app/review/widget.py" line="434" />
        <source>every occurrence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="171" />
        <source>Mark selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="174" />
        <source>Mark selected text as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="183" />
        <source>Text of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="230" />
        <source>Transcript</source>
        <translation type="unfinished">Transkripsjon</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="295" />
        <source>Always an identifier ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="355" />
        <source>{0} entities, {1} occurrences in {2} files will be replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="356" />
        <source>({0} entities detected; {1} proposals unticked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="433" />
        <source>every occurrence ({0} found)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="441" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="442" />
        <source>Reject (keep the text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="443" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="446" />
        <source>Merge selected into one entity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="449" />
        <source>Not an identifier (never-list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/review/widget.py" line="450" />
        <source>Always an identifier (linking key)</source>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/window/help.py" line="45" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/help.py" line="49" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/help.py" line="49" />
        <source>Action</source>
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
    <name>StepsDock</name>
    <message>
        <location filename="../../app/guide/dock.py" line="83" />
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="93" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="96" />
        <source>Thematic analysis (7 steps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="97" />
        <source>Systematic text condensation (Malterud, 4 steps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="98" />
        <source>The recipe this project follows (stored in the project)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="115" />
        <source>Read whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="116" />
        <source>Mark the open transcript as read from start to end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="121" />
        <source>Re-read with overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="122" />
        <source>Mark the open transcript as re-read with the theme overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="145" />
        <source>Read the whole material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="146" />
        <source>Code the interviews, twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="147" />
        <source>Reorganise and categorise the codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="148" />
        <source>Summarise each theme area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="149" />
        <source>Consider the theme areas against the research questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="150" />
        <source>Reorganise the theme areas again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="151" />
        <source>Re-read the full transcripts (recontextualisation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="152" />
        <source>Total impression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="153" />
        <source>Meaning units and code groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="154" />
        <source>Condensation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="155" />
        <source>Synthesis and recontextualisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="156" />
        <source>Reflection notes, throughout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="163" />
        <source>Read every transcript from start to end before coding anything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="164" />
        <source>Give every meaningful sentence a code, often in the informant's own words; then go through everything again (pass 2) for codes found late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="166" />
        <source>Merge codes about the same thing and sort them into theme areas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="167" />
        <source>Write a short summary (condensate) for each theme area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="168" />
        <source>Link the theme areas to the research questions and compare them across informants (attributes, matrix).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="170" />
        <source>Rename and regroup the theme areas; keep a snapshot before and after.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="171" />
        <source>Read each whole transcript again with the theme overlay: do the theme areas still agree with what each informant said?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="173" />
        <source>Read everything and note preliminary themes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="174" />
        <source>Code the text that bears meaning and sort the codes into code groups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="175" />
        <source>Split each code group into subgroups; write a condensate in the first person and pick a golden quote for each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="177" />
        <source>Turn the condensates into analytic text, illustrate each theme with quotes and check it against the full transcripts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="179" />
        <source>Dated notes on choices, doubts and your own influence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="185" />
        <source>%1 of %2 transcripts read whole</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="186" />
        <source>%1 of %2 transcripts coded in pass 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="187" />
        <source>%1 of %2 transcripts gone through again in pass 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="188" />
        <source>%1 of %2 informant lines coded in pass 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="189" />
        <source>%1 of %2 informant lines coded in pass 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="190" />
        <source>%1 of %2 codes placed in theme areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="191" />
        <source>%1 theme areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="192" />
        <source>%1 of %2 theme areas with a summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="193" />
        <source>%1 of %2 theme areas linked to a research question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="194" />
        <source>%1 of %2 theme areas found in two or more informants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="195" />
        <source>%1 of %2 informants with attributes (role, site…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="196" />
        <source>%1 of %2 snapshots saved (before and after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="197" />
        <source>%1 changes since the first snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="198" />
        <source>%1 of %2 subgroups with a condensate and a golden quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="199" />
        <source>%1 of %2 transcripts re-read with the overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="200" />
        <source>%1 of %2 transcripts with meaning units coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="201" />
        <source>%1 of %2 informant lines coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="202" />
        <source>%1 of %2 codes sorted into code groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="203" />
        <source>%1 of %2 code groups split into subgroups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="204" />
        <source>%1 of %2 subgroups with a condensate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="205" />
        <source>%1 of %2 subgroups with a golden quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="206" />
        <source>%1 of %2 themes illustrated with quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="207" />
        <source>reflection notes for %1 of the %2 steps worked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="208" />
        <source>first impressions noted in a reflection note: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="209" />
        <source>%1 reflection notes in the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="210" />
        <source>%1 memos on codes, themes, transcripts and informants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="215" />
        <source>%1 of %2 informant lines coded in pass %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="222" />
        <source>Open the next unread transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="223" />
        <source>Show the code tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="224" />
        <source>Show the theme hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="225" />
        <source>Open the condensation editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="226" />
        <source>Open the cross-case matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="227" />
        <source>Snapshots and comparison…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="228" />
        <source>Open the transcript overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="229" />
        <source>Open the journal of reflection notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="268" />
        <source>Open a project to see its progress through the steps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="272" />
        <source>%1 of %2 steps done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="305" />
        <source>Open a transcript to mark it read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="307" />
        <source>Open transcript:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="308" />
        <source>read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="308" />
        <source>not read whole yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="310" />
        <source>re-read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="317" />
        <source>Mark transcript read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="317" />
        <source>Mark transcript re-read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/guide/dock.py" line="339" />
        <source>Choose analysis method</source>
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
        <location filename="../../app/supervision/install.py" line="379" />
        <source>Kondens review copy (*.kondensreview)</source>
        <translation>Kondens-veiledningskopi (*.kondensreview)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="209" />
        <source>Opening review copy…</source>
        <translation>Åpner veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="264" />
        <source>Condensate of %1: “%2”</source>
        <translation>Kondensatet til %1: «%2»</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="268" />
        <source>Condensate of %1 (whole)</source>
        <translation>Kondensatet til %1 (hele)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="272" />
        <location filename="../../app/supervision/install.py" line="288" />
        <source>Theme area: %1</source>
        <translation>Temaområde: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="272" />
        <location filename="../../app/supervision/install.py" line="288" />
        <source>Subgroup: %1</source>
        <translation>Subgruppe: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="279" />
        <source>Golden quote (%1)</source>
        <translation>Gullsitat (%1)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="280" />
        <location filename="../../app/supervision/install.py" line="310" />
        <source>Segment: %1 (%2)</source>
        <translation>Kodet utdrag: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="292" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="302" />
        <source>Transcript lines: %1</source>
        <translation>Transkripsjonslinjer: %1</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="312" />
        <source>The project as a whole</source>
        <translation>Prosjektet som helhet</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="324" />
        <location filename="../../app/supervision/install.py" line="339" />
        <source>Add comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="325" />
        <source>Comments are added to a review copy: File → Open review copy…</source>
        <translation>Kommentarer legges til i en veiledningskopi: Fil → Åpne veiledningskopi…</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="351" />
        <location filename="../../app/supervision/install.py" line="360" />
        <source>Return comments</source>
        <translation>Send tilbake kommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="352" />
        <location filename="../../app/supervision/install.py" line="408" />
        <source>Kondens comments (*.kondenscomments)</source>
        <translation>Kondens-kommentarer (*.kondenscomments)</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="362" />
        <source>Wrote %1 comment(s) to %2</source>
        <translation>Skrev %1 kommentarer til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="378" />
        <location filename="../../app/supervision/install.py" line="389" />
        <source>Send for review</source>
        <translation>Send til veileder</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="393" />
        <source>Review copy %1 written to %2</source>
        <translation>Veiledningskopi %1 skrevet til %2</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="407" />
        <location filename="../../app/supervision/install.py" line="415" />
        <location filename="../../app/supervision/install.py" line="424" />
        <source>Import review comments</source>
        <translation>Importer veiledningskommentarer</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="431" />
        <source>Imported %1 comment(s), %2 suggestion(s); %3 orphaned</source>
        <translation>Importerte %1 kommentarer, %2 forslag; %3 foreldreløse</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="479" />
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <location filename="../../app/supervision/install.py" line="479" />
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
    <name>TranscriptListActions</name>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="56" />
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="61" />
        <source>Replace transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="64" />
        <source>Delete transcript…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="113" />
        <location filename="../../app/window/transcript_actions.py" line="115" />
        <source>Rename transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="128" />
        <source>Replace transcript: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="141" />
        <source>Delete transcript {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="143" />
        <source>Delete transcript</source>
        <translation type="unfinished" />
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
        <location filename="../../app/window/transcript_model.py" line="115" />
        <source>%1 · %2 words · %3 lines · %4 % coded</source>
        <translation>%1 · %2 ord · %3 linjer · %4 % kodet</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/window/welcome.py" line="61" />
        <source>&lt;h1&gt;Kondens&lt;/h1&gt;&lt;p&gt;Qualitative analysis of de-identified interviews&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="63" />
        <source>New project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="64" />
        <source>Open project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="65" />
        <source>Open the demo project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="66" />
        <source>A finished small analysis of four fictitious interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="84" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="86" />
        <source>No recent projects yet. Create one, or open the demo to see a finished analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="106" />
        <source>&lt;b&gt;How Kondens works&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="114" />
        <source>1. Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="114" />
        <source>Word, text, ODT, RTF, subtitles or Teams files (Ctrl+I).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>2. De-identify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="115" />
        <source>Names, places and institutions become tags such as [navn&amp;nbsp;1]; you review every proposal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="117" />
        <source>3. Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="117" />
        <source>Line by line with the keyboard, in one or more passes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>4. Theme areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="118" />
        <source>Sort codes into theme areas and subgroups; write condensates and pick golden quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="120" />
        <source>5. Re-read and export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/welcome.py" line="120" />
        <source>Check themes against whole transcripts, then export quotes and reports.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../app/importing/replace.py" line="79" />
        <source>Replace transcript</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../app/importing/replace.py" line="100" />
        <source>Replace transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="101" />
        <source>Only the first file replaces the transcript; remove the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importing/replace.py" line="119" />
        <source>Linking key</source>
        <translation type="unfinished" />
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
    <message>
        <location filename="../../app/agreement/dock.py" line="346" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="30" />
        <source> (informant {0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="32" />
        <source>&lt;p&gt;Delete &lt;b&gt;{0}&lt;/b&gt;{1}?&lt;/p&gt;&lt;p&gt;This removes its text, {2} coded segment(s), {3} quote(s) and {4} memo(s) anchored in it, its entries in the search index, and its copies in the project's backups. The informant stays.&lt;/p&gt;&lt;p&gt;Edit ▸ Undo brings it back until the project is closed; after that it is gone for good.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="36" />
        <source>Delete transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/window/transcript_actions.py" line="38" />
        <source>Delete</source>
        <translation>Slett</translation>
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
    <message>
        <location filename="../../app/agreement/install.py" line="31" />
        <source>Start consensus pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="33" />
        <location filename="../../app/agreement/install.py" line="72" />
        <location filename="../../app/agreement/install.py" line="102" />
        <source>Consensus walk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="73" />
        <source>Choose two coders or passes with segments in the Agreement view first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="75" />
        <source>Merge a coder's copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="86" />
        <source>Merge coder's copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="89" />
        <location filename="../../app/agreement/install.py" line="91" />
        <source>Merge a coder's copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/agreement/install.py" line="100" />
        <source>Coder agreement</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>