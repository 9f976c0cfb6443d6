"""The record: a profile's parts in, a record (`schema.Record`, a plain dict) out.

`build` makes the record; `dates`, `headcount` and `contact` read values
out of the text as written; `tagging` adds the measures (`measures/`);
`schema` says what every key holds.
"""
