"""The case header: who, what, how fit, how treated, from where."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from mtb_desk.domain.records import CaseDetail
from ui import theme
from ui.formatting import DASH, date_text, enum_text, number_text, phrase_text

if TYPE_CHECKING:
    from mtb_desk.services.patient_history import PatientHistory


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setFont(theme.title_font(self.font()))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diagnosis = QLabel()
        self.diagnosis.setFont(theme.title_font(self.font(), 1.1))
        self.diagnosis.setWordWrap(True)
        self._facts: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.addWidget(self.title, 0, 0, 1, 6)
        layout.addWidget(self.diagnosis, 1, 0, 1, 6)
        names = (
            ("ecog", self.tr("ECOG")),
            ("lines", self.tr("Prior lines")),
            ("hospital", self.tr("Hospital")),
            ("status", self.tr("Status")),
            ("referred", self.tr("Referred")),
            ("markers", self.tr("TMB / MSI")),
        )
        for column, (key, caption) in enumerate(names):
            label = QLabel(caption)
            label.setForegroundRole(label.foregroundRole())
            palette = label.palette()
            palette.setColor(label.foregroundRole(), theme.accent("muted", self))
            label.setPalette(palette)
            value = QLabel(DASH)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label, 2, column)
            layout.addWidget(value, 3, column)
            self._facts[key] = value
        for column in range(len(names)):
            layout.setColumnStretch(column, 1)
        self.history = QLabel()
        self.history.setObjectName("patient_history")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.hide()
        layout.addWidget(self.history, 4, 0, 1, 6)

    def show_history(self, history: PatientHistory | None) -> None:
        """Earlier recommendations, enrolments and outcomes of this patient (hidden if none)."""
        from ui.case.history_text import history_lines, needs_attention

        lines = history_lines(history)
        self.history.setVisible(bool(lines))
        if not lines:
            self.history.clear()
            return
        caption = self.tr("Earlier for this patient:")
        shown = "; ".join(lines[:3]) + (" …" if len(lines) > 3 else "")
        self.history.setText(f"<b>{caption}</b> {escape(shown)}")
        self.history.setToolTip("\n".join(lines))
        kind = "warn" if needs_attention(history) else "muted"
        self.history.setStyleSheet(f"color: {theme.accent(kind, self).name()};")

    def fact(self, key: str) -> str:
        return self._facts[key].text()

    def show_case(self, case: CaseDetail) -> None:
        who = case.patient_name or self.tr("(no name recorded)")
        born = f", {case.birth_year}" if case.birth_year else ""
        sex = f", {case.sex}" if case.sex else ""
        self.title.setText(f"{case.study_id} · {who}{born}{sex}")
        diagnosis = case.diagnosis_code
        if case.diagnosis_text:
            diagnosis += f" – {case.diagnosis_text}"
        self.diagnosis.setText(diagnosis)
        hospital = case.hospital_name or case.hospital_code or DASH
        tmb = number_text(case.tmb, 1, " mut/Mb") if case.tmb is not None else DASH
        msi = enum_text(case.msi) if case.msi else DASH
        values = {
            "ecog": DASH if case.ecog is None else str(case.ecog),
            "lines": DASH if case.prior_lines is None else str(case.prior_lines),
            "hospital": hospital,
            "status": enum_text(case.status),
            "referred": date_text(case.referral_date) or DASH,
            "markers": f"{tmb} / {msi}",
        }
        conflicts = case.biomarker_conflicts
        if conflicts:  # the most recent report decides; the board sees the disagreement
            values["markers"] += " ⚠"
        for key, text in values.items():
            self._facts[key].setText(text)
        self._facts["markers"].setToolTip("\n".join(phrase_text(c) for c in conflicts))
