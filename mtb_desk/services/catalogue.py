"""The drug catalogue in the database: load a validated, versioned catalogue; rebuild it.

`load_catalogue_file` validates the whole file first (a `CatalogueError` lists every problem
with file, cohort and rule path, and nothing is written), then in one unit of work stores the
release (the raw parsed YAML, kept whole) and brings the drug, cohort and supply-agreement
rows up to date. Cohort rows keep their ids (enrolments point at them); a cohort missing from
the new version is suspended, never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mtb_desk.catalogue.loader import CATALOGUE_FILENAME, CatalogueError, parse_catalogue
from mtb_desk.catalogue.model import Catalogue, Indication
from mtb_desk.catalogue.model import Cohort as CatalogueCohort
from mtb_desk.catalogue.model import Drug as CatalogueDrug
from mtb_desk.db.engine import Database
from mtb_desk.db.models import Cohort, Drug, ReferenceRelease, SupplyAgreement
from mtb_desk.db.unit_of_work import writing
from mtb_desk.errors import NotFoundError, ValidationError
from mtb_desk.resources import parse_yaml
from mtb_desk.services.audit import plain, record_event
from mtb_desk.services.permissions import Action, Actor, require
from mtb_desk.services.reference import (
    CATALOGUE,
    current_tree,
    file_sha256,
    parsed_release,
    release_by_version,
    store_release,
)

_CATALOGUES: dict[tuple[int, str], Catalogue] = {}  # by (release id, sha256)
_LIMITS = {"version": 40, "code": 80, "name": 300, "inn": 100, "brand": 100, "company": 100}


@dataclass(frozen=True, slots=True)
class CatalogueLoad:
    """What loading a catalogue did."""

    version: str
    source_filename: str
    already_loaded: bool
    drugs: int
    cohorts: int
    added: tuple[str, ...]  # cohort codes new in this version
    changed: tuple[str, ...]  # rule, tumour types, drugs, stages or name changed
    suspended: tuple[str, ...]  # cohorts no longer in the catalogue (or marked suspended)
    agreements: int
    warnings: tuple[str, ...]


def read_catalogue_file(path: Path, session: Session) -> tuple[Catalogue, Any]:
    """Parse and validate a catalogue file against the OncoTree in force: (catalogue, data)."""
    import yaml

    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: cannot read the catalogue: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ValidationError(f"{path.name}: not valid YAML: {exc}".replace("\n", " ")) from exc
    catalogue = parse_catalogue(data, source=path.name, tree=current_tree(session))
    _check_storable(catalogue, path.name)
    return catalogue, plain(data)


def _check_storable(catalogue: Catalogue, source: str) -> None:
    """Lengths the database columns hold, reported like the validator's problems."""
    problems = []

    def check(path: str, key: str, value: str | None) -> None:
        if value is not None and len(value) > _LIMITS[key]:
            problems.append(f"{path}.{key}: longer than {_LIMITS[key]} characters")

    check("catalogue", "version", catalogue.version)
    for i, drug in enumerate(catalogue.drugs):
        for key in ("inn", "brand", "company"):
            check(f"drugs[{i}] ({drug.inn})", key, getattr(drug, key))
    for i, cohort in enumerate(catalogue.cohorts):
        check(f"cohorts[{i}] ({cohort.code})", "code", cohort.code)
        check(f"cohorts[{i}] ({cohort.code})", "name", cohort.name)
    for i, agreement in enumerate(catalogue.supply_agreements):
        check(f"supply_agreements[{i}]", "code", agreement.label)
    if problems:
        raise CatalogueError(source, problems)


def load_catalogue_file(database: Database, actor: Actor, path: Path) -> CatalogueLoad:
    """Validate completely, then store the release and update drugs, cohorts, agreements."""
    require(actor, Action.MANAGE_CATALOGUE)
    with writing(database) as session:
        catalogue, data = read_catalogue_file(path, session)
        return store_catalogue(
            session, actor, catalogue, data, source_filename=path.name, sha256=file_sha256(path)
        )


def load_builtin_catalogue(database: Database, actor: Actor) -> CatalogueLoad:
    """Load the starter catalogue shipped in ``assets/`` (demo and first start)."""
    with writing(database) as session:
        return store_builtin_catalogue(session, actor)


