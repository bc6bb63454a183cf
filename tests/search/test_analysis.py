from search.analysis import analyse, compound_parts, fold, stem
from search.query import MAX_QUERY_LENGTH, clean_query


def test_folding_removes_accents_and_case():
    assert fold("Financiën ÉÉN") == "financien een"


def test_inflections_share_a_stem():
    assert stem("kandidaten") == stem("kandidaat")
    assert stem("werving") == stem("werven")
    assert stem("lid") == stem("leden")
    assert stem("recruiting", "en") == stem("recruitment", "en")


def test_compounds_contain_their_parts():
    assert stem("leden") in compound_parts("ledenwerfactie")
    assert stem("actie") in compound_parts("ledenwerfactie")
    parts = compound_parts("gemeenteraadsverkiezingen")
    assert stem("gemeente") in parts and stem("verkiezingen") in parts


def test_stop_words_are_not_terms():
    assert analyse("hoe krijgen we meer leden") == [stem("krijgen"), stem("meer"), stem("leden")]


def test_clean_query_strips_syntax_control_characters_and_caps_length():
    assert clean_query('"VOG" AND (kandidaten)~2 title:x\x00\x1b') == "VOG AND kandidaten 2 title x"
    assert len(clean_query("a" * 10_000)) == MAX_QUERY_LENGTH
    assert clean_query(None) == ""
