"""The contact sentence: who to ask, and how to reach them."""

import re

from ..compiling import compiled
from ..reading.text import fold

# Only from the start of a run of address characters: a search that starts again
# inside a long run without an `@` is quadratic, and a later start never matches.
_EMAIL = compiled(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = compiled(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]{0,3}(?:\(0\)[\s.-]{0,3})?\d|0\d)(?:[\s.-]{0,3}\d){7,8}(?!\d)"
)
_EMAIL_LABEL = compiled(r"\b(?:e-?mail(?:adres)?|mail)\s*:?\s*$", re.I)
_PHONE_LABEL = compiled(r"\b(?:tel(?:efoon(?:nummer)?)?|telnr|mobiel|t)\.?\s*:?\s*$", re.I)
_LEAD_IN = compiled(r"^.*?(?:\bcontact\s+opnemen\s+met\b\s*:?|:)|^contact(?:persoon)?\b", re.I)
_BRACKETED_ADDRESS = compiled(r"<([^<>\s@]+@[^<>\s]+)>")
_PARTS = compiled(r"\s*[,;]\s*")
_IN_BRACKETS = compiled(r"^(.*?)\s*\((.+)\)$")
_NAME_WORDS = 6  # more words than a name has: the sentence gave no name
_ROLE_WORDS = compiled(
    r"adviseur|advisor|manager|medewerker|co[öo]rdinator|consulent|directeur|hoofd|"
    r"teamleider|leidinggevende|specialist|functionaris|officer|secretaris|bestuurder|"
    r"vertrouwenspersoon|business\s*partner|\bhr\b|\bp&o\b|\bhrm\b",
    re.I,
)


def parse_contact(text: str) -> dict:
    """`{"name", "role", "email", "phone", "text"}` from the contact sentence."""
    # Folded, as a record's text always is: in a long run of white space,
    # `\s*[,;]\s*` and the labels' `\s*:?\s*$` would try every start, quadratic time.
    text = fold(text)
    # `<a@b.nl>`: the brackets belong to the address, not to a name or a role
    details = _BRACKETED_ADDRESS.sub(r"\1", text) if "<" in text else text
    email = _EMAIL.search(details)
    phone = _PHONE.search(details)
    rest = details
    for found, label in ((email, _EMAIL_LABEL), (phone, _PHONE_LABEL)):
        if found:
            before = label.sub("", rest[: rest.index(found.group())])
            rest = before + " , " + rest[rest.index(found.group()) + len(found.group()) :]
    name, role = _name_and_role(_LEAD_IN.sub("", rest, count=1))
    return {
        "name": name,
        "role": role,
        "email": email.group() if email else None,
        "phone": phone.group() if phone else None,
        "text": text,
    }


def _name_and_role(details: str) -> tuple[str | None, str | None]:
    parts = [part.strip(" .") for part in _PARTS.split(details)]
    parts = [part for part in parts if part]
    if not parts or len(parts[0].split()) > _NAME_WORDS:
        return None, None
    # `Name (role)` ends in `)`: without one, the match would try every `(` to the end.
    if parts[0].endswith(")") and (bracketed := _IN_BRACKETS.match(parts[0])):
        parts[:1] = bracketed.groups()
    if len(parts) > 1 and _ROLE_WORDS.search(parts[0]) and not _ROLE_WORDS.search(parts[1]):
        parts[0], parts[1] = parts[1], parts[0]
    return parts[0], ", ".join(parts[1:]) or None
