"""A board on the real PostgreSQL server with demo data and one login per role, for the
shared-mode tests that act as people's own logins."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text

from mtb_desk.db.engine import Database
from mtb_desk.domain.enums import RecommendationOutcome, Role
from mtb_desk.services.database import open_database
from mtb_desk.services.demo import load_demo
from mtb_desk.services.recommendations import RecommendationDraft, record_recommendation
from mtb_desk.services.users import add_user, login
from tests.db_fixtures import (
    board_database,
    create_schema,
    database_url,
    drop_logins,
    drop_schema,
    require_postgres,
    schema_url,
)

DECIDED = "DEMO-001"  # has a final recommendation
UNDECIDED = "DEMO-002"  # has a draft


@dataclass
class Board:
    owner: Database
    schema: str
    logins: dict[Role, str]
    engines: dict[Role, Engine] = field(default_factory=dict)
    databases: dict[Role, Database] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return board_database()

    def url(self, role: Role) -> str:
        return database_url(board_database(), self.schema, self.logins[role])

    def database(self, role: Role) -> Database:
        if role not in self.databases:
            self.databases[role] = open_database(self.url(role))
        return self.databases[role]

    def run(self, role: Role, sql: str, **params: object) -> None:
        with self.engines[role].begin() as connection:
            connection.execute(text(sql), params)


def make_board(prefix: str) -> Board:
    require_postgres()
    schema = create_schema(prefix)
    owner = open_database(schema_url(schema))
    owner_actor = login(owner, None, None)
    load_demo(owner, owner_actor)
    draft = RecommendationDraft(RecommendationOutcome.NO_ACTIONABLE, "nothing to target")
    record_recommendation(owner, owner_actor, DECIDED, draft, final=True)
    record_recommendation(owner, owner_actor, UNDECIDED, draft)
    logins = {}
    for role in Role:
        name = f"{prefix[:1]}{uuid.uuid4().hex[:10]}"
        add_user(owner, owner_actor, name, frozenset({role}), database_login=True)
        logins[role] = name
    board = Board(owner, schema, logins)
    for role in Role:
        board.engines[role] = create_engine(board.url(role))
    return board


def close_board(board: Board) -> None:
    for engine in board.engines.values():
        engine.dispose()
    for database in board.databases.values():
        database.dispose()
    board.owner.dispose()
    drop_schema(board.schema)
    drop_logins(list(board.logins.values()))
