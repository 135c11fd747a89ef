"""broadsheet core: read, clean, index and search news articles. Never imports the TUI."""

import os

# NumPy asks the kernel for transparent huge pages for its large arrays; where the kernel
# compacts memory to find them on a fault (THP "madvise", the Debian default), a third of
# a stories update's CPU time at 100,000 articles went on those faults (st72): without
# them the update took 2.9 CPU s against 3.45 (6 alternated pairs), a build the same or
# less. Read once, when NumPy is first imported; a value the user set is kept.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")
