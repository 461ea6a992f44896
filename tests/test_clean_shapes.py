"""Cleaning: more page furniture known by its shape and general wording, with near misses
(real sentences of an article that look alike) that must stay."""

from __future__ import annotations

import pytest

from claimdiff.clean.boilerplate import furniture_line, furniture_sentence
from claimdiff.model import Document
from claimdiff.pipeline.checker import prepare_document
from claimdiff.read.load import document_from_text


def _doc(text: str, name: str = "a.txt") -> Document:
    return prepare_document(document_from_text(text, name))


def _shown(doc: Document) -> str:
    return "\n".join(c.display for c in doc.claims)


def _assert_clean(doc: Document, gone: list[str], kept: list[str]) -> None:
    shown = _shown(doc).casefold()
    for text in gone:
        assert text.casefold() not in shown, f"still shown: {text!r}"
    for text in kept:
        assert text.casefold() in shown, f"lost: {text!r}"


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Related stories: Otters return to the Wear | Why eels are vanishing", "read more"),
        ("Read the study (DOI 10.1234/abcd.2025.77)", "read more"),
        ("ELECTION LIVE: Polls close across the north - latest", "other stories"),
        ("LIVE: Markets fall as rates rise", "other stories"),
        ("Discuss this article on the Anglers' message board", "comment form"),
        ("Company no. 01234567", "company registration"),
        ("Registered in Scotland No. SC123456", "company registration"),
        ("Fernside Goods Ltd, Unit 7, Canal Wharf Estate, Wigan.", "postal address"),
        ("Trail Runner GTX - was £129, now £89", "shop chrome"),
        ("Next webinar: Managing bracken on upland farms - 3 March, 14:00", "events listing"),
        ("Capital at risk.", "advertisement"),
        ("The value of investments can go down as well as up.", "advertisement"),
        ("Our Friday round-up of the week's energy news", "site tagline"),
        ("The weekly policy digest for GPs and practice managers", "site tagline"),
        ("We will not share your details with anyone.", "newsletter prompt"),
        ("This newsletter is free to forward.", "newsletter prompt"),
        ("Subscribe for gardening tips and member offers.", "newsletter prompt"),
        ("Custom dissertations from £9 a page!!!", "spam"),
        ("Go to www.bestgrades-now.biz for 40% off", "spam"),
        ("GET 10K REAL FOLLOWERS >>> fastfame-boost.example.org <<< TODAY", "spam"),
    ],
)
def test_furniture_by_general_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "The scheme costs £74 per pupil per year, mostly for training.",
        "A pint was £3.50 in 2015 and now costs £5.20, the survey found.",
        "The farm's capital at risk from flooding was put at £2m.",
        "The weekly digest for ministers was leaked to the press.",
        "Our weekly round-up found that 12 rivers had otters.",
        "The researchers will not share the participants' data.",
        "Students who bought essays online were more likely to fail, the study found.",
        "The team will discuss the study in a public lecture next week.",
        "The related studies were excluded from the analysis.",
        "Live cells were imaged every 10 minutes.",
        "The company employs 120 people at its unit in Wigan.",
        "Unit 4 of the plant was shut in 2019.",
        "Followers of the diet lost 4% of their weight.",
    ],
)
def test_near_misses_of_the_wording_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_sign_up_box_and_an_advert_with_its_risk_warning_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring, up "
        "from five a decade ago.\n\n"
        "Advertisement\n"
        "Brightpath Savings: grow your nest egg today. Capital at risk.\n\n"
        "The survey cost the council £74 per river, mostly for cameras and training.\n\n"
        "Sign up to Rivers Weekly\n"
        "Our weekly round-up of the wildlife news that matters to anglers.\n"
        "Enter your email address    Sign up\n"
        "We will not share your email with third parties. Privacy notice.\n"
    )
    _assert_clean(
        doc,
        gone=["Brightpath Savings", "Capital at risk", "Our weekly round-up", "third parties"],
        kept=["otters in 12 of the 20 rivers", "£74 per river"],
    )


def test_a_line_of_widgets_goes_when_each_part_is_furniture() -> None:
    assert furniture_line("Show 48 comments | Share this story") == "comment form"
    assert furniture_line("Read the paper (free) · Join the discussion") == "link to read more"
    # a part that says something keeps the line: a byline, a line of results
    assert furniture_line("By Ann Lee | Share this story") is None
    assert furniture_line("Otters: 12 rivers | Eels: 3 rivers | Share this story") is None
    assert furniture_line("Results | 12% fewer | 3 sites") is None


def test_comments_with_a_name_and_a_date_go_but_a_quote_with_a_date_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Dr Ann Lee - 3 Mar 2025: the date the first otter was filmed, the report says.\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n\n"
        "3 comments\n"
        "Sam K. - 4 Mar 2025: Great news, saw one last week!\n"
        "Rob - 5 Mar 2025, 09:14: It says 12 rivers, not all of them. Read it first.\n\n"
        "Riverside Books Ltd, Unit 2, Quay Works, Hexham.\n"
    )
    _assert_clean(
        doc,
        gone=["Great news, saw one", "Read it first", "Riverside Books Ltd"],
        kept=["otters in 12 of the 20 rivers", "the first otter was filmed", "repeated in 2027"],
    )


def test_a_bylines_categories_go_after_its_reading_time_but_the_byline_stays() -> None:
    doc = _doc(
        "Otters are back: what it means for your garden pond\n\n"
        "Posted 3 May 2025 by Ann Lee | 4 minute read | Filed under: Wildlife, Ponds\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Posted by Tom Vale | 5 May 2025 | 3 min read | Garden Wildlife, Summer Jobs\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "By Ann Lee | 6 May 2025 | Rivers, Otters\n"
    )
    _assert_clean(
        doc,
        gone=["4 minute read", "Filed under", "3 min read", "Summer Jobs"],
        kept=[
            "Posted 3 May 2025 by Ann Lee",
            "Posted by Tom Vale | 5 May 2025",
            "otters in 12 of the 20 rivers",
            "By Ann Lee | 6 May 2025 | Rivers, Otters",  # no reading time: no categories
        ],
    )


def test_a_newsletters_name_on_its_issue_line_goes_but_a_headline_there_stays() -> None:
    assert furniture_line("Fern Weekly - Growers' Briefing · Issue 9/2025 · 2 May 2025")
    headline = "Otters return to twelve rivers of the north · Issue 4 · 3 May 2024"
    assert furniture_line(headline) is None
    assert furniture_line("By Ann Lee · Issue 4 · 3 May 2024") is None


def test_questions_before_a_call_for_readers_stories_go_but_a_question_answered_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "Why have the otters come back? The survey's authors think cleaner water is one "
        "reason.\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Do you fish the Tyne? Have you seen an otter? Email news@rivers-gazette.example\n"
    )
    _assert_clean(
        doc,
        gone=["Do you fish the Tyne?", "Have you seen an otter?"],
        kept=["Why have the otters come back?", "otters in 12 of the 20 rivers"],
    )


def test_a_heading_in_capitals_over_an_advert_goes_but_a_headline_in_capitals_stays() -> None:
    doc = _doc(
        "OTTERS RETURN TO THE TYNE\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "~~~ SPRING WADER PICK ~~~\n"
        "RiverPro Chest Waders - was £129, now £89\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "★ SHOP THE STORY ★\n"
        "Otter Spotter Field Guide - 96 pages, ages 8-12\n"
        "£9.99    [Add to basket]\n\n"
        "The scheme costs £74 per river, the council said.\n\n"
        "WHY DID THEY COME BACK?\n"
        "Cleaner water is one reason, the survey's authors think.\n"
    )
    _assert_clean(
        doc,
        gone=["SPRING WADER PICK", "RiverPro", "SHOP THE STORY", "Otter Spotter Field Guide"],
        kept=[
            "OTTERS RETURN TO THE TYNE",
            "otters in 12 of the 20 rivers",
            "£74 per river",
            "WHY DID THEY COME BACK?",
            "Cleaner water is one reason",
        ],
    )
    assert furniture_line("♥ Otters are back ♥") is None


def test_a_signature_after_its_delimiter_goes_but_a_dash_in_prose_stays() -> None:
    assert furniture_line('-- Ann | "Rivers run deep"') == "signature"
    assert furniture_line("-- Tom, Hexham angling club") == "signature"
    assert furniture_line("--- ") is None
    assert furniture_line("-- and then, the survey found, otters came back to 12 rivers.") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Sign in   Subscribe from 49p", "paywall notice"),
        ("Register   Subscribe for just $1", "paywall notice"),
        ("Join the Moss & Fern club!", "newsletter prompt"),
        ("Join our Pots and Pans family for weekly recipes.", "newsletter prompt"),
        ("Order yours today for just £12.", "sales copy"),
        ("Grab one now from only $19!", "sales copy"),
        (
            "Picture: Volunteers plant willow along the river, which flooded twice last year."
            " (Fenland Gazette)",
            "photo caption",
        ),
        ("SHUTTERSTOCK: A nurse takes a blood sample in a clinic", "photo caption"),
        ("Write to letters@westvalegazette.example", "call for readers' stories"),
        ("Email editor@harbourtimes.example", "call for readers' stories"),
        ("VAT Reg GB 987 6543 21", "company registration"),
        ("VAT no.: DE123456789", "company registration"),
        ("Shipping & returns", "site links (footer)"),
        ("Food supplements should not be used as a substitute for a varied diet.", "disclaimer"),
        ("Do not exceed the recommended daily dose.", "disclaimer"),
        ("UNMISSABLE: Ten worst potholes in the county - see the full list", "read more"),
        ("Town's best-loved bakeries ranked ... see the pictures", "read more"),
    ],
)
def test_more_furniture_by_general_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers can subscribe from £4 a month, the publisher said.",
        "Subscriptions start at 99p a week for students, the firm said.",
        "The club's members join the Otter Trust each spring.",
        "Patients can order the test online for £29, the company said.",
        "The kits cost £12 each and were bought by 400 schools.",
        "Only one in four people ordered a second kit.",
        "The photo shows a vole in a tunnel under the snow.",
        "Photographs taken by the drones were checked by three volunteers.",
        "Getty Images said it would license the pictures to museums.",
        "She wrote to the editor of the journal to complain about the delay.",
        "The firm paid £3m in VAT last year, the report said.",
        "Returns on the fund fell by 4% in 2023.",
        "Shipping costs doubled during the pandemic.",
        "The dietitian said the pills are no substitute for a varied diet.",
        "Those who took more than the recommended daily dose had more side effects.",
        "The council published a list of the ten worst junctions in May.",
        "The most read paper of the year was on sleep.",
    ],
)
def test_near_misses_of_the_newer_wording_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_list_box_named_by_its_section_goes_with_its_items() -> None:
    doc = _doc(
        "Otters return to the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "MOST READ SPORT\n"
        "- Striker's shock exit after just three games\n"
        "- Fans queue overnight for cup final tickets\n\n"
        "Related products\n"
        "Riverside Binoculars 10x42 - £89.99\n"
        "Otter Spotter Field Guide - £9.99\n\n"
        "The rangers counted spraints at 200 bridges over 14 months.\n"
    )
    _assert_clean(
        doc,
        gone=["MOST READ SPORT", "Striker's shock exit", "Related products", "Binoculars"],
        kept=["otters in 12 of the 20 rivers", "spraints at 200 bridges"],
    )


def test_a_footer_line_of_an_address_and_links_goes() -> None:
    doc = _doc(
        "Otters return to the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months.\n\n"
        "Moss & Fern Ltd, Unit 9, Quayside Trading Park | Delivery & returns | Contact | Privacy\n"
        "(c) 2025 Moss & Fern\n"
    )
    _assert_clean(
        doc,
        gone=["Quayside Trading Park", "Delivery & returns"],
        kept=["otters in 12 of the 20 rivers", "spraints at 200 bridges"],
    )


def test_an_advert_label_and_its_pitch_on_one_line_go_but_article_text_after_a_label_stays() -> (
    None
):
    assert furniture_line("ADVERTISEMENT - Fen Motors: 0% finance on nearly-new vans.") == (
        "advertisement"
    )
    assert furniture_line("Sponsored: Book a free boiler check today") == "advertisement"
    doc = _doc(
        "Otters return to the Fens\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "ADVERTISEMENT - Fen Motors: 0% finance on nearly-new vans. Visit us on the A10.\n\n"
        "Advertisement - The rangers counted spraints at 200 bridges over 14 months.\n\n"
        "The scheme costs £74 per river, the council said.\n"
    )
    _assert_clean(
        doc,
        gone=["Fen Motors", "Visit us on the A10"],
        kept=["otters in 12 of the 20 rivers", "spraints at 200 bridges", "£74 per river"],
    )


def test_a_site_name_and_its_longer_motto_over_the_menu_go() -> None:
    doc = _doc(
        "Fenland Gazette\n\n"
        "Your local news for Ely, March and the villages of the Fens\n\n"
        "News | Sport | What's On | Property | Jobs\n\n"
        "Otters return to the Fens after 40 years\n\n"
        "The county survey found otters in 12 of the 20 rivers around Ely this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months.\n"
    )
    _assert_clean(
        doc,
        gone=["Fenland Gazette", "Your local news for Ely"],
        kept=["Otters return to the Fens", "otters in 12 of the 20 rivers"],
    )


def test_a_line_with_a_verb_or_a_headline_in_title_case_under_a_site_name_stays() -> None:
    for second in (
        "Rangers have found otters in a dozen rivers around Ely",
        "Otters Come Back To Twelve Rivers Around Ely",
    ):
        doc = _doc(
            f"Fenland Gazette\n\n{second}\n\n"
            "News | Sport | What's On | Property | Jobs\n\n"
            "The county survey found otters in 12 of the 20 rivers around Ely this spring.\n\n"
            "The rangers counted spraints at 200 bridges over 14 months.\n"
        )
        _assert_clean(doc, gone=[], kept=[second, "otters in 12 of the 20 rivers"])


