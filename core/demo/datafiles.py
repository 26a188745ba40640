"""Demo content kept as data files (YAML) beside each app's demo loader.

A data file holds the invented texts and values of one kind of content; the app's
loader turns its records into objects. Keeping the texts out of Python lets editors
read and correct them, and keeps the code about how content is built.
"""

from pathlib import Path

import yaml


def read_records(path: Path | str, *, required: tuple[str, ...] = ()) -> list[dict]:
    """The list of records in a YAML file; each must be a mapping with ``required`` keys.

    A malformed file fails at once with the file and the record named, before anything
    is written.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of records, found {type(data).__name__}")
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            raise ValueError(f"{path}: record {number} is not a mapping")
        missing = [key for key in required if key not in record]
        if missing:
            raise ValueError(f"{path}: record {number} lacks {', '.join(missing)}")
    return data
