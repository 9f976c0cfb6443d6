"""Reading: bytes in, each profile's parts out.

bytes → `decode` (text and its encoding) → `text` (NFC, lines) → the
front ends (`frontends/`: a page, a mail, a PDF's text… as plain lines) →
`lines` (each line's kind: `classify`) → `split` (the lines of each
profile) → `parts` (a profile's `Parts`: organisation, date, intro,
sections built by `sections`, contact). `questions` knows the four fixed
questions and `dates` a date as written, which a recognition line holds.
docs/reading-rules.md gives the rules in words. Nothing here writes,
prints or opens a file.
"""