def test_the_seller_on_its_product_and_a_question_before_it_go_with_the_sale() -> None:
    doc = _doc(
        "Otters return to the Fens\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring. "
        "Our survey team walked 300 miles of bank.\n\n"
        "Our Riverwatch Mini camera runs for a month on one battery. "
        "Use code OTTER10 for 10% off this week only!\n\n"
        "Not sure which lens you need? Our free Lens Finder quiz picks one in a minute. "
        "Order yours today for just £49.\n\n"
        "Want to see one? Use code SPRAINT5 for 5% off your first order.\n\n"
        "Our Fenland rangers counted spraints at 200 bridges over 14 months. "
        "The river trust paid for the work. Shop now at the trust's online store.\n"
    )
    _assert_clean(
        doc,
        gone=["Riverwatch Mini", "OTTER10", "Not sure which lens", "Lens Finder", "Order yours"],
        kept=[
            "otters in 12 of the 20 rivers",
            "Our survey team walked 300 miles",
            "Want to see one?",  # a question right before the sale may be the writer's own
            "Our Fenland rangers counted spraints",
            "The river trust paid for the work",
        ],
    )


def test_an_owner_beside_a_copyright_notice_and_advice_in_a_disclaimer_go_with_the_note() -> None:
    doc = _doc(
        "Otters return to the Fens\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring. "
        "Fenland University is part of the Eastern Universities Group.\n\n"
        "Always talk to your GP before taking a new supplement, the rangers' doctor said.\n\n"
        "This post is for information only and is not medical advice. "
        "Always ask your doctor before starting a new supplement.\n\n"
        "The Fenland Gazette is part of Marsh Media Group. © 2025. All rights reserved.\n"
    )
    _assert_clean(
        doc,
        gone=["for information only", "ask your doctor", "part of Marsh Media Group"],
        kept=[
            "otters in 12 of the 20 rivers",
            "part of the Eastern Universities Group",
            "Always talk to your GP before taking a new supplement",
        ],
    )


def test_a_section_name_under_the_menu_in_the_headers_own_words_goes() -> None:
    page = (
        "HARBOUR GOODS\n"
        "Shop | Candles | Soaps | Our Story | Journal | Cart (0)\n\n"
        "{title}\n\n"
        "Study Finds Seals Are Back In The Estuary\n\n"
        "Posted by the Harbour team · 3 May 2025\n\n"
        "A count of the estuary found 140 grey seals this spring, up from 60 in 2015. "
        "The survey team used drones over 14 months.\n\n"
        "Volunteers at Harbour Goods helped count the pups.\n"
    )
    doc = _doc(page.format(title="The Harbour Journal"))
    _assert_clean(
        doc,
        gone=["The Harbour Journal"],
        kept=["Study Finds Seals Are Back", "140 grey seals", "Volunteers at Harbour Goods"],
    )
    doc = _doc(page.format(title="Harbour Seals Return"))  # words of its own: a headline
    _assert_clean(doc, gone=[], kept=["Harbour Seals Return", "140 grey seals"])


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Privacy notice: newsletters may contain details of partners and ads.", "newsletter"),
        ("We thank you for your support.", "newsletter prompt"),
        ("Cancel anytime.", "paywall notice"),
        ("Try 6 weeks of Fen Gazette Plus for just £2.", "paywall notice"),
        ("We pay for your stories!", "readers' stories"),
        ("Follow our Telegram channel for the latest headlines", "social-media prompt"),
        ("WIN A CARAVAN IN OUR SPRING DRAW - TEXT VAN TO 61234 NOW", "advertisement"),
        ("Comments are subject to our house rules.", "comment form"),
        ("TIDE BALM – 15% OFF WITH CODE SEAGULL", "discount code"),
        ("ROSE SALVE · 50 ml tin · £14.99", "shop chrome"),
        ("30 tablets | $19.99 | Subscribe & save 10%", "shop chrome"),
        ("All prices include VAT.", "shop chrome"),
        ("Sent from my Galaxy tablet", "signature"),
        ("Subscribe to thread", "forum chrome"),
    ],
)
def test_page_notes_by_general_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents said the school newsletters may contain too much jargon.",
        "“We thank you for your support,” the lead author told the volunteers.",
        "Patients could cancel their appointments at any time without a reason.",
        "Each family got 3 months of tutoring for £40 in the pilot.",
        "The charity said it would pay for the volunteers' travel.",
        "Most of the pupils follow their teachers on social media, the survey found.",
        "Pupils were asked to text a code to the researchers after each lesson.",
        "Comments from 40 teachers were subject to a thematic analysis.",
        "Sales fell 15% after the code of practice came in.",
        "The scheme cost £14.99 per pupil, a third of the usual price.",
        "Prices rose 4% in a year, the survey found.",
        "Samples were sent from each clinic to the central laboratory.",
        "Researchers will follow the cohort for ten more years.",
        "Of 18 hedgehogs radio-tracked, 7 crossed a main road at least once.",
        "Of 40 cyclists, 12 rode on a busy street each day.",
    ],
)
def test_near_misses_of_the_page_note_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_comments_under_a_heading_with_its_widgets_on_its_line_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n\n"
        "Comments (12) | Share what you think\n\n"
        "RiverRat, Hexham, 2 hours ago\n"
        "Saw two by the weir last week. Brilliant news!\n"
        "Reply | 14 up | 2 down\n\n"
        "Moss K, Alnwick, 5 hours ago\n"
        "Who paid for this survey?\n"
        "Reply | 3 up | 9 down\n"
    )
    _assert_clean(
        doc,
        gone=["Saw two by the weir", "Brilliant news", "Who paid for this survey", "14 up"],
        kept=["otters in 12 of the 20 rivers", "repeated in 2027"],
    )


def test_comments_under_their_rules_go_but_a_sentence_on_comments_in_the_article_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Comments from 40 anglers were subject to a review by the rangers.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Do you have a story for the Fen Gazette? Call 01632 960000\n\n"
        "Comments are subject to our house rules.\n"
        "OtterSpotter: Told you they were back\n"
        "Dave1962: Not on my stretch of the river\n"
    )
    _assert_clean(
        doc,
        gone=["Told you they were back", "Not on my stretch", "a story for the Fen Gazette"],
        kept=["Comments from 40 anglers", "200 bridges"],
    )


def test_a_short_paragraph_with_a_labelled_picture_credit_goes_whole() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "Rangers check a camera trap under a bridge near Hexham. Photograph: Northumbria Otter "
        "Trust and the County Rangers\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months, and "
        "the photographs from the camera traps showed cubs at three of them.\n"
    )
    _assert_clean(
        doc,
        gone=["Rangers check a camera trap", "Northumbria Otter Trust"],
        kept=["otters in 12 of the 20 rivers", "the photographs from the camera traps"],
    )


def test_a_breadcrumb_ending_on_a_long_thread_title_goes_but_the_title_stays() -> None:
    doc = _doc(
        "Home › Boards › Wildlife news › "
        "Otter survey: 12 of 20 rivers now have otters (up from 5)\n\n"
        "Otter survey: 12 of 20 rivers now have otters (up from 5)\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n"
    )
    shown = _shown(doc)
    assert "Home ›" not in shown
    assert "Otter survey: 12 of 20 rivers now have otters (up from 5)" in shown


def test_a_quoted_line_of_an_earlier_post_goes_but_its_first_copy_and_the_reply_stay() -> None:
    doc = _doc(
        "Otter survey: 12 of 20 rivers\n\n"
        "riverwatcher\n"
        "Read the report. Otters are back on 12 rivers, so the cleaner water brought them back, "
        "no doubt about it.\n\n"
        "moss_man\n"
        "> so the cleaner water brought them back, no doubt about it\n\n"
        "The report says the survey cannot tell why. It only counted spraints.\n\n"
        "> It only counted spraints in the spring\n\n"
        "Fair point, it was a spring survey.\n"
    )
    shown = _shown(doc)
    assert shown.count("so the cleaner water brought them back") == 1
    assert "It only counted spraints in the spring" in shown  # not a copy: more words
    assert "The report says the survey cannot tell why." in shown


def test_a_sites_owner_and_independence_notes_go_but_like_sentences_of_the_article_stay() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Hexham, part of the Tynedale district, had the most sightings.\n\n"
        "The rangers are not affiliated with the angling clubs that paid for the cameras.\n\n"
        "Fen Forums is an independent community and is not affiliated with any angling club.\n\n"
        "Fen Gazette, part of the Marsh Media Group. © 2025 Marsh Media Group Ltd | Terms\n"
    )
    _assert_clean(
        doc,
        gone=["independent community", "part of the Marsh Media Group"],
        kept=["part of the Tynedale district", "are not affiliated with the angling clubs"],
    )


def test_a_product_card_goes_whole_but_a_heading_in_capitals_over_the_article_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "✨ RIVERBANK TRAIL CAMERA\n"
        "Each camera records 4K video at night and runs for six months on one battery.\n"
        '★★★★★ "Filmed an otter on night one!" – Jo, Verified Buyer\n'
        "Shop now and get 15% off with code OTTERS\n\n"
        "WHAT THE RANGERS FOUND\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n"
        "The cameras filmed cubs at three of them.\n\n"
        "Shop now and get 15% off with code OTTERS\n"
    )
    _assert_clean(
        doc,
        gone=["RIVERBANK TRAIL CAMERA", "Each camera records 4K video", "Filmed an otter"],
        kept=["200 bridges over 14 months", "filmed cubs at three of them"],
    )


def test_a_cookie_banners_other_sentences_and_buttons_go_with_it() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "We respect your privacy. We and our 312 partners store and access information on your "
        "device to show you tailored ads. Continue browsing or change your preferences. OK, got "
        "it\n\n"
        "Cookies keep this site running. This site uses cookies. Accept | Reject non-essential\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "We and our partners at the university tested the cameras on 40 riverbanks. Cookies left "
        "out as bait drew no otters. Got it wrong, said one ranger.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "312 partners",
            "Continue browsing",
            "OK, got it",
            "keep this site running",
            "Reject non-essential",
        ],
        kept=[
            "otters in 12 of the 20 rivers",
            "tested the cameras on 40 riverbanks",
            "Cookies left out as bait drew no otters",
            "Got it wrong, said one ranger",
        ],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Register today for full access.", "paywall notice"),
        ("Sign up free to unlock unlimited access to every story.", "paywall notice"),
        ("Sign in | Join (free for members)", "account links"),
        ("Log in | Create a free account", "account links"),
        ("This website is intended for UK healthcare professionals only.", "audience"),
        ("Please confirm that you are a healthcare professional to continue.", "audience"),
        ("CPD: completing this module counts towards 1 hour of learning.", "learning credit"),
        ("Earn 2 CPD points with our quiz.", "learning credit"),
    ],
)
def test_registration_walls_and_professional_notes_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients had to register for free access to the clinic's app.",
        "The guidance is intended for healthcare professionals, the agency said.",
        "Nurses said the training counts towards their annual appraisal.",
        "Sign in sheets showed 40 visitors a day.",
    ],
)
def test_near_misses_of_the_registration_and_professional_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Subscribe to our free evening briefing!", "newsletter prompt"),
        ("Get the Riverside Daily straight to your inbox.", "newsletter prompt"),
        ("Free newsletter: the best of ecology, every Tuesday.", "newsletter prompt"),
        ("The Wildlife Bulletin: five stories that matter, each morning at 6am.", "newsletter"),
        ("Want more local sport news?", "newsletter prompt"),
        ("Tap here.", "read more"),
    ],
)
def test_more_newsletter_prompts_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "The researchers get the data in their inbox every week.",
        "The council's bulletin said the bridge would shut every Friday.",
        "Patients want more local clinics, the survey found.",
        "Tap water was tested at 40 sites.",
    ],
)
def test_near_misses_of_the_newer_newsletter_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_an_advert_in_its_slot_or_after_a_bracketed_label_goes_but_article_text_stays() -> None:
    assert furniture_line("[Sponsored] Grow your farm: download our free buyer's guide.") == (
        "advertisement"
    )
    assert furniture_line("Promotional content from Example Seeds Ltd") == "advertisement"
    doc = _doc(
        "Otters return to the Fens\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "ADVERTISEMENT\n"
        "Tired of muddy boots? Fenland Wellies, two pairs for the price of one at Marsh Stores\n"
        "ADVERTISEMENT\n\n"
        "[Advertisement] The rangers counted spraints at 200 bridges over 14 months.\n\n"
        "ADVERTISEMENT\n\n"
        "The scheme costs £74 per river, the council said.\n\n"
        "ADVERTISEMENT\n\n"
        "Anglers were asked to report sightings.\n"
    )
    _assert_clean(
        doc,
        gone=["Fenland Wellies"],
        kept=[
            "otters in 12 of the 20 rivers",
            "spraints at 200 bridges",
            "£74 per river",
            "report sightings",
        ],
    )


@pytest.mark.parametrize(
    "line",
    [
        "Shop all | Candles | Soap & Bath Salts | Gifts | About us | Basket (0)",
        "Shop All   Lamps   Rugs & Throws   The Design Journal   Our Story",
        "News | Sport | What's On | Jobs | Weather 12°C Sunny",
        "Home · Science · Health · Weather: 14°C, cloudy",
    ],
)
def test_a_menu_with_longer_entries_or_a_widget_among_them_goes(line: str) -> None:
    assert furniture_line(line) in ("navigation menu", "navigation"), line


