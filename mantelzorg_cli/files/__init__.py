"""Files and folders: what the paths name (`inputs`), each read in order, in processes
when asked (`batch`, with `workers` ending with the run), as `run.read_paths`, the
library's way to read a folder and the command line's."""

from .run import Failure, Run, read_paths

__all__ = ["Failure", "Run", "read_paths"]
