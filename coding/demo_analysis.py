"""The demo's finished small analysis, written through the real services (no Qt, no shortcuts).

``kondens demo`` imports four synthetic interviews through the import pipeline and then calls
:func:`build_analysis`, which walks the thesis's seven steps (``docs/METHOD.md``) as a student would:

1. every transcript is read whole (a dated read mark each) and a first reflection note is written;
2. coding in two passes: in pass 1 a code is only used from the interview where the student first
   noticed it; pass 2 goes back and codes the lines the early interviews missed;
3. codes about the same thing are merged and all codes are sorted into seven first theme areas,
   kept as the snapshot "Første sortering";
4. each theme area gets a summary;
5. research questions are linked to theme areas, informants get attributes (role, site, format) so
   the matrix compares participants with staff;
6. the areas are reorganised into five areas with subgroups (merges, renames), each subgroup with a
   condensate and a golden quote, kept as the snapshot "Etter reorganisering";
7. one transcript is re-read with the overlay (a dated re-read mark).

Memos on codes, themes, a transcript and an informant, dated reflection notes throughout, extra
quotes and member-check statuses complete it. Everything the text below holds is fictitious.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from coding.services.codes import apply_code, create_code
from coding.services.coding_ops import merge_codes, set_coding_pass
from coding.services.informant_attributes import set_informant_attribute
from coding.services.memos import add_journal_entry, set_memo
from coding.services.method_guide import mark_read
from coding.services.quotes import create_quote, set_note, set_status
from coding.services.research_questions import add_question, link_question
from coding.services.themes import (
    add_golden_quote,
    create_theme,
    merge_themes,
    move_codes,
    rename_theme,
    set_summary,
)
from coding.snapshots import save_snapshot
from coding.store import Project
from coding.store.models import Code, Informant, Line, Quote, Segment, ThemeNode, Transcript, Turn

CODER = "maja"


@dataclass(frozen=True)
class DemoCode:
    name: str
    color: str
    pattern: str  # case-insensitive regex over one informant line (a sentence)
    first_seen: int = 0  # interview (0-3) where pass 1 first used the code; 4: first noticed in pass 2


# The student's codes, several in the informants' own words (in-vivo, in «»). Two pairs are merged in step 3.
CODES: tuple[DemoCode, ...] = (
    DemoCode("«ikke noe som het å spille feil»", "#59a14f", r"\bfeil\b|perfekt"),
    DemoCode("Trygghet", "#76b7b2", r"trygg|trygt|farlig|slappe av|lettelse"),
    DemoCode("Faste rammer", "#4e79a7", r"struktur|rutine|rekkefølge|samme måte|alltid lik|rammen|rammer\b"),
    DemoCode("Forutsigbarhet", "#4e79a7", r"forutsigbar|vet hva som kommer|vet hva som kommer", 1),
    DemoCode("Å lytte og ta tur", "#edc948", r"lytt|hørte på hverandre|svare hverandre|ta tur|ta over|samspill"),
    DemoCode("«stille forståelse»", "#f28e2b", r"forklare seg|forståelse|har noe felles|noe felles|likemenn"
                                              r"|høre til|som har det som meg|et lag\b|noe som er vårt"),
    DemoCode("«Jeg vil ikke svikte de andre»", "#e15759", r"svikte|regler?\b|passe på hverandre|møter opp", 2),
    DemoCode("Tekst og låtskriving", "#b07aa1", r"tekst|låt|vers\b|refreng|skrive|skrev"),
    DemoCode("Følelser uttrykt i musikk", "#ff9da7", r"sint|sinne|gråt|forbanna|sorg|sørget|rørt"),
    DemoCode("Mestring", "#9c755f", r"mestr|turte|tør\b|modig|klarte|stolt|rakere i ryggen|sto der"),
    DemoCode("Mer enn en diagnose", "#bab0ac", r"\bsyk\b|pasient|diagnose|identitet|vanskelige eleven"
                                             r"|forbilde|musiker", 3),
    DemoCode("Musikk som selvhjelp", "#59a14f", r"gitarpausen|spilleliste|nødutgang|hodetelefon|hver kveld"
                                              r"|kjøkkenet|knapp jeg kan|verktøy|gjøre av det|urolig|gruble", 1),
    DemoCode("Kroppen og pusten", "#76b7b2", r"pust|kropp|hendene|nakken|hjertet", 1),
    DemoCode("Å være til stede", "#76b7b2", r"til stede|våken|løsnet", 1),
    DemoCode("Relasjonen til terapeuten", "#4e79a7", r"terapeut|fagperson|voksen|ser alt|likeverdig"
                                                     r"|spiller selv|spiller med"),
    DemoCode("Skole og jobb", "#edc948", r"skole|skulk|jobb|kollega|klasserom|lærer"),
    DemoCode("Familien", "#f28e2b", r"mamma|søster|familie|lillebror|hjemme hos", 2),
    DemoCode("Få plasser og venteliste", "#e15759", r"venteliste|plasser|plass til|i kø|trangt|kontor|lokaler"
                                                   r"|fast rom|et rom som"),
    DemoCode("«når prosjektpengene tar slutt»", "#b07aa1", r"prosjekt|penger|midler|søknad|kutte|stenge"
                                                          r"|forsvinne|varer\b|fast tilbud|lagt ned"),
    DemoCode("Samarbeid med andre tjenester", "#ff9da7", r"\bNAV\b|samarbeid|DPS|fastlege|brosjyre"
                                                        r"|informasjonsark|fagfolkene|behandler", 1),
    DemoCode("Korte forløp", "#9c755f", r"antall timer|forlenget|varte lenger|\bbrå\b|brått|følge deltakerne", 1),
    DemoCode("Humor og glede", "#bab0ac", r"morsom|\blo\b|\bler\b|gøy|fett|befriende", 4),
)

# Step 3: codes about the same thing, merged (source → target).
MERGES = (("Forutsigbarhet", "Faste rammer"), ("Å være til stede", "Kroppen og pusten"))

# Step 3: the first sorting into theme areas (name, summary, codes).
FIRST_AREAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Trygghet", "Deltakerne beskriver musikken som et sted uten krav, der feil ikke finnes og rammene er "
                 "faste.", ("«ikke noe som het å spille feil»", "Trygghet", "Faste rammer")),
    ("Terapeuten", "Terapeuten spiller med og gjør feil selv; deltakerne opplever relasjonen som likeverdig.",
     ("Relasjonen til terapeuten",)),
    ("Fellesskap", "Å spille sammen krever at man lytter; gruppa gir en forståelse uten forklaringer.",
     ("Å lytte og ta tur", "«stille forståelse»", "«Jeg vil ikke svikte de andre»")),
    ("Uttrykk", "Tekstene og musikken gir rom for sinne og sorg som er vanskelig å si rett ut.",
     ("Tekst og låtskriving", "Følelser uttrykt i musikk")),
    ("Mestring", "Å stå på en scene, synge en solo og bli sett som musiker endrer selvbildet.",
     ("Mestring", "Mer enn en diagnose", "Humor og glede")),
    ("Hverdagen", "Musikken følger med hjem: gitaren om kvelden, spillelista på trikken, skolen og jobben.",
     ("Musikk som selvhjelp", "Kroppen og pusten", "Skole og jobb", "Familien")),
    ("Rammebetingelser", "Få plasser, trange rom, korte forløp og prosjektmidler gjør tilbudet sårbart.",
     ("Få plasser og venteliste", "«når prosjektpengene tar slutt»", "Samarbeid med andre tjenester",
      "Korte forløp")),
)


@dataclass(frozen=True)
class Subgroup:
    name: str
    codes: tuple[str, ...]
    condensate: str  # first person, keeps the informants' words (Malterud's artificial quotation)
    golden: str  # a phrase of the golden quote's sentence


# Step 6: the reorganisation. (new area name, first areas merged into it, summary, subgroups)
FINAL_AREAS: tuple[tuple[str, tuple[str, ...], str, tuple[Subgroup, ...]], ...] = (
    ("Musikken som et trygt rom", ("Trygghet", "Terapeuten"),
     "Alle fire beskriver timene som et sted uten prestasjonskrav. Trygghet kommer både fra at «feil» ikke "
     "finnes, fra den faste rekkefølgen i timen og fra en terapeut som spiller med og selv gjør feil. "
     "Terapeuten ser rammen som forutsetningen for at deltakerne tør mer innenfor den.",
     (Subgroup("Ingen feil å gjøre", ("«ikke noe som het å spille feil»", "Trygghet"),
               "Jeg er redd for å gjøre feil, men her fantes det ikke noe som het å spille feil. Da terapeuten "
               "spilte feil selv og bare lo, så jeg at verden ikke går under.",
               "ikke fantes noe som het å spille feil"),
      Subgroup("Faste rammer", ("Faste rammer",),
               "Timen går alltid i samme rekkefølge, og jeg vet hva som kommer. Når hodet er kaos, er det godt "
               "med noe forutsigbart, og innenfor rammen tør jeg mer.",
               "jo tydeligere rammer, jo friere blir det inni"),
      Subgroup("En medmusiker som ser", ("Relasjonen til terapeuten",),
               "Hun er fagpersonen, men når vi spiller sammen er vi begge musikere. Hun bestemmer ikke så "
               "mye, men hun ser alt, og jeg føler meg ikke som en pasient.",
               "når vi spiller sammen, så er vi begge bare musikere"))),
    ("Fellesskap og tilhørighet", ("Fellesskap",),
     "Å spille sammen lærer deltakerne å lytte og ta tur, og det tar de med seg ut av gruppa. Gruppa gir en "
     "forståelse der ingen trenger å forklare seg, og ungdommene lager egne regler fordi de ikke vil svikte "
     "hverandre. Terapeuten ser at likemenn tar imot hverandre på en måte hun ikke kan alene.",
     (Subgroup("Å lytte og ta tur", ("Å lytte og ta tur",),
               "Først spilte alle samtidig og ingen hørte på hverandre. Nå venter jeg til den andre har spilt "
               "ferdig, også når jeg snakker med søstera mi.",
               "En spiller, de andre lytter"),
      Subgroup("Stille forståelse", ("«stille forståelse»",),
               "Vi vet at alle har hatt det tøft, og ingen trenger å forklare seg. Det er en stille forståelse, "
               "og nå har vi noe som er vårt.",
               "Det er en sånn stille forståelse"),
      Subgroup("Ikke svikte de andre", ("«Jeg vil ikke svikte de andre»",),
               "Vi lagde reglene selv, og det er derfor vi følger dem. Jeg går på skolen fordi jeg ikke vil "
               "svikte de andre.",
               "Jeg vil ikke svikte de andre"))),
    ("Uttrykk og mestring", ("Uttrykk", "Mestring"),
     "Låtskriving gir en avstand som gjør det mulig å si det vanskelige, og det blir felles når gruppa synger "
     "det. Sinne og sorg får plass uten å bli farlig. Å synge et vers, stå på en scene eller bli sett av "
     "lærerne gir en ny fortelling om seg selv: musiker, ikke bare pasient eller vanskelig elev.",
     (Subgroup("Å si det i en låt", ("Tekst og låtskriving", "Følelser uttrykt i musikk"),
               "I en tekst kan jeg si ting jeg aldri hadde sagt ellers. Når det står i en låt, er det ikke bare "
               "meg lenger, det er oss, og sinte trommeslag kan være befriende.",
               "man sier ting i en tekst som man aldri hadde sagt ellers"),
      Subgroup("Mer enn en diagnose", ("Mestring", "Mer enn en diagnose", "Humor og glede"),
               "Før var sykdommen hele identiteten min. Nå er jeg også en som spiller i et band, og jeg har "
               "mestret noe jeg trodde var umulig.",
               "Her er jeg ikke pasient, her er jeg musiker"))),
    ("Musikken i hverdagen", ("Hverdagen",),
     "Musikken blir et verktøy deltakerne eier selv: gitaren om kvelden, en spilleliste for dårlige dager, "
     "basslinjene på bussen. Pusten og kroppen roer seg. Musikken knytter også an til skole, jobb og familie, "
     "der mødre kommer på konsert og kollegaer blir invitert.",
     (Subgroup("Verktøy mot uro", ("Musikk som selvhjelp", "Kroppen og pusten"),
               "Når jeg er urolig, tar jeg fram gitaren i stedet for å gruble. Pusten synker ned, og jeg har "
               "noe å gjøre med hendene og med angsten.",
               "tar jeg fram gitaren i stedet for å ligge og gruble"),
      Subgroup("Skole, jobb og familie", ("Skole og jobb", "Familien"),
               "Jeg er tilbake i jobb og går på skolen igjen. Mamma kom på konserten og sa at hun var stolt.",
               "Etterpå kom mamma bort og klemte meg foran alle"))),
    ("Et sårbart tilbud", ("Rammebetingelser",),
     "Både deltakere og terapeut beskriver et tilbud som lever fra søknad til søknad, med ventelister, trange "
     "rom og forløp som tar brått slutt. Deltakerne må selv forklare musikkterapi for NAV. Usikkerheten gjør "
     "at noen ikke tør knytte seg til gruppa.",
     (Subgroup("Prosjektpenger og usikkerhet", ("«når prosjektpengene tar slutt»", "Korte forløp"),
               "Jeg er redd for at tilbudet skal forsvinne når prosjektpengene tar slutt. Jeg har lært å ikke "
               "stole for mye på at ting varer.",
               "tilbudet skal forsvinne når prosjektpengene tar slutt"),
      Subgroup("Få plasser, trange rom", ("Få plasser og venteliste",),
               "Det er så få plasser og lang venteliste, og nå spiller vi på et lite kontor der lyden blir "
               "dårlig.",
               "Det er at det er så få plasser"),
      Subgroup("Samarbeid med andre tjenester", ("Samarbeid med andre tjenester",),
               "NAV forstod ikke hva musikkterapi var, og jeg måtte forklare det mange ganger. Det burde ikke "
               "vært min jobb.",
               "det burde vært mer samarbeid med NAV"))),
)

QUESTIONS = (
    ("Hvordan beskriver deltakerne betydningen av musikken i hverdagen sin?",
     ("Musikken som et trygt rom", "Uttrykk og mestring", "Musikken i hverdagen")),
    ("Hva fremmer og hva hemmer tilbudet, sett fra deltakere og ansatte?",
     ("Musikken som et trygt rom", "Fellesskap og tilhørighet", "Et sårbart tilbud")),
)

# Informant attributes, in interview order (A–D).
ATTRIBUTES = (
    {"rolle": "deltaker", "sted": "dagsenter", "form": "gruppe"},
    {"rolle": "deltaker", "sted": "frisklivssentral", "form": "individuell"},
    {"rolle": "deltaker", "sted": "fritidsklubb", "form": "band"},
    {"rolle": "ansatt", "sted": "dagsenter", "form": "gruppe"},
)

READ_DATES = ("2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13")
REREAD = (0, "2026-04-14")  # interview A was re-read with the overlay

JOURNAL: tuple[tuple[str, str, str], ...] = (
    ("2026-01-13", "Første gjennomlesning",
     "Har lest alle fire intervjuene i sin helhet. Foreløpig inntrykk: trygghet, fellesskap og bekymring "
     "for at tilbudet skal forsvinne går igjen. Jeg merker at jeg selv har jobbet i et lignende prosjekt, "
     "og må passe på at det ikke styrer hva jeg ser etter."),
    ("2026-01-27", "Koding, runde 1",
     "Kodet alle fire intervjuene linje for linje. Flere koder dukket først opp i intervju B og C "
     "(kroppen, samarbeid med NAV, reglene i bandet), så de tidlige intervjuene må kodes på nytt."),
    ("2026-02-10", "Koding, runde 2",
     "Gikk gjennom A og B igjen med kodene fra de senere intervjuene. Fant mange linjer om pust og kropp "
     "hos A som jeg hadde oversett."),
    ("2026-02-24", "Slo sammen koder og sorterte i temaområder",
     "«Forutsigbarhet» og «Faste rammer» handlet om det samme, likeså «Å være til stede» og «Kroppen og "
     "pusten». Sorterte kodene i sju foreløpige temaområder og lagret dem som «Første sortering»."),
    ("2026-03-10", "Sammendrag og forskningsspørsmål",
     "Skrev et sammendrag for hvert temaområde og så dem opp mot forskningsspørsmålene. Matrisen viser "
     "at bare terapeuten (D) snakker om rammen som metode; deltakerne beskriver den som trygghet."),
    ("2026-03-31", "Reorganisering",
     "Etter veiledning: «Terapeuten» passer inn i tryggheten, og «Uttrykk» og «Mestring» er to sider av "
     "samme sak. Fem temaområder med subgrupper, kondensat og gullsitat for hver. Lagret som «Etter "
     "reorganisering»."),
    ("2026-04-14", "Rekontekstualisering av A",
     "Leste A på nytt med temaoverlegget. Temaene dekker det meste, men det A sier om søvn og om en "
     "støttekontakt som sluttet, passer ikke helt inn. Beholder det under «Et sårbart tilbud» foreløpig."),
)


@dataclass
class _Material:
    transcripts: list[tuple[int, str, str | None]]  # id, text, informant label (interview order)
    lines: dict[int, list[tuple[int, int]]]  # informant lines per transcript: (start, end)


def _material(project: Project) -> _Material:
    with project.read() as s:
        ts = s.execute(select(Transcript.id, Transcript.text, Informant.label)
                       .join(Informant, Informant.id == Transcript.informant_id, isouter=True)
                       .order_by(Transcript.position, Transcript.id)).all()
        rows = s.execute(select(Line.transcript_id, Line.start, Line.end).join(Turn, Turn.id == Line.turn_id)
                         .where(Turn.role == "informant").order_by(Line.transcript_id, Line.start)).all()
    lines: dict[int, list[tuple[int, int]]] = {}
    for tid, a, b in rows:
        lines.setdefault(int(tid), []).append((int(a), int(b)))
    return _Material([(int(t), x, lab) for t, x, lab in ts], lines)


def _code_pass(project: Project, m: _Material, codes: dict[str, int], coding_pass: int) -> None:
    """Pass 1 uses a code from the interview it was first noticed in; pass 2 covers the earlier ones."""
    for c in CODES:
        rx = re.compile(c.pattern, re.IGNORECASE)
        for k, (tid, text, _label) in enumerate(m.transcripts):
            if (k >= c.first_seen) != (coding_pass == 1):
                continue
            for a, b in m.lines.get(tid, []):
                if rx.search(text[a:b]):
                    apply_code(project, tid, a, b, codes[c.name], coder=CODER, coding_pass=coding_pass)


def _segment_with(project: Project, m: _Material, code_ids: list[int], phrase: str) -> int:
    texts = {tid: text for tid, text, _ in m.transcripts}
    with project.read() as s:
        rows = s.execute(select(Segment.id, Segment.transcript_id, Segment.start, Segment.end)
                         .where(Segment.code_id.in_(code_ids)).order_by(Segment.id)).all()
    for sid, tid, a, b in rows:
        if phrase in texts[int(tid)][a:b]:
            return int(sid)
    raise LookupError(f"demo: no segment of {code_ids} contains {phrase!r}")


def _informant_of_segment(project: Project, segment_id: int) -> str | None:
    with project.read() as s:
        return s.scalar(select(Informant.label).join(Transcript, Transcript.informant_id == Informant.id)
                        .join(Segment, Segment.transcript_id == Transcript.id).where(Segment.id == segment_id))


def build_analysis(project: Project) -> None:
    """Write the demo's analysis into a project that holds the four imported demo interviews."""
    m = _material(project)
    if len(m.transcripts) != 4:
        raise ValueError(f"the demo analysis expects 4 interviews, found {len(m.transcripts)}")
    with project.batch():
        _steps(project, m)