@pytest.mark.parametrize(
    "line",
    [
        "Sleep better | Fewer alarms | More trust in the pump",
        "Health | Wellbeing | Fewer hospital stays than ever before",
        "Otters: 12 rivers | Eels: 3 rivers | Pike: 8 rivers",
        "News | Sport | Councillors voted 12 to 3 to close the bridge",
    ],
)
def test_lines_of_findings_split_by_bars_are_no_menu(line: str) -> None:
    assert furniture_line(line) is None, line


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("FREE EU DELIVERY ON ORDERS OVER €30 | Rated 4.9/5 by 3,000+ gardeners", "shop chrome"),
        ("🚚 Free shipping on orders over $50 · Cart (0)", "shop chrome"),
        ("▶ WATCH: Rangers release an otter cub on the Tyne (2:10)", "other stories"),
        ("Search...   Account   Basket (2)", "navigation menu"),
    ],
)
def test_shop_banners_and_lines_led_by_a_picture_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or ""), line


@pytest.mark.parametrize(
    "line",
    [
        "Free delivery on orders over £20 raised online sales by 12%, the study found.",
        "Free delivery of the kits was offered to all participants.",
        "🐢 Turtles that swam offshore grew faster.",
    ],
)
def test_near_misses_of_the_banner_rules_stay(line: str) -> None:
    assert furniture_line(line) is None, line


def test_a_row_of_towns_beside_the_menu_and_a_section_label_over_the_headline_go() -> None:
    doc = _doc(
        "Wharfedale Courier | Est. 1901\n"
        "Ilkley | Otley | Skipton | Grassington\n"
        "News | Sport | What's On | Jobs | Contact\n\n"
        "ENVIRONMENT · RIVERS\n\n"
        "Otters return to the Wharfe\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring, up "
        "from five a decade ago.\n\n"
        "Rangers in Ilkley, Otley and Skipton counted spraints at 200 bridges.\n"
    )
    _assert_clean(
        doc,
        gone=["Wharfedale Courier", "Grassington", "ENVIRONMENT · RIVERS"],
        kept=[
            "Otters return to the Wharfe",
            "otters in 12 of the 20 rivers",
            "Ilkley, Otley and Skipton",
        ],
    )


def test_a_menus_entry_over_the_headline_goes_but_a_headline_in_a_labels_shape_stays() -> None:
    doc = _doc(
        "Hardware | Software | Cryogenics | Funding | Jobs | Contact\n\n"
        "Cryogenics\n\n"
        "Fridge maker doubles output\n\n"
        "A Dutch maker of dilution refrigerators said it would double its output this year "
        "after orders from 14 laboratories.\n"
    )
    _assert_clean(
        doc, gone=["Cryogenics\n"], kept=["Fridge maker doubles output", "14 laboratories"]
    )
    doc = _doc(
        "Otters | Eels | Pike\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring, up "
        "from five a decade ago.\n\n"
        "Eels were found in three rivers.\n"
    )
    _assert_clean(doc, gone=[], kept=["Otters | Eels | Pike", "three rivers"])


def test_comments_under_a_heading_with_its_sort_order_or_its_system_go() -> None:
    article = (
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months, the council said.\n\n"
        "The survey cost £74 per river, mostly for the cameras and for training the rangers.\n\n"
    )
    for comments in (
        "COMMENTS (57)   Newest | Oldest | Most liked\n\n"
        "Rover_66, Hexham, 3 hours ago\nSaw two by the bridge last week. Lovely.\n",
        "Comments (Facebook)\nAnn Hall · Corbridge\nSaw two by the bridge last week. Lovely.\n"
        "Like · Reply · 2h\n",
        "Comments (4)\n\nRiver_Watcher\nSaw two by the bridge last week. Lovely.\n\n"
        "TynesideTom\n@River_Watcher where exactly?\n",
        "3 comments\nAnn H - 4 May 2025\nSaw two by the bridge last week. Lovely.\n",
    ):
        doc = _doc(article + comments)
        _assert_clean(doc, gone=["Saw two by the bridge"], kept=["£74 per river"])


def test_a_discussion_heading_over_the_articles_own_text_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months, the council said.\n\n"
        "The survey cost £74 per river, mostly for the cameras and for training the rangers.\n\n"
        "Discussion\n\n"
        "COVID19\n"
        "Fieldwork stopped for two months in 2020.\n\n"
        "The rangers said keeping comments respectful at public meetings was hard.\n"
    )
    _assert_clean(
        doc, gone=[], kept=["Fieldwork stopped for two months", "keeping comments respectful"]
    )


def test_a_blurb_labelled_with_the_writers_first_name_and_its_further_sentences_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "Posted by Ann Hall, founder | 3 May 2025\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "About Ann: Ann started the shop in 2019 after a summer as a river warden. She lives in "
        "Hexham with two spaniels.\n\n"
        "Tom Reed covers rivers for the Tyne Courier. He previously worked as a ranger.\n\n"
        "About Tom: the ranger who counted the most spraints. He has walked every bridge.\n"
    )
    _assert_clean(
        doc,
        gone=["started the shop in 2019", "two spaniels", "covers rivers", "previously worked"],
        kept=["otters in 12 of the 20 rivers", "the ranger who counted the most spraints"],
    )


def test_a_product_in_a_box_drawn_with_rules_goes_but_a_box_of_key_facts_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "+------------------------------------------+\n"
        " SHOP THE POST: Riverbank Trail Camera, £89.99\n"
        " Weatherproof, 4K, six months on one battery. [Add to basket]\n"
        "+------------------------------------------+\n\n"
        "┌──────────────────────────────┐\n"
        "  KEY FACTS\n"
        "  Otters were found in 12 of 20 rivers.\n"
        "└──────────────────────────────┘\n\n"
        "The rangers counted spraints at 200 bridges.\n"
    )
    _assert_clean(
        doc,
        gone=["Riverbank Trail Camera", "six months on one battery"],
        kept=["Otters were found in 12 of 20 rivers", "200 bridges"],
    )


def test_a_notes_small_print_goes_with_it_but_like_sentences_elsewhere_stay() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "If you follow us on Instagram, you know we love otters. The county survey found "
        "otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Summer sale: use code OTTER10 for 10% off all trail cameras. Ends Sunday.\n\n"
        "Cheap replica watches best price www.fake-watch.example. Top grade copies 80% off!!\n\n"
        "This post is for information only and is not medical advice. If you have a rash, "
        "please see your practice nurse.\n\n"
        "The rangers' survey ends Friday. If you have questions, contact the rangers' team. "
        "Cameras were 10% off in the council's bulk order.\n"
    )
    _assert_clean(
        doc,
        gone=["Ends Sunday", "Top grade copies", "see your practice nurse"],
        kept=[
            "you know we love otters",
            "otters in 12 of the 20 rivers",
            "The rangers' survey ends Friday",
            "contact the rangers' team",
            "10% off in the",
        ],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (
            "[Figure: Map of 40 holts on the Tyne. Credit: Hall et al., River Ecology (2025)]",
            "image description",
        ),
        ("Released at dawn: one of the cubs goes back to the river (Tyne Trust/Handout)", "photo"),
        ("8°C Hexham ☁ Flood alert until 9 PM", "site chrome"),
        ("Download the Tyne Courier app for breaking news alerts.", "button"),
        (
            "Jobs board: River Ranger, Kielder Water (part time, 12 months, 30 hours a week) - "
            "apply by 6 May",
            "shop chrome",
        ),
    ],
)
def test_figures_handouts_weather_apps_and_long_job_adverts_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "line",
    [
        "Otters were seen at 8°C, the coldest night of the survey.",
        "The map (Figure 2) shows 40 holts.",
        "Anglers can download the app to report sightings, the rangers said.",
        "The handout (a leaflet) was given to 300 anglers.",
    ],
)
def test_near_misses_of_the_figure_weather_and_app_rules_stay(line: str) -> None:
    assert furniture_sentence(line) is None, line


def test_a_reference_line_of_its_own_a_dateline_and_the_sites_other_posts_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "HEXHAM, Northumb. (Tyne Press) - The county survey found otters in 12 of the 20 "
        "rivers it checked this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months.\n"
        "Source: Hall AB et al. River Ecology 2025. Funded by the Tyne Trust.\n\n"
        "Reference: Hall AB, et al. Otter recovery in the Tyne. River Ecology 2025. "
        "doi:10.1234/re.2025.01\n\n"
        "From the River Journal\n"
        "› Seven signs of otters on your stretch\n"
        "› Are mink coming back?\n"
    )
    _assert_clean(
        doc,
        gone=[
            "HEXHAM",
            "Tyne Press",
            "Otter recovery in the Tyne",
            "River Journal",
            "Are mink coming back",
        ],
        kept=["The county survey found otters in 12", "Source: Hall AB et al", "Tyne Trust"],
    )


def test_a_long_carousel_of_other_products_goes() -> None:
    line = "Customers also bought: Trail camera (£89) | Otter guide (£12) | Binoculars (£59) | Hat"
    assert furniture_line(line) == "shop chrome"
    assert furniture_line("Customers also bought") == "shop chrome"
    assert furniture_sentence("Customers also bought more cameras after the survey.") is None
    assert furniture_sentence("The customers surveyed also bought more bird feeders.") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("We respect your privacy", "cookie notice"),
        ("We would like to use cookies to improve your visit.", "cookie notice"),
        ("You have one complimentary story remaining.", "paywall notice"),
        ("Upgrade to Plus for unlimited access.", "paywall notice"),
        ("Gold members get the full data tables with every report.", "paywall notice"),
        ("This story is available to subscribers only.", "paywall notice"),
        ("Start your free 30-day trial", "paywall notice"),
        ("Reprints & permissions", "page tools"),
        ("WEATHER ALERT: Fog on the coast road until noon", "other stories"),
        ("WEBINAR - 9 May: Getting your farm ready for audit.", "event promotion"),
        ("Sponsored webinar · Planning a greener depot.", "event promotion"),
        ("No part of this newsletter may be reproduced without permission.", "copyright"),
        ("Copying or forwarding without written permission is prohibited.", "copyright"),
        ("All contents of this site are © 2024 Example Media Ltd", "copyright"),
        ("Get the Herald's Gardening newsletter every Monday", "newsletter prompt"),
        ("Subscribe to the Riverside Morning briefing", "newsletter prompt"),
        ("Recipes, walks and subscriber-only offers.", "newsletter prompt"),
        ("Join 9,500 birdwatchers.", "newsletter prompt"),
        ("Shop walking socks from £6.50 →", "sales copy"),
        ("This guide contains affiliate links.", "disclaimer"),
        ("This post includes links to products sold by our shop.", "disclaimer"),
        ("Proudly serving Northtown and the Dales since 1902", "site tagline"),
    ],
)
def test_banners_meters_and_promotions_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity said it respects your privacy as a patient and will not sell data.",
        "You have two options, the surgeon told her: wait or operate.",
        "Patients were asked to start a 14-day trial of the cream in May.",
        "Members get a vote at the annual meeting, the union said.",
        "Traffic fell by 12% on the ring road after the bus pass was launched.",
        "The event was held in Leeds on 9 May, and 300 farmers came.",
        "The conference heard that 40% of depots run on diesel.",
        "Republishing patient records without permission is illegal, the authors note.",
        "The council's newsletter reached 80% of homes, the survey found.",
        "Get the vaccine before December, the health board urged parents.",
        "Nearly 9,500 birdwatchers joined the count last winter.",
        "Shop prices rose from £2 to £3 over the year.",
        "This article contains links to the full study and its data.",
        "The clinic has been serving patients since 1990.",
        "Reprints of the 1962 paper were sent to every school.",
    ],
)
def test_near_misses_of_the_banner_meter_and_promotion_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_a_consent_banner_a_metered_wall_and_a_related_box_go_with_their_buttons() -> None:
    doc = _doc(
        "Example Evening Star\n\n"
        "We respect your privacy\n"
        "We and our partners store and access information on your device to show ads. "
        "Press 'Agree' to consent, or you can accept all or choose which purposes you allow.\n"
        "AGREE    MORE OPTIONS\n\n"
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "You have 1 free article left this month. Upgrade to Star Plus for unlimited "
        "access.\n\n"
        "Members get a vote on where the next survey goes, the trust said.\n\n"
        "Related on Example Evening Star\n"
        "Mink numbers fall for a third year\n"
        "Why the eels of the Wear are vanishing\n\n"
        "No part of this site may be reproduced without permission.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "respect your privacy",
            "to consent",
            "choose which purposes",
            "more options",
            "1 free article",
            "unlimited access",
            "Related on",
            "Mink numbers fall",
            "No part of this site",
        ],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "Members get a vote"],
    )


def test_a_shop_the_post_list_and_a_labelled_event_go_but_the_article_stays() -> None:
    doc = _doc(
        "Walking back to health\n\n"
        "Older walkers who took the bus to the hills walked 20 minutes more a week, the "
        "study found.\n\n"
        "The event that started it all was held in Leeds in 2019, when 300 walkers came.\n\n"
        "Shop the post\n"
        "- Trail sock, £6.50\n"
        "- Folding stick, £21.99\n"
        "- Rain cape, £34.00\n\n"
        "EVENT | Walking for Health Day, 3 June 2026. Tickets on sale now\n"
    )
    _assert_clean(
        doc,
        gone=["Shop the post", "Trail sock", "Folding stick", "Walking for Health Day"],
        kept=["20 minutes more a week", "The event that started it all"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("ACCEPT ALL    MANAGE OPTIONS", "consent or panel buttons"),
        ("I Agree   More options", "consent or panel buttons"),
        ("Options | Accept all", "consent or panel buttons"),
        ("SUBSCRIBER DATA: Our tracker maps 900 new products by claim.", "site promotion"),
        ("MEMBERS ONLY | Download the full survey tables.", "site promotion"),
        ("Partners' corner: Example News Plus members get every chart as a file.", "paywall"),
        ("We use your sign-up to send you the emails you asked for.", "newsletter prompt"),
        ("Content is chosen in ways you have consented to.", "newsletter prompt"),
        ("Free click & collect on orders over £15", "shop chrome"),
        ("Find your nearest store", "shop chrome"),
    ],
)
def test_consent_rows_paid_tiers_and_shop_chrome_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "I agree, said the surgeon, but the options are few.",
        "PRO TIP: walk the route once before race day.",
        "Plus members of the public were invited to comment.",
        "We use your data to study sleep, the app's makers told users.",
        "Click and collect sales rose by a third in 2024.",
        "Patients can find a pharmacy near them on the NHS website.",
    ],
)
def test_near_misses_of_consent_tier_and_shop_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_a_box_of_paid_teasers_under_an_advert_label_goes_but_prose_after_one_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "SPONSORED\n"
        "Vets baffled by the 5-second trick that calms any dog\n"
        "Walkers are swapping pricey boots for this £9 supermarket pair\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Advertisement\n"
        "Bridges were checked twice a month by the same two rangers.\n\n"
        "SPONSORED\n"
        "Rust-proof footbridges, built in a week. Talk to our design team today.\n"
    )
    _assert_clean(
        doc,
        gone=["5-second trick", "£9 supermarket pair", "Rust-proof footbridges"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "checked twice a month"],
    )


