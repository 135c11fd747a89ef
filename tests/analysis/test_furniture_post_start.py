"""An embedded post that shares a sentence with the article's own words costs none of them
(cp42; fx114's cost, na-3718, na-3142, na-2821, na-2250): where the post opens after a
sentence end the splitter missed, the words before it stay, and the post's own words go."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.furniture import content_sentences

AFTER = [
    "Police closed the roads around the town for several hours.",
    "Residents were allowed back on Tuesday afternoon.",
]
QUOTED = [
    'The governor called it "a serious situation."',
    'The mayor said on Monday that "the water is still rising."',
]
LEADS = [
    "The mayor thanked the crews on Twitter",
    "Here is how people reacted on social media",
]
LONG = [
    "The council approved the budget on Tuesday after a long debate",
    "Water levels at the dam rose by two feet overnight, engineers said",
    "About 188,000 people were told to leave their homes on Sunday",
]
ENDS = [
    " pic.twitter.com/AbC123xYz",
    ' "?City Fire Service (@CityFire) March 28, 2017',
    " https://t.co/Qw12 pic.twitter.com/ooLZeADBUC",
]
POST_WORDS = [
    "Winter storm warnings cover parts of eight states",
    "Crews are working through the night at the spillway",
]


FORMS = {
    # form: (the article's words kept, the post's opening words after them)
    "glued quote": ("{article}", "{post}"),
    "glued lost quote": ("{article}?", "{post}"),
    "colon dash": ("{article}:", "- {post}"),
    "dash": ("{article}.", "- 20% of {lower}"),
    "hashtag": ("{article}, officials said on Monday.", " #UPDATE: {post}"),
    "initialism": ("{article} in Washington, D.C.", " Thank you all for {lower} #Thanks"),
    "long": (", and ".join(LONG * 2) + ".", ""),  # a picture alone after a long sentence
}


def joined(form: str, article: str, post: str, end: str, after: str) -> tuple[str, str]:
    """The sentence as extraction leaves it, and the article's words before the post."""
    kept, opening = (
        part.format(article=article, post=post, lower=post.lower()) for part in FORMS[form]
    )
    return f"{kept}{opening}{end} {after}", kept


@settings(max_examples=200, deadline=None)
@given(
    form=st.sampled_from(sorted(FORMS)),
    quoted=st.sampled_from(QUOTED),
    lead=st.sampled_from(LEADS + LONG),
    post=st.sampled_from(POST_WORDS),
    end=st.sampled_from(ENDS),
    after=st.sampled_from(AFTER),
)
def test_article_words_before_a_post_stay(
    form: str, quoted: str, lead: str, post: str, end: str, after: str
) -> None:
    article = quoted if form.startswith("glued") else lead
    body, kept = joined(form, article, post, end, after)
    sentences = content_sentences(body)
    assert [s.text for s in sentences] == [kept, after]
    assert all(body[s.start : s.end] == s.text for s in sentences)


POSTS_ALONE = [
    "This is it. #PassTheBill",  # the post's tag closes it
    "What a day of disappointment! #Brexit Today is not a good day for anyone at all.",
    "So sad to announce that my mother passed away.May she rest in peace",  # a line break lost
    "At least try and make it believable. #TrumpPresser We are running a fine machine",
    "Big momentum toward #RepealAndReplace.",
]


@settings(max_examples=60, deadline=None)
@given(
    post=st.sampled_from(POSTS_ALONE),
    end=st.sampled_from(ENDS),
    after=st.sampled_from(AFTER),
)
def test_a_posts_own_words_still_go(post: str, end: str, after: str) -> None:
    body = f"{post}{end} {after}"
    assert [s.text for s in content_sentences(body)] == [after]
