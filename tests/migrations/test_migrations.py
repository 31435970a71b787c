"""Models and migrations agree on both back ends, and migrations go down and up again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from mtb_desk.db.engine import create_database_engine
from mtb_desk.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from mtb_desk.db.models import Base
from tests.db_fixtures import create_schema, drop_schema, require_postgres, schema_url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = create_database_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
        yield engine
        engine.dispose()
        return
    require_postgres()
    schema = create_schema("mig")
    engine = create_database_engine(schema_url(schema))
    yield engine
    engine.dispose()
    drop_schema(schema)


def test_upgrade_to_head_leaves_no_autogenerate_diff(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    assert current_revision(empty_engine) == head_revision()
    with empty_engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_downgrade_to_base_and_upgrade_again(empty_engine: Engine) -> None:
    upgrade_to_head(empty_engine)
    with empty_engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    upgrade_to_head(empty_engine)
    assert set(Base.metadata.tables) <= set(inspect(empty_engine).get_table_names())


def test_schema_head_constant_names_the_newest_migration() -> None:
    from mtb_desk.db.schema_version import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_sqlite_table_rebuild_keeps_rows_that_refer_to_findings(tmp_path: Path) -> None:
    """0005 rebuilds `finding` on SQLite: annotations and recommendation links survive."""
    from sqlalchemy import text

    from mtb_desk.domain.enums import RecommendationOutcome
    from mtb_desk.services.cases import get_case
    from mtb_desk.services.database import open_database
    from mtb_desk.services.demo import load_demo
    from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
    from mtb_desk.services.users import list_users, resolve_actor

    database = open_database(f"sqlite:///{tmp_path / 'old.sqlite'}")
    actor = resolve_actor(database, list_users(database)[0].username)
    load_demo(database, actor)
    finding = get_case(database, "DEMO-002").findings[0].id
    draft = RecommendationDraft(
        RecommendationOutcome.FURTHER_TESTING, "germline testing", finding_ids=(finding,)
    )
    record_recommendation(database, actor, "DEMO-002", draft)
    engine = database.engine
    counts = "SELECT (SELECT count(*) FROM annotation), (SELECT count(*) FROM recommendation_finding), (SELECT count(*) FROM finding)"  # noqa: E501
    with engine.connect() as connection:
        before = connection.execute(text(counts)).one()
    assert min(before) > 0
    with engine.connect() as connection:  # back to 0004, as an older release left it
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with connection.begin():
            command.downgrade(alembic_config(connection), "0004")
        driver.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
    upgrade_to_head(engine)
    with engine.connect() as connection:
        assert connection.execute(text(counts)).one() == before
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
