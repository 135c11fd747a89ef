"""The reader's figures on a corpus already laid out and indexed, as `python -m bench --only
scale` takes them at each size, without its builds (e.g. an index of `bench.scale.lay_out`'s
100,000 articles built once, then measured when the machine is quiet).

``python -m bench.reader_scale CORPUS_FOLDER INDEX_DIR [--starts N] [--words N]`` prints
JSON: the load before and after, the first paint in tmux (`bench.paint.first_paint`), the
keystroke-to-list figures (`bench.tui_bench.measure`) and the stories list's
(`bench.stories_list.measure_stories`).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from bench.common import child
from bench.paint import first_paint
from bench.tui_bench import TYPED


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reader_scale")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("index", type=Path)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--words", type=int, default=len(TYPED))
    args = parser.parse_args(argv)
    folder, index, words = str(args.corpus), str(args.index), str(args.words)
    out: dict[str, object] = {"load_before": os.getloadavg()}
    out["reader"] = first_paint(args.corpus, args.index, args.starts)
    out["keys"] = child(
        "import asyncio; from pathlib import Path; from bench.tui_bench import measure\n"
        "result = asyncio.run(measure(Path(sys.argv[1]), Path(sys.argv[2]), opened=False,"
        " words=int(sys.argv[3])))",
        folder,
        index,
        words,
    )
    out["stories"] = child(
        "import asyncio; from pathlib import Path\n"
        "from bench.stories_list import measure_stories\n"
        "result = asyncio.run(measure_stories(Path(sys.argv[1]), Path(sys.argv[2]),"
        " words=int(sys.argv[3])))",
        folder,
        index,
        words,
    )
    out["load_after"] = os.getloadavg()
    print(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
