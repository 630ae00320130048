"""Which Rasa replica answers a conversation (bot.web.replicas)."""

from collections import Counter

from bot.web.replicas import Replicas, preference

URLS = ["http://127.0.0.1:5005", "http://127.0.0.1:5006"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_conversation_always_goes_to_the_same_replica_and_they_share_the_load():
    firsts = [preference(f"conversation-{i}", URLS)[0] for i in range(1000)]
    assert firsts == [preference(f"conversation-{i}", list(reversed(URLS)))[0]
                      for i in range(1000)]
    counts = Counter(firsts)
    assert set(counts) == set(URLS) and min(counts.values()) > 400


def test_a_replica_that_stopped_answering_loses_its_conversations_until_it_is_back():
    clock = Clock()
    replicas = Replicas(URLS, clock=clock)
    ids = [f"c{i}" for i in range(200)]
    before = {c: replicas.order(c)[0] for c in ids}
    replicas.failed(URLS[0])
    during = {c: replicas.order(c)[0] for c in ids}
    assert set(during.values()) == {URLS[1]}
    # The other replica's conversations did not move.
    assert all(during[c] == URLS[1] for c in ids if before[c] == URLS[1])
    assert replicas.status() == {URLS[0]: "down", URLS[1]: "ok"}
    clock.now += 5.1
    assert {c: replicas.order(c)[0] for c in ids} == before


def test_a_replica_failing_again_rests_longer_and_answering_clears_it():
    clock = Clock()
    replicas = Replicas(URLS, clock=clock)
    replicas.failed(URLS[0])
    clock.now += 5.1
    replicas.failed(URLS[0])
    clock.now += 9
    assert replicas.status()[URLS[0]] == "down"  # 10 s the second time
    replicas.answered(URLS[0])
    assert replicas.status()[URLS[0]] == "ok"


def test_with_every_replica_down_all_are_still_tried():
    replicas = Replicas(URLS, clock=Clock())
    for url in URLS:
        replicas.failed(url)
    assert sorted(replicas.order("c1")) == sorted(URLS)


def test_a_replica_is_news_only_until_it_answers_again():
    clock = Clock()
    replicas = Replicas(URLS, clock=clock)
    assert not replicas.known_down(URLS[0])
    replicas.failed(URLS[0])
    clock.now += 100  # its rest is over, but it has not answered since
    assert replicas.known_down(URLS[0])
    replicas.answered(URLS[0])
    assert not replicas.known_down(URLS[0])
