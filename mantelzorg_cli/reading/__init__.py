"""Reading: bytes in, each profile's parts out.

bytes → `decode` (text and its encoding) → `webpage` (a saved page as the
lines of its profile: `markup` cuts the text before parsing, `page_lines`
writes the profile's element as lines) → `text` (NFC, lines) → `lines`
(each line's kind: `classify`) → `split` (the lines of each profile) →
`parts` (a profile's `Parts`: organisation, date, intro, sections built by
`sections`, contact). `questions` knows the four fixed questions.
docs/reading-rules.md gives the rules in words. Nothing here writes,
prints or opens a file.
"""
