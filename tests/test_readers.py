"""Readers: what enters the transcript and what never does."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml

from transcripts.readers import UnreadableFile, read_data

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _save(d: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_skips_header_footer_comment_properties_and_deleted_text() -> None:
    d = docx.Document()
    d.core_properties.author = "Kari Forfatter"
    d.sections[0].header.paragraphs[0].text = "Topptekst Hemmelig"
    d.sections[0].footer.paragraphs[0].text = "Bunntekst Hemmelig"
    d.add_heading("Intervju 3", level=1)
    p = d.add_paragraph()
    r = p.add_run("I: Hvordan var det?")
    d.add_comment(r, text="Kommentar Hemmelig", author="Kari Forfatter")
    p2 = d.add_paragraph("A: Det var ")
    p2._p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="x"><w:r><w:delText>Slettet </w:delText>'
                           f'<w:t>Slettet2 </w:t></w:r></w:del>'))
    p2._p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="x"><w:r><w:t>fint.</w:t></w:r></w:ins>'))
    doc = read_data(_save(d), ".docx")
    texts = [b.text for b in doc.blocks]
    assert texts == ["Intervju 3", "I: Hvordan var det?", "A: Det var fint."]
    assert doc.blocks[0].heading and not doc.blocks[1].heading
    joined = " ".join(texts)
    assert "Hemmelig" not in joined and "Forfatter" not in joined and "Slettet" not in joined


def test_docx_tables_in_document_order() -> None:
    d = docx.Document()
    d.add_paragraph("Før tabellen")
    t = d.add_table(rows=0, cols=2)
    for who, what in [("Intervjuer", "Hva gjør du?"), ("Ole Hansen", "Jeg spiller."), ("Intervjuer", "Takk.")]:
        row = t.add_row().cells
        row[0].text, row[1].text = who, what
    d.add_paragraph("Etter tabellen")
    doc = read_data(_save(d), ".docx")
    assert [(b.speaker, b.text) for b in doc.blocks] == [
        (None, "Før tabellen"), ("Intervjuer", "Hva gjør du?"), ("Ole Hansen", "Jeg spiller."),
        ("Intervjuer", "Takk."), (None, "Etter tabellen")]


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_txt_encodings(enc: str) -> None:
    text = "Intervjuer: Hvordan går det på øvingen?\r\n\r\nSilje: Æ, det går bra – «kjempebra» på Ål.\r\n"
    if enc == "latin-1":
        text = text.replace("–", "-").replace("«", '"').replace("»", '"')
    doc = read_data(text.encode(enc), ".txt")
    assert [b.text for b in doc.blocks][1].startswith("Silje: Æ, det går bra")
    assert "Ål" in doc.blocks[1].text


def test_txt_one_turn_a_line_without_blank_lines() -> None:
    doc = read_data(b"I: Hei?\nA: Hei.\nfortsetter her\nI: Takk.", ".txt")
    assert [b.text for b in doc.blocks] == ["I: Hei?", "A: Hei. fortsetter her", "I: Takk."]


def test_odt_skips_annotations_and_notes() -> None:
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentText
    from odf.text import H, Note, NoteBody, P

    doc = OpenDocumentText()
    doc.text.addElement(H(outlinelevel=1, text="Intervju"))
    p = P(text="I: Hvordan var det?")
    ann = Annotation()
    ann.addElement(P(text="Kommentar Hemmelig"))
    p.addElement(ann)
    doc.text.addElement(p)
    p2 = P(text="A: Fint.")
    note = Note(noteclass="footnote")
    body = NoteBody()
    body.addElement(P(text="Fotnote Hemmelig"))
    note.addElement(body)
    p2.addElement(note)
    doc.text.addElement(p2)
    buf = io.BytesIO()
    doc.write(buf)
    got = read_data(buf.getvalue(), ".odt")
    assert [(b.text, b.heading) for b in got.blocks] == [("Intervju", True), ("I: Hvordan var det?", False),
                                                          ("A: Fint.", False)]


def test_rtf_unicode_escapes_and_info_skipped() -> None:
    rtf = (br"{\rtf1\ansi{\info{\author Maria Haugen}}{\header Topp}{\b Intervjuer:} Takk v\u230?re med\par"
           br"{\b Erik:} Ja, p\u229? \u216?vre.\par}")
    got = read_data(rtf, ".rtf")
    assert [b.text for b in got.blocks] == ["Intervjuer: Takk være med", "Erik: Ja, på Øvre."]


def test_vtt_voice_tags_and_srt() -> None:
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Elin Berg>Hei, <i>hvordan</i> går det?</v>\n\n"
           "00:01:02.500 --> 00:01:04.000\n<v Marit>Bra.\n").encode()
    got = read_data(vtt, ".vtt")
    assert [(b.speaker, b.text, b.timestamp) for b in got.blocks] == [
        ("Elin Berg", "Hei, hvordan går det?", "00:00:01"), ("Marit", "Bra.", "00:01:02")]
    srt = "1\n00:00:01,000 --> 00:00:02,000\nSPEAKER_00: Hei?\n\n2\n00:00:03,000 --> 00:00:04,000\nSPEAKER_01: Ja.\n"
    got = read_data(srt.encode(), ".srt")
    assert got.cues and [b.text for b in got.blocks] == ["SPEAKER_00: Hei?", "SPEAKER_01: Ja."]


def test_unknown_extension() -> None:
    with pytest.raises(UnreadableFile, match="unsupported type"):
        read_data(b"abc", ".pages")
