"""Which of a vocabulary's plain words a text holds, found by the text's words.

Testing each of some 500 words with `in` costs more than tagging itself. A
text has far fewer distinct words (tokens) than the vocabulary has, and the
same tokens come back in profile after profile: each token is looked up
once, by its three-letter pieces, and remembered.
"""

import re

_TOKEN = re.compile(r"\w+")
_PIECE = 3  # letters a word is indexed by: the shortest word worth testing for
_REMEMBERED = 50_000  # tokens; a run over millions of profiles must not grow without end


class WordIndex:
    def __init__(self, words: list[str]) -> None:
        self._by_piece: dict[str, list[str]] = {}
        self._others: list[str] = []  # in capitals, with a space or a sign, or short
        for word in words:
            if word == word.lower() and _TOKEN.fullmatch(word) and len(word) >= _PIECE:
                self._by_piece.setdefault(word[:_PIECE], []).append(word)
            else:
                self._others.append(word)
        self._in_token: dict[str, tuple[str, ...]] = {}

    def present(self, lowered: str, written: str) -> set[str]:
        """The words found in `lowered` (a text in lower case), and those with capitals
        found in `written` (the same text as written)."""
        found: set[str] = set()
        for token in set(_TOKEN.findall(lowered)):
            held = self._in_token.get(token)
            if held is None:
                held = self._words_in(token)
                if len(self._in_token) < _REMEMBERED:
                    self._in_token[token] = held
            found.update(held)
        for word in self._others:
            if word in (lowered if word == word.lower() else written):
                found.add(word)
        return found

    def _words_in(self, token: str) -> tuple[str, ...]:
        """The indexed words inside `token` (a word is all letters: it lies in one token)."""
        return tuple(
            word
            for start in range(len(token) - _PIECE + 1)
            for word in self._by_piece.get(token[start : start + _PIECE], ())
            if token.startswith(word, start)
        )
