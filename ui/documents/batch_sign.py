"""Sign all of a meeting's final decisions in one step: one password, a list of what will be
signed, and a result per case (``mtb_desk.services.batch_signing``).

The list shows every decided case; those ready for the chosen role are ticked. Enter in the
password field signs. Each signed PDF is written to the export folder; failures stay in the
list in words, and a wrong password signs nothing and says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtb_desk.domain.enums import Role
from ui import settings
from ui.context import AppContext, Changes
from ui.documents.sign_dialog import SIGNING_ROLES, credential_path, remember_credential
from ui.errors import present_error
from ui.formatting import enum_text
from ui.formatting import tr as value_text
from ui.ops.op import Op
from ui.settings import PreservedDialog
from ui.translation import LANGUAGES, localise_buttons

if TYPE_CHECKING:
    from mtb_desk.progress import Progress
    from mtb_desk.services.batch_signing import DecisionToSign, SignedDecision

STUDY_ROLE = Qt.ItemDataRole.UserRole


class BatchSignDialog(PreservedDialog):
    """`batch_did_finish(results)` after signing; the dialog stays open with the results."""

    batch_did_finish = Signal(object)  # list[SignedDecision]

    def __init__(
        self, context: AppContext, meeting_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.meeting_id = context, meeting_id
        self.decisions: list[DecisionToSign] = []
        self.setWindowTitle(self.tr("Sign the final decisions of %1").replace("%1", title))
        self.cases = QListWidget()
        self.credential = QLineEdit(credential_path(context.actor.username))
        self.credential.setPlaceholderText(self.tr("Your signing credential (.p12 / .pfx)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Unlocks the credential; never stored"))
        self.role = QComboBox()
        for role in SIGNING_ROLES:
            if role in context.actor.roles:
                self.role.addItem(value_text(role.value), role.value)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        saved = settings.text_value(settings.KEY_DOCUMENT_LANGUAGE, "en")
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.folder = QLineEdit(settings.export_folder())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._build()
        self.role.currentIndexChanged.connect(lambda _i: self._fill())

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Credential file"), self.credential)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Sign as"), self.role)
        form.addRow(self.tr("Language of the PDFs"), self.language)
        form.addRow(self.tr("Save in folder"), self.folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localise_buttons(self.buttons)
        self.sign_button = self.buttons.addButton(
            self.tr("Sign the ticked decisions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sign_button.clicked.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These decisions will be signed with one password:")))
        layout.addWidget(self.cases, 1)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        settings.fit_to_screen(self, 720, 560)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        for button in self.findChildren(QPushButton):  # Enter signs; it never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        self.sign_button.setDefault(True)

    def load(self) -> Op[list[DecisionToSign]]:
        from mtb_desk.services.batch_signing import decisions_to_sign

        database, meeting_id = self.context.database, self.meeting_id
        return (
            Op(self, lambda _p: decisions_to_sign(database, meeting_id)).success(self._loaded).run()
        )

    def _loaded(self, decisions: list[DecisionToSign]) -> None:
        self.decisions = decisions
        self._fill()
        (self.password if self.credential.text().strip() else self.credential).setFocus()

    def _chosen_role(self) -> Role | None:
        value = self.role.currentData()
        return Role(value) if value else None

    def _fill(self) -> None:
        role = self._chosen_role()
        self.cases.clear()
        for decision in self.decisions:
            text = (
                self.tr("%1 · revision %2 · %3")
                .replace("%1", decision.study_id)
                .replace("%2", str(decision.revision))
                .replace("%3", enum_text(decision.outcome))
            )
            if decision.target:
                text += f" ({decision.target})"
            item = QListWidgetItem(text)
            item.setData(STUDY_ROLE, decision.study_id)
            ready = role is not None and decision.ready_for(role)
            if ready:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(text + " — " + self._why_not(decision, role))
            self.cases.addItem(item)
        ready_count = len(self.ticked())
        self.sign_button.setEnabled(ready_count > 0)
        self.note.setText(
            self.tr("%n decision(s) ready to sign.", "", ready_count)
            if self.decisions
            else self.tr("No decision was recorded at this meeting.")
        )

    def _why_not(self, decision: DecisionToSign, role: Role | None) -> str:
        if role is None:
            return self.tr("only the chair or a pathologist signs")
        if role in decision.signed_roles:
            return self.tr("already signed as %1").replace("%1", value_text(role.value))
        return self.tr("still a draft: finalise it first")

    def ticked(self) -> list[str]:
        return [
            str(self.cases.item(r).data(STUDY_ROLE))
            for r in range(self.cases.count())
            if self.cases.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable
            and self.cases.item(r).checkState() == Qt.CheckState.Checked
        ]

    def sign(self) -> Op[list[SignedDecision]] | None:
        role, study_ids = self._chosen_role(), self.ticked()
        path = self.credential.text().strip()
        if role is None or not study_ids or not path or not self.password.text():
            self.note.setText(
                self.tr("Tick decisions, choose your credential and type its password.")
            )
            return None
        password, lang = self.password.text(), str(self.language.currentData())
        self.password.clear()
        folder = Path(self.folder.text().strip())
        remember_credential(self.context.actor.username, path)
        settings.set_value(settings.KEY_DOCUMENT_LANGUAGE, lang)
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> list[SignedDecision]:
            from mtb_desk.reports.signing import write_atomically
            from mtb_desk.services.batch_signing import sign_meeting_decisions
            from mtb_desk.services.documents import SignerCredential

            signer = SignerCredential(Path(path).read_bytes(), password, role)
            results = sign_meeting_decisions(
                database, actor, study_ids, signer, lang=lang, progress=progress
            )
            folder.mkdir(parents=True, exist_ok=True)
            for result in results:
                if result.content is not None:
                    write_atomically(folder / f"decision-{result.uid}.pdf", result.content)
            return results

        self.sign_button.setEnabled(False)
        return (
            Op(self, work)
            .success(self._signed)
            .failure(self._failed)
            .with_progress(self.tr("Signing %n decision(s)", "", len(study_ids)))
            .writes()
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        self.sign_button.setEnabled(bool(self.ticked()))
        self.note.setText(self.tr("Nothing was signed."))
        present_error(self, error)

    def _signed(self, results: list[SignedDecision]) -> None:
        by_id = {r.study_id: r for r in results}
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            result = by_id.get(str(item.data(STUDY_ROLE)))
            if result is None:
                continue
            mark = "✓ " if result.ok else "✗ "
            detail = (
                self.tr("signed, %1").replace("%1", result.uid or "") if result.ok else result.error
            )
            item.setText(mark + item.text().split(" — ")[0] + " — " + (detail or ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.CheckStateRole, None)
        signed = sum(1 for r in results if r.ok)
        text = self.tr("%1 of %2 decision(s) signed.").replace("%1", str(signed))
        self.note.setText(text.replace("%2", str(len(results))))
        self.context.bus.announce(Changes(recommendations=True))
        self.batch_did_finish.emit(results)
