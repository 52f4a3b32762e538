"""Norwegian Bokmål for the shell and coding view, merged into ``kondens_nb.ts`` by ``app.i18n_build``.

Entries already translated in the .ts file (e.g. by a translator in Qt Linguist) are never overwritten.
Vocabulary follows METHOD.md (kode, linje, replikk, runde, in-vivo).
"""

NB: dict[str, str] = {
    "&File": "&Fil", "&Edit": "R&ediger", "&Code": "&Koding", "&Themes": "&Temaer", "&Search": "&Søk",
    "E&xport": "E&ksport", "&Project": "&Prosjekt", "&View": "&Vis", "&Help": "&Hjelp",
    "&New project…": "&Nytt prosjekt…", "&Open project…": "&Åpne prosjekt…", "Open &recent": "Åpne &nylige",
    "&Close project": "&Lukk prosjekt", "&Quit": "&Avslutt", "&Undo": "&Angre", "&Redo": "&Gjør om",
    "Coder name…": "Kodernavn…", "&About Kondens": "&Om Kondens", "About Kondens": "Om Kondens",
    "(none)": "(ingen)", "Kondens: qualitative analysis of de-identified interviews.":
        "Kondens: kvalitativ analyse av avidentifiserte intervjuer.",
    "Coder": "Koder", "Your name or initials:": "Navn eller initialer:",
    "New project": "Nytt prosjekt", "Kondens project (*.kondens)": "Kondens-prosjekt (*.kondens)",
    "Open project folder (NAME.kondens)": "Åpne prosjektmappe (NAVN.kondens)", "Kondens": "Kondens",
    " (read-only)": " (skrivebeskyttet)", "No project open. File → Open project…":
        "Ingen prosjekt åpent. Fil → Åpne prosjekt…",
    "%1 · %2 transcripts": "%1 · %2 transkripsjoner", "pass %1": "runde %1", "coder %1": "koder %1",
    "Transcript": "Transkripsjon", "Informant": "Informant", "Words": "Ord", "Lines": "Linjer", "Coded": "Kodet",
    "%1 · %2 words · %3 lines · %4 % coded": "%1 · %2 ord · %3 linjer · %4 % kodet",
    "Pass %1": "Runde %1", "Pass": "Runde", "Code… (Ctrl+K)": "Kode… (Ctrl+K)",
    "Code line or selection with last code": "Kod linje eller utvalg med siste kode",
    "Code whole turn with last code": "Kod hele replikken med siste kode", "Quick code…": "Hurtigkoding…",
    "In-vivo code from selection": "In vivo-kode fra utvalget", "Next uncoded line": "Neste ukodede linje",
    "Previous uncoded line": "Forrige ukodede linje", "Remove selected coding": "Fjern valgt koding",
    "Change code of selected coding…": "Bytt kode på valgt koding…", "Apply recent code %1": "Bruk nylig kode %1",
    "Start coding pass %1": "Start koderunde %1",
    "Your name or initials, recorded on every coding (asked once):":
        "Navn eller initialer, lagres på hver koding (spørres én gang):",
    "Code “%1”": "Kod «%1»", "Code with new code “%1”": "Kod med ny kode «%1»", "New code “%1”": "Ny kode «%1»",
    "Select the informant's words first": "Merk informantens ord først", "Remove coding": "Fjern koding",
    "Change code": "Bytt kode", "New code for this coding:": "Ny kode for denne kodingen:",
    "Change code to “%1”": "Bytt kode til «%1»",
}
