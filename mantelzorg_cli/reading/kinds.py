"""The kinds of line `lines.classify` tells apart."""

BLANK = "blank"
HEADER = "header"  # Werk&Mantelzorg
FOOTER = "footer"  # Overzicht van alle organisaties
FOOTER_NAME = "footer_name"  # X is 1 van de erkende organisaties.
RECOGNITION = "recognition"
QUESTION = "question"
CONTACT = "contact"
URL = "url"
BULLET = "bullet"
TEXT = "text"

BOILERPLATE = frozenset({HEADER, FOOTER, FOOTER_NAME})
