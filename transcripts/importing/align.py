"""Aligning an old and a new version of a transcript so offsets can move from one to the other.

Two levels, both with rapidfuzz's ``Indel`` (longest common subsequence): first the sentence lines
are matched as whole strings (cheap, and robust against a changed line in between), then each gap
between matched lines is aligned character by character. The result is a list of matching blocks
``(old_start, new_start, size)``, increasing in both texts, from which :class:`OffsetMap` maps any
old offset to a new one.

A position inside changed text has no exact counterpart. It snaps outward, as redaction does: a
start moves to the start of the changed region in the new text and an end to its end, so a coded
range keeps all of the text that replaced what it held.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Indel

# Character matches shorter than this inside a changed region are chance (a shared letter or space)
# and would pin a segment boundary in the middle of new words.
MIN_CHAR_BLOCK = 3
# Character alignment of one gap needs about len(a) * len(b) / 8 bytes; beyond this the gap is treated
# as wholly changed (its offsets snap to its edges) instead.
MAX_GAP_CELLS = 100_000_000


@dataclass(frozen=True)
class Block:
    old: int
    new: int
    size: int


def _char_blocks(old: str, new: str, old_base: int, new_base: int) -> list[Block]:
    if not old or not new or len(old) * len(new) > MAX_GAP_CELLS:
        return []
    return [Block(old_base + m.a, new_base + m.b, m.size)
            for m in Indel.opcodes(old, new).as_matching_blocks() if m.size >= MIN_CHAR_BLOCK]


def align(old_text: str, old_lines: Sequence[tuple[int, int]], new_text: str,
          new_lines: Sequence[tuple[int, int]]) -> list[Block]:
    """Matching blocks between ``old_text`` and ``new_text``, given each one's line ranges."""
    old_keys = [old_text[a:b] for a, b in old_lines]
    new_keys = [new_text[a:b] for a, b in new_lines]
    anchors: list[Block] = []
    for m in Indel.opcodes(old_keys, new_keys).as_matching_blocks():
        for k in range(m.size):
            oa, ob = old_lines[m.a + k]
            na = new_lines[m.b + k][0]
            anchors.append(Block(oa, na, ob - oa))
    blocks: list[Block] = []
    prev_old = prev_new = 0
    for anchor in [*anchors, Block(len(old_text), len(new_text), 0)]:
        blocks += _char_blocks(old_text[prev_old:anchor.old], new_text[prev_new:anchor.new], prev_old, prev_new)
        if anchor.size:
            blocks.append(anchor)
        prev_old, prev_new = anchor.old + anchor.size, anchor.new + anchor.size
    return blocks


class OffsetMap:
    """Old offset → new offset over matching blocks (see the module doc for changed text)."""

    def __init__(self, blocks: Sequence[Block], old_len: int, new_len: int) -> None:
        self.blocks = list(blocks)
        self.starts = [b.old for b in self.blocks]
        self.old_len, self.new_len = old_len, new_len

    @classmethod
    def between(cls, old_text: str, old_lines: Sequence[tuple[int, int]], new_text: str,
                new_lines: Sequence[tuple[int, int]]) -> OffsetMap:
        return cls(align(old_text, old_lines, new_text, new_lines), len(old_text), len(new_text))

    def exact(self, p: int) -> int | None:
        """The new offset of old offset ``p`` if the character there was kept, else None."""
        i = bisect_right(self.starts, p) - 1
        if i >= 0 and p < self.blocks[i].old + self.blocks[i].size:
            return self.blocks[i].new + p - self.blocks[i].old
        return None

    def map(self, p: int, side: str) -> int:
        """``side`` "start" or "end": which edge of a changed region a position inside one snaps to."""
        p = max(0, min(p, self.old_len))
        i = bisect_right(self.starts, p) - 1
        if i >= 0:
            b = self.blocks[i]
            if p < b.old + b.size or (side == "end" and p == b.old + b.size and b.size):
                return b.new + p - b.old
            gap_start = b.new + b.size
        else:
            gap_start = 0
        gap_end = self.blocks[i + 1].new if i + 1 < len(self.blocks) else self.new_len
        return gap_start if side == "start" else gap_end
