r"""The regex pre-filter: the plain word a pattern cannot match without.

`\b[\w-]*beleid\w*` cannot match a text without "beleid", so tagging
tries it only on texts that hold that word (`model.Vocabulary`).
"""

from ..compiling import compiled

# What the reader below does not follow: escapes that stand for a character
# (\x72, \u0020, \U…, \N{…}, octal \172) and verbose patterns, where white
# space is no text. A pattern with one is searched for in every text.
_UNREAD = compiled(r"\\(?:[xuUN]|[0-7])|\(\?[aiLmsux-]*x")


def required_word(pattern: str) -> tuple[str, bool]:
    r"""The lowercased word `pattern` needs ("" for none), and whether it starts with it.

    A pattern that starts with its word (`\bthuis ?werk`) is tried only
    where the word is, not searched for.
    """
    if _UNREAD.search(pattern):  # \x72, \u0020, \172, \N{…}, (?x): not read here
        return "", False
    if pattern.startswith(("(?-i:", "(?i:")) and _group_end(pattern) == len(pattern) - 1:
        return required_word(pattern[pattern.index(":") + 1 : -1])  # a flag for all of it
    word = _required_text(pattern).lower()
    return word, bool(word) and pattern[:2] == "\\b" and pattern[2 : 2 + len(word)].lower() == word


def _required_text(pattern: str) -> str:
    r"""The longest run of plain characters outside groups that `pattern` needs as written.

    `\b[\w-]*beleid\w*` needs "beleid"; `\bfolders?` needs "folder" (the s is
    optional); `a|b` and `(?:a|b)c?` need nothing that can be told this simply: "".
    """
    runs, run, depth, index = [], "", 0, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":  # \b, \w, \.: never part of a run
            runs.append(run)
            run, index = "", index + 2
            continue
        if character == "[":  # a class: skip to its end
            runs.append(run)
            run, index = "", _class_end(pattern, index)
            continue
        if character == "|" and depth == 0:
            return ""
        if character in "?*{" and depth == 0:
            run = run[:-1]  # the character before is optional
        if character == "{":  # {2,3}: a count, not text
            runs.append(run)
            run, index = "", pattern.find("}", index) % (len(pattern) + 1) + 1
            continue
        if character in "()?*+.^$|" or depth > 0:
            depth += (character == "(") - (character == ")")
            runs.append(run)
            run = ""
        else:
            run += character
        index += 1
    return max((text.strip() for text in [*runs, run]), key=len)  # " van " needs "van"


def _class_end(pattern: str, start: int) -> int:
    """The index after the `]` that closes the class opened at `start`."""
    index = start + 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":  # `[]a]`: a first `]` is a member
        index += 1
    while index < len(pattern) and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index + 1


def _group_end(pattern: str) -> int:
    """The index of the `)` that closes the group `pattern` starts with; -1 for none."""
    depth, index = 0, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if character == "[":
            index = _class_end(pattern, index)
            continue
        depth += (character == "(") - (character == ")")
        if depth == 0:
            return index
        index += 1
    return -1
