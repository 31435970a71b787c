"""One recommendation revision in words (the case view's history list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.formatting import datetime_text, enum_text
from ui.formatting import tr as value_text

if TYPE_CHECKING:
    from mtb_desk.services.recommendations import RecommendationView


def revision_text(view: RecommendationView) -> str:
    """One revision in the history list: state, outcome, who, and its signatures."""
    target = view.cohort_code or view.trial_id or ", ".join(view.drugs)
    head = (
        QCoreApplication.translate("RecommendationEditor", "Revision %1 · %2 · %3")
        .replace("%1", str(view.revision))
        .replace("%2", enum_text(view.state))
        .replace("%3", enum_text(view.outcome) + (f" ({target})" if target else ""))
    )
    who = (
        QCoreApplication.translate("RecommendationEditor", "recorded by %1, %2")
        .replace("%1", view.created_by)
        .replace("%2", datetime_text(view.created_at))
    )
    lines = [head, who]
    if view.finalised_by:
        lines.append(
            QCoreApplication.translate("RecommendationEditor", "finalised by %1, %2")
            .replace("%1", view.finalised_by)
            .replace("%2", datetime_text(view.finalised_at))
        )
    for signature in view.signatures:
        lines.append(
            QCoreApplication.translate("RecommendationEditor", "signed by %1 (%2), %3")
            .replace("%1", signature.signer_name)
            .replace("%2", value_text(signature.signer_role))
            .replace("%3", datetime_text(signature.signed_at))
        )
    return "\n".join(lines)
