"""Checkable details by category (data/details.toml, countries in institutions.toml)."""

from __future__ import annotations

import pytest

from claimdiff.language.details import DetailBook, role_conflicts, roles_by_person

BOOK = DetailBook()


def swap_of(claim: str, fact: str, book: DetailBook = BOOK) -> tuple[str, str, list[str]] | None:
    swaps = book.swaps(claim, fact)
    if not swaps:
        return None
    s = swaps[0]
    return s.label, s.said.text, [d.text for d in s.study]


@pytest.mark.parametrize(
    ("claim", "fact", "expected"),
    [
        # a different detail of the same category
        (
            "Saliva from the volunteers was tested for the hormone.",
            "Urine from the volunteers was tested for the hormone.",
            ("substance", "Saliva", ["Urine"]),
        ),
        (
            "The worms became more sensitive to heat.",
            "The worms became more sensitive to cold.",
            ("stimulus", "heat", ["cold"]),
        ),
        (
            "Patients took the drug as a daily tablet.",
            "Patients received the drug as a weekly injection.",
            ("treatment", "tablet", ["injection"]),
        ),
        (
            "The compound shrank tumours in the liver.",
            "The compound shrank tumours in the lungs.",
            ("body part", "liver", ["lungs"]),
        ),
        (
            "The trial enrolled 300 teenagers.",
            "The trial enrolled 300 older adults.",
            ("population", "teenagers", ["older adults"]),
        ),
        (
            "Researchers in Canada followed the families.",
            "Researchers in Norway followed the families.",
            ("country", "Canada", ["Norway"]),
        ),
        # narrower than the fact's detail, where a narrower one is another thing
        (
            "Mice were injected with plasma from the donors.",
            "Mice were injected with blood from the donors.",
            ("substance", "plasma", ["blood"]),
        ),
    ],
)
def test_a_swapped_detail_is_found_with_both_words(
    claim: str, fact: str, expected: tuple[str, str, list[str]]
) -> None:
    assert swap_of(claim, fact) == expected


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        # the same detail in other words, or the broader one
        ("The dogs were given the drug in a pill.", "The dogs took oral tablets."),
        ("Blood from the donors was tested.", "Serum from the donors was tested."),
        ("The scans showed changes in the nervous system.", "The scans showed brain changes."),
        # a subgroup of the fact's population may be reported
        ("Older adults in the trial slept better.", "Adults in the trial slept better."),
        ("Researchers in England ran the survey.", "Researchers in the UK ran the survey."),
        # one of the claim's details fits: the others are context
        ("Antibodies in the blood of patients bound to nerves.", "The antibodies bound nerves."),
        # the fact names no detail of that category: nothing to check against
        ("Saliva samples showed the virus.", "The virus was found in 40% of samples."),
        # a possessive names the group ("healthy people's blood")
        ("Rats given healthy donors' antibodies ran further.", "IgE from healthy donors."),
        # idioms name no detail
        ("The treatment lowered blood pressure.", "It lowered urine output."),
        ("Patients with the common cold recovered.", "Patients recovered in the heat."),
        # a hyphenated compound names the same detail as its words apart
        ("The nervous system was hit.", "A nervous-system disease of the skin."),
    ],
)
def test_fitting_details_are_not_swaps(claim: str, fact: str) -> None:
    assert swap_of(claim, fact) is None


def test_longest_phrase_wins_across_categories() -> None:
    found = [(d.category, d.group) for d in BOOK.find("Blood vessels and the blood were damaged.")]
    assert found == [("tissue", "blood vessels"), ("substance", "blood")]
    both = {(d.category, d.group) for d in BOOK.find("It lowered white blood cells.")}
    assert both == {("substance", "blood cells"), ("cell", "immune cells")}


def test_a_hyphenated_compound_is_the_phrase_it_joins() -> None:
    found = [(d.group, d.text) for d in BOOK.find("a spinal-cord injury, not a skin one")]
    assert found == [("spinal cord", "spinal-cord"), ("skin", "skin")]
    assert BOOK.find("across the blood-brain barrier") == []  # neither blood nor brain


def test_sheet_terms_join_the_category_of_their_phrases() -> None:
    book = DetailBook({"Ab-7": ["antibodies", "the antibody"], "TZ": ["trizolam"]})
    assert swap_of("Mice were given serum.", "Mice were given Ab-7.", book) == (
        "substance",
        "serum",
        ["Ab-7"],
    )
    assert swap_of("Mice were given Ab-7.", "Mice were given the antibodies.", book) is None
    assert swap_of("Mice were given TZ.", "Mice were given serum.", book) is None  # no category


def test_country_acronyms_are_case_sensitive() -> None:
    assert [d.group for d in BOOK.find("Tell us about the US trial.")] == ["United States"]


def test_roles_belong_to_the_names_they_describe() -> None:
    fact = (
        "Maria Lind and Tomas Berg are first authors and Ruth Okafor senior author; "
        "Okafor leads the lab in Lagos, where nurse Ada Eze ran the clinic."
    )
    roles = roles_by_person(fact, ["Lind", "Berg", "Okafor", "Eze"])
    assert roles["lind"] == roles["berg"] == {"first author"}
    assert roles["okafor"] == {"senior author"}
    assert roles["eze"] == {"nurse"}
    claim = "The lead author, Ruth Okafor, said the results were clear."
    assert roles_by_person(claim, ["Okafor"]) == {"okafor": {"first author"}}
    assert roles_by_person("Dr Ada Eze's team ran the clinic.", ["Eze"]) == {}


