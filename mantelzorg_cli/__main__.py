"""`python -m mantelzorg_cli`, the same as `mzextract`."""

from .cli.command import main

main(prog_name="mzextract")
