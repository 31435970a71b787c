"""Users with roles, hospitals and patients."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mtb_desk.db.models.base import Base, Versioned, enum_type, utcnow
from mtb_desk.domain.enums import Role


class User(Versioned, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (CheckConstraint("length(username) > 0", name="username_not_empty"),)


class UserRole(Base):
    __tablename__ = "user_role"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(enum_type(Role, "role"), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


class Hospital(Versioned, Base):
    __tablename__ = "hospital"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    # The date the hospital opened as a trial site; NULL while it is not yet open.
    site_open_since: Mapped[dt.date | None]

    __table_args__ = (CheckConstraint("length(code) > 0", name="code_not_empty"),)


class Patient(Versioned, Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    study_id: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_year: Mapped[int | None]
    sex: Mapped[str | None] = mapped_column(String(1))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # study id and name folded for search (mtb_desk.domain.search); kept by a flush event
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        CheckConstraint("length(study_id) > 0", name="study_id_not_empty"),
        CheckConstraint("national_id IS NULL OR length(national_id) = 11", name="national_id_len"),
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1880 AND 2200", name="birth_year"
        ),
        CheckConstraint("sex IS NULL OR sex IN ('F', 'M', 'X')", name="sex"),
    )
