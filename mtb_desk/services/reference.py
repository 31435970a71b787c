"""Versioned reference data in the database: OncoTree releases and assay gene panels.

A release is stored whole (`ReferenceRelease.content`) so any version can be rebuilt; the
newest row of a kind (and, for panels, a name) is the one in force. Until an OncoTree release
is loaded, the small built-in tree in ``assets/`` serves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.db.engine import Database
from mtb_desk.db.models import ReferenceRelease
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.errors import ValidationError
from mtb_desk.reference.oncotree import TumourType, TumourTypeTree
from mtb_desk.services.audit import record_event
from mtb_desk.services.permissions import Action, Actor, require

ONCOTREE = "oncotree"
PANEL = "panel"
CATALOGUE = "catalogue"
_TREES: dict[tuple[int, str], TumourTypeTree] = {}  # by (release id, sha256)
_BUILTIN: list[TumourTypeTree] = []
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReferenceView:
    kind: str
    name: str
    version: str
    source_filename: str | None
    sha256: str | None
    loaded_by: str
    loaded_at: dt.datetime
    size: int  # tumour types, genes or cohorts
    already_loaded: bool = False


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ValidationError(f"{path.name}: cannot read the file: {exc}") from exc


def parsed_release(kind: str, release: ReferenceRelease, parse: Callable[[], T]) -> T:
    """`parse()` of a stored release, kept between runs (`parse_cache`) by its content."""
    from mtb_desk.parse_cache import cached

    source = json.dumps(
        [release.version, release.content], sort_keys=True, separators=(",", ":"), default=str
    )
    return cached(kind, source.encode("utf-8"), parse)


def newest_release(session: Session, kind: str, name: str | None = None) -> ReferenceRelease | None:
    query = select(ReferenceRelease).where(ReferenceRelease.kind == kind)
    if name is not None:
        query = query.where(ReferenceRelease.name == name)
    return session.scalar(query.order_by(ReferenceRelease.id.desc()).limit(1))


def release_by_version(session: Session, kind: str, version: str) -> ReferenceRelease | None:
    return session.scalar(
        select(ReferenceRelease)
        .where(ReferenceRelease.kind == kind, ReferenceRelease.version == version)
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    )


def _size(release: ReferenceRelease) -> int:
    content = release.content if isinstance(release.content, dict) else {}
    for key in ("types", "genes", "cohorts", "labels"):
        if isinstance(content.get(key), list):
            return len(content[key])
    return 0


def release_view(release: ReferenceRelease, *, already_loaded: bool = False) -> ReferenceView:
    return ReferenceView(
        kind=release.kind,
        name=release.name,
        version=release.version,
        source_filename=release.source_filename,
        sha256=release.sha256,
        loaded_by=release.loaded_by,
        loaded_at=release.loaded_at,
        size=_size(release),
        already_loaded=already_loaded,
    )


def store_release(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    name: str,
    version: str,
    content: Any,
    source_filename: str | None,
    sha256: str | None,
) -> tuple[ReferenceRelease, bool]:
    """Add a release inside the caller's unit of work; (release, False) when the same
    version with the same content is already stored, and a refusal when it differs."""
    existing = session.scalar(
        select(ReferenceRelease)
        .where(
            ReferenceRelease.kind == kind,
            ReferenceRelease.name == name,
            ReferenceRelease.version == version,
        )
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    )
    if existing is not None:
        if existing.content == content:
            return existing, False
        raise ValidationError(
            f"{kind} {name + ' ' if kind == PANEL else ''}version {version} is already loaded "
            "with different content; give the new release a new version"
        )
    release = ReferenceRelease(
        kind=kind,
        name=name,
        version=version,
        content=content,
        source_filename=source_filename,
        sha256=sha256,
        loaded_by=actor.username,
    )
    session.add(release)
    session.flush()
    record_event(
        session,
        actor=actor.username,
        action="load",
        entity="reference",
        entity_id=f"{kind}:{name}:{version}",
        summary=f"{kind} {name} version {version} loaded from {source_filename or 'built-in data'}",
        after={"kind": kind, "name": name, "version": version, "sha256": sha256},
    )
    return release, True


# --- OncoTree -------------------------------------------------------------------------------


def load_oncotree(database: Database, actor: Actor, path: Path) -> ReferenceView:
    """Load an official OncoTree JSON release; its version is the file name's stem."""
    require(actor, Action.MANAGE_CATALOGUE)
    from mtb_desk.reference.oncotree import load_oncotree_file, tree_to_rows

    tree = load_oncotree_file(path)  # validates the whole file before anything is written
    content = {
        "types": tree_to_rows(tree),
        "retired": {old: list(new) for old, new in sorted(tree.retired.items())},
    }
    with writing(database) as session:
        release, added = store_release(
            session,
            actor,
            kind=ONCOTREE,
            name=ONCOTREE,
            version=tree.version,
            content=content,
            source_filename=path.name,
            sha256=file_sha256(path),
        )
        return release_view(release, already_loaded=not added)


