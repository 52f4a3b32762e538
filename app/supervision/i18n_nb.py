"""Norwegian Bokmål for the review loop (both roles), merged into ``kondens_nb.ts`` by ``app.i18n_build``.

Vocabulary follows METHOD.md (kode, temaområde, subgruppe, kondensat, gullsitat, linje); "veileder" is
the supervisor, "review copy" is "veiledningskopi".
"""

NB: dict[str, str] = {
    "%1 (orphaned)": "%1 (foreldreløs)",
    "%1 new comment(s), %2 suggestion(s), %3 orphaned anchor(s); %4 already imported.":
        "%1 nye kommentarer, %2 forslag, %3 foreldreløse forankringer; %4 allerede importert.",
    "%1 threads, %2 open, %3 orphaned": "%1 tråder, %2 åpne, %3 foreldreløse",
    "<b>Review mode</b> — %1's project <b>%2</b>, review copy %3 of %4. The analysis is read-only; "
    "your comments are saved in the review file.":
        "<b>Veiledningsmodus</b> — prosjektet <b>%2</b> til %1, veiledningskopi %3 fra %4. Analysen kan ikke "
        "endres; kommentarene dine lagres i veiledningsfilen.",
    "About": "Gjelder", "Add comment": "Legg til kommentar", "Add comment…": "Legg til kommentar…",
    "Add review comment…": "Legg til veiledningskommentar…", "All kinds": "Alle typer", "All themes": "Alle temaer",
    "All": "Alle", "Apply suggestion": "Bruk forslaget",
    "Asks for more material; the student replies or resolves it.":
        "Ber om mer materiale; studenten svarer eller lukker tråden.",
    "By": "Av", "Category": "Kategori",
    "Changes to the theme hierarchy since the review copy of %1:":
        "Endringer i temahierarkiet siden veiledningskopien fra %1:",
    "Code: %1": "Kode: %1", "Codes for the new area": "Koder til det nye temaområdet", "Codes": "Koder",
    "Comment": "Kommentar",
    "Comments are added to a review copy: File → Open review copy…":
        "Kommentarer legges til i en veiledningskopi: Fil → Åpne veiledningskopi…",
    "Comments": "Kommentarer", "Condensate of %1 (whole)": "Kondensatet til %1 (hele)",
    "Condensate of %1: “%2”": "Kondensatet til %1: «%2»", "Condensate: %1": "Kondensat: %1",
    "Condensates": "Kondensater", "Decline suggestion": "Avslå forslaget", "Decline…": "Avslå…", "Delete": "Slett",
    "Go to": "Gå til", "Golden quote (%1)": "Gullsitat (%1)", "Golden quote: %1": "Gullsitat: %1",
    "Golden quotes": "Gullsitater", "Import review comments": "Importer veiledningskommentarer",
    "Import review comments…": "Importer veiledningskommentarer…",
    "Imported %1 comment(s), %2 suggestion(s); %3 orphaned": "Importerte %1 kommentarer, %2 forslag; %3 foreldreløse",
    "In context": "I sammenheng", "Kondens comments (*.kondenscomments)": "Kondens-kommentarer (*.kondenscomments)",
    "Kondens review copy (*.kondensreview)": "Kondens-veiledningskopi (*.kondensreview)",
    "Merge into…": "Slå sammen med…", "Move to…": "Flytt til…", "Needs more data": "Trenger mer data",
    "New name": "Nytt navn", "No changes to the theme hierarchy.": "Ingen endringer i temahierarkiet.",
    "No suggestion": "Ingen forslag", "Note from the student:": "Notat fra studenten:", "Note": "Notat", "On": "Gjelder",
    "Open review copy": "Åpne veiledningskopi", "Open review copy…": "Åpne veiledningskopi…", "Open": "Åpne",
    "Opening review copy…": "Åpner veiledningskopi…", "Orphaned": "Foreldreløse",
    "Possible identifiers in the supervisor's text. Ticked ones are replaced by a tag before the comments are "
    "stored.": "Mulige identifiserende opplysninger i veilederens tekst. De som er krysset av, erstattes med en "
               "merkelapp før kommentarene lagres.",
    "Rename": "Gi nytt navn", "Reopen": "Åpne igjen", "Replace": "Erstatt", "Reply": "Svar", "Reply…": "Svar…",
    "Resolve": "Lukk", "Resolved": "Lukket", "Return comments": "Send tilbake kommentarer",
    "Return comments…": "Send tilbake kommentarer…", "Review comments": "Veiledningskommentarer",
    "Review copy %1 written to %2": "Veiledningskopi %1 skrevet til %2", "Review mode": "Veiledningsmodus",
    "Segment: %1 (%2)": "Kodet utdrag: %1 (%2)", "Segment: %1": "Kodet utdrag: %1", "Segments": "Kodede utdrag",
    "Send for review": "Send til veileder", "Send for review…": "Send til veileder…", "Shared memos": "Delte notater",
    "Split into a new theme area": "Del ut i et nytt temaområde", "Status": "Status", "Subgroup: %1": "Subgruppe: %1",
    "Subgroups": "Subgrupper", "Suggestion": "Forslag", "Suggestion:": "Forslag:", "Suggestions": "Forslag",
    "Target": "Mål", "The project as a whole": "Prosjektet som helhet",
    "The review copy holds the de-identified transcripts, codes, theme hierarchy, condensates, golden quotes, "
    "research questions, snapshots, earlier comments and the memos you tick. Never the linking key, drafts or "
    "backups.": "Veiledningskopien inneholder de avidentifiserte transkripsjonene, kodene, temahierarkiet, "
                "kondensatene, gullsitatene, forskningsspørsmålene, versjonene, tidligere kommentarer og notatene "
                "du krysser av. Aldri koblingsnøkkelen, kladder eller sikkerhetskopier.",
    "The object this comment was about has been deleted, merged or changed since; it is shown with the context it "
    "had.": "Det kommentaren gjaldt, er slettet, slått sammen eller endret siden; den vises med sammenhengen den "
            "hadde.",
    "The student can merge it into the target in one click.": "Studenten kan slå den sammen med målet med ett klikk.",
    "The student can move it in one click.": "Studenten kan flytte den med ett klikk.",
    "The student can rename it in one click.": "Studenten kan gi den nytt navn med ett klikk.",
    "Theme area: %1": "Temaområde: %1", "Theme areas": "Temaområder",
    "This comment is orphaned: what it was about is gone.": "Kommentaren er foreldreløs: det den gjaldt, finnes ikke lenger.",
    "Tick the codes that should go into the new theme area.": "Kryss av kodene som skal inn i det nye temaområdet.",
    "Transcript lines": "Transkripsjonslinjer", "Transcript lines: %1": "Transkripsjonslinjer: %1",
    "What changed since your last review": "Hva er endret siden forrige veiledning",
    "What should your supervisor look at? (shown in their banner)":
        "Hva bør veilederen se på? (vises øverst hos veilederen)",
    "Why not? (goes back to the supervisor)": "Hvorfor ikke? (sendes tilbake til veilederen)",
    "Wrote %1 comment(s) to %2": "Skrev %1 kommentarer til %2", "Your comment…": "Kommentaren din…",
    "Your name": "Navnet ditt", "Your reply:": "Svaret ditt:", "applied the suggestion": "brukte forslaget",
    "applied": "brukt", "declined": "avslått", "marked resolved": "lukket tråden", "open": "åpen",
    "reopened": "åpnet igjen", "resolved": "lukket", "student": "student", "supervisor": "veileder",
    "the student": "studenten",
    "rename to “%1”": "gi nytt navn: «%1»", "merge into “%1”": "slå sammen med «%1»", "move to “%1”": "flytt til «%1»",
    "split into new area “%1” (%2)": "del ut i nytt temaområde «%1» (%2)", "needs more data": "trenger mer data",
}
