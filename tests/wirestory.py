"""One made-up wire story as four outlets ran it: a corpus for the N-way comparison tests."""

from __future__ import annotations

WIRE = (
    "The port authority said on Monday that the harbour bridge would stay closed for "
    "repairs until the end of the month. Engineers found cracks in two of the main "
    "cables during a routine inspection last week. "
)

STORY: dict[str, str] = {
    "wire.md": (
        "---\ntitle: Harbour bridge to stay shut for repairs\nsource: Coast Wire\n"
        "date: 2024-04-08\n---\n"
        + WIRE
        + "The closure will cost shippers about $1.5 billion, according to the chamber of "
        "commerce. Mayor Helen Okafor asked drivers to use the ferry.\n"
    ),
    "herald.md": (
        "---\ntitle: Bridge closure extended\nsource: Bay Herald\ndate: 2024-04-08\n---\n"
        + WIRE
        + "Mayor Okafor urged patience. Local fishermen said the closure had already cut "
        "their catch by 40 percent. Councillor Rafael Dominguez called for an inquiry.\n"
    ),
    "ledger.md": (
        "---\ntitle: Cracked cables keep harbour bridge closed\nsource: Evening Ledger\n"
        "date: 2024-04-09\n---\n"
        "Officials at the port authority said Monday the harbour bridge will remain shut "
        "for repairs until the month ends. Engineers found cracks in two of the main cables "
        "during a routine inspection last week. Shippers stand to lose 1.5bn dollars, the "
        "chamber of commerce estimated. Ms. Okafor, the mayor, asked drivers to take the ferry.\n"
    ),
    "gazette.md": (
        "---\ntitle: Ferry queues grow\nsource: Gazette\ndate: 2024-04-10\n---\n"
        "Queues at the ferry terminal grew to two hours on Tuesday. Operator Ingrid Solberg "
        "added three extra sailings a day.\n"
    ),
}
"""Four accounts: wire copy reprinted whole and with edits, one paraphrase, one apart."""
