"""A pytest plugin: every hypothesis test draws ``STRESS_MULT`` times its examples.

CI draws fresh examples on each run, so a failure one run in fifty stops a landing at
random. `make stress` runs the property tests with this plugin before a stop.
"""

from __future__ import annotations

import os
from typing import Any

import hypothesis

MULT = int(os.environ.get("STRESS_MULT", "5"))
_settings_init = hypothesis.settings.__init__


def _more_examples(self: hypothesis.settings, parent: Any = None, **kwargs: Any) -> None:
    if isinstance(kwargs.get("max_examples"), int):
        kwargs["max_examples"] *= MULT
    _settings_init(self, parent, **kwargs)


hypothesis.settings.__init__ = _more_examples  # type: ignore[method-assign]
# the patched __init__ multiplies this too: 100 here is 100 * MULT a test without its own
# max_examples (was 100 * MULT, multiplied again: 2,500 examples at MULT=5, 40,000 at 20; mx43)
hypothesis.settings.register_profile("stress", max_examples=100, deadline=None)
hypothesis.settings.load_profile("stress")