def test_comments_under_a_heading_with_a_picture_and_dated_names_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Ruth Hall · 3 May 2025 was the day the first cub was filmed, the rangers said.\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n\n"
        "💬 2 comments\n\n"
        "Pat O. · 4 May 2025\n"
        "Lovely news, we saw one by the weir.\n\n"
        "Sam · May 5, 2025 at 9:14 pm\n"
        "About time too!\n"
    )
    _assert_clean(
        doc,
        gone=["2 comments", "we saw one by the weir", "About time too"],
        kept=["otters in 12 of the 20 rivers", "first cub was filmed", "repeated in 2027"],
    )


def test_a_further_reading_line_of_its_own_goes_but_one_inside_a_paragraph_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints at 200 bridges over 14 months.\n"
        "Further reading: Hall AB et al. River Ecology 2025, and the council's own report.\n\n"
        "Further reading: Hall-Green C et al. (2025) River Ecol, doi:10.1234/re.2025.02\n"
    )
    _assert_clean(
        doc,
        gone=["doi:10.1234/re.2025.02"],
        kept=["otters in 12 of the 20 rivers", "the council's own report"],
    )


def test_a_menu_of_long_links_and_a_pictures_markup_over_its_caption_go() -> None:
    links = " | ".join(
        f"[{name}](https://news.example/sections/{name.lower().replace(' ', '-')}/index-page)"
        for name in ("Rivers", "Wildlife", "Farming", "Events", "Sign in")
    )
    doc = _doc(
        f"{links} | [Subscribe to River Pro](https://news.example/subscribe/pro-offer)\n\n"
        "# Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "![An otter on a weir at dusk](https://news.example/img/otter-weir-dusk.jpg)\n"
        "*An otter on the weir at Hexham. Photo courtesy of the Tyne Trust.*\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Wildlife", "River Pro", "otter on a weir at dusk", "otter-weir-dusk"],
        kept=["otters in 12 of the 20 rivers", "200 bridges"],
    )
    assert furniture_line("Subscribe to River Pro") is not None
    assert furniture_sentence("Subscribe to River Pro, the rangers urged anglers.") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Accept all   Decline all   Privacy settings", "consent or panel buttons"),
        ("AGREE    MANAGE CONSENT    REJECT OPTIONAL", "consent or panel buttons"),
        ("Video duration 03:12   Autoplay off", "media control"),
        ("You're reading 2 of 4 free articles this month.", "paywall"),
        ("Sign in · Subscribe — 2 free stories left this month", "paywall"),
        ("CPD question: What would you change in your own practice?", "learning credit"),
        ("Log this module to your CPD portfolio (20 minutes).", "learning credit"),
        ("Disclosure: some links on this page go to our own shop.", "disclaimer"),
        ("We may earn from qualifying purchases.", "disclaimer"),
        ("This post contains links to our own range.", "disclaimer"),
        ("Drivers born before 1970 are claiming this little-known rebate", "spam"),
        ("Retirees in your town are switching to this £2 heating trick", "spam"),
        ("This £4 kitchen tool is flying off the shelves", "spam"),
        ("The one knee cream pharmacists won't tell you about", "spam"),
        ('Nurse: "I beg you, stop drinking this fizzy drink"', "spam"),
        ("The raincoats every dog owner is buying this autumn", "spam"),
        ("You won't believe what these 90s pop stars look like now", "spam"),
        ("The week's best garden stories, in your inbox every Sunday.", "newsletter prompt"),
        ("The Ward Round Bulletin - policy and practice every weekday morning.", "newsletter"),
        ("Your work email | Subscribe", "newsletter prompt"),
        ("Basket (2)", "shop chrome"),
        ("Sleep well (and often)!", "sign-off"),
        ("Since 1902.", "site tagline"),
        ("Agency copy | 3 May 2025, 09:10", "page furniture label"),
        ("Portside 12°C, sunny spells | Tides: HW 06:15, 18:40", "site chrome"),
        ("💬 12 comments   🔗 Share   𝕏   ✉", "comment form"),
    ],
)
def test_banners_teasers_meters_and_widget_rows_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "People over 65 are claiming more benefits than ever, the figures show.",
        "The supplement has been flying off the shelves since the study came out.",
        "Doctors won't tell you the risk is zero, she said.",
        "Since 2019, the clinic has treated 400 patients.",
        "Phishing emails, now more convincing than ever, still end up in your inbox.",
        "Readers had read 3 of 5 free articles on average, the survey found.",
        "Accept all the evidence, the reviewers urged.",
        "Disclosure of the data was delayed by a year.",
        "Every horse owner is buying hay early this year, the farmers' union said.",
        "Sweet dreams are made of this, the song goes.",
        "Her agency report was published in May.",
        "Tides: the team measured them every hour for a year.",
        "We may earn more from the new tariff, the farmers said.",
        "The nurses logged the article's advice in a diary.",
    ],
)
def test_near_misses_of_the_banner_teaser_and_meter_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_teasers_after_a_spam_line_and_a_shops_advert_under_labels_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "SPONSORED\n"
        "Vets baffled by this one weird trick that calms any dog\n"
        "Ten garden gadgets you never knew you needed\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "ADVERTISEMENT\n"
        "Millbrook Sofas - summer clearance now on! Up to 30% off corner sofas. "
        "Visit us on Station Road.\n\n"
        "Bridges were checked twice a month by the same two rangers.\n\n"
        "Advertisement\n"
        "The survey cut the cost of counts by 20% across all sites.\n"
    )
    _assert_clean(
        doc,
        gone=["garden gadgets", "Millbrook Sofas", "corner sofas", "Station Road"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "twice a month", "by 20% across"],
    )


def test_a_shops_labelled_menu_tags_in_code_and_a_most_read_box_go() -> None:
    doc = _doc(
        "Shop: Candles  Throws  Table Linen  Gift Cards  Sale\n\n"
        "# Otters back on the Tyne\n\n"
        "`Rivers` `Otter surveys` `Citizen science`\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Shop: the rangers bought waders and torches with the grant.\n\n"
        "### Most read this week\n\n"
        "1. [Mink numbers fall again](https://news.example/mink)\n"
        "2. [Why eels are vanishing](https://news.example/eels)\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Table Linen", "Otter surveys", "Most read", "Mink numbers", "eels are vanishing"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "waders and torches"],
    )


def test_comments_under_a_heading_with_its_anchor_and_references_with_many_authors_go() -> None:
    doc = _doc(
        "# Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n\n"
        "Reference: Hall A, Green-Lowe B, Okafor C, et al. Otters of the north. "
        "River Ecol 2025. doi:10.1234/re.2025.7\n\n"
        "Paper: Hall A et al. River Ecology 2025;3(2):e10. doi:10.1234/re.2025.8\n\n"
        "### 2 comments {#comments}\n\n"
        "**Pat O.** · 4 May 2025\n\n"
        "Lovely news, we saw one by the weir.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Green-Lowe", "River Ecology 2025", "2 comments", "we saw one by the weir"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "repeated in 2027"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("RECOMMENDED (Sponsored links by Example Ads)", "advertisement"),
        ("You might like (promoted)", "advertisement"),
        ("Premium subscribers: download every chart as a spreadsheet.", "paywall"),
        ("Get garden recipes, walk guides and members-only offers.", "newsletter prompt"),
        ("Sponsored - Growers' Expo, Riverside Hall, 3 June. Tickets on the door.", "advert"),
    ],
)
def test_paid_link_boxes_tiers_and_event_adverts_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Recommended for you, the doctor said, is a walk after every meal.",
        "Paid members were more likely to renew, the union found.",
        "The gym's members-only offers drew 200 people, the study found.",
        "The show opened on 3 June and ran for a week.",
    ],
)
def test_near_misses_of_the_paid_box_tier_and_event_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_a_menu_of_links_with_its_sign_in_the_sites_name_and_motto_and_widgets_go() -> None:
    doc = _doc(
        "[Riverwatch](https://rw.example/) | News for river keepers\n\n"
        "* [Policy](https://rw.example/sections/policy)\n"
        "* [Projects](https://rw.example/sections/projects)\n"
        "* [Funding](https://rw.example/sections/funding)\n"
        "* [Log in](https://rw.example/login) | [Subscribe](https://rw.example/subscribe)\n\n"
        "# Otters back on the Tyne\n\n"
        "💬 12 comments   🔗 Share   f   ✉\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers listed what they need:\n\n"
        "* Waders\n"
        "* Torches\n"
        "* Maps\n"
        "* Cameras\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Riverwatch", "river keepers", "Policy", "Funding", "12 comments"],
        kept=["otters in 12 of the 20 rivers", "Waders", "Cameras", "200 bridges"],
    )
    town = _doc(
        "Northtown Echo\n\n"
        "Your town. Your paper. Since 1902.\n\n"
        "Subscribe from £1 a week | Sign in\n\n"
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n"
    )
    _assert_clean(
        town,
        gone=["Northtown Echo", "Your paper", "Since 1902"],
        kept=["Otters back on the Tyne", "otters in 12 of the 20 rivers", "200 bridges"],
    )


def test_a_box_of_the_papers_details_goes_but_a_paragraph_citing_a_doi_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The full paper is open to all.\n"
        "Hall and her team put every count online, doi:10.1234/re.2025.9 has the data.\n"
        "Anyone can check the figures there.\n\n"
        "Source: Journal of River Ecology\n"
        "Published online 3 May 2025\n"
        "DOI: 10.1234/re.2025.7\n"
        '"Otter recovery in twenty northern rivers: a four-year survey"\n'
        "Authors: A. Hall, B. Green-Lowe, C. Okafor\n"
    )
    _assert_clean(
        doc,
        gone=["Journal of River Ecology", "10.1234/re.2025.7", "four-year survey", "Okafor"],
        kept=["otters in 12 of the 20 rivers", "put every count online", "check the figures"],
    )


def test_a_webinar_under_its_heading_and_advice_after_a_disclaimer_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "If a dog is bitten by an otter, speak to your vet, the rangers advise.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Please note: this post is for general information only. If your pet is unwell, "
        "speak to your vet.\n\n"
        "UPCOMING WEBINAR\n"
        "Counting otters on small rivers, a guide for volunteers | 4 June 2025, 18:00 | "
        "Register now\n"
    )
    _assert_clean(
        doc,
        gone=["general information", "If your pet is unwell", "Counting otters on small"],
        kept=["otters in 12 of the 20 rivers", "bitten by an otter", "200 bridges"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Book your dog's booster jab →", "call to action"),
        ("Find your nearest branch ›", "call to action"),
        ("Our resident vet Dr Pip answers your pet questions every Friday.", "site promotion"),
        ("Got a gardening question?", "site promotion"),
        ("Our gummies contain 200 mg of ginger root per serving.", "sales copy"),
        ("Mia writes about slow living for the Fernhouse blog.", "author bio"),
    ],
)
def test_buttons_columns_sellers_and_blog_writers_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Book your jab early, the pharmacists urged.",
        "Get the data → the team says it is open.",
        "The resident doctors answered questions from the inquiry for two days.",
        "Do you have a question about the trial, the nurse asked each patient.",
        "Our capsules contained either the extract or a placebo, the researchers wrote.",
        "Mia writes about the results for the Journal of Gut Health.",
    ],
)
def test_near_misses_of_the_button_column_seller_and_writer_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_newsletters_in_brief_box_and_its_teasers_that_point_inside_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "IN BRIEF\n"
        "- Mink survey: results due in June\n"
        "- Eel passes: grants open until Friday\n\n"
        "RIVER LEVELS: The Wear is 20cm above normal for May. Full table inside.\n\n"
        "NOTE: The rangers will count again in 2027. The council has set aside £4,000.\n\n"
        "Read the survey: doi.org/10.1234/re.2025.7\n\n"
        "Privacy | Terms\n"
    )
    _assert_clean(
        doc,
        gone=["IN BRIEF", "Mink survey", "Eel passes", "20cm above normal", "Full table"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "count again in 2027", "£4,000"],
    )
    # the paper's address after the article stays: the claims' source, not the page's foot
    assert "doi.org/10.1234/re.2025.7" in _shown(doc)


