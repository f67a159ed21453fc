"""Which person a 'he' or 'she' takes up when other persons are named in between (`analysis.extract.quotations.names`):
the person the author keeps referring to by pronouns, the subject of a main clause over one it embeds, a description
used again for the same person; invented texts in several registers."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, quote, name", [
    # a name mentioned in passing after the named subject does not take over from the pronouns about her
    ("Dr Ilse Varga began with the ferry company. In her account, the company owed everything to Markus Feld. "
     "It had no other buyer, she argued.\n\n“Nobody else wanted the boats,” she said.",
     "Nobody else wanted the boats,", "Ilse Varga"),
    ("Coach Ramon Ortiz talked first about the season. In his view, the club had leaned too long on Kai Brandt. "
     "The young players, he said, had waited for a chance.\n\n“They have earned it now,” he said.",
     "They have earned it now,", "Ramon Ortiz"),
    # the subject of a main clause outranks the subject of the clause it reports
    ("Tomas Reyes, the mayor of Eastholm, said the harbour master would retire in June. "
     "“We owe him a great deal,” he said.", "We owe him a great deal,", "Tomas Reyes"),
    ("In a letter to members, the society's chair, Agnes Whitlow, wrote that the treasurer had resigned. "
     "“The accounts are in good order,” she added.", "The accounts are in good order,", "Agnes Whitlow"),
    # a plural name ('Ghanaians') is no one a 'she' takes up
    ("Speaking on Monday, a historian at the city museum, Dr Kemi Balogun, said Ghanaians should read the archive "
     "for themselves.\n\n“The letters are all there,” she said.", "The letters are all there,", "Kemi Balogun"),
])
def test_a_pronoun_takes_up_the_centre(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


def test_a_description_used_again_is_the_same_person(quotes_of):
    text = ("The doctor examined both patients on Monday. The practice's director, Ari Vos, said later that the "
            "clinic had been full. The doctor saw it differently.\n\n“I turned nobody away,” she said.")
    assert quotes_of(text)["I turned nobody away,"].speaker_name == "The doctor"
