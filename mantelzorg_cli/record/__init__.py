"""The record: a profile's parts in, a record (a plain dict) out.

`build` makes the record and tags its measures; `dates`, `headcount` and
`contact` read values out of the text as written.
"""
