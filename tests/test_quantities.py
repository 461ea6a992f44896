"""Reading quantities: counts, percentages, ratios, durations, years and doses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.language.quantities import extract, parse_number, quantities_of


def kinds(text: str) -> list[tuple[str, float, float, str | None]]:
    return [(q.kind, round(q.low, 4), q.high, q.bound) for q in extract(text)]


def test_counts_know_what_they_count() -> None:
    qs = extract("Plasma from 52 people and 17 healthy controls was given to twenty mice")
    assert [(q.kind, q.low, q.noun) for q in qs] == [
        ("count", 52, "person"),
        ("count", 17, "person"),
        ("count", 20, "animal"),
    ]
    # children in other words are people too, and "2,000 kids" is no year
    qs = extract("The trial followed 2,000 kids, 300 babies and 50 youngsters")
    assert [(q.kind, q.low, q.noun) for q in qs] == [
        ("count", 2000, "person"),
        ("count", 300, "person"),
        ("count", 50, "person"),
    ]


def test_percent_ratio_and_ranges() -> None:
    assert kinds("about 3% to 6% of adults") == [("percent", 3.0, 6.0, "approx")]
    assert kinds("at least 1 in 20 people") == [("percent", 5.0, 5.0, "min")]
    assert kinds("80 per cent of patients") == [("percent", 80.0, 80.0, None)]
    assert kinds("two-thirds of them") == [("percent", 66.67, 66.67, None)]


def test_durations_in_hours() -> None:
    assert kinds("within 24 to 48 hours") == [("duration", 24.0, 48.0, "max")]
    assert kinds("after a few weeks") == [("duration", 336.0, 1008.0, None)]
    assert kinds("more than a week") == [("duration", 168.0, 168.0, "min")]
    assert kinds("on 4 consecutive days") == [("duration", 96.0, 96.0, None)]
    # a bare "weeks" is a span of time only after "for", "over", "took" and the like
    assert kinds("the rash lasted for weeks") == [("duration", 336.0, 1680.0, None)]
    assert kinds("it brings sleepless nights") == []
    assert kinds("staff who work weekends and days") == []
    # half of a unit; a unit joined to its number by a hyphen is a length, not a count
    assert kinds("sessions of half an hour") == [("duration", 0.5, 0.5, None)]
    assert kinds("a 30-minute phonics session") == [("duration", 0.5, 0.500000001, None)]
    assert kinds("30-minute sessions, three a week")[0] == ("duration", 0.5, 0.500000001, None)
    assert kinds("four night shifts") == [("number", 4.0, 4.0, None)]


def test_years_dates_and_noise() -> None:
    assert kinds("published on 1 July 2021") == [("year", 2021.0, 2021.0, None)]
    assert kinds("doi 10.1234/ABC987654") == [("number", 10.1234, 10.1234, None)]
    assert kinds("one of the reasons") == []


def test_ages_and_frequencies() -> None:
    assert kinds("their average age was 56") == [("age", 56.0, 56.0, None)]
    assert kinds("men in their forties") == [("age", 40.0, 49.0, None)]
    assert kinds("a 46-year-old woman") == [("age", 46.0, 46.0, None)]
    # "12- to 14-year-olds" is an age range, not a number and a span of 14 years
    assert kinds("stronger among 12- to 14-year-olds") == [("age", 12.0, 14.0, None)]
    assert kinds("most 16-year-olds") == [("age", 16.0, 16.0, None)]
    # "as young as" and "as old as" give an age, in months or years
    assert kinds("children as young as six months") == [("age", 0.5, 0.5, None)]
    assert kinds("patients as old as 90") == [("age", 90.0, 90.0, None)]
    # "years of age" is an age, not a duration: a range told so is checked as one.
    assert kinds("adults 40 to 70 years of age") == [("age", 40.0, 70.0, None)]
    assert kinds("children under 12 years of age") == [("age", 12.0, 12.0, "max")]
    assert kinds("after 12 years of follow-up") == [("duration", 105120.0, 105120.0, None)]
    assert kinds("2.4 mg once-weekly") == [
        ("mass", 0.0024, 0.0024, None),
        ("frequency", 1.0, 1.0, None),
    ]
    assert kinds("a daily pill") == [("frequency", 7.0, 7.0, None)]
    # a name is not how often: "Orchard Weekly", "GrowerNet Daily" (but "A Daily Pill" is)
    assert kinds("as reported in Orchard Weekly") == []
    assert kinds("GrowerNet Daily") == []
    assert kinds("Scientists Find A Daily Pill Helps") == [("frequency", 7.0, 7.0, None)]


def test_a_count_lends_its_noun_to_the_next_number() -> None:
    qs = extract("1,306 people were given the drug and 655 a placebo")
    assert [(q.kind, q.low, q.noun) for q in qs] == [
        ("count", 1306, "person"),
        ("count", 655, "person"),
    ]


def test_number_words() -> None:
    assert parse_number("twenty-three") == 23
    assert parse_number("two hundred") == 200
    assert parse_number("1,200") == 1200
    assert parse_number("many") is None


def test_quantities_agree() -> None:
    few_weeks, more_than_week = extract("a few weeks"), extract("more than a week")
    assert few_weeks[0].agrees(more_than_week[0])
    assert not extract("a few days")[0].agrees(few_weeks[0])
    assert extract("two days")[0].agrees(extract("within 24 to 48 hours")[0])
    assert not extract("96.1%")[0].agrees(extract("69.1%")[0])


@given(st.text(max_size=300))
def test_never_fails_and_spans_are_valid(text: str) -> None:
    for q in extract(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.low <= q.high


def test_decades_of_life_as_a_span() -> None:
    """ "in their forties to sixties" is 40 to 69, as "aged 40 to 69" is; digits and a list
    of decades say the same."""
    assert kinds("all in their forties to sixties") == [("age", 40.0, 69.0, None)]
    assert kinds("people in their 40s and 50s") == [("age", 40.0, 59.0, None)]
    assert kinds("in their thirties, forties or fifties") == [("age", 30.0, 59.0, None)]
    assert kinds("women in their late 60s") == [("age", 60.0, 69.0, None)]
    assert kinds("in their 30s to 20s") == []  # no span runs backwards


def test_a_fraction_as_a_change() -> None:
    """ "a third lower" and "cut by a quarter" give a share, as "two-thirds of" does; "by
    half an hour" is no share."""
    assert kinds("a risk a third lower") == [("percent", 33.33, 33.33, None)]
    assert kinds("a fifth more likely to sleep well") == [("percent", 20.0, 20.0, None)]
    assert kinds("snacking was cut by a quarter") == [("percent", 25.0, 25.0, None)]
    assert all(q.kind != "percent" for q in extract("bedtime moved by half an hour"))


