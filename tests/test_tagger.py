"""Tag numbering: same entity → same tag, numbers continue a linking key's, never repeat."""

from transcripts.deid.types import Span, Tagger, apply_spans


def test_numbering_continues_key_and_survives_outside_changes() -> None:
    t = Tagger("nb", mapping={"person:kari": "[navn 3]"})
    assert t.tag("Ola", "person") == "[navn 4]"
    assert t.tag("Karis", "person") == "[navn 3]"  # genitive of a known entity
    assert t.tag("Bergen", "place") == "[sted 1]"
    t.mapping["person:x"] = "[navn 9]"  # a key merged in from outside
    assert t.tag("Per", "person") == "[navn 10]"
    assert len(set(t.mapping.values())) == len(t.mapping)


def test_english_tags_and_fixed_categories() -> None:
    t = Tagger("en")
    text = "Kari ringte 912 34 567 fra Bergen."
    spans = [Span(0, 4, "person", "Kari"), Span(12, 22, "phone", "912 34 567"), Span(27, 33, "place", "Bergen")]
    assert apply_spans(text, spans, t) == "[name 1] ringte [phone] fra [place 1]."


def test_many_entities_are_numbered_in_linear_time() -> None:
    t = Tagger("nb")
    tags = [t.tag(f"Navn{i}", "person") for i in range(5000)]
    assert tags[-1] == "[navn 5000]" and len(set(tags)) == 5000
