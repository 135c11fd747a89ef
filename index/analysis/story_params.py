"""How stories are found (`index.analysis.stories`): the parameters, chosen on labelled data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoryParams:
    """How stories are found; the defaults were chosen on labelled data (bench/stories_eval).

    Attributes:
        window_days: Articles further apart than this are never compared.
        decay_per_day: Likeness falls by ``exp(-decay_per_day * days apart)``.
        threshold: Smallest average likeness between two groups that merge.
        attach_floor: An article left alone joins the story of two or more articles it
            is most like when its average likeness to it is at least this...
        attach_margin: ...and at least this many times its average likeness to any
            other story (a clear first choice, not one of several weak ones).
        pair_floor: Two articles of different outlets, each left alone by the linkage,
            join when each is the other's best choice and their likeness is at least this...
        pair_margin: ...and at least this many times either one's runner-up
            (`linkage.pair_lone`; a floor over 1 turns the rule off).
        floor: Likeness below which two articles count as unrelated.
        near_copy_days: Near copies further apart than this are not joined.
        neighbours: Related articles kept per article.
        related_hub: ``related`` ranks a candidate by its likeness minus this times its
            hubness (the mean of its own ``related_hub_k`` best likenesses): an article
            close to many (a roundup, a saga's central report) is pushed below one close
            to this article alone (CSLS, Conneau et al. 2018). Display scores are the
            plain likeness.
        related_hub_k: How many of a candidate's best likenesses make its hubness.
        genre_factor: The clustering counts this share of the likeness of an opinion
            piece and a dated news report (`story_genre`); 1 turns the rule off.
        desk_factor: The clustering counts this share of the likeness of two full texts
            (``long_words``) one or both of which sit under an essay desk's address (a
            feature, a column, a contributor's blog: `story_genre.DESK`); 1 turns the rule
            off (st88, issue 16: the old week's pair precision 0.955 -> 0.974).
        rare_bonus: The clustering adds this to the likeness of two articles that share
            a term found in at most three articles of the corpus (`story_rare`); 0 turns
            the rule off.
        long_words: An article whose body has at least this many words is a full text...
        long_factor: ...and the clustering counts the likeness of two full texts this
            many times (`story_length`); 1 turns the rule off.
        long_one_outlet: When set, the factor for two full texts of one outlet instead
            (None: ``long_factor``). Tried at 1 (st54, issue 16: one outlet's full texts
            of one day share its house words and background; the lift joined unrelated
            ones): pair precision up on every labelled full-text slice, F1 down on the
            held-out ones (`bench/README.md`), so off.
        undated_floor: An undated article joins the dated story whose dated articles it
            is most like by plain cosine (no day term) when that average is at least
            this... (`story_undated`; a near copy joins its original's story)
        undated_margin: ...and at least this many times its average to any other dated
            story. `related` lists an undated partner as if one day apart.
        undated_apart: Two undated articles are compared as if this many days apart
            (`scan_kinds.scan_dated_and_undated`; 0: as if on one day, which chained a
            recurring subject's undated reports into one story: st49, nu55 #2; 1.5
            since st50, once a record without a date is dated by its address's day).
        place_factor: The clustering counts this share of the likeness of two articles
            of one outlet whose headlines name different countries (`story_places`); 1
            turns the rule off.
        ticker_factor: The clustering counts this share of the likeness of two articles
            whose headlines name different companies by ticker (`story_tickers`) or
            are of one issue form with different issuers (`story_issuers`); 1 turns
            the rule off.
        daily_factor: The clustering counts this share of the likeness of two articles
            of one outlet with the same headline (figures aside) on different days
            (`story_daily`); 1 turns the rule off.
        reunite_floor: Two groups of two or more articles, all of one outlet, that average
            linkage left apart merge when the average over their union's pairs reaches
            ``threshold``, their cross average is at least this...
        reunite_ratio: ...and at least this share of the larger of their own averages
            (`linkage.reunite`: a template's reports of one event paired off in two
            groups, st51, st52); over 1 turns the rule off.
    """

    window_days: float = 3.0
    decay_per_day: float = 0.5
    threshold: float = 0.275
    attach_floor: float = 0.15
    attach_margin: float = 2.0
    pair_floor: float = 0.2
    pair_margin: float = 1.3
    floor: float = 0.04
    near_copy_days: float = 7.0
    neighbours: int = 30
    related_hub: float = 0.25
    related_hub_k: int = 3
    genre_factor: float = 0.7
    desk_factor: float = 0.7
    rare_bonus: float = 0.08
    long_words: int = 300
    long_factor: float = 1.3
    long_one_outlet: float | None = None
    undated_floor: float = 0.2
    undated_margin: float = 2.0
    undated_apart: float = 1.5
    place_factor: float = 0.7
    ticker_factor: float = 0.2
    daily_factor: float = 0.2
    reunite_floor: float = 0.2
    reunite_ratio: float = 0.6