def test_a_fraction_as_a_change_keeps_its_bound() -> None:
    """ "cut by more than a third" is at least a third, "by less than a fifth" at most one."""
    assert kinds("snacking was cut by more than a third") == [("percent", 33.33, 33.33, "min")]
    assert kinds("snacking fell by less than a fifth") == [("percent", 20.0, 20.0, "max")]


def test_a_day_after_an_amount_is_a_rate_and_day_workers_are_people() -> None:
    """ "slept 40 minutes less a day" gives no span of one day; "46 day workers" counts people."""
    kinds = [(q.kind, q.low) for q in quantities_of("The bakers slept 40 minutes less a day.")]
    assert kinds == [("duration", pytest.approx(40 / 60))]
    assert "duration" not in [q.kind for q in quantities_of("Three cups a night kept them up.")]
    counted = quantities_of("The study compared 30 night porters with 30 day workers.")
    assert [(q.kind, q.low) for q in counted] == [("count", 30.0), ("count", 30.0)]
    assert [q.kind for q in quantities_of("The rash faded within a day.")] == ["duration"]


def test_dates_are_read_with_or_without_their_day_and_year() -> None:
    from claimdiff.language.dates import read_dates

    def parts(text: str) -> list[tuple[int | None, int, int | None]]:
        return [(d.day, d.month, d.year) for d in read_dates(text)]

    assert parts("published online 18 February 2025.") == [(18, 2, 2025)]
    assert parts("out on March 18, 2025, in print") == [(18, 3, 2025)]
    assert parts("between March 2019 and June 2021") == [(None, 3, 2019), (None, 6, 2021)]
    assert parts("the 3rd of May and 2021-07-01") == [(3, 5, None), (1, 7, 2021)]
    assert parts("recruited in early March") == [(None, 3, None)]
    # "May" alone is a verb; "Mark 12" is a gospel, not a month
    assert parts("since May the results") == parts("Mark 12, 2020") == []