def test_a_role_shared_with_another_or_glossed_in_brackets_is_read() -> None:
    fact = (
        "Ruth Okafor is the senior and corresponding author, and Tomas Berg the lead (first) "
        "author of the paper."
    )
    roles = roles_by_person(fact, ["Okafor", "Berg"])
    assert roles == {
        "okafor": {"senior author", "corresponding author"},
        "berg": {"first author"},
    }
    # "lead researcher" and "lead scientist" name the lead author (as annotators read them);
    # whoever ran the work as its "lead investigator" may be first author or senior
    said = roles_by_person("Lead researcher Ruth Okafor warned against hype.", ["Okafor"])
    assert role_conflicts(said["okafor"], roles["okafor"]) == [("first author", ["senior author"])]
    said = roles_by_person("Lead investigator Ruth Okafor warned against hype.", ["Okafor"])
    assert role_conflicts(said["okafor"], roles["okafor"]) == []
    said = roles_by_person("Lead scientist Tomas Berg warned against hype.", ["Berg"])
    assert role_conflicts(said["berg"], roles["berg"]) == []
    said = roles_by_person("Lead author Ruth Okafor warned against hype.", ["Okafor"])
    assert role_conflicts(said["okafor"], roles["okafor"]) == [("first author", ["senior author"])]


def test_a_role_named_before_its_copula_belongs_to_the_names_after_it() -> None:
    """ "The co-authors are A of X, B and C": the role is each name's; "The lead author is A"
    is A's alone."""
    fact = "The co-authors are Ines Vale of Porto, who ran the survey, Kofi Mensah and Li Wei."
    roles = roles_by_person(fact, ["Vale", "Mensah", "Wei"])
    assert roles == {"vale": {"co-author"}, "mensah": {"co-author"}, "wei": {"co-author"}}
    roles = roles_by_person("The lead author is Kofi Mensah of Accra.", ["Mensah", "Vale"])
    assert roles == {"mensah": {"first author"}}


def test_a_role_after_the_studys_copula_is_the_subjects() -> None:
    """ "X, professor at Y, is the study's senior author": the role is X's, with the work
    named before it as it is in release notes."""
    fact = (
        "Professor Noor Kaya, professor of soil science at Ravenhill University, is the study's "
        "senior author; Dr Eli Brandt, a research fellow at the same school, is the paper's "
        "first and lead author."
    )
    roles = roles_by_person(fact, ["Kaya", "Brandt"])
    assert roles["kaya"] == {"professor", "senior author"}
    assert roles["brandt"] == {"postdoc", "first author"}


def test_roles_conflict_only_within_their_dimension() -> None:
    assert role_conflicts({"first author"}, {"senior author", "professor"}) == [
        ("first author", ["senior author"])
    ]
    assert role_conflicts({"professor"}, {"senior author"}) == []  # a rank, not authorship
    assert role_conflicts({"doctor"}, {"nurse"}) == [("doctor", ["nurse"])]
    assert role_conflicts({"senior author"}, {"senior author", "principal investigator"}) == []
    # a specialty is its own dimension: a cardiologist is a doctor, not an epidemiologist
    said = roles_by_person("Dr Ana Ruiz, a cardiologist at Leeds, led the analysis.", ["Ruiz"])
    study = roles_by_person("Dr Ana Ruiz, an epidemiologist at Leeds, is a co-author.", ["Ruiz"])
    assert role_conflicts(said["ruiz"], study["ruiz"]) == [("cardiologist", ["epidemiologist"])]
    said = roles_by_person("Ana Ruiz, a doctor at Leeds, said so.", ["Ruiz"])
    assert role_conflicts(said["ruiz"], {"cardiologist"}) == []


def test_a_sheets_term_makes_its_phrases_one_group() -> None:
    assert [d.group for d in BOOK.find("the kids")] == ["children"]
    assert BOOK.find("the pupils") == []  # at school, of any age: no age group of their own
    book = DetailBook({"adolescents": ["teenagers", "pupils", "secondary school students"]})
    assert {d.group for d in book.find("pupils and secondary school students")} == {"adolescents"}


def test_every_author_is_a_co_author() -> None:
    """The senior author called "a co-author" is not misreported; a co-author called the
    senior author is."""
    assert role_conflicts(["co-author"], ["senior author"]) == []
    assert role_conflicts(["senior author"], ["co-author"]) == [("senior author", ["co-author"])]


def test_a_second_role_joined_by_and_the_studys_is_the_same_persons() -> None:
    """ "Dr Ames, a paediatrician and the study's lead author, ...": both roles are Ames's."""
    said = roles_by_person(
        "Dr Ames, a paediatrician and the study's lead author, ran the clinic.", ["Ames"]
    )
    assert said == {"ames": {"paediatrician", "first author"}}
    said = roles_by_person("Dr Ames, a paediatrician and a trial's critic, spoke.", ["Ames"])
    assert said == {"ames": {"paediatrician"}}
