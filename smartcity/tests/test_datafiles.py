"""The reader of the demo data files refuses malformed files with a clear message."""

import pytest

from core.demo.datafiles import read_records


def test_records_are_read_in_order(tmp_path):
    path = tmp_path / "records.yaml"
    path.write_text("- slug: eins\n  title: Erstes\n- slug: zwei\n  title: Zweites\n")

    assert read_records(path, required=("slug",)) == [
        {"slug": "eins", "title": "Erstes"},
        {"slug": "zwei", "title": "Zweites"},
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("slug: eins\n", "expected a list of records, found dict"),
        ("- eins\n", "record 1 is not a mapping"),
        ("- slug: eins\n- title: ohne\n", "record 2 lacks slug"),
    ],
)
def test_malformed_files_are_refused(tmp_path, text, message):
    path = tmp_path / "records.yaml"
    path.write_text(text)

    with pytest.raises(ValueError, match=message):
        read_records(path, required=("slug",))