def test_a_day_or_two_and_two_or_three_days_are_ranges() -> None:
    def spans(text: str) -> list[tuple[float, float]]:
        return [(q.low, q.high) for q in quantities_of(text) if q.kind == "duration"]

    assert spans("a sore arm for a day or two") == [(24, 48)]
    assert spans("symptoms lasting two or three days") == [(48, 72)]
    assert spans("for a week or two") == [(168, 336)]


def test_a_tolerance_widens_the_studys_value_once() -> None:
    """Ten per cent either side of "about 16 years" reaches 17.6 years, not 18.5 (widening
    both values, as before, let 18.5 pass)."""
    (study,) = quantities_of("followed for about 16 years")
    (right,) = quantities_of("followed for 15 years")
    (wrong,) = quantities_of("followed for 18.5 years")
    assert right.same_value(study, 0.1)
    assert not wrong.same_value(study, 0.1)
    # a vague span ("for weeks") is looser: twelve weeks are "weeks"
    (weeks,) = quantities_of("an itch that lasts for weeks")
    (twelve,) = quantities_of("for 12 weeks")
    assert weeks.same_value(twelve, 0.1)


def test_over_a_span_of_time_is_the_span_not_a_bound() -> None:
    """ "Changes over 30 years" and "pored over 30 years of records" give the span; "for
    over 30 years" and "over 30 years ago" bound it."""
    for text in ("Rainfall fell over 30 years.", "They pored over 30 years of records."):
        (q,) = extract(text)
        assert (q.kind, q.unit, q.bound) == ("duration", "year", None), text
    for text in ("She has worked there for over 30 years.", "It began over 30 years ago."):
        (q,) = extract(text)
        assert (q.kind, q.bound) == ("duration", "min"), text


def test_masses_in_tonnes_with_a_scale_word_or_an_uncertainty() -> None:
    (q,) = extract("The glacier lost 152 ± 33 Gt of ice.")
    (r,) = extract("The glacier lost about 152 billion tonnes of ice.")
    (w,) = extract("The glacier lost 152 million tonnes of ice.")
    assert q.kind == r.kind == w.kind == "mass"
    assert q.same_value(r) and not q.same_value(w)
    (k,) = extract("Each calf gained 2 kilograms.")
    assert (k.kind, k.low) == ("mass", 2000)


def test_a_time_word_before_a_plural_noun_counts_the_things() -> None:
    """ "Four night shifts a month" counts shifts, and "a month" says how often."""
    kinds = [(q.text, q.kind) for q in extract("She worked four night shifts a month.")]
    assert kinds == [("four night", "number")]
    assert [q.kind for q in extract("They slept badly for three nights.")] == ["duration"]


def test_a_fraction_of_one_thing_is_no_share_of_a_group() -> None:
    assert extract("Each extra 20 grams, about a quarter of a portion, helped.")[1:] == []
    assert [q.low for q in extract("About a quarter of the patients improved.")] == [25]


