"""The kinds of document the program prints, for ``export-pdf --list`` and the preview menu.

Each kind knows its type name and symbol abbreviation (Decree 30/2020 App III), how to title a
document from its data, and its renderer. Descriptions come in Vietnamese and English.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from dcs_enterprise.domain import documents as doc

from .roster import render_roster, roster_title
from .settings_sheet import TITLE as SETTINGS_TITLE
from .settings_sheet import TYPE_NAME as SETTINGS_TYPE_NAME
from .settings_sheet import render_settings_sheet


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


CATALOG: dict[str, DocumentKind] = {
    kind.key: kind
    for kind in (
        DocumentKind(
            key="roster",
            type_name="DANH SÁCH",
            type_code="DS",
            description_vi="Danh sách người lao động theo phòng ban (mã, họ tên, giới tính, "
                           "ngày sinh, chức vụ, đoàn viên; cộng từng phòng ban và tổng cộng)",
            description_en="Roster of employees by department (code, name, gender, date of "
                           "birth, position, union member; totals per department and overall)",
            data_type=doc.RosterDocumentData,
            render=render_roster,
            title=roster_title,
        ),
        DocumentKind(
            key="settings",
            type_name=SETTINGS_TYPE_NAME,
            type_code="",
            description_vi="Bảng tổng hợp các nội dung chính của quy chế dân chủ ở cơ sở tại "
                           "nơi làm việc, kèm căn cứ của từng nội dung",
            description_en="Summary sheet of the enterprise's democracy-regulation settings, "
                           "each with its legal source",
            data_type=doc.SettingsSheetData,
            render=render_settings_sheet,
            title=lambda _data: SETTINGS_TITLE,
        ),
    )
}


def document_kind(key: str) -> DocumentKind:
    """The kind registered under ``key``; KeyError naming the known kinds otherwise."""
    try:
        return CATALOG[key]
    except KeyError:
        raise KeyError(f"unknown document kind {key!r}; known: {', '.join(CATALOG)}") from None
