"""The word index: which of a vocabulary's plain words a text holds."""

from hypothesis import given
from hypothesis import strategies as st

from mantelzorg_cli.measures.index import WordIndex


def test_words_inside_words_and_overlapping_ones_are_all_found():
    index = WordIndex(["zorg", "mantelzorg", "verlof", "zorgverlof", "gverl"])
    text = "Mantelzorgverlof"
    assert index.words_in(text.lower(), text) == {
        "zorg",
        "mantelzorg",
        "verlof",
        "zorgverlof",
        "gverl",
    }


def test_words_with_capitals_are_looked_for_as_written():
    index = WordIndex(["OR", "or", "PVT"])
    text = "De OR en de voorzitter"
    assert index.words_in(text.lower(), text) == {"OR", "or"}
    assert index.words_in("de or", "de or") == {"or"}


def test_words_with_spaces_and_signs_are_plain_text():
    index = WordIndex(["aan tot", "-app", "kort- en langdurend"])
    text = "Een WhatsApp-app; kort- en langdurend verlof, van aan tot uit"
    assert index.words_in(text.lower(), text) == {"aan tot", "-app", "kort- en langdurend"}


def test_an_index_without_words_or_without_capitals_finds_nothing_of_them():
    assert WordIndex([]).words_in("zorg", "zorg") == set()
    assert WordIndex(["zorg"]).words_in("zorg", "ZORG") == {"zorg"}
    assert WordIndex(["ZORG"]).words_in("zorg", "zorg") == set()


_LETTERS = "aeiorstzOR -’İ\x00\ud800😀"  # (a NUL, a lone surrogate, beyond the BMP)


@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=6), max_size=30),
    st.text(_LETTERS, max_size=120),
)
def test_exactly_the_words_the_text_holds(words, text):
    lowered = text.lower()
    expected = {word for word in words if word in (lowered if word == word.lower() else text)}
    assert WordIndex(words).words_in(lowered, text) == expected
