"""Which questions the assistant answers for a message outside a form, in the
order it answers them.

One pure function, shared by action_clarify, the count of misunderstandings in
a row (actions/conversation.py) and tools/question_eval.py, so that the measure
counts what the assistant does. A message whose intent is a question gets that
answer (from the FAQ rules) and then the further questions of its other
sentences (action_answer_next_question); a message the NLU was unsure of gets
the answer to its best reading when that is sure enough
(bot.faq.rules.question_asked), else the answers to the sure questions among its
sentences (bot.faq.next_question)."""

from __future__ import annotations

from typing import Any, List, Mapping

from bot.faq.next_question import NextQuestion, next_questions
from bot.faq.rules import question_asked

FALLBACK_INTENT = "nlu_fallback"


def questions_answered(parse_data: Mapping[str, Any], *, further: bool = True) -> List[NextQuestion]:
    """The questions answered for `parse_data` (Rasa's parse result), each with
    the entities of the text that asked it; only the message's own question
    when `further` is False. Empty when the message asks no question the
    assistant answers."""
    intent = (parse_data.get("intent") or {}).get("name")
    asked = question_asked(intent, parse_data.get("intent_ranking") or [],
                           str(parse_data.get("text") or ""), in_form=False)
    if asked is not None:
        first = [NextQuestion(asked, list(parse_data.get("entities") or []))]
        return first + (next_questions(parse_data, [asked]) if further else [])
    if intent == FALLBACK_INTENT and further:
        return next_questions(parse_data, [])
    return []
