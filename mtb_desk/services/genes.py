"""Gene-symbol reference data: HGNC releases in the database, or the default in `assets/`.

- `load_hgnc(database, actor, path) -> ReferenceView`: store HGNC's complete set as a versioned
  release (kind `genes`); its version is the file name's stem and the first 12 hex digits of
  its SHA-256, so a newer download never collides with an older one.
- `gene_map_in_force(database) -> GeneMap | None`: the newest release; None means the
  shipped default (loaded by the importers only when a file names genes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mtb_desk.db.engine import Database
from mtb_desk.db.models import ReferenceRelease
from mtb_desk.db.unit_of_work import reading, writing
from mtb_desk.domain.genes import GeneMap, build_map
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.reference import (
    ReferenceView,
    file_sha256,
    newest_release,
    release_view,
    store_release,
)

GENES = "genes"
_MAPS: dict[tuple[int, str | None], GeneMap] = {}


def load_hgnc(database: Database, actor: Actor, path: Path) -> ReferenceView:
    """Load HGNC's complete set (validated whole before anything is written)."""
    require(actor, Action.MANAGE_CATALOGUE)
    from mtb_desk.reference.hgnc import read_hgnc

    genes = read_hgnc(path)
    sha256 = file_sha256(path)
    content = {
        "source": f"HGNC complete set {path.name}",
        "genes": list(genes.approved),
        "previous": [list(pair) for pair in genes.previous],
        "aliases": [list(pair) for pair in genes.aliases],
    }
    with writing(database) as session:
        release, added = store_release(
            session,
            actor,
            kind=GENES,
            name="hgnc",
            version=f"{path.stem}@{sha256[:12]}",
            content=content,
            source_filename=path.name,
            sha256=sha256,
        )
        return release_view(release, already_loaded=not added)


def _from_release(release: ReferenceRelease) -> GeneMap:
    key = (release.id, release.sha256)
    if key not in _MAPS:
        content: dict[str, Any] = release.content
        _MAPS[key] = build_map(
            f"{content.get('source', 'HGNC')} ({release.version})",
            content["genes"],
            [tuple(pair) for pair in content["previous"]],
            [tuple(pair) for pair in content["aliases"]],
        )
    return _MAPS[key]


def gene_map_in_force(database: Database) -> GeneMap | None:
    with reading(database) as session:
        release = newest_release(session, GENES)
        return None if release is None else _from_release(release)