def store_builtin_catalogue(session: Session, actor: Actor) -> CatalogueLoad:
    """The starter catalogue, inside the caller's unit of work."""
    from mtb_desk.resources import assets_dir

    require(actor, Action.MANAGE_CATALOGUE)
    path = assets_dir() / CATALOGUE_FILENAME
    catalogue, data = read_catalogue_file(path, session)
    return store_catalogue(
        session, actor, catalogue, data, source_filename=path.name, sha256=file_sha256(path)
    )


def store_catalogue(
    session: Session,
    actor: Actor,
    catalogue: Catalogue,
    data: Any,
    *,
    source_filename: str,
    sha256: str | None,
) -> CatalogueLoad:
    """Store a validated catalogue inside the caller's unit of work."""
    require(actor, Action.MANAGE_CATALOGUE)
    _refuse_ctml_codes(session, catalogue)
    release, added = store_release(
        session,
        actor,
        kind=CATALOGUE,
        name=CATALOGUE,
        version=catalogue.version,
        content=data,
        source_filename=source_filename,
        sha256=sha256,
    )
    if not added:
        return CatalogueLoad(
            catalogue.version, source_filename, True, len(catalogue.drugs),
            len(catalogue.cohorts), (), (), (), len(catalogue.supply_agreements),
            catalogue.warnings,
        )  # fmt: skip
    drugs = _upsert_drugs(session, catalogue)
    new, changed, suspended = _upsert_cohorts(session, catalogue, drugs)
    _replace_agreements(session, catalogue)
    result = CatalogueLoad(
        version=catalogue.version,
        source_filename=source_filename,
        already_loaded=False,
        drugs=len(catalogue.drugs),
        cohorts=len(catalogue.cohorts),
        added=tuple(new),
        changed=tuple(changed),
        suspended=tuple(suspended),
        agreements=len(catalogue.supply_agreements),
        warnings=catalogue.warnings,
    )
    record_event(
        session,
        actor=actor.username,
        action="load",
        entity="catalogue",
        entity_id=catalogue.version,
        summary=f"drug catalogue {catalogue.version} in force: {len(new)} new cohorts, "
        f"{len(changed)} changed, {len(suspended)} suspended",
        after={"release": release.id, "added": new, "changed": changed, "suspended": suspended},
    )
    return result


def _refuse_ctml_codes(session: Session, catalogue: Catalogue) -> None:
    codes = [c.code for c in catalogue.cohorts]
    taken = session.scalars(
        select(Cohort.code).where(Cohort.code.in_(codes), Cohort.source != "impress")
    ).all()
    if taken:
        raise ValidationError(
            f"cohort code(s) {', '.join(sorted(taken))} already name other trials' arms"
        )


def indication_data(item: Indication) -> dict[str, Any]:
    from mtb_desk.matching.rule_syntax import rule_to_data

    return {
        "alteration": rule_to_data(item.alteration) if item.alteration is not None else None,
        "tumour_types": list(item.tumour_types),
        "authorities": list(item.authorities),
        "note": item.note,
    }


def _upsert_drugs(session: Session, catalogue: Catalogue) -> dict[str, Drug]:
    rows = {d.inn: d for d in session.scalars(select(Drug))}
    for drug in catalogue.drugs:
        row = rows.get(drug.inn)
        if row is None:
            row = rows[drug.inn] = Drug(inn=drug.inn)
            session.add(row)
        _set_changed(row, _drug_values(drug, catalogue.version))
    return rows


def _drug_values(drug: CatalogueDrug, version: str) -> dict[str, Any]:
    return {
        "brand": drug.brand,
        "company": drug.company,
        "targets": list(drug.targets),
        "on_label": [indication_data(i) for i in drug.on_label],
        "catalogue_version": version,
    }


