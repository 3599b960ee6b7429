"""A tiny fork server for the crash tests: load the app once, then fork a worker per request.

Protocol on stdin/stdout, one line each:
  ``start <function> <json args>``  -> ``pid <n>``  (the child runs crash_workload.<function>(*args))
  ``wait <n>``                      -> ``status <signal or exit code>``
Starting Python and importing the app for every kill would take a second a
round; a fork takes a millisecond, so 200 kills fit in a normal test run.
"""

from __future__ import annotations

import json
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import crash_workload  # noqa: E402 - after the path is set


def _child(function: str, args: list) -> None:
    try:
        getattr(crash_workload, function)(*args)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent sees a non-kill exit and the trace on stderr
        traceback.print_exc()
        code = 3
    os._exit(code)


def main() -> None:
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "start":
            function, _, arguments = rest.partition(" ")
            pid = os.fork()
            if pid == 0:
                _child(function, json.loads(arguments))
            print(f"pid {pid}", flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(rest), 0)
            result = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
            print(f"status {result}", flush=True)
        elif command == "quit":
            return


if __name__ == "__main__":
    main()
