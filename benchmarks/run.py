"""Run every benchmark module of this package: each module with a `main()` is one benchmark.

python -m benchmarks.run [name ...]     (no names: all of them; `make bench`)
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from types import ModuleType

import benchmarks


def discover() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if info.name == "run" or info.ispkg:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        if callable(getattr(module, "main", None)):
            found.append(module)
    return found


def main(argv: list[str] | None = None) -> int:
    wanted = set(sys.argv[1:] if argv is None else argv)
    failed = 0
    for module in discover():
        name = module.__name__.rsplit(".", 1)[-1]
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        saved, sys.argv = sys.argv, [module.__name__]  # each benchmark parses its own (empty) arguments
        try:
            module.main()
        except Exception as exc:  # one broken benchmark must not hide the others' numbers
            failed += 1
            print(f"!! {name} failed: {exc}", flush=True)
        finally:
            sys.argv = saved
        print(f"== {name} done in {time.perf_counter() - start:.0f} s", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
