"""Alembic environment. MTB Desk runs migrations from code on a connection it passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from mtb_desk.db.models import Base
from mtb_desk.db.models.base import JsonDocument, UtcDateTime

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our column types as plain SQLAlchemy types in generated migrations."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, JsonDocument):
        autogen_context.imports.add("from sqlalchemy.dialects import postgresql")  # type: ignore[attr-defined]
        return "sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')"
    return False


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # type: ignore[attr-defined]
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
    if connection.dialect.name == "postgresql":  # type: ignore[attr-defined]
        from mtb_desk.db.grants import apply_grants

        apply_grants(connection)  # type: ignore[arg-type]


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # `alembic -x url=...` from a shell, for developers
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite")
    with create_engine(url).connect() as fresh:
        _run(fresh)
        fresh.commit()
