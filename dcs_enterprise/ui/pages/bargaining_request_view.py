"""The request as recorded, read only: who asked and when, the kind of round (and the
agreement an amendment or renewal changes), the Art 67 topics, the content, the employer's
information (rule B3), the time and place agreed (B1) and an agreed end (B2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from . import bargaining_text as words
from .conference_text import dmy

translate = QCoreApplication.translate


class RequestView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in (
                ("by", translate("BargainingRequestView", "Requested by")),
                ("kind", translate("BargainingRequestView", "Kind")),
                ("topics", translate("BargainingRequestView", "Topics")),
                ("content", translate("BargainingRequestView", "Content")),
                ("information", translate("BargainingRequestView", "Information")),
                ("arranged", translate("BargainingRequestView", "Time and place")),
                ("end", translate("BargainingRequestView", "Agreed end"))):
            field = QLabel()
            field.setObjectName(f"request_{name}")
            field.setWordWrap(True)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = field
            form.addRow(label, field)

    def text(self, name: str) -> str:
        return self.fields[name].text()

    def load(self, view: words.RoundView) -> None:
        info, agreement = view.round, view.agreement
        self.fields["by"].setText(translate("BargainingRequestView", "{name} ({side}), received on {day}")
                                  .format(name=info.requester_name,
                                          side=words.requester_name(info.requested_by),
                                          day=dmy(info.requested_on)))
        kind = words.kind_name(info.kind)
        if view.amended is not None:
            kind = translate("BargainingRequestView", "{kind} of agreement {number} (signed on {day}); "
                             "consolidated version {version}").format(
                kind=kind, number=view.amended.agreement_number,
                day=dmy(view.amended.signed_on), version=agreement.consolidated_version - 1)
        self.fields["kind"].setText(f"{kind} — {agreement.title}")
        self.fields["topics"].setText("\n".join(f"• {words.topic_name(t)}" for t in info.topics))
        self.fields["content"].setText(info.request_content or "—")
        self.fields["information"].setText(self._information(view))
        if info.arranged_on is None:
            arranged = translate("BargainingRequestView", "not agreed yet")
        else:
            arranged = translate("BargainingRequestView", "agreed on {day}: from {start}, {place}").format(
                day=dmy(info.arranged_on), start=dmy(info.agreed_start_on),
                place=info.agreed_place or "—")
        self.fields["arranged"].setText(arranged)
        self.fields["end"].setText(dmy(info.agreed_end_on) if info.agreed_end_on else translate(
            "BargainingRequestView", "none: at most 90 days from the first session"))

    @staticmethod
    def _information(view: words.RoundView) -> str:
        info = view.round
        if info.information_requested_on is None:
            return translate("BargainingRequestView", "not asked for")
        text = translate("BargainingRequestView", "asked for on {day}").format(
            day=dmy(info.information_requested_on))
        if info.information_supplied_on is not None:
            text += "; " + translate("BargainingRequestView", "supplied on {day}").format(
                day=dmy(info.information_supplied_on))
            if info.information_withheld:
                text += "; " + translate("BargainingRequestView", "withheld: {what}").format(
                    what=info.information_withheld)
        return text
