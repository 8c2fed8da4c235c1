"""English word lists used to cut sentences and clauses and to compare event descriptions.

Data only: the code that uses them lives in facts.py and merge.py, so adding a language is adding
lists here.
"""

from __future__ import annotations


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


# A full stop after these words does not end a sentence ("Mr. Putin", "Feb. 24").
ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof sr jr st gen sen rep gov lt col capt cmdr adm sgt rev hon pres supt
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs inc ltd co corp bros dept est approx vs etc al cf
    """
)

# Punctuation that closes a clause inside a sentence.
CLAUSE_BREAKS = (",", ";", ":", " - ", " – ", " — ", "—", "(", ")")

# A clause cut from a longer sentence does not start with these ("and said that ..." -> "said that ...").
LEADING_CONJUNCTIONS = ("and", "but", "or", "so")

# "<duration> after X": X came that long before the sentence's own date (-1); "before X": after it (+1).
RELATIVE_DIRECTIONS = {"after": -1, "before": 1}

# Words that tell nothing about which event a clause describes.
STOP_WORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    said says say saying told tell telling according added adding noted stated
    mr mrs ms dr president leader leaders official officials minister spokesman spokeswoman
    week weeks month months year years day days today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december ago earlier later last next since time
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    first second third one two three four five six seven eight nine ten
    """
)

# A timeline built with no --title is named after what its articles are about (rank.corpus_title).
CORPUS_TITLE = "{names}: a timeline"
TITLE_AND = " and "

# Words that name what kind of event a clause tells: sharing one is strong evidence of the same event.
EVENT_WORDS = _words(
    """
    call calls called calling phone phoned video conversation talk talks talked meet meets met meeting
    meetings visit visits visited visiting summit conference speech address interview statement
    read-out readout invade invades invaded invading invasion invasions attack attacks attacked war
    strike strikes struck bombing election elections elected vote votes voted referendum agreement
    agreements deal deals treaty treaties accord sanction sanctions sanctioned ceasefire truce
    negotiation negotiations report reports reported article announcement announced launch launched
    sign signs signed signing arrest arrested trial verdict sentenced protest protests crash
    earthquake flood storm hurricane fire explosion shooting resignation resigned appointed appointment
    inauguration inaugurated ruling decision hearing testimony commemoration anniversary rapprochement
    olympics tournament cup
    """
)

# "<offset> before/after the <event>" dates a clause from an event the corpus dates (event_relative.py).
# A vague offset places the clause within this many days of the event, on the side the direction says.
EVENT_OFFSET_DAYS = {"shortly": 31, "just": 14, "soon": 31, "days": 14, "weeks": 42, "months": 183}
# Words that may precede a vague plural offset ("a few weeks", "several months").
EVENT_OFFSET_HEDGES = ("a few", "several", "some")
# A counted offset ("two weeks", "a month"): its number words and units (TIMEX3 unit letters).
EVENT_OFFSET_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
EVENT_OFFSET_UNITS = {
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y",
}  # fmt: skip
# Words that end the event's noun phrase: "before the invasion with a deal" names "the invasion"
# (so do CLAUSE_VERBS: "a report issued shortly after the invasion concluded that ...").
EVENT_PHRASE_ENDS = _words(
    """
    with and but or as when while that which who whom to in on at for by from after before since
    during amid until was were is are had has have will would could
    """
)

# A clause cut from a sentence that starts with one of these verbs lacks its subject ("..., Dmitri S.
# Peskov, said in a call on Monday"): it takes it from the short clause just before it. Words that are
# as often nouns ("calls", "visits", "states") are left out.
CLAUSE_VERBS = _words(
    """
    said says told tells added adds announced announces noted stated spoke speaks
    wrote writes warned warns urged urges insisted insists confirmed confirms denied denies
    declared declares explained explains argued argues replied replies responded responds
    met meets held holds called visited signed agreed agrees praised praises
    pledged pledges vowed vows reaffirmed reaffirms emphasized emphasizes stressed stresses
    assured assures hailed hails welcomed welcomes criticized criticizes concluded concludes
    found showed reported
    """
)
# Before the verb, these do not end the verb's clause ("Mr. Putin, also said on Monday ...").
CLAUSE_VERB_ADVERBS = _words("also later then once again")

# "the second call in just over a month" dates the previous call (occurrence.py).
# Before the ordinal: the determiner that makes it a count of occurrences ("came second in" is a ranking).
OCCURRENCE_DETERMINERS = _words("the its his her their our this that")
# Between the ordinal and its noun: words that are not the noun ("the first such visit").
OCCURRENCE_NOUN_SKIPS = _words("such ever")
# An ordinal followed by one of these ranks, it does not count: "the second-largest drop in a year".
OCCURRENCE_RANKINGS = _words(
    """
    most least best worst biggest largest greatest highest lowest longest shortest fastest slowest
    deadliest costliest strongest weakest busiest hottest coldest warmest wettest driest
    """
)
# These end the noun after the ordinal ("the second <call> between ...", "the second between ..." has none).
OCCURRENCE_NOUN_ENDS = EVENT_PHRASE_ENDS | _words("between of against among with like")
# "The call was the second ...": the verb between an elided noun's subject and the ordinal.
OCCURRENCE_COPULAS = _words("was is were are marks marked becomes became")
# How far past the stated count the gap may run, in units of the count's unit: "just over a month"
# (and "about a month") up to half a month more; "the first in five years" up to a whole year more,
# as a count of years is rounded down.
OCCURRENCE_LOOSE_UNITS = 0.5
OCCURRENCE_FIRST_UNITS = 1.0
