"""Rendered sample documents, made once per test session (rendering is pure: bytes in memory)."""

from __future__ import annotations

import pytest
from report_samples import render_samples


@pytest.fixture(scope="session")
def samples() -> dict[str, bytes]:
    return render_samples()


@pytest.fixture(scope="session")
def minutes_pdf(samples: dict[str, bytes]) -> bytes:
    return samples["minutes"]