def test_tonnes_a_year_are_a_rate_and_no_total() -> None:
    (rate,) = [
        q for q in extract("The ice cap lost 4.4 billion tonnes a year.") if q.unit == "tonne"
    ]
    (total,) = extract("The ice cap lost 150 billion tonnes in all.")
    assert (rate.kind, total.kind) == ("mass rate", "mass")
    assert extract("Patients took 20 mg a day.")[0].kind == "mass"  # a dose stays a dose


def test_and_a_half_is_half_a_unit_more() -> None:
    """ "a day and a half", "two and a half years", "one and a half days a month": the half
    belongs to the span, not a share of 50% or "half years"."""
    assert kinds("about a day and a half fewer") == [("duration", 36, 36, "approx")]
    assert kinds("two and a half years later") == [("duration", 21900, 21900, None)]
    assert kinds("a difference of one and a half days") == [("duration", 36, 36, None)]
    assert kinds("three cups a day and a half of tea") == [("number", 3, 3, None)]


def test_two_values_joined_by_and_are_no_range() -> None:
    """ "2.1% and 0.6%" (the larger first) lists two values; "10 and 20 days" is a range."""
    assert kinds("reactions occurred in 2.1% and 0.6%") == [
        ("percent", 2.1, 2.1, None),
        ("percent", 0.6, 0.6, None),
    ]
    assert [q.text for q in quantities_of("in 2.1% and 0.6%")] == ["2.1%", "0.6%"]
    assert kinds("between 10 and 20 days") == [("duration", 240, 480, None)]


def test_ages_given_in_months_are_read_in_years() -> None:
    def ages(text: str) -> list[tuple[float, float]]:
        return [(round(q.low, 2), round(q.high, 2)) for q in extract(text) if q.kind == "age"]

    assert ages("Dogs aged from six months to 15 years took part.") == [(0.5, 15.0)]
    assert ages("Babies aged 6 to 12 months were weighed.") == [(0.5, 1.0)]
    assert ages("Children aged 6 months were vaccinated.") == [(0.5, 0.5)]
    assert ages("Adults aged 18 to 65 took part.") == [(18.0, 65.0)]


def test_two_years_with_months_between_them_are_one_span() -> None:
    def years(text: str) -> list[tuple[float, float]]:
        return [(q.low, q.high) for q in extract(text) if q.kind == "year"]

    assert years("Patients were recruited between March 2019 and November 2022.") == [
        (2019.0, 2022.0)
    ]
    assert years("Sales data ran from January 2021 to December 2023.") == [(2021.0, 2023.0)]
    # two years that are no span stay two
    assert years("The trial began in 2019, and the paper appeared in March 2022.") == [
        (2019.0, 2019.0),
        (2022.0, 2022.0),
    ]


def test_so_many_times_a_period_is_a_frequency() -> None:
    """ "Twice a year", "three times a week", "4 times a day": how often, in times a week,
    whether or not the phrase is one of the listed ones."""
    (q,) = extract("Sites were surveyed twice a year.")
    assert q.kind == "frequency" and q.low == pytest.approx(2 / 52, rel=0.01)
    (q,) = extract("The group met three times a week.")
    assert (q.kind, q.low) == ("frequency", 3.0)
    (q,) = extract("Take it 4 times per day.")
    assert (q.kind, q.low) == ("frequency", 28.0)
    (q,) = extract("Each site was checked once a year.")
    assert q.kind == "frequency" and q.low == pytest.approx(1 / 52, rel=0.01)


def test_two_number_words_make_one_number_only_as_tens_and_units() -> None:
    """ "Twenty-three" is 23; "single one" and "one two" are no number (they were 2 and 3)."""
    assert parse_number("twenty-three") == 23
    assert parse_number("ninety nine") == 99
    assert parse_number("single one") is None
    assert parse_number("one two") is None
    assert parse_number("two hundred") == 200


def test_a_figure_with_a_thousands_comma_is_no_year() -> None:
    """ "2,000 IU of vitamin D" is an amount; "in 2000" may be a year."""
    assert [q.kind for q in extract("They took 2,000 IU of vitamin D.")] == ["number"]
    assert [q.kind for q in extract("The survey began in 2000.")] == ["year"]