def _steps(project: Project, m: _Material) -> None:
    tids = [t for t, _, _ in m.transcripts]
    labels = [lab for _, _, lab in m.transcripts]
    # 1. Read the whole material.
    for tid, when in zip(tids, READ_DATES, strict=True):
        mark_read(project, tid, "read", when=when)
    journal = iter(JOURNAL)

    def note() -> None:
        when, title, text = next(journal)
        add_journal_entry(project, title, text, date=when)

    note()
    # 2. Code the interviews, twice.
    codes = {c.name: int(create_code(project, c.name, color=c.color).value) for c in CODES}
    _code_pass(project, m, codes, 1)
    note()
    set_coding_pass(project, 2)
    _code_pass(project, m, codes, 2)
    note()
    set_memo(project, "code", codes["«stille forståelse»"],
             "In vivo fra A. Brukes om at man ikke trenger å forklare seg i gruppa; skiller seg fra å lytte.")
    set_memo(project, "code", codes["Mer enn en diagnose"],
             "Oppdaget først i D («her er jeg ikke pasient»), men i runde 2 fant jeg det samme hos A og C.")
    set_memo(project, "code", codes["Samarbeid med andre tjenester"],
             "B og D beskriver det samme fra hver sin side: deltakeren må forklare, terapeuten når ikke fram.")
    # 3. Merge codes, sort them into theme areas, keep the first sorting.
    for source, target in MERGES:
        merge_codes(project, codes.pop(source), codes[target])
    areas: dict[str, int] = {}
    for name, summary, members in FIRST_AREAS:
        areas[name] = int(create_theme(project, name).value)
        move_codes(project, [codes[c] for c in members], areas[name])
        # 4. Summarise each theme area.
        set_summary(project, areas[name], summary)
    note()
    save_snapshot(project, "Første sortering")
    # 5. Research questions and informant attributes: the areas across informants.
    for label, attrs in zip(labels, ATTRIBUTES, strict=True):
        if label is None:
            continue
        for key, value in attrs.items():
            set_informant_attribute(project, label, key, value)
    note()
    # 6. Reorganise: merge and rename areas, add subgroups with condensates and golden quotes.
    golden: list[int] = []
    for name, merged, summary, subgroups in FINAL_AREAS:
        keep = areas[merged[0]]
        if len(merged) > 1:
            merge_themes(project, keep, [areas[x] for x in merged[1:]])
        rename_theme(project, keep, name)
        set_summary(project, keep, summary)
        for sg in subgroups:
            sid = int(create_theme(project, sg.name, parent_id=keep).value)
            member_ids = [codes[c] for c in sg.codes]
            move_codes(project, member_ids, sid)
            set_summary(project, sid, sg.condensate)
            golden.append(int(add_golden_quote(project, sid, _segment_with(project, m, member_ids, sg.golden)).value))
        areas[name] = keep
    for text, linked in QUESTIONS:
        qid = int(add_question(project, text).value)
        for name in linked:
            link_question(project, areas[name], qid)
    set_memo(project, "theme", areas["Musikken som et trygt rom"],
             "Slått sammen med «Terapeuten» etter veiledning 24.3.: relasjonen er en del av tryggheten, ikke et "
             "eget tema.")
    set_memo(project, "theme", areas["Et sårbart tilbud"],
             "Bare dette temaet går på tvers av alle fire; D beskriver det fra innsiden (søknader, rapporter).")
    note()
    save_snapshot(project, "Etter reorganisering")
    # Quotes for the results chapter, and the member check (sitatsjekk).
    extra = (("Fellesskap og tilhørighet", "Det er en sånn stille forståelse", "Til innledningen av kapittel 5."),
             ("Et sårbart tilbud", "Man kan ikke bygge tillit med ettårige prosjekter", ""),
             ("Uttrykk og mestring", "Jeg tror jeg gikk litt rakere i ryggen den uka", ""))
    with project.read() as s:
        code_area = {cid: th for cid, th in s.execute(select(Code.id, Code.theme_id))}
    for area, phrase, note_text in extra:
        area_codes = [c for c, th in code_area.items() if th is not None and _area_of(project, th) == areas[area]]
        seg = _segment_with(project, m, area_codes, phrase)
        q = int(create_quote(project, seg, theme_id=areas[area], note=note_text).value)
        golden.append(q)
    status_by_label = {labels[0]: "approved", labels[1]: "sent", labels[2]: "approved"}
    first_c = True
    for q in golden:
        label = _quote_informant(project, q)
        status = status_by_label.get(label)
        if status is None:
            continue  # D's quotes have not been sent yet
        if label == labels[2] and first_c:
            first_c = False
            set_status(project, q, "change_requested")
            set_note(project, q, "C vil heller ha «sint» enn «forbanna» i sitatet; avtalt på telefon 22.4.")
            continue
        set_status(project, q, status)
    set_memo(project, "transcript", tids[3],
             "Intervjuet med terapeuten gir et innenfraperspektiv; brukes til å belyse, ikke til å bekrefte, "
             "det deltakerne sier.")
    if labels[1] is not None:
        with project.read() as s:
            inf_b = s.scalar(select(Informant.id).where(Informant.label == labels[1]))
        if inf_b is not None:
            set_memo(project, "informant", int(inf_b),
                     "Individuelle timer, ikke gruppe: vær forsiktig med å lese henne inn i fellesskapstemaet.")
    # 7. Re-read a whole transcript with the overlay.
    mark_read(project, tids[REREAD[0]], "reread", when=REREAD[1])
    note()


def _area_of(project: Project, theme_id: int) -> int:
    with project.read() as s:
        node = s.get(ThemeNode, theme_id)
        assert node is not None
        return node.parent_id if node.parent_id is not None else node.id


def _quote_informant(project: Project, quote_id: int) -> str | None:
    with project.read() as s:
        seg = s.scalar(select(Quote.segment_id).where(Quote.id == quote_id))
    return None if seg is None else _informant_of_segment(project, int(seg))
