"""`python -m mantelzorg_cli`, the same as `mzextract`."""

from .cli import main

main(prog_name="mzextract")