def test_a_papers_box_with_its_authors_and_title_and_a_newsletters_name_and_motto_go() -> None:
    doc = _doc(
        "RIVERMAIL | The weekly briefing for river keepers\n\n"
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n"
        '"We were amazed at how fast they came back," said one ranger.\n'
        "Authors of the survey say the count will be repeated.\n\n"
        "Published online 3 May 2025\n"
        '"Otter recovery in twenty northern rivers: a four-year survey"\n'
        "Authors: A Hall, B Green-Lowe, C Okafor\n"
    )
    _assert_clean(
        doc,
        gone=["RIVERMAIL", "river keepers", "four-year survey", "Okafor"],
        kept=["otters in 12 of the 20 rivers", "how fast they came back", "will be repeated"],
    )
    assert furniture_sentence("Leeds | The weekly digest for GPs was leaked to the press.") is None


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Share: Facebook | Email | Copy link      Save to reading list", "share buttons"),
        ("Save for later", "share buttons"),
        ("ACCEPT ALL    REJECT ALL    VIEW VENDORS", "consent or panel buttons"),
        ("Subscribe to Gazette+ for just £2 a month", "paywall notice"),
        ("Sign in or register for full access.", "paywall notice"),
        ("Your account: 1 of 5 free stories this month left.", "paywall notice"),
        ("Members-only content.", "paywall notice"),
        ("Cookies on the Harbour Herald", "cookie notice"),
        ("Friday, 2 May 2025 | Now: Sunny spells, 18°C", "date line"),
        ("Tonight: Clear skies, 4°C", "site chrome"),
        ("Sections: Farming | Markets | Machinery | Jobs", "navigation"),
        ("Grab our free Spring Planner when you sign up.", "newsletter prompt"),
        ("The week in rivers, every Friday morning. Sign up", "newsletter prompt"),
        ("Get the Morning Tide: three stories before 8am. [Your email] [Subscribe]", "newsletter"),
        ("Newsdesk: news@example.org | Adverts: sales@example.org", "contact details"),
        ("The Field Wire is an independent news service for farm vets.", "about the publisher"),
        ("Was this story useful?   Yes   No", "page feedback"),
        ("MORE FROM THE GAZETTE: Ferry fares to rise in spring", "other stories"),
        ("[Figure 3 from the study: otter counts by river, 2019-2024]", "alt text"),
        ("A heron on the weir (photo: Ann Lee, used with permission).", "photo credit"),
        ("[PICTURED: A heron on the weir (stock image) - Example Pictures]", "photo caption"),
        ("Shop the post: Bird Table, £24.99 | Seed Feeder, £18.50", "sales copy"),
        ("Shop the look: Our Heron Flask keeps tea hot for 12 hours.", "sales copy"),
        ("Shop the Aqua 3 filter - now £99 (was £129).", "sales copy"),
        ("Check today's price", "sales copy"),
        ("Ask about our summer snorkel club!", "sales copy"),
    ],
)
def test_page_furniture_of_news_sites_and_shops_by_its_shape(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Volunteers saved their diaries for later analysis, the team said.",
        "Residents can subscribe to the council's text alerts for free.",
        "Two of three free clinics in the county closed last year.",
        "Cookies on the kitchen table were left untouched by the children.",
        "Today the temperature hit 31°C in the city, the forecasters said.",
        "Patients who join get a free check-up when they register with a GP.",
        "The trial ended early. Half the patients had already signed up.",
        "Contact tracing began once the first case was reported in May.",
        "The agency is an independent body that advises ministers on farming.",
        "Was this the reason the otters came back, the rangers asked.",
        "Also on Tuesday: the council voted to fund the survey.",
        "Figure 3 of the paper shows otter counts by river.",
        "The filter costs £99 and removed most of the lead in the tests.",
        '"Ask about our results," the lead author told reporters.',
        "Our survey found otters in 12 of 20 rivers.",
    ],
)
def test_near_misses_of_the_news_site_and_shop_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_newsroom_contact_after_its_call_for_stories_goes_but_not_after_a_question() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Got a story for us? Email us at desk@example.org or call 0100 000 0000.\n\n"
        "Have you seen an otter this year? Email us at rivers@example.org\n"
    )
    _assert_clean(
        doc,
        gone=["Got a story for us", "desk@example.org"],
        kept=["otters in 12 of the 20 rivers", "Have you seen an otter", "rivers@example.org"],
    )


def test_a_cookie_banners_other_sentences_go_with_it() -> None:
    doc = _doc(
        "Cookies on the Harbour Herald\n"
        "We use cookies to run this site. Some are essential to make the site work. "
        "You can withdraw consent at any time. You can change your choice in Settings. "
        'Click "OK" to accept or "Options" to choose.\n\n'
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Volunteers could withdraw consent at any time, the rangers said. "
        "They had to click a box to consent to the survey.\n"
    )
    _assert_clean(
        doc,
        gone=["Harbour Herald", "essential to make", "You can withdraw", "change your choice"]
        + ["to choose"],
        kept=["otters in 12 of the 20 rivers", "Volunteers could withdraw consent"]
        + ["click a box to consent"],
    )


def test_a_pick_over_a_price_button_goes_with_it_but_a_writers_pick_alone_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "> 🔭 **Sam's pick:** The Kestrel 8x42 binoculars are what I take to the river. "
        "[Check today's price →](/go/kestrel)\n\n"
        "Sam's pick: the bridge at Wylam, where the rangers saw three cubs.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Kestrel 8x42", "today's price"],
        kept=["otters in 12 of the 20 rivers", "the bridge at Wylam", "200 bridges"],
    )


def test_a_reference_with_all_its_authors_and_an_issue_line_with_dashes_go() -> None:
    doc = _doc(
        "FIELD WIRE | Farm Vet News\n"
        "The daily wire for farm vets and their teams\n\n"
        "Home   Cattle   Sheep   Pigs   Jobs   Events   Subscribe\n\n"
        "Field Wire Daily - Issue 1,204 - Friday 2 May 2025\n\n"
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Reference: Hall A, Green-Lowe B, Okafor C (2025) Journal of River Ecology 4(2): 1-9.\n\n"
        "Hall and Okafor, two of the authors, said the count would be repeated.\n"
    )
    _assert_clean(
        doc,
        gone=["The daily wire", "Issue 1,204", "Journal of River Ecology"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "count would be repeated"],
    )


def test_a_site_name_with_its_motto_after_an_arrow_goes_but_a_headline_stays() -> None:
    doc = _doc(
        "FIELD WIRE ▸ farm vet news\n"
        "Herd health, welfare and practice news for the farm vet\n\n"
        "Sections: Cattle | Sheep | Pigs | Jobs\n\n"
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n"
    )
    _assert_clean(
        doc,
        gone=["FIELD WIRE", "Herd health, welfare", "Sections"],
        kept=["Otters back on the Tyne", "otters in 12 of the 20 rivers", "200 bridges"],
    )


def test_a_pull_quote_goes_but_the_sentence_it_copies_and_a_quote_of_its_own_stay() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        '"THE RIVERS ARE CLEANER THAN THEY HAVE BEEN FOR DECADES"\n\n'
        '"The rivers are cleaner than they have been for decades," the lead ranger said.\n\n'
        '"We counted every bridge twice."\n\n'
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n"
    )
    _assert_clean(
        doc,
        gone=[],
        kept=["the lead ranger said", "We counted every bridge twice", "200 bridges"],
    )
    assert "THE RIVERS ARE CLEANER" not in _shown(doc)


def test_a_blurb_goes_when_the_byline_names_its_writer_in_bold() -> None:
    doc = _doc(
        "# Otters back on the Tyne\n\n"
        "Posted by **Ann Lee**, Rivers Editor · 2 May 2025\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "*Ann Lee is our Rivers Editor and a keen canoeist.*\n",
        "a.md",
    )
    _assert_clean(
        doc, gone=["keen canoeist"], kept=["otters in 12 of the 20 rivers", "200 bridges"]
    )


@pytest.mark.parametrize(
    ("line", "keep"),
    [
        ("Medically reviewed by Dr Ann Lee, MRCP", False),
        ("Reviewed by Dr Lee, the paper was accepted in May.", True),
        ("Reviewed by independent experts, the findings held up.", True),
    ],
)
def test_a_medical_reviewers_line_goes_but_a_sentence_about_review_stays(
    line: str, keep: bool
) -> None:
    assert (furniture_sentence(line) is None) is keep, line


def test_a_tip_over_a_shop_link_goes_with_it_but_a_tip_alone_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "> **💡 Riverkit tip:** Take a pair of waders on your walk. "
        "[Shop waders from £39 →](/shop/waders)\n\n"
        "Ranger tip: walk the banks at dawn, when otters are most active.\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["pair of waders", "Shop waders"],
        kept=["otters in 12 of the 20 rivers", "walk the banks at dawn", "200 bridges"],
    )


def test_teasers_under_a_labelled_read_more_link_go_but_the_article_after_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "RIVER WILDLIFE: READ MORE\n"
        "Beavers spotted on the Tees? The truth behind the video\n"
        "'I gave up my job to count eels' - ranger reveals river life\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Why you should read more about rivers\n\n"
        "Volunteers will count again in 2027.\n"
    )
    _assert_clean(
        doc,
        gone=["RIVER WILDLIFE", "Beavers spotted", "count eels"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "count again in 2027"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Your privacy matters to us", "cookie notice"),
        ("Your privacy, your choice.", "cookie notice"),
        ("Accept | Customise", "consent or panel buttons"),
        ("Subscribe from 12 florins a month | Log in", "paywall notice"),
        ("Subscribe: your first month free", "paywall notice"),
        ("You have 1 of 4 free stories remaining this week.", "paywall notice"),
        ("Hillport 11°C Bright spells later", "site chrome"),
        ("Updated 10:15am", "date line"),
        ("Published: 16:40 GMT", "date line"),
        ("Rated 4.7 out of 5 by 3,100 customers", "shop chrome"),
        ("Follow the Hillport Echo on Google News - click here", "social-media prompt"),
        ("Read our full affiliate policy here.", "disclaimer note"),
        ("This guide contains links to products from our own store.", "disclaimer note"),
        ("Reading this module and the quiz counts as 1.5 hours of CPD.", "learning credit"),
        ("Log your hours in your CPD portfolio.", "learning credit"),
        ("Download the case study", "call to action"),
        ("🌿 Join the Fern Friends Club", "newsletter prompt"),
        ("QUICK POLL: Do you walk to work?", "reader poll"),
        ("( ) Every day  ( ) Sometimes  ( ) Never", "reader poll"),
        ("VOTE", "reader poll"),
        ("[f] Share [x] Post [w] Send 56 comments", "share buttons"),
        ("f  𝕏  in  ✉  💬 12", "share buttons"),
    ],
)
def test_banners_paywalls_polls_and_icons_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Your privacy matters, the regulator told the firms.",
        "Members paid 12 florins a month on average, the survey found.",
        "Readers were asked to subscribe for a year before the trial began.",
        "Hillport saw 11°C during the coldest nights of the study.",
        "Updated 10:15am figures showed the river had risen again.",
        "Customers rated the new clinic 4.7 out of 5 in the survey.",
        "Nurses follow the guidance on Google's health pages, the report said.",
        "The trial's paper contains links to data from the national register.",
        "Reading this paper took the panel two days, she said.",
        "The nurses log their hours on paper, the audit found.",
        "The team will download the case notes from 40 clinics.",
        "Join the club, the coach told the new runners.",
        "The poll found that most people walk to work.",
        "Voters in the poll were split on the new bus lanes.",
    ],
)
def test_near_misses_of_the_banner_paywall_poll_and_icon_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_shops_name_and_a_motto_run_into_its_sign_in_links_go_but_the_article_stays() -> None:
    doc = _doc(
        "HILLPORT HARDWARE CO.\n"
        "Good tools, fairly priced\n"
        "Shop  Tools  Garden  Paint  About Us  Search  Basket\n\n"
        "We use cookies to run this shop. Your privacy, your choice. You may accept or manage "
        "your choices below. Some are essential; others help us see how the shop is used.\n\n"
        "The trade weekly for builders' merchants and their suppliers in the north\n"
        "Subscriber login | Register | Newsletters | Advertise\n\n"
        "Lime mortar outlasts cement on old walls, survey of 300 repairs finds\n\n"
        "A survey of 300 wall repairs found that lime mortar lasted longer than cement on "
        "buildings put up before 1900, the county's heritage team said on Monday.\n\n"
        "The team checked each repair after ten years and found cracks in 41 of the cement ones.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "HILLPORT HARDWARE CO.",
            "Good tools, fairly priced",
            "Your privacy, your choice",
            "manage your choices",
            "others help us",
            "Subscriber login",
        ],
        kept=["Lime mortar outlasts cement", "found cracks in 41 of the cement ones"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Free story: you have 1 of 5 free articles remaining this month.", "paywall notice"),
        ("Download it here", "call to action"),
        ("Grab the free printable here →", "call to action"),
    ],
)
def test_a_labelled_meter_and_a_freebies_link_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Get it here for free, the charity told patients.",
        "Readers have 1 of 5 chances to win, the paper said.",
    ],
)
def test_near_misses_of_the_meter_and_freebie_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_section_in_capitals_over_the_headline_and_a_newsrooms_address_go() -> None:
    doc = _doc(
        "Home | News | Sport | Science | Money\n\n"
        "SCIENCE\n\n"
        "Otters back on the Tyne after 40 years\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Science teams counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Got a story? Email desk@example.org or call 0100 946 0188.\n\n"
        "The rangers asked walkers to email sightings@example.org with photos.\n"
    )
    _assert_clean(
        doc,
        gone=["SCIENCE\n", "Got a story", "desk@example.org"],
        kept=["Otters back on the Tyne", "Science teams counted", "sightings@example.org"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("SPONSORED CONTENT FROM OUR PARTNERS", "advertisement"),
        ("Promoted stories from around the web", "advertisement"),
        ("TRAINING PARTNER CONTENT - SPONSORED", "advertisement"),
        ("--- End advertisement ---", "advertisement"),
        ("Logged in as: guest | Free articles remaining this month: 1 of 4", "account links"),
        ("Register for free to read unlimited articles", "paywall"),
        ("Subscribe from ABC 120 a month | Log in | Register", "navigation"),
        ("SIGN IN | Register | Post+ try 2 months FREE", "navigation"),
        ("Essential cookies keep this site working.", "cookie notice"),
        ("We and our 318 partners use them to show you tailored ads.", "cookie notice"),
        ("Do you have a story to share?", "readers' stories"),
        ("You must be a subscriber to comment.", "comment form"),
        ("By posting your comment you agree to our community rules.", "comment form"),
        (
            "SPLASH: The new pill could help millions (stock image) | Credit: Example Pictures",
            "photo",
        ),
        ("Pictured: our Linen Cushion in Sage, £25.", "photo caption"),
        ("Table: Main outcomes by group. Source: Roe et al., 2025.", "table or chart caption"),
        ("Chart 2: Admissions by month", "table or chart caption"),
        ("Ada Moss is the Example Post's science correspondent.", "author bio"),
    ],
)
def test_labels_meters_banners_and_captions_by_their_wording(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Sponsored content from drug makers was found in a third of the videos.",
        "The partners in the trial shared their data with the regulator.",
        "Readers of the free articles were less likely to subscribe, the study found.",
        "We and our partners at the university collected the samples by hand.",
        "Cookies baked with the new flour kept for a week longer.",
        "The tables in the canteen were cleared at noon, the head said.",
        "Ada Moss is the trust's chief nurse and led the pilot.",
        "The group compared 40 policies across the region's schools.",
        "Pictures of the site were shared with the council in May.",
    ],
)
def test_near_misses_of_the_label_meter_banner_and_caption_rules_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_an_advert_under_its_partners_label_and_comments_run_on_under_their_heading_go() -> None:
    doc = _doc(
        "Water test finds rare crayfish\n\n"
        "A simple water test found crayfish in 14 rivers where traps had found none.\n\n"
        "SPONSORED CONTENT FROM OUR PARTNERS\n"
        "Home insurance sorted: compare 30+ policies in minutes with QuoteFinder\n\n"
        "The test costs less than half as much as trapping, the team said.\n\n"
        "Trapping is still needed to count how many animals live there, the researchers added.\n\n"
        "Comments 41\n"
        "Share what you think\n"
        "RiverFan88, Leeds, 2 hours ago\n"
        "Saw one of these in the canal last week. Huge claws.\n"
        "By posting your comment you agree to our house rules.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "SPONSORED CONTENT",
            "compare 30+ policies",
            "Comments 41",
            "Huge claws",
            "RiverFan88",
        ],
        kept=["A simple water test", "less than half as much", "Trapping is still needed"],
    )


