"""The conflict finder: conflicts kept up to date one article at a time, in memory or in the ledger.

For a new article: (1) its story (``duplicates.assign_story``); (2) its figures become claims
(``claims.figure_claims``); (3) for each topic its claims touch, the claims of that topic they may
be compared with are read (``reach``: their own article's, those published within ``COMPARE_DAYS``,
undated ones that name a place), and the order of the article and each of theirs that rises between
their counts show (``sameness.article_order``); the new pairs that are updates are kept (a figure's
history), and the new claims join the conflicts they disagree with (``_join``: a conflict is a connected
group of disagreeing claims, so the conflicts one new claim links are merged, and the claims that were
in none join) and count for the members they support; (4) its denials are linked to a statement of its
own or of an article published within ``DENIAL_DAYS``, and its statements may answer denials kept
before it, still unlinked.

Each member of a conflict keeps what supports it (the claims, themselves included, about the same thing
with values that can both be true, and their stories; its ``sources`` counts the stories), so keeping a
conflict up to date never reads its members or works their support out again: the cost of a new claim
is its comparisons with the claims in its reach, whatever the size of the conflicts it joins. The result
is what working every conflict out again from all the claims gives (``rebuild``; the two are compared in
tests/test_incremental_conflicts.py). Taking an article out (``forget_article``, before a newer version
of it goes in) rebuilds the conflicts it was part of, which may fall apart without it.

The algorithm reads and writes through ``ConflictLedger``: ``MemoryLedger`` here, for ``extract``
(``find_conflicts``, ``ConflictFinder``), and the SQL ledger (``store/conflicts.py``), which adds one
stored article at a time inside the article's own transaction. A ledger may answer a query with more
than it asks for (every comparison checks dates and places again): the memory one returns every claim
of a topic and every earlier statement, which is what a comparison of all pairs gives; the SQL one reads
only those in reach, and of those only the ones that may be about the same thing as a claim asked about
(``likes``: what ``sameness.refusal`` checks first, its group, part, projection, country and town, asked
in the query), and caps the pools an undated article reaches (``store.conflicts.POOL_LIMIT``). Each pair
gets one verdict (``sameness.judge``), which says whether it is an update, a disagreement or support.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Protocol

from ..records import Article, Claim, Conflict, Extraction, Story, Update
from .claims import FigureClaim, figure_claims, topic_key
from .denials import DENIAL_DAYS, Statement, denial_conflict, denials, link_denial, may_link, statements
from .disagreements import about, backers, disagreement_groups, update_of
from .duplicates import Stories, StoryIndex, assign_story
from .sameness import COMPARE_DAYS, LOCAL, Order, Verdict, article_order, disjoint, judge
from .words import content_words, day

Numbered = list[tuple[int, FigureClaim]]


@dataclass(frozen=True)
class Reach:
    """The claims of a topic that some claims may be compared with: those of ``articles``; those
    published in [``since``, ``before``) (ISO dates; None when none of the claims is dated) and, then,
    the undated ones that name a place; with ``placed`` (an undated claim names a place), every claim
    that names a place."""

    articles: frozenset[str]
    since: str | None
    before: str | None
    placed: bool
    near: tuple[FigureClaim, ...] = ()  # the claims themselves: a ledger may leave out, by ``Like``, what
    # none of them can be about the same thing as


@dataclass(frozen=True)
class Like:
    """What ``sameness.refusal`` checks first of a claim, which a ledger can check in its query: a claim
    that differs from every one of some claims in these (its group, whether it is a part, a projection,
    its country or its town) is refused with each of them and need not be read. ``country`` and ``name``
    are None when the claim has no place (or its place none)."""

    group: str
    part: bool
    country: str | None
    name: str | None
    local: bool


def likes(near: Iterable[FigureClaim]) -> set[Like] | None:
    """The ``Like`` of each claim of ``near`` that can be about the same thing as another claim (not a
    projection, which ``refusal`` refuses with anything); a claim in reach of them can be about the same
    thing as one of them only when it is a projection of none and, for one of these, of its group and
    part, with no place, or with no country or the same, and, when both are placed in a town or
    province, the same town or province. None: nothing narrows (a claim with a route, whose place is
    not compared with another route's)."""
    found: set[Like] = set()
    for x in near:
        if x.projection:
            continue
        if x.route:
            return None
        p = x.place
        found.add(Like(x.group, x.part, p.country or None if p else None, p.name if p else None,
                       p is not None and p.precision in LOCAL))
    return found


def reach(near: Sequence[FigureClaim]) -> Reach:
    """What ``near`` may be compared with (an undated claim is compared across articles only when both
    name a place: ``disagreements._far_apart``)."""
    days = [d for x in near if (d := day(x.published)) is not None]
    since = (min(days) - timedelta(days=COMPARE_DAYS)).isoformat() if days else None
    before = (max(days) + timedelta(days=COMPARE_DAYS + 1)).isoformat() if days else None
    placed = any(x.place for x in near if day(x.published) is None)
    return Reach(frozenset(x.article for x in near), since, before, placed, tuple(near))


class ConflictLedger(Stories, Protocol):
    """Where claims, statements and conflicts are kept. Claims and conflicts are numbered in the order
    they are added; "in order" below means in that order (statements: in the order of their articles)."""

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The story of each of these articles."""

    def add_claims(self, found: Sequence[FigureClaim]) -> list[int]:
        """Keep an article's claims; their numbers, in order."""

    def claims(self, ids: Iterable[int]) -> Numbered:
        """These claims, in order."""

    def claims_near(self, key: str, near: Reach) -> Numbered:
        """The claims of the topic ``key`` in reach (or more), in order; it may leave out those that
        ``likes(near.near)`` shows none of ``near.near`` can be about the same thing as."""

    def claim_ids(self, article_id: str) -> set[int]:
        """The numbers of an article's claims."""

    def marked_claims(self, article_ids: Iterable[str]) -> Numbered:
        """The claims of these articles that say a count rose (``latest`` or ``rose_from``), in order."""

    def claims_of(self, article_ids: Iterable[str], keys: Iterable[str]) -> Numbered:
        """The claims of these articles of these topics, in order."""

    def add_updates(self, found: Sequence[tuple[Update, int, int]]) -> None:
        """Keep steps of figures' histories, in order: (update, earlier, later), ``later`` (a claim's number)
        a later count of ``earlier``."""

    def drop_updates(self, claim_ids: set[int]) -> None:
        """Forget the updates these claims are part of."""

    def drop_claims(self, article_id: str) -> None:
        """Forget an article's claims."""

    def conflicts_of(self, claim_ids: set[int]) -> dict[int, int]:
        """The conflict of figures each of these claims is a member of (one at most; those in none left out)."""

    def members(self, conflict_id: int) -> set[int]:
        """The claims a conflict of figures is made of."""

    def drop_conflicts(self, ids: set[int]) -> None:
        """Forget these conflicts (and, of conflicts of figures, what supports their members)."""

    def merge_conflicts(self, into: int, others: set[int]) -> None:
        """Make the members of ``others`` members of ``into``, with what supports them; forget ``others``."""

    def add_members(self, conflict_id: int | None, members: Numbered, support: Mapping[int, Mapping[int, str]]) -> int:
        """Add these claims to a conflict of figures (a new one when None), each with the claims that
        support it (itself among them) and their stories (its ``sources`` counts the stories); returns the
        conflict's number. What the conflict is ``about`` names every member's place."""

    def add_supporters(self, support: Mapping[int, Mapping[int, str]]) -> set[int]:
        """Count more claims (with their stories) as supporting these members; returns their conflicts."""

    def drop_supporters(self, claim_ids: set[int]) -> None:
        """Count these claims no more as supporting any member."""

    def add_conflict(self, conflict: Conflict) -> int:
        """Keep a denial conflict."""

    def denials_of(self, article_id: str) -> set[int]:
        """The denial conflicts whose denial is in this article."""

    def keep_statements(self, said: Sequence[Statement]) -> None:
        """Keep an article's statements (a ledger that stores an article's quotes with it has them)."""

    def statements_near(self, article_id: str, since: str, before: str) -> list[Statement]:
        """The statements of other articles published in [``since``, ``before``) (or more), in order."""

    def open_denials(self, article_id: str, since: str, before: str) -> list[tuple[int, Statement]]:
        """Denial conflicts not yet linked to what they deny, of other articles published in [``since``,
        ``before``) (or more), in order: their numbers and denials."""

    def link(self, conflict_id: int, denied: Claim) -> None:
        """Add what a denial denies to its conflict."""


def add_article(ledger: ConflictLedger, article: Article) -> int:
    """Bring the ledger's stories, claims and conflicts up to date with one article; returns how many
    conflicts were created or changed."""
    if ledger.story(article.id) is None:
        assign_story(ledger, article.id, article.text)
    return add_figure_claims(ledger, figure_claims(article)) + _add_denials(ledger, article)


def add_figure_claims(ledger: ConflictLedger, found: Sequence[FigureClaim]) -> int:
    """Keep one article's claims and bring the updates and conflicts up to date with them (its story
    kept already); returns how many conflicts changed. The claims each topic's new claims may be compared
    with (``ConflictLedger.claims_near``) are read once, and the order of the article and theirs
    (``sameness.article_order``: of the new article with each other one, all that a comparison asks) is
    read off them."""
    if not found:
        return 0
    fresh = list(zip(ledger.add_claims(found), found, strict=True))
    by_topic: dict[str, Numbered] = {}
    for i, c in fresh:
        by_topic.setdefault(topic_key(c.topic), []).append((i, c))
    pools = {key: ledger.claims_near(key, reach([c for _, c in group])) for key, group in by_topic.items()}
    article = found[0].article
    story = ledger.stories_of({article} | {c.article for pool in pools.values() for _, c in pool})
    order = article_order([c for pool in pools.values() for _, c in pool], article)
    return sum(_refresh(ledger, key, group, pools[key], story, order) for key, group in by_topic.items())


def orders(ledger: ConflictLedger, article_ids: Iterable[str]) -> Order:
    """The order of these articles that rises between their counts show (``sameness.article_order``),
    read from the ledger: their counts said to have risen, and their counts of the same topics."""
    ids = set(article_ids)
    if len(ids) < 2:
        return {}
    marked = ledger.marked_claims(ids)
    if not marked:
        return {}
    keys = {topic_key(c.topic) for _, c in marked}
    return article_order(c for _, c in ledger.claims_of(ids, keys))


def forget_article(ledger: ConflictLedger, article_id: str) -> None:
    """Take an article's claims and denials out of the ledger; the conflicts they were part of are
    rebuilt without them, and the members they supported count them no more. Its story stays: the text,
    and so the story, cannot change under the same id."""
    ids = ledger.claim_ids(article_id)
    touched = set(ledger.conflicts_of(ids).values())
    members = {i for c in touched for i in ledger.members(c)} - ids
    ledger.drop_conflicts(touched)
    ledger.drop_supporters(ids)
    ledger.drop_updates(ids)
    ledger.drop_conflicts(ledger.denials_of(article_id))
    ledger.drop_claims(article_id)
    by_topic: dict[str, set[int]] = {}
    for i, c in ledger.claims(members):
        by_topic.setdefault(topic_key(c.topic), set()).add(i)
    for key, group in by_topic.items():
        _rebuild(ledger, key, group)


def _refresh(ledger: ConflictLedger, key: str, fresh: Numbered, pool: Numbered, story: Mapping[str, str],
             order: Order) -> int:
    """Compare an article's new claims of one topic with the claims in their reach (``pool``): keep the
    updates, and join the conflicts they disagree with (a new one when none), each member's support counted."""
    ends: list[tuple[int, int]] = []
    updates: list[tuple[Update, int, int]] = []  # kept together, in the order found
    backs: dict[int, dict[int, str]] = defaultdict(dict)
    new = {i for i, _ in fresh}
    for i, x in fresh:
        for j, y in pool:
            if j == i or (j in new and j < i):  # each pair once
                continue
            verdict = judge(y, x, story, order)  # one verdict a pair (judge does not mind their order)
            if verdict.relation == "update":
                update = update_of(y, x, story, order)
                assert update is not None
                earlier = j if update.earlier is y.claim else i
                updates.append((update, earlier, i if earlier == j else j))
            elif verdict.relation == "conflict":
                ends.append((j, i))
            if backed(verdict, x, y):  # supports(x, y) = supports(y, x), read off the verdict
                backs[i][j], backs[j][i] = story[y.article], story[x.article]
        backs[i][i] = story[x.article]  # a claim's own story counts for it
    if updates:
        ledger.add_updates(updates)
    return _join(ledger, key, dict(fresh), ends, backs)


def backed(verdict: Verdict, a: FigureClaim, b: FigureClaim) -> bool:
    """``sameness.supports(a, b)`` for two claims ``judge`` gave this verdict: about the same thing (not
    refused, or refused as one source only after they were found to be), with values that can both be true."""
    return (verdict.relation in ("agree", "update") or verdict.reason == "same_source") and not disjoint(a, b)


def _join(ledger: ConflictLedger, key: str, fresh: dict[int, FigureClaim], ends: list[tuple[int, int]],
          backs: dict[int, dict[int, str]]) -> int:
    """Bring the conflicts up to date with the new claims of one topic (``fresh``), given their disagreeing
    pairs (``ends``) and what supports what among them and the claims they were compared with (``backs``):
    the conflicts a new pair links are merged into one (the first kept), the claims that were in none join
    it with their support counted over the claims in their reach, and the members the new claims support
    count them. A conflict is a connected group of disagreeing claims and each member's ``sources`` the
    stories of every claim that supports it, so the result is what working them out again from every claim
    gives (``rebuild``), without reading a conflict's members. Returns how many conflicts changed."""
    linked = {i for pair in ends for i in pair}
    member_of = ledger.conflicts_of(linked | set(backs))
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def node(i: int) -> tuple[str, int]:
        return ("conflict", member_of[i]) if i in member_of else ("claim", i)

    def root(n: tuple[str, int]) -> tuple[str, int]:
        while n in parent:
            n = parent[n]
        return n

    for a, b in ends:
        ra, rb = root(node(a)), root(node(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for n in {node(i) for i in linked}:
        groups[root(n)].append(n)
    joining = sorted(i for i in linked if i not in member_of)
    support = {**{i: backs[i] for i in fresh if i in joining},
               **_supporters(ledger, key, [i for i in joining if i not in fresh])}
    changed: set[int] = set()
    for nodes in groups.values():
        kept = sorted(k for kind, k in nodes if kind == "conflict")
        claims = sorted(i for kind, i in nodes if kind == "claim")
        into = kept[0] if kept else None
        if len(kept) > 1:
            ledger.merge_conflicts(kept[0], set(kept[1:]))
        into = ledger.add_members(into, [(i, fresh[i]) if i in fresh else (i, c) for i, c in
                                         _read(ledger, fresh, claims)], {i: support.get(i, {}) for i in claims})
        changed.add(into)
        for i in claims:
            member_of[i] = into
    more = {i: backs[i] for i in backs if i in member_of and i not in joining}
    changed |= ledger.add_supporters(more) if more else set()
    return len(changed)


def _read(ledger: ConflictLedger, fresh: dict[int, FigureClaim], ids: list[int]) -> Numbered:
    """These claims, those of ``fresh`` without asking the ledger."""
    kept = dict(ledger.claims([i for i in ids if i not in fresh]))
    return [(i, fresh[i] if i in fresh else kept[i]) for i in ids]


def _supporters(ledger: ConflictLedger, key: str, ids: list[int]) -> dict[int, dict[int, str]]:
    """For each of these claims of one topic, the claims that support it (itself among them), with their
    stories: read from the claims in their reach."""
    if not ids:
        return {}
    group = ledger.claims(ids)
    pool = ledger.claims_near(key, reach([c for _, c in group]))
    story = ledger.stories_of([c.article for _, c in group] + [c.article for _, c in pool])
    return {i: {j: story[p.article] for j, p in near} | {i: story[c.article]}
            for (i, c), near in zip(group, backers([c for _, c in group], pool), strict=True)}


def back(ledger: ConflictLedger, members: Iterable[int]) -> None:
    """Record what supports each of these members of conflicts of figures (kept before the ledger kept
    it), their ``sources`` counted again from it."""
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, c in ledger.claims(members):
        by_topic[topic_key(c.topic)].append(i)
    for key, ids in by_topic.items():  # in runs of claims kept near each other, so in time: a narrow reach
        for n in range(0, len(ids), 500):
            ledger.add_supporters(_supporters(ledger, key, ids[n:n + 500]))


def _rebuild(ledger: ConflictLedger, key: str, members: set[int]) -> int:
    """Keep the conflicts among these claims of one topic (their disagreeing groups), with each claim's
    support counted over the claims in its reach."""
    if not members:
        return 0
    group = ledger.claims(members)
    story = ledger.stories_of(c.article for _, c in group)
    found = disagreement_groups([c for _, c in group], story, orders(ledger, {c.article for _, c in group}))
    support = _supporters(ledger, key, [group[i][0] for g in found for i in g])
    for g in found:
        ledger.add_members(None, [group[i] for i in g], {group[i][0]: support[group[i][0]] for i in g})
    return len(found)


def rebuild(ledger: ConflictLedger, claim_ids: Iterable[int]) -> None:
    """Work the conflicts of figures among these claims (every claim of the ledger, or every claim of some
    topics) out again from them alone: what ``add_article`` keeps up to date one article at a time (tests
    compare the two)."""
    ids = set(claim_ids)
    ledger.drop_conflicts(set(ledger.conflicts_of(ids).values()))
    by_topic: dict[str, set[int]] = defaultdict(set)
    for i, c in ledger.claims(ids):
        by_topic[topic_key(c.topic)].add(i)
    for key, group in by_topic.items():
        _rebuild(ledger, key, group)


def _window(published: str | None) -> tuple[str, str] | None:
    d = day(published)
    if d is None:
        return None
    return (d - timedelta(days=DENIAL_DAYS)).isoformat(), (d + timedelta(days=DENIAL_DAYS + 1)).isoformat()


def _add_denials(ledger: ConflictLedger, article: Article) -> int:
    said = statements(article)
    ledger.keep_statements(said)
    window = _window(article.published)
    relinked = _link_earlier_denials(ledger, article, said, window)
    found = denials(said)
    if not found:
        return relinked
    # quotes of other articles a denial may answer: published within DENIAL_DAYS of it (an undated
    # denial is linked only inside its own article)
    others = ledger.statements_near(article.id, *window) if window else []
    for s in found:
        ledger.add_conflict(denial_conflict(s, link_denial(s, others + said)))
    return relinked + len(found)


def _link_earlier_denials(ledger: ConflictLedger, article: Article, said: list[Statement],
                          window: tuple[str, str] | None) -> int:
    """Denials kept before the statement they reject: those published within ``DENIAL_DAYS`` of this
    article and still unlinked get linked to one of its statements, when one answers them."""
    if window is None or not said:
        return 0
    linked = 0
    words = frozenset().union(*(content_words(s.text) for s in said))  # what a denial must share with them
    for conflict_id, denial in ledger.open_denials(article.id, *window):
        if not may_link(denial, words):
            continue
        found = link_denial(denial, said)
        if found is not None:
            ledger.link(conflict_id, found.claim("denied"))
            linked += 1
    return linked


@dataclass
class MemoryLedger(StoryIndex):
    """A ``ConflictLedger`` in memory, for one run over a stream of articles: it keeps only what
    comparison needs (claims, statements, shingles), never whole articles."""

    figure_claims: dict[int, FigureClaim] = field(default_factory=dict)
    by_topic: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    said: list[Statement] = field(default_factory=list)
    published: dict[str, str | None] = field(default_factory=dict)
    kept: dict[int, Conflict] = field(default_factory=dict)  # denials
    groups: dict[int, set[int]] = field(default_factory=dict)  # conflicts of figures: their members
    member_of: dict[int, int] = field(default_factory=dict)
    support: dict[int, dict[int, str]] = field(default_factory=dict)  # a member: what supports it, its story
    history: dict[tuple[int, int], Update] = field(default_factory=dict)
    numbered: int = 0

    def _number(self) -> int:
        self.numbered += 1
        return self.numbered

    def stories_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {a: self.stories[a] for a in article_ids}

    def add_claims(self, found: Sequence[FigureClaim]) -> list[int]:
        ids = []
        for c in found:
            i = self._number()
            self.figure_claims[i] = c
            self.by_topic[topic_key(c.topic)].append(i)
            ids.append(i)
        return ids

    def claims(self, ids: Iterable[int]) -> Numbered:
        return [(i, self.figure_claims[i]) for i in sorted(ids) if i in self.figure_claims]

    def claims_near(self, key: str, near: Reach) -> Numbered:
        return [(i, self.figure_claims[i]) for i in self.by_topic.get(key, ())]

    def claim_ids(self, article_id: str) -> set[int]:
        return {i for i, c in self.figure_claims.items() if c.article == article_id}

    def drop_claims(self, article_id: str) -> None:
        for i in self.claim_ids(article_id):
            self.by_topic[topic_key(self.figure_claims.pop(i).topic)].remove(i)

    def marked_claims(self, article_ids: Iterable[str]) -> Numbered:
        ids = set(article_ids)
        return [(i, c) for i, c in self.figure_claims.items() if c.article in ids and (c.latest or c.rose_from)]

    def claims_of(self, article_ids: Iterable[str], keys: Iterable[str]) -> Numbered:
        ids = set(article_ids)
        return [(i, self.figure_claims[i]) for key in sorted(set(keys)) for i in self.by_topic.get(key, ())
                if self.figure_claims[i].article in ids]

    def add_updates(self, found: Sequence[tuple[Update, int, int]]) -> None:
        for update, earlier, later in found:
            self.history[(earlier, later)] = update

    def drop_updates(self, claim_ids: set[int]) -> None:
        for pair in [p for p in self.history if set(p) & claim_ids]:
            del self.history[pair]

    def updates(self) -> tuple[Update, ...]:
        """The updates kept, by their earlier claim then their later one."""
        return tuple(self.history[p] for p in sorted(self.history))

    def conflicts_of(self, claim_ids: set[int]) -> dict[int, int]:
        return {i: self.member_of[i] for i in claim_ids if i in self.member_of}

    def members(self, conflict_id: int) -> set[int]:
        return set(self.groups[conflict_id])

    def drop_conflicts(self, ids: set[int]) -> None:
        for k in ids:
            if k in self.kept:
                del self.kept[k]
                continue
            for i in self.groups.pop(k):
                del self.member_of[i]
                self.support.pop(i, None)

    def merge_conflicts(self, into: int, others: set[int]) -> None:
        for k in others:
            for i in self.groups.pop(k):
                self.member_of[i] = into
                self.groups[into].add(i)

    def add_members(self, conflict_id: int | None, members: Numbered, support: Mapping[int, Mapping[int, str]]) -> int:
        k = self._number() if conflict_id is None else conflict_id
        group = self.groups.setdefault(k, set())
        for i, _ in members:
            group.add(i)
            self.member_of[i] = k
            self.support[i] = dict(support[i])
        return k

    def add_supporters(self, support: Mapping[int, Mapping[int, str]]) -> set[int]:
        for i, more in support.items():
            self.support.setdefault(i, {}).update(more)
        return {self.member_of[i] for i in support}

    def drop_supporters(self, claim_ids: set[int]) -> None:
        for backing in self.support.values():
            for i in claim_ids & backing.keys():
                del backing[i]

    def add_conflict(self, conflict: Conflict) -> int:
        k = self._number()
        self.kept[k] = conflict
        return k

    def denials_of(self, article_id: str) -> set[int]:
        return {k for k, c in self.kept.items() if c.claims[0].article == article_id}

    def keep_statements(self, said: Sequence[Statement]) -> None:
        self.said += said
        self.published.update((s.article, s.published) for s in said)

    def statements_near(self, article_id: str, since: str, before: str) -> list[Statement]:
        return [s for s in self.said if s.article != article_id]

    def open_denials(self, article_id: str, since: str, before: str) -> list[tuple[int, Statement]]:
        return [(k, Statement(d.article, self.published.get(d.article), d.start, d.end, d.text or "", d.stated_by,
                              d.reported_by))
                for k, c in sorted(self.kept.items()) if len(c.claims) == 1 and (d := c.claims[0]).article != article_id]

    def link(self, conflict_id: int, denied: Claim) -> None:
        conflict = self.kept[conflict_id]
        self.kept[conflict_id] = replace(conflict, claims=conflict.claims + (denied,))

    def conflict(self, conflict_id: int) -> Conflict:
        """A conflict of figures as kept: its members in order, each with the stories that support it."""
        group = [self.figure_claims[i] for i in sorted(self.groups[conflict_id])]
        claims = tuple(replace(c.claim, sources=len(set(self.support[i].values())))
                       for i, c in zip(sorted(self.groups[conflict_id]), group, strict=True))
        return Conflict(about=about(group[0], (c.place.name for c in group if c.place)), kind="figure_disagreement",
                        claims=claims)

    def conflicts(self) -> tuple[Conflict, ...]:
        """The conflicts kept: conflicts of figures by their first claim, then denials, each in order."""
        figures = sorted((min(group), k) for k, group in self.groups.items())
        return tuple([self.conflict(k) for _, k in figures] + [self.kept[k] for k in sorted(self.kept)])


class ConflictFinder:
    """Conflicts among a stream of articles: ``add`` each (an article seen before is skipped; ``add``
    returns it with its ``story``), then ``conflicts()``, ``updates()`` and ``stories()``."""

    def __init__(self) -> None:
        self.ledger = MemoryLedger()

    def add(self, article: Article) -> Article:
        if self.ledger.story(article.id) is None:
            add_article(self.ledger, article)
        story = self.ledger.story(article.id)
        return article if article.story == story else replace(article, story=story)

    def conflicts(self) -> tuple[Conflict, ...]:
        return self.ledger.conflicts()

    def updates(self) -> tuple[Update, ...]:
        return self.ledger.updates()

    def stories(self) -> tuple[Story, ...]:
        """The stories of more than one article, in the order their first articles came."""
        members: dict[str, list[str]] = {}
        for article_id, story in self.ledger.stories.items():
            members.setdefault(story, []).append(article_id)
        return tuple(Story(story, tuple(ids)) for story, ids in members.items() if len(ids) > 1)


def find_conflicts(articles: Iterable[Article]) -> tuple[Conflict, ...]:
    finder = ConflictFinder()
    for a in articles:
        finder.add(a)
    return finder.conflicts()


def resolve(articles: Iterable[Article]) -> Extraction:
    """The articles with their stories, and the conflicts, updates and stories among them."""
    finder = ConflictFinder()
    found = tuple(finder.add(a) for a in articles)
    return Extraction(found, finder.conflicts(), updates=finder.updates(), stories=finder.stories())
