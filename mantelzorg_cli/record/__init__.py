"""The record: a profile's parts in, a record (`schema.Record`, a plain dict) out.

`build` makes the record; `headcount` and `contact` read values out of the
text as written (a date is read by `reading.dates`, which also tells a
recognition line); `tagging` adds the measures (`measures/`); `schema` says
what every key holds.
"""
