"""A page that holds several profiles, each in an element of its own (an `<article>`).

A page asks a question twice when it holds several profiles. Each profile's
element is then the largest that asks no question twice: above it, the
element (`<main>`, the page) holds two profiles. Profiles that share one
element (headings and lists one after another, no element around each) are
left to the reader of text, which splits them at their recognition lines.
"""

from bs4 import Tag

from .holders import with_holders

_QUESTIONS_OF_A_PROFILE = 2  # an element with fewer is a heading, not a profile's holder


def profile_elements(questions: list[Tag], keys: list[str]) -> list[Tag] | None:
    """The elements that each hold one profile, in page order; None for a page of one."""
    if len(set(keys)) == len(keys):
        return None
    twice = _asking_twice(questions, keys)
    holders: dict[int, Tag] = {}
    counts: dict[int, int] = {}
    for question in questions:
        holder = question
        while holder.parent is not None and id(holder.parent) not in twice:
            holder = holder.parent
        holders.setdefault(id(holder), holder)
        counts[id(holder)] = counts.get(id(holder), 0) + 1
    # A lone question beside the profiles (a teaser in a sidebar) belongs to none of them.
    profiles = [tag for key, tag in holders.items() if counts[key] >= _QUESTIONS_OF_A_PROFILE]
    return profiles if len(profiles) >= 2 else None


def _asking_twice(questions: list[Tag], keys: list[str]) -> set[int]:
    """The ids of the elements that hold two questions of one key.

    For each key, each question climbs until it meets the way another one
    climbed: there the two meet, and that element and all above it hold both.
    Each element is climbed through once per key, and once more to mark it.
    """
    meeting: list[Tag] = []
    for key in set(keys):
        climbed: set[int] = set()
        for question, asked in zip(questions, keys, strict=True):
            if asked != key:
                continue
            node = question
            while node is not None and id(node) not in climbed:
                climbed.add(id(node))
                node = node.parent
            if node is not None:
                meeting.append(node)
    return with_holders(meeting)
