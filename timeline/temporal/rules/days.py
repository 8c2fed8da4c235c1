"""Days and times of day: Monday, today, yesterday morning, tonight, 10 p.m. Wednesday, noon."""

from __future__ import annotations

from timeline.models import TimexType
from timeline.temporal.rules.base import Parse, Reading, Words, longest

MINUTES_PER_HOUR = 60


class Days(Words):
    def weekday(self, i: int) -> Parse | None:
        word = self.t.word(i)
        name = self.weekday_name(i)
        compound = self.lex.weekday_parts.get(word)
        if compound is not None:  # Dienstagabend, zondagmiddag: a weekday and its part in one word
            return i + 1, {"kind": "weekday", "weekday": compound[0], "day_part": compound[1]}, TimexType.TIME
        if name is None:
            return self.weekdays(i)
        j, weekday = name
        titled = self.lex.capitalised_months or self.t.raw[i][0].isupper()  # "mer." ends "au bord de la mer."
        period = self.t.word(j) == "." and self.t.glued(j) and len(word) <= 5 and titled
        j += period
        written = period or self.t.raw[i][0].isupper() or len(word) > 4  # "Sat" and "sat." are days; "sat" a verb
        after = j + 1 if self.t.word(j) == "," else j
        # Sat, Aug 3, 2019; Sunday, August 29; dimanche 29 août: an abbreviation before a date, period or not
        date = (self.month_date(after) or self.day_month(after)) if written else None
        if date:
            return date[0], {**date[1], "weekday": weekday}, date[2]
        shifted = self.lex.shifters.get(self.t.word(i - 1), -1) >= 0  # "this sat", "next fri"; not "the last sun"
        lower_short = len(word) <= 4 and self.lex.capitalised_months and not self.t.raw[i][0].isupper()
        needs_cue = not (period or shifted) and (word in self.lex.abbreviations_need_period or lower_short)
        if needs_cue and not self.weekday_cued(i, j):
            return None
        shared = self.shared_part(j)
        if shared:
            return j, {"kind": "set", "value": f"XXXX-WXX-{weekday}T{shared}"}, TimexType.SET
        return self.with_day_part(j, {"kind": "weekday", "weekday": weekday, "direction": None})

    def weekday_cued(self, i: int, j: int) -> bool:
        """ "on sat", "every mon", "friday night or sat", "Mon and tues": a short weekday name that is also a word
        ("sat", "sun", "wed") or is written in lower case is a day after a word that dates a day, or listed beside
        another weekday's name."""
        t, joiners = self.t, self.w["conjunctions"] | {","}
        if t.word(i - 1) in self.w["on_words"] or t.word(i - 1) in self.lex.set_quantifiers:
            return True
        if t.word(j) in joiners and self.weekday_name(j + 1) is not None:
            return True
        if t.word(i - 1) not in joiners:
            return False
        before = i - 3 if t.word(i - 2) in self.lex.day_parts else i - 2  # "friday night or sat"
        return t.word(before) in self.lex.weekdays

    def weekdays(self, i: int) -> Parse | None:
        """(airs) Thursdays, on Mondays: every such day; (Thursdays) at 8 p.m.: every such day at that time."""
        weekday = self.lex.weekday_plurals.get(self.t.word(i))
        if weekday is None:
            return None
        value = f"XXXX-WXX-{weekday}"
        time = self.time_of_day(i + 2) if self.t.word(i + 1) in self.w["clock_prepositions"] else None
        if time is not None and not time[3]:
            return time[0], {"kind": "set", "value": f"{value}T{time[1]:02d}:{time[2]:02d}"}, TimexType.SET
        return i + 1, {"kind": "set", "value": value}, TimexType.SET

    def shared_part(self, j: int) -> str | None:
        """Monday and Tuesday nights: every Monday night too, the plural part of day being shared."""
        t = self.t
        if t.word(j) not in self.w["conjunctions"] or self.weekday_name(j + 1) is None:
            return None
        if t.word(j + 2) not in self.w["plural_day_parts"]:
            return None
        return self.lex.day_parts.get(t.word(j + 2))

    def with_day_part(self, j: int, meaning: Reading) -> Parse:
        found = self.phrase(j, self.lex.day_part_phrases)  # morning, après-midi
        if found is None:
            return j, meaning, TimexType.DATE
        end, part = found
        if meaning["kind"] == "weekday" and self.t.word(j) in self.w["plural_day_parts"]:  # Tuesday nights: every one
            return end, {"kind": "set", "value": f"XXXX-WXX-{meaning['weekday']}T{part}"}, TimexType.SET
        return end, {**meaning, "day_part": part}, TimexType.TIME

    def day_word(self, i: int) -> Parse | None:
        """today, yesterday, tomorrow (morning), tonight, overnight."""
        found = self.phrase(i, self.lex.day_word_phrases)
        if found is None:
            return None
        end, offset = found
        word = self.text[self.t.starts[i] : self.t.ends[end - 1]].lower()
        if not self.day_word_here(i, end, word):
            return None
        if self.generic_day(i) or self.present_at_large(i):
            return end, {"kind": "reference", "value": self.lex.generic_day_words[word]}, TimexType.DATE
        # "le lendemain", "am Vortag", "overnight": the day after, before or the night before the text's own time
        anchor = "reference" if word in self.w["reference_day_words"] else "published"
        meaning: Reading = {"kind": "shift", "unit": "D", "amount": offset, "anchor": anchor}
        part = self.lex.day_parts.get(word)  # tonight; overnight: the night before the day the text is on
        if part is not None and word in self.w["timed_day_words"]:
            return end, {**meaning, "day_part": part}, TimexType.TIME
        return self.with_day_part(self.weekday_told(end), meaning)

    def day_word_here(self, i: int, end: int, word: str) -> bool:
        """Whether the day word read from ``i`` to ``end`` is one here, not a count, a noun or an event's day."""
        t, articles = self.t, self.w["definite_articles"]
        if t.word(i)[:1].isdecimal() and not t.glued(i + 1):
            return False  # "2nite" is one word; "2 nites" a count
        if word in self.lex.day_parts and t.word(i - 1) in articles:
            return False  # "por la mañana", "a las 11 de la mañana": the morning, not tomorrow ("mañana")
        if word in self.w["reference_day_words"] and t.word(end) in self.of:
            return False  # "le lendemain de l'élection": the day after an event, which the text may not date
        return word not in self.w["article_day_words"] or t.word(i - 1) in articles  # "la veille"; "en veille"

    def weekday_told(self, j: int) -> int:
        """ "hoy, jueves", "aujourd'hui vendredi": the weekday said after a day word is the same day, one expression."""
        k = j + 1 if self.t.word(j) == "," else j
        name = self.weekday_name(k)
        return name[0] if name and len(self.t.word(k)) > 3 else j

    def present_at_large(self, i: int) -> bool:
        """ "noch heute", "bis heute", "auch heute": the present at large, not the publish day ("heute" alone, "heute
        Abend" are the day)."""
        neighbours = {self.t.word(i - 1), self.t.word(i + 1)}
        return self.t.word(i) in self.lex.generic_day_words and bool(neighbours & self.w["present_day_neighbours"])

    def generic_day(self, i: int) -> bool:
        """ "the cars of tomorrow" is no day but the future at large; "the end of tomorrow", "ahead of tomorrow's
        vote" are the day."""
        t = self.t
        if t.word(i) not in self.lex.generic_day_words or t.word(i - 1) not in self.of:
            return False
        if t.word(i - 3) not in self.w["definite_articles"]:
            return False
        return (
            t.word(i - 2) not in self.lex.word_sets["day_of_words"] and t.word(i + 1) not in self.w["possessive_marks"]
        )

    def clock(self, i: int) -> Parse | None:
        """10 p.m., 7:15 p.m. EST, noon, midnight; optionally followed by the day (10 p.m. Wednesday,
        9 a.m. on Monday, 7:30 this evening). Without its day it is on the day the text is on (recognition
        decides whether its sentence or story names one)."""
        time = self.time_of_day(i)
        if time is None:
            return None
        j = time[0]
        meaning: Reading = {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference"}
        day = self.day_after_clock(j)
        if day:
            j, meaning = day[0], day[1]
        return self.at_time(j, meaning, time)

    def day_after_clock(self, j: int) -> Parse | None:
        """The day a time of day is on, written after it: Wednesday, tomorrow, on March 3, this evening, (las seis)
        de la mañana (de ayer)."""
        t = self.t
        if t.word(j) in self.of:
            return self.day_part_of_clock(j)
        after = j + 1 if t.word(j) == "," or t.word(j) in self.w["on_words"] else j
        shifted = self.shifted(j) if t.word(j) in self.lex.shifters else None
        day = longest(self.weekday(after), self.day_word(j), self.month_date(after), shifted)
        return day if day and self.day_precise(day[1]) else None

    def day_part_of_clock(self, j: int) -> Parse | None:
        """ "(a las 11) de la mañana", "(à 8 heures) du matin", "(las seis) de la mañana de ayer": the part of the day
        an hour is in, after an of-word, and the day after it if one is named; without one, the text's day."""
        k = self.past_article(j + 1)
        found = self.phrase(k, self.lex.day_part_phrases)
        if found is None:
            return None
        end, part = found
        day = self.day_after_clock(end + 1) if self.t.word(end) in self.of else None
        if day is not None and "day_part" not in day[1]:
            return day[0], {**day[1], "day_part": part}, TimexType.TIME
        return end, {"kind": "shift", "unit": "D", "amount": 0, "anchor": "reference", "day_part": part}, TimexType.TIME

    def stamped_clock(self, parse: Parse) -> Parse:
        """Sat, Aug 3, 2019 11:30 AM; March 3, 10:15 p.m. EST: a web timestamp, the day and right after it (maybe
        past a comma) a clock time with a.m./p.m. or a zone, is that time on that day."""
        j = parse[0] + (self.t.word(parse[0]) == ",")
        time = self.time_of_day(j) if self.t.word(j)[:1].isdecimal() else None
        if time is None or time[3] or "clock" in parse[1] or not self.day_precise(parse[1]):
            return parse
        return self.at_time(time[0], parse[1], time)

    def day_with_clock(self, parse: Parse) -> Parse:
        """tomorrow at 5 p.m., next Tuesday at noon, March 3 at 10 a.m.: the day told, at that time."""
        time = self.time_of_day(parse[0] + 1)
        if time is None or "clock" in parse[1] or not self.day_precise(parse[1]):
            return parse
        return self.at_time(time[0], parse[1], time)

    def at_time(self, j: int, day: Reading, time: tuple[int, int, int, bool]) -> Parse:
        """The day's meaning at a clock time; a part of the day makes an hour without a.m./p.m. afternoon's
        or evening's (7:30 this evening is 19:30)."""
        _, hour, minute, bare = time
        meaning = {key: value for key, value in day.items() if key != "day_part"}
        if bare and hour < 12 and (day.get("day_part") in {"AF", "EV"} or (day.get("day_part") == "NI" and hour >= 6)):
            hour += 12
        return j, {**meaning, "clock": f"{hour:02d}:{minute:02d}" if hour < 24 else "24"}, TimexType.TIME

    @staticmethod
    def day_precise(meaning: Reading) -> bool:
        """Whether a meaning names one day, so that a clock time can be put on it."""
        kind = meaning["kind"]
        if kind == "shift":
            return meaning["unit"] == "D" and meaning.get("from_day") is None
        return kind == "weekday" or (kind == "date" and bool({"day", "holiday"} & meaning.keys()))

    def time_of_day(self, i: int) -> tuple[int, int, int, bool] | None:
        """(end, hour, minute, whether a.m./p.m. was left out): 10 p.m., 7:15 p.m. EST, at 7:30, noon."""
        t = self.t
        word = t.word(i)
        if word in self.lex.clock_words:
            hour, minute, j = self.lex.clock_words[word], 0, i + 1
        else:
            hour_minute = self.compact_time(i) or self.hour_minute(i) or self.spoken_time(i)
            if hour_minute is None:
                return None
            j, hour, minute = hour_minute
        # a zero-padded hour (00 h 10, 08:00) is a 24-hour clock's, not one to move to the evening
        bare = t.word(j - 1) not in self.lex.meridians and word not in self.lex.clock_words and word[:1] != "0"
        if t.word(j) in self.lex.word_sets["timezones"]:
            j += 1
        local = self.phrase(j, self.lex.local_time)
        return local[0] if local else j, hour, minute, bare

    def hour_minute(self, i: int) -> tuple[int, int, int] | None:  # noqa: PLR0911 - one return per reading
        t = self.t
        if len(t.word(i)) == 4:
            return self.wire_time(i)
        hour = t.number(i)
        if hour is None or hour > 23 or len(t.word(i)) > 2:
            return None
        j, minute = i + 1, 0
        minutes, separator = t.word(j + 1), t.word(j)
        glued = t.glued(j) and t.glued(j + 1)
        dotted = separator == "." and t.word(j + 2) in self.lex.meridians  # 7.30am
        if (separator in self.lex.minute_separators or dotted) and glued and len(minutes) == 2 and minutes.isdecimal():
            minute, j = int(minutes), j + 2
        suffix = self.clock_suffix(i, j)
        if suffix is not None and minute < MINUTES_PER_HOUR:  # 20 Uhr, 20.30 Uhr, 10 o'clock
            after = t.word(suffix)
            if j == i + 1 and t.word(j) in self.lex.minute_separators and len(after) == 2 and after.isdecimal():
                return (suffix + 1, hour, int(after)) if int(after) < MINUTES_PER_HOUR else None  # 21 h 45
            return suffix, hour, minute
        after_clock_word = t.word(i - 1) in self.w["clock_prepositions"]
        stated = t.word(j) in self.lex.meridians  # 7.30am
        if j > i + 1 and separator != ":" and not (after_clock_word or stated):  # 20.30: with "Uhr", after "um"
            return None
        if j == i + 1 and t.word(i - 1) in self.w["bare_hour_prepositions"] and self.bare_hour_alone(i):  # um 10
            return j, hour, minute
        if self.suffixed_time_after(j):  # 10-18 Uhr, von 14 bis 18 Uhr: the first hour shares the last one's "Uhr"
            return j, hour, minute
        meridian = self.lex.meridians.get(t.word(j))
        if meridian is None and j == i + 1 and self.hour_before_day_part(i, j):
            return j, hour, minute  # around 3 this morning, at 7 tonight
        if meridian is None:
            return None if j == i + 1 or t.word(i - 1) not in self.w["clock_prepositions"] else (j, hour, minute)
        if hour > 12:
            return None
        return j + 1, (hour % 12) + meridian, minute

    def bare_hour_alone(self, i: int) -> bool:
        """Whether the number at ``i`` after "um", "à" stands alone as an hour: not a quantity going on ("à 5.000 F",
        "à 15 km") nor the end of a score or range ("8 à 3")."""
        t = self.t
        after = t.word(i + 1)
        going_on = after in {".", ","} and t.glued(i + 1) and t.word(i + 2).isdecimal()
        measured = after.isalpha() and after not in self.lex.day_parts and after not in self.lex.day_words
        return not (going_on or measured or t.word(i - 2).isdecimal())

    def compact_time(self, i: int) -> tuple[int, int, int] | None:
        """430pm, 1130pm: hours and minutes run together right before a.m./p.m., as posts write them."""
        t = self.t
        digits, meridian = t.word(i), self.lex.meridians.get(t.word(i + 1))
        if meridian is None or not t.glued(i + 1) or len(digits) not in {3, 4} or not digits.isdecimal():
            return None
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if not 1 <= hour <= 12 or minute >= MINUTES_PER_HOUR:
            return None
        return i + 2, hour % 12 + meridian, minute

    def wire_time(self, i: int) -> tuple[int, int, int] | None:
        """0230 GMT, 1415 local time: a 24-hour clock in four digits, as wire services write it; a time only
        with its zone or "local time" after it (1415 alone is a year, 1200 hours a count)."""
        t = self.t
        digits = t.word(i)
        if not digits.isdecimal() or int(digits[:2]) > 23 or int(digits[2:]) > 59:
            return None
        hour, minute = int(digits[:2]), int(digits[2:])
        if t.word(i + 1) in self.lex.word_sets["timezones"]:
            return i + 1, hour, minute
        local = self.phrase(i + 1, self.lex.local_time)
        return (local[0], hour, minute) if local else None

    def hour_before_day_part(self, i: int, j: int) -> bool:
        """ "around 3 this morning", "at 7 tonight", "at 10 Tuesday night", "a las 11 de la mañana": a bare hour after
        a word that leads to a time, told by the part of the day after it."""
        return 1 <= self.t.number(i) <= 12 and self.hour_of_a_day_part(i, j)  # type: ignore[operator]

    def hour_of_a_day_part(self, i: int, j: int) -> bool:
        """Whether the hour at ``i`` (ending at ``j``) follows a word leading to a time and comes before a day part."""
        leads = self.lex.word_sets["spoken_time_prepositions"] | self.w["clock_prepositions"]
        if self.t.word(i - 1) not in leads:
            return False
        day = self.day_after_clock(j)
        return day is not None and "day_part" in day[1]

    def spoken_clock(self, i: int) -> Parse | None:
        """ten o'clock, half past three, a quarter to five: tried at every number word and "a", so first
        a look at the next word, which must go on to a time."""
        follower = self.t.word(i + 1)
        fractions_sides = self.lex.clock_fractions.keys() | self.lex.clock_sides.keys()
        if follower not in self.lex.clock_suffixes and follower not in fractions_sides and follower not in self.of:
            return None
        return self.clock(i)

    def spoken_time(self, i: int) -> tuple[int, int, int] | None:
        """ten o'clock, (at) half past three, (at) a quarter to five: (end, hour, minute). A fraction of an
        hour is a time only after "at" (or "around", "until"): "half past three" can be a score."""
        t = self.t
        k = i + 1 if t.word(i) in self.lex.article_one else i
        fraction = self.lex.clock_fractions.get(t.word(k))
        if fraction is None:
            hour = self.clock_hour(i)
            suffix = self.clock_suffix(i, hour[0]) if hour else None
            if suffix is None and hour is not None and self.hour_of_a_day_part(i, hour[0]):
                return hour[0], hour[1], 0  # las seis de la tarde
            return None if suffix is None else (suffix, hour[1], 0)  # type: ignore[index]
        side = self.lex.clock_sides.get(t.word(k + 1))
        hour = self.clock_hour(k + 2)
        if side is None or hour is None or t.word(i - 1) not in self.lex.word_sets["spoken_time_prepositions"]:
            return None
        if fraction == 30 and side < 0:
            return None  # "half to five" is not said
        minutes = hour[1] * 60 + side * fraction
        return hour[0], minutes // 60 % 24, minutes % 60

    def suffixed_time_after(self, j: int) -> bool:
        """Whether a range word at ``j`` leads to an hour (with minutes) written with its clock word or meridian."""
        t = self.t
        if t.word(j) not in self.w["range_connectors"] or not t.word(j + 1).isdecimal() or len(t.word(j + 1)) > 2:
            return False
        k = j + 2
        if t.word(k) in self.lex.minute_separators and t.glued(k) and len(t.word(k + 1)) == 2:
            k += 2
        return self.phrase(k, self.lex.clock_suffixes) is not None or t.word(k) in self.lex.meridians

    def clock_suffix(self, i: int, j: int) -> int | None:
        """The end of "o'clock" or "Uhr" at ``j`` after the hour at ``i``; a suffix that is also the unit ("drie uur":
        three hours or three o'clock) only after a clock word ("om drie uur") or with minutes ("20.30 uur")."""
        suffix = self.phrase(j, self.lex.clock_suffixes)
        if suffix is None:
            return None
        bare = j == i + 1 and self.t.word(j) in self.w["ambiguous_clock_suffixes"]
        return None if bare and self.t.word(i - 1) not in self.w["clock_prepositions"] else suffix[0]

    def clock_hour(self, i: int) -> tuple[int, int] | None:
        """An hour of a 12-hour clock, in digits or words: 10, ten."""
        word = self.t.word(i)
        hour = int(word) if word.isdecimal() and len(word) <= 2 else self.lex.numbers.get(word)
        return (i + 1, hour) if hour is not None and 1 <= hour <= 12 else None
