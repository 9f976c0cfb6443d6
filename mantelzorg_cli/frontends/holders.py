"""Climbing a parsed page: the elements that hold some of its elements."""

from bs4 import Tag


def with_holders(tags: list[Tag]) -> set[int]:
    """The ids of `tags` and of every element holding one; each element is passed once."""
    held: set[int] = set()
    for node in tags:
        while node is not None and id(node) not in held:
            held.add(id(node))
            node = node.parent
    return held
