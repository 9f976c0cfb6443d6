"""Which texts of a record are tagged with measures, and the tags read back.

Each paragraph is tagged on its own; an item is tagged with its sub-items,
as one offer ("zorgverlof:" with "- kortdurend" below). The record keeps a
paragraph's measures in a list beside the paragraphs and an item's on the
item (`schema`).
"""

from collections.abc import Iterator

from ..measures import Vocabulary
from .schema import Item, Section


def tag_sections(sections: dict[str, dict], vocabulary: Vocabulary) -> dict[str, Section]:
    """Each section as read (question, paragraphs, items) with its measures added.

    The whole profile is tagged at once: its words are looked for once, not in every text.
    """
    texts = [text for section in sections.values() for text in _texts(section)]
    tags = iter(vocabulary.tag_all(texts))
    return {key: _with_tags(section, tags) for key, section in sections.items()}


def tagged_texts(section: Section) -> Iterator[tuple[str, list[str]]]:
    """Each paragraph, then each item with its sub-items, with its measures."""
    yield from zip(section["paragraphs"], section["paragraph_measures"], strict=True)
    for item in section["items"]:
        yield item_text(item), item["measures"]


def item_text(item: Item | dict) -> str:
    """The text an item is tagged by: the item and its sub-items, a line each."""
    return "\n".join([item["text"], *item["subitems"]])


def _texts(section: dict) -> list[str]:
    """What is tagged, in the order of `tagged_texts`."""
    return [*section["paragraphs"], *(item_text(item) for item in section["items"])]


def _with_tags(section: dict, tags: Iterator[list[str]]) -> Section:
    """The section with the next of `tags`: a list beside the paragraphs, a key on each item."""
    return Section(
        question=section["question"],
        paragraphs=section["paragraphs"],
        paragraph_measures=[next(tags) for _ in section["paragraphs"]],
        items=[Item(**item, measures=next(tags)) for item in section["items"]],
    )