def test_a_figure_in_digits_takes_the_scale_word_after_it() -> None:
    """ "6 million people" is six million, as "six million people" is (it was read as 6)."""
    (q,) = extract("The region is home to about 6 million people.")
    assert (q.kind, q.low, q.noun) == ("count", 6_000_000.0, "person")
    (q,) = extract("The region is home to about six million people.")
    assert q.low == 6_000_000.0
    (q,) = extract("It cost 2.5 billion to build.")
    assert q.low == 2_500_000_000.0
    assert parse_number("6 million") == 6_000_000.0
    # a mass keeps its own scale reading
    (q,) = extract("The glacier lost 152 million tonnes of ice.")
    assert q.kind == "mass"


def test_degrees_are_a_temperature() -> None:
    """ "2.6 °C", "3.6C", "40.8 degrees" and "1.9 to 3.4 °C" are temperatures, so that a
    claim's "3.6C hotter" is compared with the study's "2.6 °C"; Fahrenheit stays apart."""
    (q,) = extract("The heat was 3.6C higher than before.")
    assert (q.kind, q.low, q.unit) == ("temperature", 3.6, "°C")
    (q,) = extract("It peaked at 40.8 degrees in the town.")
    assert (q.kind, q.low) == ("temperature", 40.8)
    (q,) = extract("The range was 1.9 to 3.4 °C.")
    assert (q.kind, q.low, q.high) == ("temperature", 1.9, 3.4)
    (q,) = extract("a rise of 4.7 °F")
    assert q.kind == "temperature (°F)"
    # not temperatures
    assert [q.kind for q in extract("The model had 5 degrees of freedom.")] == ["number"]
    assert [q.kind for q in extract("Hold it at a 45-degree angle.")] == ["number"]
    assert [q.kind for q in extract("Take vitamin C daily.")] == ["frequency"]


def test_an_estimates_ratio_is_a_ratio() -> None:
    """ "odds ratio 1.7", "the OR was 1.5", "(IRR 0.81": the estimate, of its own kind, so
    that a wrong odds ratio is compared with the study's; its interval stays an interval."""
    kinds = [(q.kind, q.low) for q in extract("(odds ratio 1.7, 95% CI 1.2 to 2.4)")]
    assert kinds[0] == ("ratio", 1.7) and kinds[-1] == ("interval", 1.2)
    assert [(q.kind, q.low) for q in extract("The odds ratio was 2.7 for night work.")] == [
        ("ratio", 2.7)
    ]
    assert [q.kind for q in extract("absences fell (IRR 0.81)")] == ["ratio"]
    assert [q.kind for q in extract("a hazard ratio of 0.72")] == ["ratio"]
    # "or" is no odds ratio, nor a percentage after "OR"
    assert [q.kind for q in extract("wait 2 or 3 days")] == ["duration"]
    assert [q.kind for q in extract("OR 30% of them")] == ["percent"]


def test_on_day_n_is_the_time_since_the_start() -> None:
    """ "On day 25 after implantation" is 25 days, as "25 days after surgery" is; a school's
    "Year 3" is no time."""
    (q,) = extract("On day 25 after implantation it worked.")
    assert (q.kind, q.low, q.text) == ("duration", 600.0, "day 25")
    (q,) = extract("It worked 25 days after surgery.")
    assert (q.kind, q.low) == ("duration", 600.0)
    (q,) = extract("At week 24 the rate was lower.")
    assert (q.kind, q.unit) == ("duration", "week")
    assert [q.kind for q in extract("pupils in Year 3")] == ["number"]


def test_in_year_n_is_a_time_point_in_words_or_figures() -> None:
    """ "In year two" of a study, like "in year 2", is the time since its start: two years."""
    for said in ("Visits doubled in year two.", "Visits doubled in year 2."):
        (q,) = extract(said)
        assert (q.kind, q.low, q.unit) == ("duration", 2 * 8760.0, "year"), said
    (q,) = extract("Visits doubled by week three.")
    assert (q.kind, q.unit, q.text) == ("duration", "week", "week three")


