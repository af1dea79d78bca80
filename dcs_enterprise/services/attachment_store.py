"""Evidence files kept in the database (DESIGN.md "Data": one file backs up the whole record).
Used inside a service's unit of work; the caller has checked the permission. Lists never read
the bytes: only ``data`` does, when the user opens a file."""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable
from datetime import date

from sqlmodel import Session, select

from ..domain.attachments import check_attachment
from ..domain.errors import NotFoundError
from ..domain.text import nfc
from ..storage.tables import Attachment
from .supervision_models import AttachmentInfo, FileInput

_INFO_COLUMNS = (Attachment.id, Attachment.owner_id, Attachment.file_name, Attachment.media_type,
                 Attachment.size, Attachment.added_on, Attachment.added_by)


def check(files: Iterable[FileInput]) -> None:
    """Refuses the whole batch before anything is stored when one file is not acceptable."""
    for file in files:
        check_attachment(nfc(file.file_name).strip(), len(file.data))


def store(session: Session, owner: str, owner_id: int, file: FileInput, on: date,
          by: str) -> dict:
    """Adds one checked file; returns what the audit event records (never the bytes)."""
    name = nfc(file.file_name).strip()
    check_attachment(name, len(file.data))
    media_type = file.media_type
    if media_type == "application/octet-stream":
        media_type = mimetypes.guess_type(name)[0] or media_type
    digest = hashlib.sha256(file.data).hexdigest()
    session.add(Attachment(owner=owner, owner_id=owner_id, file_name=name, media_type=media_type,
                           size=len(file.data), sha256=digest, data=file.data, added_on=on,
                           added_by=by))
    return {"file": name, "size": len(file.data), "sha256": digest}


def infos(session: Session, owner: str, owner_ids: Iterable[int]
          ) -> dict[int, tuple[AttachmentInfo, ...]]:
    """The files of each owner, oldest first, without their bytes."""
    ids = list(owner_ids)
    found: dict[int, list[AttachmentInfo]] = {i: [] for i in ids}
    if not ids:
        return {}
    rows = session.exec(select(*_INFO_COLUMNS).where(
        Attachment.owner == owner, Attachment.owner_id.in_(ids)).order_by(Attachment.id)).all()
    for aid, owner_id, name, media_type, size, added_on, added_by in rows:
        found[owner_id].append(AttachmentInfo(aid, name, media_type, size, added_on, added_by))
    return {key: tuple(value) for key, value in found.items()}


def owner_of(session: Session, attachment_id: int) -> str:
    owner = session.exec(select(Attachment.owner).where(Attachment.id == attachment_id)).first()
    if owner is None:
        raise NotFoundError()
    return owner


def data(session: Session, attachment_id: int) -> tuple[str, bytes]:
    row = session.exec(select(Attachment.file_name, Attachment.data).where(
        Attachment.id == attachment_id)).first()
    if row is None:
        raise NotFoundError()
    return row[0], row[1]
