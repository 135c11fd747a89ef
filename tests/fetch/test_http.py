"""The polite client against a loopback server: every politeness and safety promise."""

from __future__ import annotations

import gzip
import itertools
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from index.fetch.http import Cancelled, Failed, PoliteClient, Refused
from index.fetch.models import FetchSettings
from index.fetch.state import FetchState
from tests.fetch.conftest import QUICK, FakeClock, no_robots

PAGE = b"<!doctype html><html><head><title>t</title></head><body><p>Hello</p></body></html>"


def client_for(settings: FetchSettings = QUICK, **options: object) -> PoliteClient:
    return PoliteClient(settings, FetchState(), **options)  # type: ignore[arg-type]


@pytest.fixture
def client() -> Iterator[PoliteClient]:
    with client_for() as polite:
        yield polite


def paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


def test_the_user_agent_names_broadsheet_and_its_version(
    server: HTTPServer, client: PoliteClient
) -> None:
    no_robots(server)
    server.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    client.get(server.url_for("/page"), "page")
    agents = {request.headers["User-Agent"] for request, _ in server.log}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("broadsheet/") and agent.split()[0].split("/")[1][0].isdigit()


def test_a_conditional_request_gets_304_and_no_body(
    server: HTTPServer, client: PoliteClient
) -> None:
    no_robots(server)
    server.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'}
    )
    server.expect_request("/feed").respond_with_data(
        "<rss/>", content_type="application/rss+xml", headers={"ETag": '"v1"'}
    )
    first = client.get(server.url_for("/feed"), "feed")
    assert first.etag == '"v1"' and first.body == b"<rss/>"
    second = client.get(server.url_for("/feed"), "feed", etag='"v1"')
    assert second.not_modified and second.body == b""


def test_if_modified_since_is_sent(server: HTTPServer, client: PoliteClient) -> None:
    no_robots(server)
    stamp = "Wed, 01 May 2024 10:00:00 GMT"
    server.expect_request("/feed", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )
    assert client.get(server.url_for("/feed"), "feed", last_modified=stamp).not_modified


def test_429_waits_as_long_as_retry_after_says(server: HTTPServer, clock: FakeClock) -> None:
    no_robots(server)
    answers = iter(
        [
            Response("slow down", status=429, headers={"Retry-After": "7"}),
            Response(PAGE, content_type="text/html"),
        ]
    )
    server.expect_request("/page").respond_with_handler(lambda _: next(answers))
    with client_for(clock=clock, sleep=clock.sleep) as polite:
        assert polite.get(server.url_for("/page"), "page").body == PAGE
    assert 7.0 in clock.sleeps
    assert paths(server).count("/page") == 2


def test_503_with_an_http_date_retry_after_is_honoured(
    server: HTTPServer, clock: FakeClock
) -> None:
    no_robots(server)
    answers = iter(
        [
            Response("busy", status=503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
            Response(PAGE, content_type="text/html"),
        ]
    )
    server.expect_request("/page").respond_with_handler(lambda _: next(answers))
    with client_for(clock=clock, sleep=clock.sleep) as polite:
        assert polite.get(server.url_for("/page"), "page").body == PAGE
    assert clock.sleeps == [0.0]  # a date in the past: retry at once


def test_a_retry_after_beyond_the_bound_leaves_the_host_alone(
    server: HTTPServer, clock: FakeClock
) -> None:
    no_robots(server)
    server.expect_request("/a").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    server.expect_request("/b").respond_with_data(PAGE, content_type="text/html")
    with client_for(clock=clock, sleep=clock.sleep) as polite:
        with pytest.raises(Failed, match="asked to wait 3600 s"):
            polite.get(server.url_for("/a"), "page")
        with pytest.raises(Failed, match="left alone for this run"):
            polite.get(server.url_for("/b"), "page")
    assert clock.sleeps == [] and "/b" not in paths(server)


def test_server_errors_back_off_and_then_give_up(server: HTTPServer, clock: FakeClock) -> None:
    no_robots(server)
    server.expect_request("/page").respond_with_data("oops", status=500)
    settings = replace(QUICK, retries=2, backoff=1.5)
    polite = client_for(settings, clock=clock, sleep=clock.sleep)
    with polite, pytest.raises(Failed, match=r"HTTP 500.*3 tries"):
        polite.get(server.url_for("/page"), "page")
    assert clock.sleeps == [1.5, 3.0]
    assert paths(server).count("/page") == 3


def test_a_404_is_not_retried(server: HTTPServer, client: PoliteClient) -> None:
    no_robots(server)
    server.expect_request("/gone").respond_with_data("", status=404)
    with pytest.raises(Failed, match="HTTP 404"):
        client.get(server.url_for("/gone"), "page")
    assert paths(server).count("/gone") == 1


def test_robots_txt_that_disallows_a_path_is_obeyed(
    server: HTTPServer, client: PoliteClient
) -> None:
    server.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n\nUser-agent: broadsheet\nDisallow: /nofeeds\n",
        content_type="text/plain",
    )
    server.expect_request("/public").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(Refused, match=r"robots\.txt disallows"):
        client.get(server.url_for("/nofeeds"), "feed")
    assert client.get(server.url_for("/public"), "page").body == PAGE
    with pytest.raises(Refused, match=r"robots\.txt disallows"):
        client.get(server.url_for("/public/../nofeeds/x"), "page")
    assert paths(server) == ["/robots.txt", "/public"]  # robots.txt read once