def test_a_year_before_the_next_share_is_a_year() -> None:
    """ "From 31.4% in 2015 to 17.8% in 2017": 2015 is a year, not a share of 2015%."""
    kinds = [(q.kind, q.low) for q in extract("Cover fell from 31.4% in 2015 to 17.8% in 2017.")]
    assert kinds == [("percent", 31.4), ("year", 2015.0), ("percent", 17.8), ("year", 2017.0)]
    assert [q.kind for q in extract("rates of 2.1% and 0.6%")] == ["percent", "percent"]


def test_a_year_before_one_study_is_its_year_not_a_count() -> None:
    """ "The 2019 trial" is one trial of 2019; "2019 trials" would be a count."""
    (q,) = [x for x in extract("The team's 2019 tracking study of eels") if x.text == "2019"]
    assert q.kind == "year"
    (q,) = extract("2019 trials were pooled")
    assert q.kind == "count"


def test_an_uncertainty_is_no_figure_and_short_times_are_durations() -> None:
    """ "380 ± 25 µs" is 380 microseconds (the "± 25" is read with it, not on its own), and
    milliseconds are a thousand of them."""
    (q,) = extract("It lasted 380 ± 25 µs in all.")
    assert q.kind == "duration" and q.text == "380 ± 25 µs"
    (ms,) = extract("It lasted 0.38 milliseconds.")
    assert ms.kind == "duration" and ms.same_value(q, 0.01)
    (p,) = extract("The rate was 0.29% +/- 0.02% per cycle.")
    assert p.kind == "percent" and p.low == 0.29


def test_a_labels_number_before_a_falling_share_is_no_share() -> None:
    """ "Fell from 0.62% at distance 3 to 0.29%": 3 labels the distance, no share falls from
    3%; "between 3 and 5%" is still a range of shares."""
    found = extract("Errors fell from 0.62% at distance 3 to 0.29% at distance 5.")
    assert [(q.text, q.kind) for q in found][:3] == [
        ("0.62%", "percent"),
        ("3", "number"),
        ("0.29%", "percent"),
    ]
    (q,) = extract("between 3 and 5% of patients")
    assert (q.kind, q.low, q.high) == ("percent", 3.0, 5.0)


def test_a_quarter_of_an_hour_is_fifteen_minutes() -> None:
    """ "An extra quarter of an hour" is 15 minutes and "three-quarters of an hour" 45, not
    "an hour" with a share of something before it."""
    assert kinds("it added an extra quarter of an hour") == [("duration", 0.25, 0.25, None)]
    assert kinds("a wait of three-quarters of an hour") == [("duration", 0.75, 0.75, None)]
    assert kinds("a quarter of an hour later") == [("duration", 0.25, 0.25, None)]
    assert kinds("a quarter of the patients") == [("percent", 25.0, 25.0, None)]


def test_every_so_many_periods_is_how_often() -> None:
    """ "Every three months" is a third as often as monthly; "every other day" half as
    often as daily."""
    (q,) = extract("The nests were checked every three months.")
    assert q.kind == "frequency" and abs(q.low - 0.23 / 3) < 1e-9
    (q,) = extract("The nests were checked every other day.")
    assert (q.kind, q.low) == ("frequency", 3.5)
    (q,) = extract("The nests were checked every month.")
    assert q.kind == "frequency"


def test_an_interval_with_negative_ends_keeps_its_signs() -> None:
    """ "95% CI -3.9 to -2.3" is one interval from -3.9 to -2.3, and "-4 to 8" one from -4
    to 8; "CI for the difference 0.6 to 16.8" is an interval too. A hyphenated range is no
    negative number."""
    (q,) = [x for x in extract("lower by 3.1 (95% CI -3.9 to -2.3)") if x.kind == "interval"]
    assert (q.low, q.high, q.text) == (-3.9, -2.3, "-3.9 to -2.3")
    (q,) = [x for x in extract("a difference of 2 cm (95% CI −4 to 8)") if x.kind == "interval"]
    assert (q.low, q.high) == (-4.0, 8.0)
    (q,) = [x for x in extract("(95% CI for the difference 0.6 to 16.8 s)") if x.low != x.high]
    assert (q.kind, q.low, q.high) == ("interval", 0.6, 16.8)
    (q,) = extract("pupils aged 11-14")
    assert (q.low, q.high) == (11.0, 14.0)


