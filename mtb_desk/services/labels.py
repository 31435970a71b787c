"""Approved indications in force: a loaded release (`reference load-labels`), else the
starter set in ``assets/``. Stored whole in `reference_release` (kind "labels") like OncoTree
releases, so any version can be rebuilt and the newest one is in force."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.catalogue.labels import LabelSet, builtin_labels, load_labels, parse_labels
from mtb_desk.db.engine import Database
from mtb_desk.db.models import ReferenceRelease
from mtb_desk.db.unit_of_work import writing
from mtb_desk.resources import parse_yaml
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.reference import (
    ReferenceView,
    current_tree,
    file_sha256,
    release_view,
    store_release,
)

LABELS = "labels"
_CACHE: dict[int, LabelSet] = {}


def labels_in_force(session: Session) -> LabelSet:
    """The newest loaded approved-indications release (cached by row id), else the starter
    set."""
    row = session.execute(
        select(ReferenceRelease.id, ReferenceRelease.content)
        .where(ReferenceRelease.kind == LABELS)
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return builtin_labels()
    if row.id not in _CACHE:
        _CACHE.clear()
        _CACHE[row.id] = parse_labels(row.content, source=f"labels release {row.id}")
    return _CACHE[row.id]


def load_labels_release(database: Database, actor: Actor, path: Path) -> ReferenceView:
    """Validate an approved-indications YAML (codes against the OncoTree release in force,
    when one is loaded) and store it as the release in force."""

    require(actor, Action.MANAGE_CATALOGUE)
    with writing(database) as session:
        tree = current_tree(session)
        checked = None if tree.version.startswith("builtin") else tree
        labels = load_labels(path, checked)  # the whole file is valid before anything is written
        content: Any = parse_yaml(path.read_text(encoding="utf-8"))
        release, added = store_release(
            session, actor, kind=LABELS, name=LABELS, version=labels.version, content=content,
            source_filename=path.name, sha256=file_sha256(path),
        )  # fmt: skip
        return release_view(release, already_loaded=not added)