def test_a_job_advert_under_its_label_goes_but_a_sentence_on_jobs_stays() -> None:
    doc = _doc(
        "Schools that lock away phones see better grades\n\n"
        "Pupils in schools with phone pouches did better in maths, the study found.\n\n"
        "ADVERTISEMENT\n"
        "Head of Science - Example Academy Trust - Closing 3 October. View job >\n\n"
        "Heads said the pouches took up staff time at the end of each day.\n\n"
        "The trust will advertise for two more support staff to run the scheme.\n"
    )
    _assert_clean(
        doc,
        gone=["Head of Science", "ADVERTISEMENT"],
        kept=["Pupils in schools", "took up staff time", "advertise for two more support staff"],
    )


def test_a_site_name_with_its_motto_over_a_paywall_line_goes_but_a_headline_stays() -> None:
    doc = _doc(
        "Example Evening Post | Serving the valley since 1902\n"
        "Subscribe from £1 | Sign in\n\n"
        "Cooling vests help cyclists ride faster in the heat\n\n"
        "Riders wearing the vests finished a 20km time trial a minute faster in a hot room.\n"
    )
    _assert_clean(
        doc,
        gone=["Serving the valley", "Subscribe from"],
        kept=["Cooling vests help cyclists", "Riders wearing the vests"],
    )
    doc = _doc(
        "Cooling vests help cyclists ride faster in the heat\n"
        "Subscribe from £1 | Sign in\n\n"
        "A small trial in a hot room\n\n"
        "Riders wearing the vests finished a 20km time trial a minute faster in a hot room.\n"
    )
    _assert_clean(doc, gone=["Subscribe from"], kept=["Cooling vests help cyclists"])


def test_a_reading_time_after_a_date_and_a_desk_goes_but_the_date_stays() -> None:
    doc = _doc(
        "Otters are back in the northern rivers\n\n"
        "Example Wire staff | 3 May 2025 | 5 min read\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Jane Roe, PhD · 4 May 2025 · 6 min read · 3 comments\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Survey notes | 4 May 2025 | 5 min read was the median visit, the rangers said\n"
    )
    _assert_clean(
        doc,
        gone=["5 min read\n", "6 min read", "3 comments"],
        kept=[
            "Example Wire staff | 3 May 2025",
            "Jane Roe, PhD · 4 May 2025",
            "otters in 12 of the 20 rivers",
            "5 min read was the median visit",  # a sentence, not a bar
        ],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Get Example Daily - the morning briefing for fruit growers.",
        "Receive Otter Notes: the weekly digest for river wardens.",
        "Example Wire subscribers can download the full survey data table (XLSX) from our hub.",
        "Members can access the complete dataset in the Data Room.",
        "Buy 6 bulbs for £9.99",
        "Order a sample pack from £4.50 →",
    ],
)
def test_newsletter_subscriber_and_buy_prompts_go(sentence: str) -> None:
    assert furniture_sentence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Get Moving - the council's walking scheme - was praised in the study.",
        "The growers' briefing was held in May, and the team presented the trial there.",
        "Subscribers can access the full report through their library, the authors said.",
        "Patients who are members can access the full data through their doctor.",
        "Buying 6 bulbs for £9.99 saved growers money, the survey found.",
        "Buy cheaper plants from £2 shops, the adviser told the growers.",
    ],
)
def test_sentences_on_newsletters_subscribers_and_prices_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None


def test_a_link_to_the_home_page_in_the_head_goes_but_a_linked_headline_stays() -> None:
    doc = _doc(
        "[Example Garden Supplies](https://www.example.com/)\n\n"
        "[Robots pick strawberries gently](https://www.example.com/news/robots)\n\n"
        "A robot picked 90 percent of the ripe fruit in a glasshouse trial, the team said.\n\n"
        "The robot was slower than people, the report found overall in the trial.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Example Garden Supplies"],
        kept=["Robots pick strawberries gently", "A robot picked 90 percent"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Figure 2: Nest boxes on the north wall. Source: Doe et al. 2025, CC BY 4.0", "caption"),
        ("Fig. 3: Otter tracks by month", "caption"),
        ("Subscribers' area: Log in | Register", "account links"),
        ("Log in | Get three months for £3", "account links"),
        ("Call us free: 0800 123 4567  |  Mon-Fri 9am-5pm", "contact details"),
        ("Ring us on 0161 496 0000", "contact details"),
        ("Get a free quote →", "call to action"),
        ("Book your free survey", "call to action"),
        (
            "Otter Summit 2026 · Harrogate Show Centre, 3-4 May · Early-bird places end → Book",
            "events listing",
        ),
    ],
)
def test_captions_phone_lines_quotes_and_event_banners_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or ""), line


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Shop garden kneelers →", "sales copy"),
        ("FEATURED PRODUCT: The Hedgehog House, 40 cm, untreated pine", "sales copy"),
        ("Prices correct at time of writing.", "sales copy"),
        ("Offers while stocks last.", "sales copy"),
        ("Editorial content is independent of sponsors.", "disclaimer"),
        ("CPD: Read this article and answer three questions to earn an hour.", "learning"),
        ("Take the quiz", "learning"),
        (
            "About the Wire: The River Wire is an independent news service for water engineers.",
            "about the publisher",
        ),
        ("Tell us about your garden: desk@example.org", "readers' stories"),
        ("The Example Post and its partners use cookies to show you adverts.", "cookie"),
        ("Cookies help us give you a better experience.", "cookie"),
        ("Essential cookies are always on.", "cookie"),
    ],
)
def test_shop_links_small_print_course_credit_and_banners_go(sentence: str, why: str) -> None:
    assert why in (furniture_sentence(sentence) or ""), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Figures from the council show that 12 rivers had otters.",
        "Figure skaters trained for 12 weeks before the test.",
        "Call 999 if someone collapses in the heat.",
        "The helpline, open Mon-Fri, took 4,000 calls in its first month.",
        "Get a free quote before any work starts, the adviser said.",
        "Early-bird places at the 3 May summit went quickly - book sooner, organisers said.",
        "Shoppers browse the market stalls in the rain.",
        "The featured product of the trial was a cheaper varnish, the team said.",
        "Prices at the time of the survey were 20% higher.",
        "The paper's editorial team is independent of the funders, the journal said.",
        "Pupils who took the quiz scored 12% higher.",
        "About the charity: Otter Aid is an independent charity that counts otters.",
        "Tell us what you ate, the researchers asked the parents at desk@example.org.",
        "Cookies help us understand how children choose snacks, the dietitian said.",
    ],
)
def test_sentences_on_figures_calls_prices_quizzes_and_cookies_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_consent_banner_under_its_heading_line_goes_with_all_its_sentences() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "We care about your privacy\n"
        "The Example Post and its partners use cookies to show you adverts.\n"
        'Click "Accept" to consent or "Options" to choose.\n'
        "You can withdraw consent at any time.\n"
        "ACCEPT   OPTIONS\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Rangers who gave consent to be filmed counted spraints at 200 bridges.\n"
    )
    _assert_clean(
        doc,
        gone=["show you adverts", "to consent or", "withdraw consent"],
        kept=["otters in 12 of the 20 rivers", "Rangers who gave consent to be filmed"],
    )


def test_a_jobs_board_goes_with_its_entries_on_lines_run_together() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "JOBS BOARD\n"
        "River warden (otters), 12-month fixed term – Apply by 4 May\n"
        "Survey assistant, north region – Apply by 11 May\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n"
    )
    _assert_clean(
        doc,
        gone=["River warden (otters)", "Survey assistant, north region"],
        kept=["otters in 12 of the 20 rivers", "repeated in 2027"],
    )


def test_adverts_that_ask_the_reader_to_check_or_download_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "SPONSORED\n"
        "Anglers in your area are getting new waders for £0. Check if you qualify >>\n\n"
        "The rangers counted spraints and footprints at 200 bridges over 14 months.\n\n"
        "Advertisement\n"
        "Built to last: Example Nets, 10-year guarantee. Download the spec sheet\n\n"
        "The survey will be repeated in 2027, when the council has the money for it.\n"
    )
    _assert_clean(
        doc,
        gone=["getting new waders", "Check if you qualify", "Built to last"],
        kept=["otters in 12 of the 20 rivers", "200 bridges", "repeated in 2027"],
    )


def test_a_shops_aside_and_a_disclaimers_advice_go_but_the_articles_advice_stays() -> None:
    doc = _doc(
        "Otters are back: what it means for your garden pond\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "> **Did you know?** Our Hedgehog Haven feeder holds 2 kg of seed. "
        "[Shop feeders →](/feeders)\n\n"
        "Parents should always speak to their dentist about fluoride, the authors said.\n\n"
        "*This post is not medical advice. Always speak to your dentist about your teeth.*\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Hedgehog Haven feeder", "Shop feeders", "your dentist about your teeth"],
        kept=["otters in 12 of the 20 rivers", "speak to their dentist about fluoride"],
    )


def test_questions_before_a_call_for_readers_homes_go() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Do you live by the river? Tell us about your home: desk@example.org\n\n"
        "Do you live near water? The survey asked 400 residents, and most did.\n"
    )
    _assert_clean(
        doc,
        gone=["Do you live by the river?", "Tell us about your home"],
        kept=["otters in 12 of the 20 rivers", "Do you live near water?", "asked 400 residents"],
    )


def test_teasers_under_a_pitched_advert_go_but_the_article_after_a_blank_line_stays() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Sponsored stories\n"
        "Anglers born before 1970 are claiming back thousands - check if you qualify\n"
        "The new wader that anglers are calling a game changer\n\n"
        "The rangers counted spraints at 200 bridges over 14 months\n"
    )
    _assert_clean(
        doc,
        gone=["claiming back thousands", "calling a game changer"],
        kept=["otters in 12 of the 20 rivers", "spraints at 200 bridges"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        (
            "PRICES 09:00  Feed barley £150/t (+1.00)  |  Rapeseed €410/t (-3.50)  |  Urea £390/t",
            "market prices",
        ),
        ("Trusted news and analysis for the water industry", "tagline"),
        ("Independent news for ward nurses and their teams", "tagline"),
        ("Log in | Register – free for qualified teachers and support staff", "account"),
    ],
)
def test_price_tickers_news_mottos_and_sign_ins_with_their_offer_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Feed barley fetched £150/t in May, rapeseed €410/t and urea £390/t, the survey found.",
        "Independent news for ward nurses was hard to find, the union said.",
        "News for growers was mixed this year.",
    ],
)
def test_sentences_on_prices_and_news_for_readers_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_menu_row_split_by_wide_gaps_and_a_section_label_from_it_go() -> None:
    doc = _doc(
        "Example Garden Supplies\n"
        "Search products...   My account   Basket (0)\n"
        "Bird Tables   Feeders   Seeds & Suet   Nest Boxes   The Potting Shed\n\n"
        "Feeders\n\n"
        "Garden birds took 40% more seed from covered feeders, a survey finds\n\n"
        "The county survey counted birds at 200 gardens over two winters, the team said.\n"
    )
    _assert_clean(
        doc,
        gone=["Nest Boxes", "Feeders\n"],
        kept=["took 40% more seed", "counted birds at 200 gardens"],
    )


def test_a_menu_that_opens_on_the_shops_name_with_its_co_goes() -> None:
    doc = _doc(
        "[Example Seed Co.](https://seeds.example/) | [Shop](https://seeds.example/shop) | "
        "[Bird Food](https://seeds.example/food) | [Feeders](https://seeds.example/feeders) | "
        "[Basket (0)](https://seeds.example/basket)\n\n"
        "# Garden birds took 40% more seed from covered feeders\n\n"
        "The county survey counted birds at 200 gardens over two winters, the team said.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Example Seed Co.", "Basket (0)"],
        kept=["took 40% more seed", "counted birds at 200 gardens"],
    )


