"""Soak workers: processes that edit cases, annotate, recommend and import at once.

Each worker returns what it saw: the unique tokens of writes that reported success, the
conflicts it was told about, any other error, and the latency of each annotation save.
"""

from __future__ import annotations

import contextlib
import random
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from mtb_desk.db.engine import connect_database
from mtb_desk.domain.enums import Oncogenicity, RecommendationOutcome
from mtb_desk.errors import ConflictError, MtbDeskError
from mtb_desk.services.annotations import AnnotationInput, annotate_finding
from mtb_desk.services.cases import get_case, update_case
from mtb_desk.services.imports import import_file
from mtb_desk.services.recommendations import (
    RecommendationDraft,
    recommendation_history,
    record_recommendation,
)
from mtb_desk.services.users import list_users, resolve_actor

STUDY_IDS = tuple(f"DEMO-{i:03d}" for i in range(1, 15))


@dataclass
class WorkerResult:
    operations: int = 0
    successes: list[tuple[str, str]] = field(default_factory=list)  # (kind, token)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    annotation_ms: list[float] = field(default_factory=list)


def _tso500(token: str) -> str:
    rows = [["[Analysis Details]"], ["Pair ID", token], ["[TMB]"], ["Total TMB", "4.2"],
            ["[Small Variants]"],
            ["Gene", "Chromosome", "Genomic Position", "Reference Call", "Alternative Call",
             "Allele Frequency", "Depth", "P-Dot Notation", "C-Dot Notation",
             "Consequence(s)", "Affected Exon(s)"],
            ["KRAS", "chr12", "25398284", "C", "T", "0.2", "500", "NP_004976.2:p.(Gly12Asp)",
             "NM_004985.4:c.35G>A", "missense_variant", "2/5"]]
    return "\n".join("\t".join(r + [""] * (11 - len(r))) for r in rows) + "\n"


def _edit_case(db: object, actor: object, rng: random.Random, token: str) -> str:
    case = get_case(db, rng.choice(STUDY_IDS))  # type: ignore[arg-type]
    update_case(db, actor, case.id, case.version, {"notes": token})  # type: ignore[arg-type]
    return "case"


def _annotate(db: object, actor: object, rng: random.Random, token: str,
              result: WorkerResult) -> str:
    case = get_case(db, rng.choice(STUDY_IDS))  # type: ignore[arg-type]
    finding = rng.choice([f for f in case.findings if f.gene])
    seen = finding.annotation.version if finding.annotation else 0
    start = time.perf_counter()
    annotate_finding(db, actor, finding.id,  # type: ignore[arg-type]
                     AnnotationInput(Oncogenicity.LIKELY_ONCOGENIC, comment=token),
                     expected_version=seen)
    result.annotation_ms.append((time.perf_counter() - start) * 1000)
    return "annotation"


def _recommend(db: object, actor: object, rng: random.Random, token: str) -> str:
    study = rng.choice(STUDY_IDS)
    history = recommendation_history(db, study)  # type: ignore[arg-type]
    expected = history[0].version if history and history[0].state.value == "draft" else None
    record_recommendation(db, actor, study, RecommendationDraft(  # type: ignore[arg-type]
        RecommendationOutcome.FURTHER_TESTING, f"soak {token}"), expected_version=expected)
    return "recommendation"


def _import(db: object, actor: object, rng: random.Random, token: str, folder: Path) -> str:
    path = folder / f"{token}.tsv"
    path.write_text(_tso500(token))
    import_file(db, actor, rng.choice(STUDY_IDS), path)  # type: ignore[arg-type]
    return "import"


def run_worker(url: str, seconds: float, seed: int, folder: str) -> WorkerResult:
    database = connect_database(url)
    actor = resolve_actor(database, list_users(database)[0].username)
    rng = random.Random(seed)
    result = WorkerResult()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        token = uuid.uuid4().hex
        choice = rng.random()
        result.operations += 1
        try:
            if choice < 0.3:
                kind = _edit_case(database, actor, rng, token)
            elif choice < 0.65:
                kind = _annotate(database, actor, rng, token, result)
            elif choice < 0.9:
                kind = _recommend(database, actor, rng, token)
            else:
                kind = _import(database, actor, rng, token, Path(folder))
            result.successes.append((kind, token))
        except ConflictError:
            result.conflicts += 1
        except MtbDeskError as exc:
            result.errors.append(f"{type(exc).__name__}: {exc}")
        except Exception as exc:  # noqa: BLE001 - the soak test reports every failure
            result.errors.append(f"{type(exc).__name__}: {exc}")
    database.dispose()
    return result


def run_annotation_writer(url: str, seconds: float, seed: int, pause: float) -> list[float]:
    """Save annotations like a pathologist at a desk would, `pause` seconds apart; returns
    each save's latency in ms (conflicts, which end a save early, are left out)."""
    database = connect_database(url)
    actor = resolve_actor(database, list_users(database)[0].username)
    rng = random.Random(seed)
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = WorkerResult()
        with contextlib.suppress(ConflictError):
            _annotate(database, actor, rng, uuid.uuid4().hex, result)
        latencies += result.annotation_ms
        time.sleep(pause)
    database.dispose()
    return latencies
