"""Word's list paragraphs, whatever their marker and level, read as items and sub-items."""

import pytest
from conftest import VEENHOVEN, golden_records

from mantelzorg_cli import extract

MARKERS = {  # level: the marker Word writes, and its font
    "bullets": {1: ("·", "Symbol"), 2: ("o", "Courier New"), 3: ("§", "Wingdings")},
    "numbers": {1: ("1.", ""), 2: ("a.", ""), 3: ("i.", "")},
    "roman": {1: ("ii.", ""), 2: ("iii.", ""), 3: ("iv.", "")},
}


def word_item(text: str, level: int, style: str, filtered: bool) -> str:
    marker, font = MARKERS[style][level]
    spacer = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>"
    mark = f"<span style='font-family:{font}'>{marker}{spacer}</span>"
    margin = f"margin-left:{36 * level}.0pt"
    if filtered:  # Word's filtered HTML: only the margin tells the level
        return f"<p class=MsoListParagraphCxSpMiddle style='{margin}'>{mark}{text}</p>"
    return (
        f"<p class=MsoListParagraphCxSpMiddle style='{margin};mso-list:l0 level{level} lfo1'>"
        f"<![if !supportLists]>{mark}<![endif]>{text}<o:p></o:p></p>"
    )


@pytest.mark.parametrize("filtered", [False, True], ids=["word", "filtered"])
@pytest.mark.parametrize("style", sorted(MARKERS))
def test_word_list_paragraphs_are_items_and_sub_items(style, filtered):
    (record,) = golden_records(VEENHOVEN)
    date = record["recognised_since_text"]
    parts = [
        f"<p class=MsoNormal><b>{record['organisation']}</b></p>",
        f"<p class=MsoNormal>Erkend mantelzorgvriendelijk sinds: {date}</p>",
    ]
    for section in record["sections"].values():
        parts.append(f"<p class=MsoNormal><b>{section['question']}</b></p>")
        for item in section["items"]:
            parts.append(word_item(item["text"], 1, style, filtered))
            for n, sub in enumerate(item["subitems"]):  # level 2, or 3: a sub-item all the same
                parts.append(word_item(sub, 2 + n % 2, style, filtered))
    body = "".join(parts)
    page = f"<html xmlns:o='urn:schemas-microsoft-com:office:office'><body>{body}</body></html>"
    (found,) = extract(page)
    for key, section in record["sections"].items():
        got = [(i["text"], i["subitems"]) for i in found["sections"][key]["items"]]
        assert got == [(i["text"], i["subitems"]) for i in section["items"]]


def test_only_the_marker_at_the_start_of_an_item_goes():
    """A Wingdings marker Word may write (ø), and `k. L` inside the text, which is no marker."""
    text = "Mantelzorg is een onderwerp in het ontwikkelgesprek. Leidinggevenden vragen ernaar."
    page = (
        "<html><body><p class=MsoNormal><b>Welke concrete acties heeft uw organisatie uitgevoerd"
        " om medewerkers bewust te maken van het thema?</b></p>"
        + word_item(text, 1, "bullets", filtered=False).replace("·", "ø")
        + "<p class=MsoNormal>Erkend mantelzorgvriendelijk sinds: 1 mei 2020</p></body></html>"
    )
    (record,) = extract(page)
    (item,) = record["sections"]["awareness"]["items"]
    assert item["text"].endswith(text)