def test_the_writers_blurb_by_first_name_at_the_end_goes_but_a_namesake_in_the_story_stays() -> (
    None
):
    doc = _doc(
        "Garden birds took 40% more seed from covered feeders\n\n"
        "Posted by Jane Roe on 3 May 2025\n\n"
        "The county survey counted birds at 200 gardens over two winters, the team said.\n\n"
        "Jane is a retired teacher who took part in the survey, and she counted 40 robins.\n\n"
        "Covered feeders kept the seed dry, so birds came back more often, the team found.\n\n"
        "Jane is a mum of two and runs our shop's garden blog.\n\n"
        "Share this post\n"
    )
    _assert_clean(
        doc,
        gone=["runs our shop's garden blog"],
        kept=["counted birds at 200 gardens", "she counted 40 robins", "kept the seed dry"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Members' briefing - You are reading 1 of 3 free articles this month.", "paywall"),
        ("Rivers / Otters & Eels / 3 May 2025", "navigation"),
    ],
)
def test_a_labelled_article_count_and_a_dated_section_path_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers - you are reading more about otters than ever, the survey found.",
        "Otters / eels / pike were counted on 3 May 2025.",
    ],
)
def test_a_sentence_to_readers_and_a_list_with_a_date_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_the_rest_of_a_box_of_clickbait_teasers_goes() -> None:
    doc = _doc(
        "Otters back on the Tyne\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Doctors baffled: this 10-second trick melts belly fat overnight\n"
        "Homeowners in your area are switching to this cheaper boiler\n"
        "The 7 garden gadgets every gardener is talking about\n\n"
        "The 7 rivers with the most otters are all in the north, the survey found.\n"
    )
    _assert_clean(
        doc,
        gone=["this 10-second trick", "cheaper boiler", "every gardener is talking about"],
        kept=["otters in 12 of the 20 rivers", "The 7 rivers with the most otters"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Quiz: Find Your Perfect Tent", "call to action"),
        ("About the Wire: independent B2B news for the angling trade since 2009.", "tagline"),
        ("Northtown's No.1 for news that matters to YOU", "tagline"),
    ],
)
def test_a_shops_quiz_link_and_news_mottos_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Quiz: pupils who sat the test scored 12% higher.",
        "No.1 for news, the poll found, was the local radio station.",
    ],
)
def test_a_quiz_in_the_story_and_a_poll_on_news_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("INDEX 7,204.5 ▲0.31%   USD/EUR 0.9121 ▼0.08%   Gold $2,310 ▲1.2%", "ticker"),
        ("PRICES  Lambs 688p/kg ▼4 | Barley £151/t ▲2 | Hay £95/t ▲1", "ticker"),
        ("Page  Discussion  Read  Edit  View history", "page tools"),
        ("This article is about the 1998 survey. For the river, see Wenning.", "page note"),
        ("For other uses, see Heronsgate (disambiguation).", "page note"),
    ],
)
def test_a_ticker_with_arrows_and_a_wikis_tabs_and_note_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares rose 4% to 120p ▲ after the results, the exchange said.",
        "For the full data, see the appendix.",
        "This article is about otters and the rivers they returned to.",
        "The history of the town is one of floods.",
    ],
)
def test_a_price_with_an_arrow_and_a_pointer_in_the_text_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_wikis_reference_list_under_its_heading_goes_but_the_notes_stay() -> None:
    doc = _doc(
        "Otters back on the Wenning\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Notes[edit]\n\n"
        "[1] The survey counted spraints, not animals, so 12 rivers is a lower bound.\n\n"
        "References[edit]\n\n"
        "1. Doe J. et al. Otter spraint surveys, 2010-2020. J Mustelid Ecol 2021;4:11-19.\n"
        "2. Roe A., Poe B. Counting otters from the bank. River Biol 2019;7:201-9.\n"
    )
    _assert_clean(
        doc,
        gone=["Otter spraint surveys", "Counting otters from the bank"],
        kept=["otters in 12 of the 20 rivers", "12 rivers is a lower bound"],
    )


def test_a_wikis_title_over_its_tabs_stays_and_the_tabs_and_note_go() -> None:
    doc = _doc(
        "Jump to content\n"
        "Main menu\n"
        "Search Examplepedia [          ] Search\n"
        "Create account  Log in\n"
        "Wenning river otter census\n"
        "Page  Discussion  Read  Edit  View history\n"
        "From Examplepedia, the free encyclopedia\n"
        "This article is about the 2021 survey. For the river, see Wenning.\n"
        "The census was a 2021 count of otter signs along the river Wenning. "
        "It found spraints at 40 of 52 sites.[1][2]\n"
    )
    _assert_clean(
        doc,
        gone=["View history", "For the river, see Wenning"],
        kept=["Wenning river otter census", "spraints at 40 of 52 sites"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("A version of this article appears in the May 2025 issue of Example Review.", "note"),
        ("This article was translated from the German by our editors.", "note"),
        ("This article was amended on 3 May 2024.", "correction"),
        ("An earlier version said the census found 12 otters.", "correction"),
        ("This episode is brought to you by Example Sleep.", "sponsor read"),
    ],
)
def test_notes_on_the_articles_versions_and_a_read_advert_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "The earlier version of the drug caused nausea in 1 in 10 patients.",
        "A previous version of this test missed 1 in 5 cancers.",
        "The map was corrected in 2019 after complaints from farmers.",
        "The questionnaire was translated from English into Welsh for the survey.",
    ],
)
def test_versions_and_translations_in_the_story_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


def test_a_corrections_and_an_advert_reads_other_sentences_go_with_them() -> None:
    doc = _doc(
        "Otters back on the Wenning\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "This episode is brought to you by Example Sleep. Struggling to switch off at night? "
        "Example Sleep plays river sounds to help you drift off. Try it free for 30 days.\n\n"
        "The team counted 40 otters along the river this year.\n\n"
        "Correction, 4 June: A previous version of this article said the survey covered 30 "
        "rivers. It covered 20.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "Struggling to switch off",
            "plays river sounds",
            "free for 30 days",
            "It covered 20",
        ],
        kept=["otters in 12 of the 20 rivers", "counted 40 otters"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Read full story at Northtown Gazette ›", "read more"),
        ("See all 6 sources", "read more"),
        ("Why am I seeing this story?", "page feedback"),
        ("Jump to Recipe   Print Recipe", "page tools"),
    ],
)
def test_a_news_apps_links_and_a_recipe_blogs_buttons_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "See all 4 results of the trial in the table below.",
        "Read the full report, the minister told the committee.",
        "Why am I seeing more otters? Because the rivers are cleaner.",
        "The recipe was printed in 1890 and rediscovered by the team.",
    ],
)
def test_pointers_and_recipes_in_the_story_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_trending_box_and_an_episodes_links_go_with_their_entries() -> None:
    doc = _doc(
        "Otters back on the Wenning\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "Trending on Example Portal\n"
        "1. Council approves new bridge over the river\n"
        "2. Heavy rain expected across the county on Friday\n\n"
        "Links mentioned in this episode\n"
        "The Wenning Otter Trust\n"
        "Episode 12: Why eels vanish\n\n"
        "Popular on campus, the talks drew 300 students, the organisers said.\n"
    )
    _assert_clean(
        doc,
        gone=["approves new bridge", "Heavy rain expected", "Otter Trust", "Why eels vanish"],
        kept=["otters in 12 of the 20 rivers", "the talks drew 300 students"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Help us fund more research like this.", "support appeal"),
        ("£20 could pay for an hour of lab time.", "support appeal"),
        ("Support The Pond Hour on Example from $4 a month.", "support appeal"),
        ("Full transcripts are available to our members.", "support appeal"),
        ("Fen Otter Trust is a registered charity in England and Wales (1123456).", "registration"),
        ("Follow North Vale Evening News on Facebook and X.", "social"),
        ("Send your story ideas to desk@news.example.org.", "stories"),
        ("That's it for this week.", "sign-off"),
        ("Hit reply and tell me which rivers to visit next.", "sign-off"),
        ("A warm welcome to the 230 of you who joined this week.", "sign-off"),
    ],
)
def test_appeals_a_charitys_number_and_a_newsletters_greeting_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "£25 could pay for a week of food, the charity said.",
        "Help us understand why otters left, the researchers asked anglers.",
        "The full interviews are available to researchers on request.",
        "The registered charity has 1,200 members in the valley.",
        "Send your stories to the council by Friday, residents were told.",
        "That is it for the trial, which ends in May.",
        "Welcome to the 21st century of river science, the professor joked.",
    ],
)
def test_money_charities_and_greetings_in_the_story_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Shop our favourite pond pumps - quiet mode, from £24.99 ›", "sales copy"),
        ("Save $80 on the Example Fitband 2 - lowest price yet", "sales copy"),
        ("Book a FREE taster session with one of our trainers.", "sales copy"),
        ("New here?", "sales copy"),
        ("NEWS PROVIDED BY", "press-release"),
        ("SOURCE Example Institute of Hydrology", "press-release"),
        ("Independent journalism since 1902", "site tagline"),
    ],
)
def test_a_shops_pitch_a_release_wires_labels_and_a_founding_motto_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Save $120 on the average bill by switching, the regulator says.",
        "Shopping our way out of the crisis is not an option, she said.",
        "The study saved £300 on the cost of each operation.",
        "Hottest summer since 1976",
        "Local news since 1990 has shrunk by half, the report found.",
        "New here, the trial recruited 300 patients in a month.",
    ],
)
def test_savings_and_years_in_the_story_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_how_a_site_reviews_its_articles_and_a_wires_other_releases_go() -> None:
    doc = _doc(
        "Otters back on the Wenning\n\n"
        "The county survey found otters in 12 of the 20 rivers it checked this spring.\n\n"
        "How we reviewed this article:\n\n"
        "Our experts monitor the research, and we update our articles when it changes.\n\n"
        "Also from this source\n"
        "Example researchers show otters prefer cleaner rivers\n\n"
        "We reviewed the counts again in June and found 14 rivers with otters.\n"
    )
    _assert_clean(
        doc,
        gone=["How we reviewed", "we update our articles", "otters prefer cleaner rivers"],
        kept=["otters in 12 of the 20 rivers", "found 14 rivers with otters"],
    )


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe for free to get new essays and back the project.",
        "The Fern Ledger is a reader-supported publication.",
        "Moss & Lichen Weekly is reader-supported.",
        "If you liked this one, consider becoming a paid subscriber.",
        "To get future issues, consider becoming a free or paid subscriber.",
    ],
)
def test_a_newsletter_platforms_sign_off_goes(line: str) -> None:
    assert furniture_sentence(line) == "newsletter prompt", line


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribers to the trial's newsletter were asked to rate their sleep.",
        "The survey was reader-supported, the editor said.",
        "Becoming a paid subscriber was not linked to better sleep in the study.",
    ],
)
def test_sentences_about_subscribers_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Payment methods: Visa Mastercard Amex Clearpay", "shop chrome"),
        ("We accept: Visa | Apple Pay | PayPal", "shop chrome"),
        ("In stock - order within 5 hrs 40 mins for next-day delivery", "shop chrome"),
        ("Order within 2 hours for same-day dispatch", "shop chrome"),
        ("Registered in Scotland.", "company registration"),
        ("Mossbank Garden Supplies Ltd.", "company registration"),
        ("Mossbank Garden Supplies Ltd. Registered in England and Wales.", "company registration"),
        ("Name*  Email*  Website  Post comment", "comment form"),
    ],
)
def test_a_shops_payment_and_delivery_lines_and_its_footer_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "The charity is registered in England and Wales.",
        "Patients who pay with Visa were more likely to reply.",
        "The firm, Mossbank Ltd, said it would appeal.",
        "Most shoppers order within 2 hours of opening the app, the study found.",
        "Name and email were collected from every participant.",
    ],
)
def test_sentences_about_shops_and_firms_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Harrowby   27°C   Showers clearing by noon", "site chrome"),
        ("Mellport today: 19°C, bright spells later", "site chrome"),
        ("Harrowby 27°C Showers clearing by noon", "site chrome"),
        ("Scattered showers 11°C", "site chrome"),
        ("Mellport today: 19°C, dry | Ferry: Mellport-Skeld 6 crowns", "site chrome"),
        (">>> TRY FERNLY PLUS FREE FOR 14 DAYS <<<", "subscription offer"),
        ("Support local journalism.", "site chrome"),
        ("Do YOU have a scary holiday story?", "stories"),
        ("Try it free for 14 days with code FERN", "subscription offer"),
        ("TRY FERNLY PLUS FREE FOR 30 DAYS", "subscription offer"),
        ("Subscribe to the Herald for only £1 for your first month.", "subscription offer"),
    ],
)
def test_a_local_weather_line_a_call_for_stories_and_a_trial_offer_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "It was 31°C on the day of the race, the team said.",
        "Leeds 31°C Sunday was the hottest on record, the office said.",
        "Mellport today: a town that has lost its bus station",
        "The council said it would support local journalism with grants.",
        "Do you have a story about that, asked the judge?",
        "Try it free for 30 days, the researchers told half the group.",
        "Subscribers paid $1 a month in the trial.",
        # a sentence's own words before a temperature are no place's name
        "Temperatures hit 31°C Thursday across the region.",
        "Rain fell steadily at 14°C all day.",
        "The lab was kept at 21°C Monday through Friday.",
    ],
)
def test_sentences_about_weather_stories_and_trials_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_newsletter_platforms_comments_go() -> None:
    doc = _doc(
        "# Hedgehogs and garden fences\n\n"
        "A survey of 900 gardens found hedgehogs in twice as many where fences had gaps.\n\n"
        "The charity behind it counted footprints in ink tunnels over four summer weeks.\n\n"
        "Gardens with ponds had more visits, though the difference between them was small.\n\n"
        "### Discussion about this post\n\n"
        "**Owen B.** · Jun 3\n"
        "We cut a hole in ours last spring and saw one within a week.\n"
        "♡ 8 · Reply\n\n"
        "**Lena F.** (author) · 2d\n"
        "Lovely to hear, thanks Owen!\n"
        "Reply\n"
    )
    _assert_clean(
        doc,
        gone=["saw one within a week", "Lovely to hear", "Discussion about this post"],
        kept=["hedgehogs in twice as many", "Gardens with ponds had more visits"],
    )


