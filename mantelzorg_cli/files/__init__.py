"""Files and folders: what the paths name (`inputs`), each read in order, in processes
when asked (`batch`, with `workers` ending with the run), as `run.read_paths`, the
library's way to read a folder and the command line's. (Nothing is imported here:
`files.inputs` alone stays light for `--help`; the package gives `read_paths`.)"""
