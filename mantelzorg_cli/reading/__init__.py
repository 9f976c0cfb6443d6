"""Reading: bytes in, a profile's parts out.

bytes → `decode` (text and its encoding) → `webpage` (a saved page as the
lines of its profile) → `text` (NFC, lines) → `lines` (each line's kind:
`classify`) → `split` (the lines of each profile) → `segment` (a profile's
`Parts`: organisation, date, intro, `sections`, contact). `questions` knows
the four fixed questions. Nothing here writes, prints or reads a file.
"""
