"""The record's JSON Schema (draft 2020-12), made from the schema in code (`schema`).

Every TypedDict becomes an object with all its keys required and no others,
defined once under `$defs` by its class name (a code generator names its
types after them); `Doc` gives each key its description and the keywords
that narrow its type.
"""

import types
import typing

from .schema import SCHEMA_VERSION, Doc, Record

DRAFT = "https://json-schema.org/draft/2020-12/schema"


def record_schema() -> dict:
    """The JSON Schema of one record; a file of many is an array of them, or one a line."""
    definitions: dict[str, dict] = {}
    record = _object(Record, definitions)
    return {
        "$schema": DRAFT,
        "title": f"mzextract record, schema {SCHEMA_VERSION}",
        "description": "One Werk&Mantelzorg employer profile, as mzextract writes it.",
        **record,
        "$defs": dict(sorted(definitions.items())),
    }


def _of(kind: object, definitions: dict[str, dict]) -> dict:
    """The schema of one Python type of the record; its objects go to `definitions`."""
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Annotated:
        return {**_of(arguments[0], definitions), **_keywords(kind.__metadata__[0])}
    if typing.is_typeddict(kind):
        if kind.__name__ not in definitions:
            definitions[kind.__name__] = _object(kind, definitions)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if origin in (typing.Union, types.UnionType):
        choices = [_of(argument, definitions) for argument in arguments]
        if all(choice.keys() == {"type"} for choice in choices):  # ["string", "null"]
            return {"type": [choice["type"] for choice in choices]}
        return {"anyOf": choices}
    if origin is typing.Literal:
        return {"enum": list(arguments)}
    if origin is list:
        return {"type": "array", "items": _of(arguments[0], definitions)}
    return {"type": _SIMPLE[kind]}


_SIMPLE = {str: "string", int: "integer", bool: "boolean", type(None): "null"}


def _object(kind: type, definitions: dict[str, dict]) -> dict:
    hints = typing.get_type_hints(kind, include_extras=True)
    return {
        "type": "object",
        "properties": {key: _of(hint, definitions) for key, hint in hints.items()},
        "required": list(hints),
        "additionalProperties": False,
    }


def _keywords(doc: Doc) -> dict:
    """A key's description, and the keywords of its non-null values."""
    narrowing = {"pattern": doc.pattern, "minimum": doc.minimum, "const": doc.const}
    return {
        "description": doc.text,
        **{name: value for name, value in narrowing.items() if value is not None},
    }
