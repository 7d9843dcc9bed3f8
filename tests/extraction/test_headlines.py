"""Title Case headlines are parsed in sentence case: same length, names kept, headline capitals dropped."""

import pytest

from loaders.extract.pipeline import sentence_case


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Mali Junta Expels French Ambassador", "Mali junta expels French ambassador"),
        ("Zelensky Meets Modi in Kyiv", "Zelensky meets Modi in Kyiv"),  # leaders the data knows
        ("EU Imposes New Sanctions on Iran", "EU imposes new sanctions on Iran"),  # acronyms kept
        ("Leaders Gather at Lake Kivu", "Leaders gather at Lake Kivu"),  # two unknown capitals: a name
    ],
)
def test_sentence_case(headline: str, expected: str) -> None:
    assert sentence_case(headline) == expected
    assert len(sentence_case(headline)) == len(headline)  # offsets of the evidence hold