def test_comments_under_a_count_with_short_dates_go() -> None:
    doc = _doc(
        "Water for the bees\n\n"
        "Bees visited shallow dishes of water more often than deep ones, the study found.\n\n"
        "The team watched 40 dishes in eight gardens through one dry summer.\n\n"
        "Dishes with pebbles in them drew the most visits of all, by a wide margin.\n\n"
        "**14 comments**\n\n"
        "**Mara T.** Jul 2 · Does a bird bath count?\n\n"
        "**Sid P.** Jul 3 · Ours have been busy all week.\n"
    )
    _assert_clean(
        doc,
        gone=["Does a bird bath count", "busy all week"],
        kept=["shallow dishes of water", "Dishes with pebbles"],
    )


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Start the quiz on this article >", "learning credit"),
        (
            "Read this piece and complete our short reflection to log 20 minutes of CPD.",
            "learning credit",
        ),
        ("Unsubscribe · © 2025 Ada Finch · Finch Letters Ltd, PO Box 12, Holmbury", "copyright"),
        ("Ready to transform your garden?", "sales copy"),
        ("BROWSE GARDEN KNEELERS >", "sales copy"),
        ("✦ Featured product ✦", "sales copy"),
        ("This newsletter is free, but it takes me two days a week to research.", "support appeal"),
        ("Have your say!", "comment form"),
        ("Enjoyed this issue?", "newsletter prompt"),
        ("Your email  Get 15% off  No thanks", "newsletter prompt"),
        ("Our pick of the week's stories on farming and the countryside", "site tagline"),
    ],
)
def test_a_quiz_prompt_a_sales_question_and_a_sign_up_pop_up_go(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses who log 30 minutes of CPD a week were less stressed, the survey found.",
        "Participants had to complete the quiz twice, a week apart.",
        "Have your say on the plans at the town hall.",
        "She enjoyed this more than the first trial.",
        "Residents were asked for their email address but most said no thanks.",
        "Featured products were bought more often, the study found.",
        "This post is free to read.",
        "Discussion about this study went on for weeks.",
    ],
)
def test_sentences_about_quizzes_offers_and_readers_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Nothing here is medical advice; ask your own GP.", "disclaimer"),
        ("None of this is financial advice.", "disclaimer"),
        ("The rain jacket I wear is 20% off this week with code DRYFEET20.", "discount code"),
        ("Pop us an email and we'll find your size.", "shop chrome"),
    ],
)
def test_a_disclaimer_a_discount_aside_and_a_shops_offer_of_help_go(line: str, why: str) -> None:
    assert why in (furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing here is new, the authors admit.",
        "Prices fell 15% off peak with code changes, the report said.",
        "Doctors said the leaflet is medical advice, not a rule.",
    ],
)
def test_sentences_about_advice_and_prices_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("Forwarded this by a colleague? Sign up here - it's free, every Monday.", "email header"),
        (
            "If you buy via these links, Otter Weekly earns a small commission at no extra cost "
            "to you.",
            "disclaimer",
        ),
        ("As an affiliate, Ridge Daily may earn a commission on sales.", "disclaimer"),
        ("As an Amazon Associate I earn from qualifying purchases.", "disclaimer"),
        ("Thanks for helping keep this blog free!", "newsletter prompt"),
        ("PS: Reply and let me know which bulbs you planted.", "newsletter sign-off"),
        ("I read every email.", "newsletter sign-off"),
        ("You’re receiving this because you joined the list at fernpost.example.", "newsletter"),
        ("Manage your subscriptions", "newsletter prompt"),
        (
            "This form is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
            "Service apply.",
            "newsletter prompt",
        ),
        ("Comments on this story have been closed.", "page note"),
        ("🔒 This issue is for paid subscribers.", "paywall notice"),
        ("Free members get the headlines; paid members get the full data.", "paywall notice"),
        ("You have read 3 of your 4 free stories this month.", "paywall notice"),
        ("Add both to basket and save £10", "shop chrome"),
        ("£12.99  £18.00", "shop chrome"),
        ("See price →", "sales copy"),
        ("Book a 15-minute demo with our team.", "sales copy"),
        ("Happy planting, everyone!", "sign-off"),
        ("Sleep tight, night owls! 🌙", "sign-off"),
        ("Hollin Tea Co. | 58 Mill Lane, Corby | hello@hollin.example", "postal address"),
        ("Otter Weekly, PO Box 77, Kestlebridge", "postal address"),
        ("Book now – spaces limited", "call to action"),
        ("Listen to this story ▶ 4:05", "print/download link"),
        ("Notes from the riverbank — Issue #31", "site tagline"),
        ("Friday 7 March 2025 | 9°C, sunny spells", "site chrome"),
        ("READER OFFER: Half-price entry to the county show.", "site promotion"),
        ("Click here to book", "site promotion"),
        ("Short on space? Browse our best-selling compact heaters below!", "site promotion"),
    ],
)
def test_newsletter_paywall_and_shop_furniture_of_more_shapes(line: str, why: str) -> None:
    assert why in (furniture_line(line) or furniture_sentence(line) or ""), line


@pytest.mark.parametrize(
    "sentence",
    [
        "Forwarded emails were counted separately in the study.",
        "The agent earns a commission on each sale, the report found.",
        "As an associate professor, she earned tenure in 2019.",
        "Thank you for keeping this community going, the mayor told volunteers.",
        "I read every report the council published on the river.",
        "You are receiving this award because of your work, the judges said.",
        "Manage your alerts carefully, the app's designers advise.",
        "Comments on the draft plan are now closed, the council said.",
        "This report is for members of the public who live near the river.",
        "Add all three to the mixture and stir for a minute.",
        "Book a meeting with your GP if the symptoms last.",
        "Happy reading, the librarian said.",
        "Register now for the trial, the researchers urged.",
        "3 May 2025 | 21°C in the lab",
        "Readers' offers were the least clicked links, the study found.",
        "Click here to see how the data were collected.",
        "So check out our charts below.",
        "Jess Roe · Issue #12",
        "Prices were $3.50 in 2015 and $5.20 in 2024, the survey found.",
    ],
)
def test_near_misses_of_the_newsletter_paywall_and_shop_shapes_stay(sentence: str) -> None:
    assert furniture_sentence(sentence) is None, sentence
    assert furniture_line(sentence) is None, sentence


def test_a_card_between_a_shops_or_an_adverts_or_an_events_lines_goes_whole() -> None:
    doc = _doc(
        "Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "★★★★★ BEST SELLER\n"
        "HearthGlow Hedgehog House\n"
        "Cedar walls keep it dry all winter. Fits under most hedges.\n"
        "£39.99  £49.99   [ADD TO BASKET]\n\n"
        "*** SPONSORED ***\n"
        "Spike Crunch Hedgehog Food\n"
        "Feed them the way nature intended. Now 20% OFF with code SPIKE20.\n"
        "★★★★★ 812 reviews   SHOP NOW >\n\n"
        "FREE WEBINAR | Tuesday 4 March, 1pm\n"
        "Gardens for wildlife: what the new grants cover\n"
        "Register now – spaces limited\n\n"
        "Volunteers counted footprints in tunnels at 300 sites over two summers.\n\n"
        "Sponsored\n"
        "Keep your hens laying through winter with Example Layers Pellets.\n"
        "Find out more ›\n\n"
        "Sponsored\n\n"
        "The tunnels were checked every morning at dawn.\n"
    )
    _assert_clean(
        doc,
        gone=[
            "HearthGlow Hedgehog House",
            "Cedar walls keep it dry",
            "Spike Crunch Hedgehog Food",
            "the way nature intended",
            "what the new grants cover",
            "Example Layers Pellets",
        ],
        kept=[
            "hedgehogs in 41 of the 60 gardens",
            "300 sites over two summers",
            "checked every morning at dawn",
        ],
    )


def test_a_product_named_before_a_dash_goes_with_its_sale_but_a_name_in_prose_stays() -> None:
    doc = _doc(
        "# Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "**Professor Ada Roe** — who led the survey — said the tunnels told the story.\n\n"
        "**HearthGlow Hedgehog House** — cedar walls, dry all winter. *Readers get 10% off "
        "with code HOG10.* [Shop now →](https://shop.example/hog)\n\n"
        "**Spike Crunch Food** — the one I actually use. [See price →](https://shop.example/sc)\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["cedar walls, dry all winter", "the one I actually use", "Spike Crunch Food"],
        kept=["hedgehogs in 41 of the 60 gardens", "said the tunnels told the story"],
    )


def test_comments_under_a_sorted_heading_or_a_name_with_an_initial_and_a_date_go() -> None:
    article = (
        "Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "Volunteers counted footprints in ink tunnels at 300 sites over two summers.\n\n"
        "The tunnels were checked every morning at dawn by the volunteers who set them.\n\n"
    )
    doc = _doc(
        article + "Top comments (48)\n"
        "HedgeFan · 3h ago: Seen two in our garden this week. Great news!\n"
        "Reply · 12 ↑\n"
    )
    _assert_clean(doc, gone=["Seen two in our garden", "Great news"], kept=["300 sites"])
    doc = _doc(
        article + "12 COMMENTS\nMeg T. May 4, 2025\nLovely to read, we leave water out for ours.\n"
    )
    _assert_clean(doc, gone=["Lovely to read", "Meg T."], kept=["checked every morning"])


def test_a_site_name_and_motto_over_its_weather_or_its_date_and_weather_go() -> None:
    doc = _doc(
        "We use cookies to give you the best experience. Accept | Settings\n\n"
        "HARBOUR HERALD | Your coast, your stories\n"
        "Kestle 11°C Drizzle\n"
        "Home | News | Sport | What's On | Jobs | Contact us\n\n"
        "Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "Volunteers counted footprints in tunnels at 300 sites over two summers.\n"
    )
    _assert_clean(
        doc,
        gone=["HARBOUR HERALD", "Your coast, your stories"],
        kept=["Hedgehogs return to village gardens", "300 sites over two summers"],
    )
    doc = _doc(
        "KESTLE GAZETTE\n"
        "Your town. Your paper.\n"
        "Friday 7 March 2025 | 9°C, sunny spells\n"
        "HOME | NEWS | SPORT | JOBS | NOTICES\n\n"
        "Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "Volunteers counted footprints in tunnels at 300 sites over two summers.\n"
    )
    _assert_clean(
        doc,
        gone=["KESTLE GAZETTE", "Your town", "sunny spells"],
        kept=["Hedgehogs return to village gardens", "300 sites over two summers"],
    )


def test_a_paywall_meter_under_the_menu_lets_the_site_name_and_motto_go() -> None:
    doc = _doc(
        "GARDEN TRADE WEEKLY | News for everyone who works in horticulture\n"
        "News  Growing  Retail  Jobs  Events  Subscribe\n"
        "You have read 2 of your 3 free articles this month. Subscribe for unlimited access.\n\n"
        "Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n\n"
        "Listen to this article  ▶ 3:40\n\n"
        "Volunteers counted footprints in tunnels at 300 sites over two summers.\n\n"
        "LATEST JOBS\n"
        "Head Gardener – Example Hall, Kestle – £32,000\n"
        "Nursery Assistant – Fern & Co – part time\n"
        "View all jobs →\n"
    )
    _assert_clean(
        doc,
        gone=[
            "GARDEN TRADE WEEKLY",
            "free articles",
            "Listen to this",
            "Head Gardener",
            "Fern & Co",
        ],
        kept=["Hedgehogs return to village gardens", "300 sites over two summers"],
    )


def test_a_footnote_citing_a_work_and_a_caption_in_italics_under_a_picture_go() -> None:
    doc = _doc(
        "# Hedgehogs return to village gardens\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.[^1]\n\n"
        "![Map of the gardens](https://blog.example/map.png)\n"
        "*Gardens surveyed in 2024, redrawn by me from the report's Figure 2.*\n\n"
        "*The authors, to be fair, were careful about what the tunnels can show.*\n\n"
        "Volunteers counted footprints in tunnels at 300 sites over two summers.\n\n"
        "— Ann\n\n"
        "[^1]: Roe A. et al. (2025), *Journal of Garden Ecology*, doi:10.1234/jge.2025.7\n"
        "[^2]: I have met two of the authors at a talk.\n",
        "a.md",
    )
    _assert_clean(
        doc,
        gone=["Journal of Garden Ecology", "redrawn by me", "— Ann"],
        kept=[
            "hedgehogs in 41 of the 60 gardens",
            "were careful about what the tunnels can show",
            "I have met two of the authors",
        ],
    )


def test_a_share_count_at_the_end_of_a_byline_goes_but_the_byline_stays() -> None:
    doc = _doc(
        "Hedgehogs return to village gardens\n\n"
        "Posted by Ann Lee on 3 May 2025 | 4 min read | 1.2k shares\n\n"
        "The county survey found hedgehogs in 41 of the 60 gardens it checked this summer.\n"
    )
    _assert_clean(doc, gone=["4 min read", "1.2k shares"], kept=["Posted by Ann Lee on 3 May"])


def test_a_first_name_after_a_dash_is_a_signature_but_a_dash_before_prose_is_not() -> None:
    assert furniture_line("— Ann") == "signature"
    assert furniture_line("– Tom") == "signature"
    assert furniture_line("— and then the rain came") is None
    assert furniture_line("— Ann Lee, who led the survey") is None
