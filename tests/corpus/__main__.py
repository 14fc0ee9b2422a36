"""`python -m tests.corpus DIR`: write every broken input folder of the corpus into DIR."""

import sys
from pathlib import Path

from tests.corpus import build_all

build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "corpus"))