def _tree_from_content(version: str, content: dict[str, Any]) -> TumourTypeTree:
    types = [
        TumourType(
            code=row["code"],
            name=row["name"],
            main_type=row.get("main_type"),
            parent=row.get("parent"),
            tissue=row.get("tissue"),
            level=int(row.get("level") or 0),
            ncit=tuple(row.get("ncit") or ()),
        )
        for row in content.get("types", [])
    ]
    return TumourTypeTree.from_types(version, types, content.get("retired") or {})


def builtin_tumour_tree() -> TumourTypeTree:
    if not _BUILTIN:
        from mtb_desk.reference.oncotree import builtin_tree

        _BUILTIN.append(builtin_tree())
    return _BUILTIN[0]


def current_tree(source: Session | Database) -> TumourTypeTree:
    """The newest loaded OncoTree release (cached per release), else the built-in tree."""
    if isinstance(source, Database):
        with reading(source) as session:
            return current_tree(session)
    row = source.execute(
        select(ReferenceRelease.id, ReferenceRelease.sha256, ReferenceRelease.version)
        .where(ReferenceRelease.kind == ONCOTREE)
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return builtin_tumour_tree()
    key = (row.id, row.sha256 or "")
    if key not in _TREES:
        content = source.scalar(
            select(ReferenceRelease.content).where(ReferenceRelease.id == row.id)
        )
        _TREES.clear()  # one release in force at a time: keep the cache small
        _TREES[key] = _tree_from_content(row.version, content or {})
    return _TREES[key]


# --- Gene panels ----------------------------------------------------------------------------


def load_panel(database: Database, actor: Actor, name: str, path: Path) -> ReferenceView:
    """Load an assay's gene list under NAME (matched to reports' assay, case-insensitively).

    The version is the file's stem; loading changed content under the same file name adds a
    new release with the content's short hash appended.
    """
    require(actor, Action.MANAGE_CATALOGUE)
    from mtb_desk.reference.panels import load_gene_list

    name = name.strip()
    if not name:
        raise ValidationError("a panel needs a name, e.g. the assay TSO500")
    genes = load_gene_list(path)
    sha = file_sha256(path)
    content = {"genes": sorted(genes)}
    with writing(database) as session:
        current = newest_release(session, PANEL, name)
        if current is not None and current.content == content:
            return release_view(current, already_loaded=True)
        version = path.stem
        taken = session.scalar(
            select(ReferenceRelease.id).where(
                ReferenceRelease.kind == PANEL,
                ReferenceRelease.name == name,
                ReferenceRelease.version == version,
            )
        )
        if taken is not None:
            version = f"{version}-{sha[:8]}"
        release, _ = store_release(
            session,
            actor,
            kind=PANEL,
            name=name,
            version=version,
            content=content,
            source_filename=path.name,
            sha256=sha,
        )
        return release_view(release)


def panels_in_force(session: Session) -> dict[str, frozenset[str]]:
    """Newest gene list per panel name, keyed by the upper-cased name."""
    rows = session.execute(
        select(ReferenceRelease.name, ReferenceRelease.content)
        .where(ReferenceRelease.kind == PANEL)
        .order_by(ReferenceRelease.id)
    ).all()
    panels: dict[str, frozenset[str]] = {}
    for name, content in rows:  # later rows replace earlier ones
        panels[name.upper()] = frozenset((content or {}).get("genes", ()))
    return panels


def panel_for_assays(
    assays: Iterable[str], panels: dict[str, frozenset[str]]
) -> frozenset[str] | None:
    """The union of the panels of these assays; None when an assay has no panel (or none)."""
    genes: set[str] = set()
    seen = False
    for assay in assays:
        panel = panels.get(assay.upper())
        if panel is None:
            return None
        genes |= panel
        seen = True
    return frozenset(genes) if seen else None


def references_in_force(database: Database) -> list[ReferenceView]:
    """The OncoTree release, each panel and the catalogue now in force (newest of each)."""
    with reading(database) as session:
        views = []
        for kind in (ONCOTREE, CATALOGUE, "genes"):
            release = newest_release(session, kind)
            if release is not None:
                views.append(release_view(release))
        names = session.scalars(
            select(ReferenceRelease.name)
            .where(ReferenceRelease.kind == PANEL)
            .distinct()
            .order_by(ReferenceRelease.name)
        ).all()
        for name in names:
            release = newest_release(session, PANEL, name)
            if release is not None:
                views.append(release_view(release))
        return views
