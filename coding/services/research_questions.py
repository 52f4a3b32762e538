"""Research questions (forskningsspørsmål) and their links to the theme areas that answer them."""

from __future__ import annotations

from sqlalchemy import delete, select

from coding.changes import Changes
from coding.errors import N_, KondensError
from coding.store import Project
from coding.store.models import ResearchQuestion, ThemeNode, ThemeQuestion


class QuestionError(KondensError):
    pass


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise QuestionError(N_("A research question needs some text"))
    return text


def add_question(project: Project, text: str) -> Changes:
    """``value`` is the new question's id; it goes last."""
    text = _text(text)
    with project.transaction("New research question") as tx:
        s = tx.session
        n = len(list(s.scalars(select(ResearchQuestion.id))))
        q = ResearchQuestion(text=text, position=n)
        s.add(q)
        s.flush()
        tx.value = q.id
    return tx.changes


def edit_question(project: Project, question_id: int, text: str) -> Changes:
    text = _text(text)
    with project.transaction("Edit research question") as tx:
        q = tx.session.get(ResearchQuestion, question_id)
        if q is None:
            raise QuestionError(N_("research question {question_id} does not exist"), question_id=question_id)
        q.text = text
    return tx.changes


def delete_question(project: Project, question_id: int) -> Changes:
    with project.transaction("Delete research question") as tx:
        s = tx.session
        s.execute(delete(ThemeQuestion).where(ThemeQuestion.question_id == question_id))
        s.execute(delete(ResearchQuestion).where(ResearchQuestion.id == question_id))
        for i, q in enumerate(s.scalars(select(ResearchQuestion).order_by(ResearchQuestion.position,
                                                                          ResearchQuestion.id))):
            if q.position != i:
                q.position = i
    return tx.changes


def link_question(project: Project, theme_id: int, question_id: int) -> Changes:
    """Record that a theme area answers a question. Linking twice is a no-op."""
    with project.transaction("Link research question") as tx:
        s = tx.session
        node = s.get(ThemeNode, theme_id)
        if node is None or node.kind != "area":
            raise QuestionError(N_("Research questions are linked to theme areas"))
        if s.get(ResearchQuestion, question_id) is None:
            raise QuestionError(N_("research question {question_id} does not exist"), question_id=question_id)
        exists = s.scalar(select(ThemeQuestion.id).where(ThemeQuestion.theme_id == theme_id,
                                                         ThemeQuestion.question_id == question_id))
        if exists is None:
            s.add(ThemeQuestion(theme_id=theme_id, question_id=question_id))
    return tx.changes


def unlink_question(project: Project, theme_id: int, question_id: int) -> Changes:
    with project.transaction("Unlink research question") as tx:
        tx.session.execute(delete(ThemeQuestion).where(ThemeQuestion.theme_id == theme_id,
                                                       ThemeQuestion.question_id == question_id))
    return tx.changes