def test_a_robots_txt_that_fails_keeps_broadsheet_out(server: HTTPServer) -> None:
    server.expect_request("/robots.txt").respond_with_data("", status=500)
    with client_for() as polite, pytest.raises(Failed, match=r"robots\.txt could not be read"):
        polite.get(server.url_for("/page"), "page")
    assert "/page" not in paths(server)


def test_a_server_that_is_down_is_said_to_be_down_not_its_robots_txt() -> None:
    """nu33: `feeds add` of a feed on a stopped server said "robots.txt could not be read
    (network error: [Errno 111] Connection refused), so ... is left alone"."""
    closed = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now: connections are refused
    with client_for() as polite, pytest.raises(Failed) as failed:
        polite.get(f"http://127.0.0.1:{port}/feed.xml", "feed")
    said = str(failed.value)
    assert said.startswith(f"http://127.0.0.1:{port} did not answer (network error"), said
    assert "robots.txt" not in said


def test_a_redirect_is_checked_against_robots_txt(server: HTTPServer, client: PoliteClient) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /secret\n")
    server.expect_request("/go").respond_with_data("", status=302, headers={"Location": "/secret"})
    with pytest.raises(Refused, match=r"robots\.txt"):
        client.get(server.url_for("/go"), "page")
    assert "/secret" not in paths(server)


def test_crawl_delay_slows_the_host_down(server: HTTPServer, clock: FakeClock) -> None:
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nCrawl-delay: 4\n")
    server.expect_request("/page").respond_with_data(PAGE, content_type="text/html")
    with client_for(replace(QUICK, interval=1.0), clock=clock, sleep=clock.sleep) as polite:
        for _ in range(3):
            polite.get(server.url_for("/page"), "page")
    assert clock.sleeps == [1.0, 4.0, 4.0]


def test_requests_to_one_host_are_spaced_by_the_interval(
    server: HTTPServer, clock: FakeClock
) -> None:
    seen: list[tuple[str, float]] = []

    def record(request: Request) -> Response:
        seen.append((request.host, clock.now))
        if request.path == "/robots.txt":
            return Response("", status=404)
        return Response(PAGE, content_type="text/html")

    server.expect_request("/robots.txt").respond_with_handler(record)
    server.expect_request("/page").respond_with_handler(record)
    other = server.url_for("/page").replace("localhost", "127.0.0.1")
    with client_for(replace(QUICK, interval=1.0), clock=clock, sleep=clock.sleep) as polite:
        for _ in range(3):
            polite.get(server.url_for("/page"), "page")
        polite.get(other, "page")  # another host: its first request does not wait
    hosts = {host for host, _ in seen}
    assert len(hosts) == 2 and len(seen) == 6  # robots.txt and pages, on two hosts
    for host in hosts:
        times = [t for h, t in seen if h == host]
        assert all(b - a >= 1.0 for a, b in itertools.pairwise(times))
    assert seen[4][1] == seen[3][1]  # robots.txt of the other host asked at once


def test_a_redirect_loop_fails(server: HTTPServer, client: PoliteClient) -> None:
    no_robots(server)
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=301, headers={"Location": "/a"})
    with pytest.raises(Failed, match="redirect loop"):
        client.get(server.url_for("/a"), "page")


