"""One scenario in one fresh interpreter: `python -m bench._worker NAME SETTINGS_JSON OUT_PATH`.

`bench.run` starts this once per scenario, so imports, caches and allocator state never leak
from one scenario into the next. The samples (or the error) are written to OUT_PATH as JSON.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path


def main() -> int:
    name, settings_json, out = sys.argv[1:4]
    started = time.perf_counter()
    try:
        from ._scenarios import SCENARIOS

        result = {"ok": True, **SCENARIOS[name](json.loads(settings_json))}
    except Exception:
        result = {"ok": False, "error": traceback.format_exc()}
    result["wall_seconds"] = time.perf_counter() - started
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