def test_a_time_in_two_units_is_one_duration() -> None:
    """ "16 minutes and 4 seconds" is one time, as "two years and six months" is; "16 min" is
    16 minutes; "12 weeks and 6 months later" are two."""
    (q,) = extract("The ride took 16 minutes and 4 seconds.")
    assert q.kind == "duration" and abs(q.low - (16 * 60 + 4) / 3600) < 1e-6
    (q,) = extract("two years and six months")
    assert (q.kind, q.low) == ("duration", 2.5 * 8760)
    (q,) = extract("a 16 min ride")
    assert (q.kind, q.unit) == ("duration", "minute")
    assert len(extract("for 12 weeks and 6 months later")) == 2


def test_minutes_and_seconds_written_short_are_one_duration() -> None:
    """ "3 min 14 s" is three minutes and fourteen seconds, as "3 min 14 sec" is; a count
    after minutes ("5 min 12 patients") is no part of the time."""
    for text in ("a median of 3 min 14 s before", "a median of 3 min 14 sec before"):
        (q,) = extract(text)
        assert q.kind == "duration" and abs(q.low - (3 * 60 + 14) / 3600) < 1e-6, q
    assert [q.kind for q in extract("within 5 min 12 patients")] == ["duration", "count"]


def test_a_fraction_alone_after_a_bound_is_a_share() -> None:
    """ "Fewer than a fifth" and "more than half" are shares with their bound; "a fifth"
    alone, with no bound and no "of", is not read."""
    (q,) = extract("against fewer than a fifth at the quietest farms")
    assert (q.kind, q.low, q.bound) == ("percent", 20.0, "max")
    (q,) = extract("more than half were infected")
    assert (q.kind, q.low, q.bound) == ("percent", 50.0, "min")
    assert extract("a fifth said so") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a study of 24,000 market vendors", 24000.0),
        ("300 marathon runners finished", 300.0),
        ("12 novel compounds were screened", 12.0),
        ("18 octopuses were tagged", 18.0),
        ("40 mayors signed", 40.0),
    ],
)
def test_a_word_that_starts_like_a_month_is_no_date(text: str, value: float) -> None:
    """ "24,000 market vendors" is a count, not the day of a month ("mar..."); a real month
    after a day still makes a date, whose day is not a figure."""
    assert [q.low for q in quantities_of(text)] == [value]


def test_a_day_before_a_month_is_still_a_date() -> None:
    for text in ("on 1 July 2021", "on 3 Sept. 2020", "by 14 March 2019"):
        assert [q.kind for q in quantities_of(text)] == ["year"], text


def test_trades_and_occupations_count_people() -> None:
    for text in ("a study of 2,412 market vendors", "480 carers took part", "96 farmers"):
        (q,) = quantities_of(text)
        assert q.kind == "count" and q.noun == "person", text


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The path runs for 6.4km.", "number", 6.4),
        ("Each dose was 20mg.", "mass", 0.02),
        ("The bags weighed 5kg.", "mass", 5000.0),
    ],
)
def test_a_unit_written_onto_its_figure_keeps_the_figure(
    text: str, kind: str, value: float
) -> None:
    """ "6.4km" is 6.4 (its kilometres read beside it, as for "6.4 km"), not no figure at all."""
    (q,) = quantities_of(text)
    assert (q.kind, q.low) == (kind, value)


def test_a_code_with_digits_is_still_no_figure() -> None:
    assert quantities_of("The H5N1 strain") == ()
