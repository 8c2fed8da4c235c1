"""Days and times of day: Monday, today, yesterday morning, tonight, 10 p.m. Wednesday, noon."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.meaning import Meaning
from timeline.temporal.rules.base import Parse, Words


class Days(Words):
    def weekday(self, i: int) -> Parse | None:
        word = self.t.word(i)
        weekday = self.lex.weekdays.get(word)
        if weekday is None:
            return None
        j = i + 1
        if self.t.word(j) == "." and self.t.glued(j) and len(word) <= 5:
            j += 1
        elif word in self.lex.abbreviations_need_period or (len(word) <= 4 and not self.t.raw[i][0].isupper()):
            return None
        date = self.month_date(j + 1 if self.t.word(j) == "," else j)
        if date:
            return date[0], {**date[1], "weekday": weekday}, date[2]
        shared = self.shared_part(j)
        if shared:
            return j, {"kind": "set", "value": f"XXXX-WXX-{weekday}T{shared}"}, TimexType.SET
        return self.with_day_part(j, {"kind": "weekday", "weekday": weekday, "direction": None})

    def shared_part(self, j: int) -> str | None:
        """Monday and Tuesday nights: every Monday night too, the plural part of day being shared."""
        t = self.t
        if t.word(j) not in {"and", "or"} or t.word(j + 1) not in self.lex.weekdays or not t.word(j + 2).endswith("s"):
            return None
        return self.lex.day_parts.get(t.word(j + 2))

    def with_day_part(self, j: int, meaning: Meaning) -> Parse:
        part = self.lex.day_parts.get(self.t.word(j))
        if part is None:
            return j, meaning, TimexType.DATE
        if meaning["kind"] == "weekday" and self.t.word(j).endswith("s"):  # Tuesday nights: every one
            return j + 1, {"kind": "set", "value": f"XXXX-WXX-{meaning['weekday']}T{part}"}, TimexType.SET
        return j + 1, {**meaning, "day_part": part}, TimexType.TIME

    def day_word(self, i: int) -> Parse | None:
        word = self.t.word(i)
        offset = self.lex.day_words.get(word)
        if offset is None:
            return None
        meaning: Meaning = {"kind": "shift", "unit": "D", "amount": offset, "anchor": "published"}
        if word == "overnight":  # the night before the day the text is on
            return i + 1, {**meaning, "day_part": "NI", "anchor": "reference"}, TimexType.TIME
        if word == "tonight":
            return i + 1, {**meaning, "day_part": "NI"}, TimexType.TIME
        return self.with_day_part(i + 1, meaning)

    def clock(self, i: int) -> Parse | None:
        """10 p.m., 7:15 p.m. EST, noon, midnight; optionally followed by the day (10 p.m. Wednesday)."""
        t = self.t
        word = t.word(i)
        if word in self.lex.clock_words:
            hour, minute, j = self.lex.clock_words[word], 0, i + 1
        else:
            hour_minute = self.hour_minute(i)
            if hour_minute is None:
                return None
            j, hour, minute = hour_minute
        if t.word(j) in self.lex.word_sets["timezones"]:
            j += 1
        meaning: Meaning = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "published"}
        after_comma = j + 1 if t.word(j) == "," else j
        day = self.weekday(after_comma) or self.day_word(j) or self.month_date(after_comma)
        if day:
            j, meaning = day[0], day[1]
        return j, {**meaning, "clock": f"{hour:02d}:{minute:02d}" if hour < 24 else "24"}, TimexType.TIME

    def hour_minute(self, i: int) -> tuple[int, int, int] | None:
        t = self.t
        hour = t.number(i)
        if hour is None or hour > 23 or len(t.word(i)) > 2:
            return None
        j, minute = i + 1, 0
        if t.word(j) == ":" and t.glued(j) and len(t.word(j + 1)) == 2 and t.glued(j + 1):
            minute, j = int(t.word(j + 1)), j + 2
        meridian = self.lex.meridians.get(t.word(j))
        if meridian is None:
            return None if j == i + 1 or t.word(i - 1) != "at" else (j, hour, minute)
        if hour > 12:
            return None
        return j + 1, (hour % 12) + meridian, minute