def test_at_most_five_redirects_are_followed(server: HTTPServer, client: PoliteClient) -> None:
    no_robots(server)
    for n in range(7):
        server.expect_request(f"/r{n}").respond_with_data(
            "", status=307, headers={"Location": f"/r{n + 1}"}
        )
    server.expect_request("/r7").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(Failed, match="too many redirects"):
        client.get(server.url_for("/r0"), "page")
    assert client.get(server.url_for("/r2"), "page").url.endswith("/r7")  # five hops: fine


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://x.example/a", "data:text/html,hi", "gopher://x/"]
)
def test_redirects_to_other_schemes_are_refused(
    server: HTTPServer, client: PoliteClient, target: str
) -> None:
    no_robots(server)
    server.expect_request("/go").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(Refused, match="redirected to"):
        client.get(server.url_for("/go"), "page")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://x.example/", "data:,hello"])
def test_other_schemes_are_refused_before_any_request(
    server: HTTPServer, client: PoliteClient, url: str
) -> None:
    with pytest.raises(Refused, match="only http and https"):
        client.get(url, "page")
    assert client.requests == 0 and not server.log


def test_a_response_larger_than_the_cap_is_cut_off(server: HTTPServer) -> None:
    no_robots(server)
    big = b"<html>" + b"x" * 5000

    def streamed(_: Request) -> Response:  # no Content-Length: the cap works while reading
        chunks = [big[i : i + 512] for i in range(0, len(big), 512)]
        return Response(iter(chunks), mimetype="text/html")

    server.expect_request("/declared").respond_with_data(big, content_type="text/html")
    server.expect_request("/streamed").respond_with_handler(streamed)
    with client_for(replace(QUICK, max_bytes=4096)) as polite:
        with pytest.raises(Refused, match="too large"):
            polite.get(server.url_for("/declared"), "page")
        with pytest.raises(Refused, match="too large"):
            polite.get(server.url_for("/streamed"), "page")
        server.expect_request("/small").respond_with_data(big[:4096], content_type="text/html")
        assert len(polite.get(server.url_for("/small"), "page").body) == 4096


@pytest.mark.parametrize(
    ("media", "kind", "taken"),
    [
        ("application/pdf", "page", False),
        ("image/jpeg", "feed", False),
        ("video/mp4", "any", False),
        ("application/json", "page", False),
        ("text/html; charset=utf-8", "page", True),
        ("application/xhtml+xml", "page", True),
        ("application/rss+xml", "feed", True),
        ("text/xml", "feed", True),
        ("application/atom+xml", "any", True),
        ("text/html", "any", True),
    ],
)
def test_the_content_type_is_checked(
    server: HTTPServer, client: PoliteClient, media: str, kind: str, taken: bool
) -> None:
    no_robots(server)
    server.expect_request("/x").respond_with_data(b"<x/>", content_type=media)
    if taken:
        assert client.get(server.url_for("/x"), kind).body == b"<x/>"  # type: ignore[arg-type]
    else:
        with pytest.raises(Refused, match="not a"):
            client.get(server.url_for("/x"), kind)  # type: ignore[arg-type]


def test_a_server_that_never_answers_times_out_and_is_left_alone(silent_port: int) -> None:
    settings = replace(QUICK, connect_timeout=0.3, read_timeout=0.3, retries=3)
    with client_for(settings) as polite:
        with pytest.raises(Failed, match="timed out"):
            polite.get(f"http://127.0.0.1:{silent_port}/page", "page")
        asked = polite.requests
        with pytest.raises(Failed):
            polite.get(f"http://127.0.0.1:{silent_port}/other", "page")
    assert asked == 2  # robots.txt tried twice, then the host was left alone
    assert polite.requests == asked


def test_a_cancelled_run_stops_waiting(server: HTTPServer) -> None:
    no_robots(server)
    server.expect_request("/page").respond_with_data("", status=503, headers={"Retry-After": "20"})
    cancel = threading.Event()
    timer = threading.Timer(0.05, cancel.set)
    timer.start()
    with client_for(cancel=cancel) as polite, pytest.raises(Cancelled):
        polite.get(server.url_for("/page"), "page")  # would wait 20 s without the cancel
    timer.join()


def test_a_compressed_bomb_is_cut_off_at_the_cap(server: HTTPServer) -> None:
    no_robots(server)
    bomb = gzip.compress(b"<html>" + b" " * (8 * 1024 * 1024), compresslevel=9)
    server.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    server.expect_request("/broken").respond_with_data(
        b"not gzip at all", content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    with client_for(replace(QUICK, max_bytes=1024 * 1024)) as polite:
        assert len(bomb) < 1024 * 1024
        with pytest.raises(Refused, match="too large"):
            polite.get(server.url_for("/bomb"), "page")
        with pytest.raises(Failed, match="bad response"):
            polite.get(server.url_for("/broken"), "page")