def _cohort_values(cohort: CatalogueCohort) -> dict[str, Any]:
    from mtb_desk.matching.rule_syntax import rule_to_data

    design = cohort.design
    return {
        "name": cohort.name,
        "rule": rule_to_data(cohort.rule),
        "tumour_include": list(cohort.tumour_types.include),
        "tumour_exclude": list(cohort.tumour_types.exclude),
        "stage1_size": design.stage1_size,
        "stage1_min_benefit": design.stage1_min_benefit,
        "total_size": design.total_size,
        "total_min_benefit": design.total_min_benefit,
        "suspended": cohort.suspended,
    }


def _set_changed(row: object, values: Mapping[str, Any]) -> bool:
    """Set only what differs (so an unchanged row keeps its version); True when any did."""
    changed = False
    for key, value in values.items():
        if getattr(row, key, None) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _upsert_cohorts(
    session: Session, catalogue: Catalogue, drugs: Mapping[str, Drug]
) -> tuple[list[str], list[str], list[str]]:
    rows = {c.code: c for c in session.scalars(select(Cohort).where(Cohort.source == "impress"))}
    new: list[str] = []
    changed: list[str] = []
    suspended: list[str] = []
    for cohort in catalogue.cohorts:
        row = rows.get(cohort.code)
        values = _cohort_values(cohort)
        if row is None:
            row = Cohort(code=cohort.code, source="impress", details={}, **values)
            row.drugs = [drugs[inn] for inn in cohort.drugs]
            session.add(row)
            new.append(cohort.code)
        else:
            was_suspended = row.suspended
            differs = _set_changed(row, values)
            if [d.inn for d in row.drugs] != list(cohort.drugs):
                row.drugs = [drugs[inn] for inn in cohort.drugs]
                differs = True
            if differs and not (cohort.suspended and not was_suspended):
                changed.append(cohort.code)
        row.catalogue_version = catalogue.version
        if cohort.suspended and cohort.code not in new:
            suspended.append(cohort.code)
    listed = {c.code for c in catalogue.cohorts}
    for code, row in rows.items():
        if code not in listed and not row.suspended:
            row.suspended = True
            suspended.append(code)
    session.flush()
    return new, changed, suspended


def _replace_agreements(session: Session, catalogue: Catalogue) -> None:
    rows = {a.code: a for a in session.scalars(select(SupplyAgreement))}
    for agreement in catalogue.supply_agreements:
        row = rows.pop(agreement.label, None)
        if row is None:
            row = SupplyAgreement(code=agreement.label)
            session.add(row)
        _set_changed(
            row,
            {
                "company": agreement.company,
                "drugs": list(agreement.drugs),
                "max_patients": agreement.max_patients,
                "catalogue_version": catalogue.version,
            },
        )
    for stale in rows.values():  # agreements are reference data: the catalogue says which hold
        session.delete(stale)
    session.flush()


def _catalogue_from_release(session: Session, release_id: int, sha: str | None) -> Catalogue:
    key = (release_id, sha or "")
    if key not in _CATALOGUES:
        release = session.get(ReferenceRelease, release_id)
        assert release is not None
        if len(_CATALOGUES) > 8:
            _CATALOGUES.clear()
        _CATALOGUES[key] = parsed_release(
            "catalogue",
            release,
            lambda: parse_catalogue(release.content, source=f"catalogue {release.version}"),
        )
    return _CATALOGUES[key]


def current_catalogue(session: Session) -> Catalogue | None:
    """The newest loaded catalogue (None before any is loaded); cached per release."""
    row = session.execute(
        select(ReferenceRelease.id, ReferenceRelease.sha256)
        .where(ReferenceRelease.kind == CATALOGUE)
        .order_by(ReferenceRelease.id.desc())
        .limit(1)
    ).first()
    return None if row is None else _catalogue_from_release(session, row.id, row.sha256)


def catalogue_at(session: Session, version: str) -> Catalogue:
    """A stored catalogue version, as it was loaded."""
    release = release_by_version(session, CATALOGUE, version)
    if release is None:
        known = session.scalars(
            select(ReferenceRelease.version)
            .where(ReferenceRelease.kind == CATALOGUE)
            .order_by(ReferenceRelease.id)
        ).all()
        raise NotFoundError(
            f"no catalogue version '{version}' is stored"
            + (f"; loaded versions: {', '.join(known)}" if known else "")
        )
    return _catalogue_from_release(session, release.id, release.sha256)
