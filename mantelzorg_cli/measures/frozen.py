"""The built-in vocabulary as JSON: read without PyYAML and without making 600 patterns.

`measures.yaml` stays what a domain expert edits. Parsing it and making every
term's pattern costs about 35 ms, every run; `measures.json` holds what that
gives, with the length and CRC-32 of the YAML it came from. The JSON is used
only while they are the YAML's: an edited YAML is read as it is until
`python -m mantelzorg_cli.measures.frozen` writes the JSON again (a test
fails until then). A CRC, not a cryptographic hash: it tells an edit, and the
JSON ships beside the YAML anyway; zlib loads in a quarter of hashlib's time.
"""

import json
import os
import zlib

from .model import Clue, Measure, Together, Vocabulary

HERE = os.path.dirname(__file__)
SOURCE = os.path.join(HERE, "measures.yaml")
FROZEN = os.path.join(HERE, "measures.json")
_FORMAT = 5  # of the JSON: a new one is never read by an old reader, nor the reverse


def thawed(source: bytes) -> Vocabulary | None:
    """The vocabulary frozen from `source` (the YAML's bytes), if the JSON is of it."""
    try:
        with open(FROZEN, encoding="utf-8") as file:
            frozen = json.load(file)
    except (OSError, ValueError):
        return None
    if frozen.get("format") != _FORMAT or frozen.get("source") != _digest(source):
        return None
    return Vocabulary(tuple(_measure(entry) for entry in frozen["measures"]))


def freeze(vocabulary: Vocabulary, source: bytes) -> str:
    """The JSON text of `vocabulary`, made from `source`."""
    entries = [
        {
            "id": m.id, "nl": m.nl, "en": m.en, "sections": list(m.sections),
            "description": m.description, "with": [_plain(clue) for clue in m.with_clues],
            "clues": [_plain(clue) for clue in m.clues],
            "not": [_plain(clue) for clue in m.exceptions],
        }
        for m in vocabulary.measures
    ]  # fmt: skip
    frozen = {"format": _FORMAT, "source": _digest(source), "measures": entries}
    return json.dumps(frozen, ensure_ascii=False, indent=0) + "\n"


def _digest(source: bytes) -> str:
    return f"{len(source)} bytes, crc32 {zlib.crc32(source):08x}"


def _plain(clue: Clue) -> list:
    fields = [list(clue.words), clue.source, clue.anchor, clue.term, [list(w) for w in clue.others]]
    if isinstance(clue, Together):
        fields += [[[[source, list(words)] for source, words in half] for half in clue.halves]]
    return fields


def _clue(fields: list) -> Clue:
    words, source, anchor, term, others = fields[:5]
    made = (tuple(words), source, anchor, term, tuple(map(tuple, others)))
    if len(fields) == 6:
        halves = tuple(
            tuple((source, tuple(words)) for source, words in half) for half in fields[5]
        )
        return Together(*made, halves)
    return Clue(*made)


def _measure(entry: dict) -> Measure:
    return Measure(
        id=entry["id"],
        nl=entry["nl"],
        en=entry["en"],
        sections=tuple(entry["sections"]),
        description=entry["description"],
        clues=tuple(map(_clue, entry["clues"])),
        with_clues=tuple(map(_clue, entry["with"])),
        exceptions=tuple(map(_clue, entry["not"])),
    )


if __name__ == "__main__":  # write measures.json from measures.yaml
    from .loading import parse_vocabulary

    with open(SOURCE, "rb") as file:
        yaml_source = file.read()
    vocabulary = parse_vocabulary(yaml_source.decode("utf-8"), "measures.yaml")
    with open(FROZEN, "w", encoding="utf-8") as file:
        file.write(freeze(vocabulary, yaml_source))
    print(f"{FROZEN}: {sum(len(m.clues) for m in vocabulary.measures)} clues")
