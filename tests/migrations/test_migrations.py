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
