"""One kind of printed document: its type name and symbol, its data, its renderer and title."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dcs_enterprise.domain import documents as doc


@dataclass(frozen=True)
class DocumentKind:
    key: str
    type_name: str  # printed in capitals under the header
    type_code: str  # the symbol's abbreviation ("" when the kind is not numbered)
    description_vi: str
    description_en: str
    data_type: type
    render: Callable[..., bytes]  # (data, frame, on_page=None) -> PDF bytes
    title: Callable[[Any], str]

    def number(self, number: int | None, year: int, body_symbol: str) -> doc.DocumentNumber:
        """The kind's number and symbol, e.g. 05/DS-CT (number None: an unnumbered draft)."""
        return doc.DocumentNumber(number, year, self.type_code, body_symbol)

    def frame(self, data: Any, issuers: tuple[doc.IssuingBody, ...], place: str,
              day: date | None, *, number: doc.DocumentNumber | None = None,
              signatures: tuple[doc.SignatureBlock, ...] = (),
              recipients: tuple[str, ...] = (), archive: str = "VT") -> doc.DocumentFrame:
        """A frame with this kind's type name and the title made from ``data``."""
        return doc.DocumentFrame(issuers=issuers, number=number, place=place, day=day,
                                 type_name=self.type_name, title=self.title(data),
                                 signatures=signatures, recipients=recipients, archive=archive)
