"""Text analysis: folding, stems, compound endings, query words, typo variants."""

from search import analysis


def test_folding_removes_umlauts_sharp_s_and_accents():
    assert analysis.fold("Straße Bäume Café") == "strasse baume cafe"
    assert analysis.words("On-Demand-Shuttle, CO2!") == ["on", "demand", "shuttle", "co2"]


def test_transliterations_and_umlauts_give_the_same_stem():
    stems = {
        analysis.stem(analysis.fold(w), "de") for w in ("Mobilität", "Mobilitaet", "Mobilitat")
    }
    assert stems == {"mobilitat"}


def test_inflected_forms_share_a_stem():
    assert analysis.stem("baume", "de") == analysis.stem("baum", "de")
    assert analysis.stem("sensoren", "de") == analysis.stem("sensorik", "de") == "sensor"
    assert analysis.stem("cities", "en") == analysis.stem("city", "en")


def test_german_compounds_also_index_their_endings():
    tokens = analysis.document_tokens("Baumbewässerung", "de")
    assert analysis.stem("bewasserung", "de") in tokens
    assert analysis.stem("baumbewasserung", "de") in tokens
    # English words are not split.
    assert analysis.document_tokens("information", "en") == [analysis.stem("information", "en")]


def test_stop_words_are_not_tokens():
    tokens = analysis.document_tokens("der Chatbot für die Verwaltung", "de")
    assert tokens[:2] == ["chatbot", analysis.stem("verwaltung", "de")]
    assert not {"der", "fur", "die"} & set(tokens)


def test_query_terms_drop_stop_words_and_repeats():
    terms = analysis.query_terms("Parken und parken in der Innenstadt", "de")
    assert [t.stem for t in terms] == ["park", analysis.stem("innenstadt", "de")]
    assert all(t.prefix for t in terms)
    assert not analysis.query_terms("Ulm", "de")[0].prefix  # short words match whole tokens


def test_a_single_letter_beside_other_words_is_not_a_query_word():
    """In "E-Ladesäulen" the "e" is the head of a hyphenated word, not a word to look for."""
    assert [t.word for t in analysis.query_terms("E-Ladesäulen", "de")] == ["ladesaulen"]
    assert [t.word for t in analysis.query_terms("E Mobilität", "de")] == ["mobilitat"]
    assert [t.word for t in analysis.query_terms("Phase 2", "de")] == ["phase", "2"]
    assert [t.word for t in analysis.query_terms("X", "de")] == ["x"]  # alone, it is searched
    assert analysis.normalized_phrase("E-Mobilität") == "e mobilitat"  # for the title bonuses


def test_a_query_of_stop_words_still_searches():
    assert [t.word for t in analysis.query_terms("The", "en")] == ["the"]


def test_one_edit_variants():
    variants = analysis.one_edit_variants("mobiltat")
    assert "mobilitat" in variants  # insertion
    assert "mboiltat" in variants  # transposition
    assert "obiltat" in variants  # deletion
    assert "mobiltat" not in variants
