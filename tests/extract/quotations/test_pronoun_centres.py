"""Which person a 'he' or 'she' takes up when other persons are named in between (`analysis.extract.quotations.names`):
the person the author keeps referring to by pronouns, the subject of a main clause over one it embeds, a passive's
subject over its agent, a person named before over one in a relative clause, a description used again for the same
person; invented texts in several registers."""

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


@pytest.mark.parametrize("text, quote, name", [
    # the teller of a parenthetical tag before its host outranks the person the host is about
    ("Ivo Tarn has watched the harbour for a decade. In 2017, he recalled, Mayor Lena Roth announced a new pier. "
     "“Nothing was built for three years,” he said.", "Nothing was built for three years,", "Ivo Tarn"),
    ("Grace Ombati runs the clinic on the hill. Last winter, she said, Governor Paul Kiptoo promised a road. "
     "“We are still waiting,” she said.", "We are still waiting,", "Grace Ombati"),
])
def test_the_teller_of_a_tag_stays_the_centre(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


def test_a_description_used_again_is_the_same_person(quotes_of):
    text = ("The doctor examined both patients on Monday. The practice's director, Ari Vos, said later that the "
            "clinic had been full. The doctor saw it differently.\n\n“I turned nobody away,” she said.")
    assert quotes_of(text)["I turned nobody away,"].speaker_name == "The doctor"


@pytest.mark.parametrize("text, quote, name", [
    # a definite description as the speaker takes the name of the person it refers back to
    ("Anna Petrov had meant to speak about shipping. By the time she reached the podium, the strike had begun.\n\n"
     "“I have rewritten my notes twice,” the retired teacher told the audience.",
     "I have rewritten my notes twice,", "Anna Petrov"),
    # the same noun used before for a person is that person, past another person named in between
    ("A senior ferry official said the timetable would change. The captain, Ivo Marr, said nothing about it.\n\n"
     "“We will publish it on Friday,” the official added.", "We will publish it on Friday,",
     "A senior ferry official"),
    # a headline's description is no antecedent for the body's, which introduces its person again
    ("Veteran pilot warns of crowded skies\n\nMara Lind flew cargo planes for thirty years before she retired.\n\n"
     "“The sky is full,” the veteran pilot said.", "The sky is full,", "Mara Lind"),
])
def test_a_described_speaker_takes_the_name_it_refers_back_to(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a person named in a clause another clause embeds, in an earlier sentence whose main clause holds a person, is
    # no antecedent: the person asked is
    ("Gunnar Lindahl has kept the lighthouse since 1998. Last winter I asked Lindahl over coffee whether the council "
     "had forgotten Piet Hanssen. He laughed.\n\n“They never knew him,” he said.", "They never knew him,",
     "Gunnar Lindahl"),
    ("Peter Holm, the curator, spoke for an hour. I asked whether the museum would ever return the bell to "
     "David Miller. He was quiet for a while.\n\n“Perhaps when the roof is mended,” he said.",
     "Perhaps when the roof is mended,", "Peter Holm"),
    # a participle clause with no subject of its own before the pronoun's verb: its persons are others
    ("Rolf Adler chairs the ferry board. Asked by a local radio reporter whether Dina Marsh would keep her seat, he "
     "said: “The board decides that.”", "The board decides that.", "Rolf Adler"),
    # the same with a participle the tagger takes for a finite verb
    ("Rolf Adler chairs the ferry board. Told that Dina Marsh had resigned, he said: “The board decides that.”",
     "The board decides that.", "Rolf Adler"),
])
def test_persons_of_embedded_clauses_give_way(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # with no person in the main clause, the embedded one is still taken up
    ("The union demanded that the company rehire Jonas Weber. “I will not go back for less,” he said.",
     "I will not go back for less,", "Jonas Weber"),
    # nor is the object of a clause with a subject of its own passed over in the pronoun's sentence
    ("Rolf Adler chairs the ferry board. When I asked a harbour officer about the timetable, he said: “Nobody reads it.”",
     "Nobody reads it.", "a harbour officer"),
])
def test_an_embedded_person_without_a_rival_is_still_taken_up(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # the person subject of a passive outranks its agent as the centre a later pronoun takes up
    ("Mayor Ingrid Solberg toured the new ferry terminal. She was welcomed on the quay by Captain Erik Dahl. "
     "“The timetable will not change,” she said.", "The timetable will not change,", "Ingrid Solberg"),
    ("Coach Marco Bellini arrived late at the stadium. He was greeted at the gate by the club chairman, Luca Ferri. "
     "“We train as usual tomorrow,” he said.", "We train as usual tomorrow,", "Marco Bellini"),
])
def test_a_person_subject_of_a_passive_outranks_its_agent(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a person named inside a relative clause is backgrounded: the person named before goes on speaking
    ("Henrik Ruud spoke for the dockers. The port authority, which took over the cranes to please Mayor Olav "
     "Strand, stayed silent. “Nobody asked us,” he said.", "Nobody asked us,", "Henrik Ruud"),
    # also as the subject of the relative clause, and with the pronoun's gender
    ("Greta Lund, the paper's editor, defended the report Ms Agnes Kroll complained about. “We checked every "
     "figure,” she said.", "We checked every figure,", "Greta Lund"),
])
def test_a_person_in_a_relative_clause_gives_way(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a passive that reports its agent's statement: the agent speaks, and a later 'he added' goes on with it
    ("Nils Aune was told by Jon Vik that the quay would close in May. “Nobody can change that,” he added.",
     "Nobody can change that,", "Jon Vik"),
    ("The skipper, Per Holm, was assured by Ola Dahl that the ferry would run. “We keep our word,” he said.",
     "We keep our word,", "Ola Dahl"),
    # a question put by the agent is answered by the subject
    ("Nils Aune was asked by Jon Vik whether the crews would strike. “We will not strike,” he said.",
     "We will not strike,", "Nils Aune"),
])
def test_the_agent_of_a_reporting_passive_stays_the_speaker(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # 'one of them' takes up a plural subject for persons and is the one person a later 'he' or 'she' takes up
    ("Our guide, Petra Lund, walked us to the quay.\n\nTwo old fishermen were mending nets there. One of them had "
     "lived abroad and talked with us. He had worked the boats for years. “The fish went north,” he said.",
     "The fish went north,", "one old fisherman"),
    ("Mira Holm, the ferry's owner, met us on deck. Three sailors stood by the rail. One of them waved us over. "
     "“The crossing is rough today,” she said.", "The crossing is rough today,", "one sailor"),
    ("The mayor, Jon Ekberg, opened the meeting. One of the nurses stood up at the back. "
     "“We need more beds,” she said.", "We need more beds,", "one nurse"),
])
def test_one_of_a_group_of_persons_is_taken_up(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # near misses: a group of things ('one of them' after 'two boats'), or a group named two paragraphs back, is no
    # person, and the named person keeps the pronoun
    ("Our guide, Petra Lund, walked us to the quay.\n\nTwo old boats lay on the shingle. One of them was half sunk. "
     "“They were built here,” she said.", "They were built here,", "Petra Lund"),
    ("Two sailors stood by the rail.\n\nThe ferry left late.\n\nOur guide, Petra Lund, was worried. One of them "
     "was lost. “We will wait,” she said.", "We will wait,", "Petra Lund"),
])
def test_one_of_a_group_of_things_is_no_person(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a singular pronoun passes over a plural subject between; a plural one takes it up
    ("Mara Velden runs the ferry office. The deckhands struck on Monday. “We will meet them,” she said.",
     "We will meet them,", "Mara Velden"),
    ("Mara Velden runs the ferry office. The deckhands struck on Monday. “We want our back pay,” they said.",
     "We want our back pay,", "The deckhands"),
    # near miss: a singular person subject between is the nearer antecedent of 'she'
    ("Mara Velden runs the ferry office. Her deputy, Lotte Aalberg, met the deckhands. “We will meet them,” she said.",
     "We will meet them,", "Lotte Aalberg"),
])
def test_a_speaker_pronoun_takes_up_a_subject_of_its_number(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a pronoun of the same gender keeps taking the person up, past a person described after her
    ("Ilse Marten spent a week on the coast. On her last day she met a harbour pilot. She grinned. “We sell the fog, not "
     "the fish,” she said.", "We sell the fog, not the fish,", "Ilse Marten"),
])
def test_a_pronoun_of_the_same_gender_keeps_the_person(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.xfail(strict=True, reason="a person's gender is only what the text's nouns and titles or the gazetteer give: "
                   "a 'she' or 'her' that took a person up does not keep a later 'he' off them. Learning the gender from "
                   "the pronoun chain gained 1 and lost 7 speakers on dev286 (session 42) and again on the 282 "
                   "articles of devown (session 47): an early wrong resolution spreads its gender")
@pytest.mark.parametrize("text, quote, name", [
    ("Ilse Marten spent a week on the coast. On her last day she wrote about a harbour pilot who refused to say what "
     "he was called. He grinned. “We sell the fog, not the fish,” he said.", "We sell the fog, not the fish,",
     "a harbour pilot"),
    ("Here Arne Dahl has her scoop: a retired pilot, face hidden, who flew the night routes and describes the last "
     "crossing. “Nobody told us a thing,” he says.", "Nobody told us a thing,", "a retired pilot"),
    ("Ilse Marten met Tomas Rydell at the quay. She asked about the ferries. “They will run in May,” he said.",
     "They will run in May,", "Tomas Rydell"),
])
def test_a_pronoun_that_took_up_a_person_gives_them_its_gender(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a naming verb gives an object 'him' a name: a later 'he' takes up that person, not the last one named
    ("Lena Roth met the ship's officers at the quay in Kessel. There was a captain, a quiet man. I will call him Tomas "
     "Brek, because that is what the crew called him. He said: “The cargo was late again.”",
     "The cargo was late again.", "Tomas Brek"),
    # no name given: the 'him' stays the other person of the scene
    ("Lena Roth met the ship's officers at the quay in Kessel. I told him the truth. He said: “The cargo was late "
     "again.”", "The cargo was late again.", "Lena Roth"),
])
def test_a_named_object_pronoun_is_that_person(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # an adjective set after the noun with a named complement tells whom the person is close to: someone new
    ("Ivo Marr has piloted ships into Kessel for a decade. “The channel is silting up,” he says.\n\nThe source close "
     "to Hafenwerk does not hide his anger. “Nobody asked the crews,” he says.", "Nobody asked the crews,",
     "The source close to Hafenwerk"),
    # a bare definite description, or one whose complement names no one, takes up the person written of before
    ("Ivo Marr has piloted ships into Kessel for a decade. “The channel is silting up,” he says.\n\nThe source does "
     "not hide his anger. “Nobody asked the crews,” he says.", "Nobody asked the crews,", "Ivo Marr"),
    ("Ivo Marr has piloted ships into Kessel for a decade. “The channel is silting up,” he says.\n\nThe pilot close "
     "to retirement does not hide his anger. “Nobody asked the crews,” he says.", "Nobody asked the crews,", "Ivo Marr"),
    # an adjective phrase set off by commas only describes the person written of before, as the pronoun or speaker
    ("Ivo Marr has piloted ships into Kessel for a decade. “The channel is silting up,” he says.\n\nThe pilot, angry "
     "at Hafenwerk, was blunt. “Nobody asked the crews,” he said.", "Nobody asked the crews,", "Ivo Marr"),
    ("Ivo Marr has piloted ships into Kessel for a decade. “The channel is silting up,” he says.\n\n“Nobody asked the "
     "crews,” said the pilot, angry at Hafenwerk.", "Nobody asked the crews,", "Ivo Marr"),
])
def test_a_description_close_to_a_named_body_is_a_new_person(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name


@pytest.mark.parametrize("text, quote, name", [
    # a quantified pronoun with a 'who' clause ('everyone who …', 'anybody who …') is no one a 'he' or 'she' takes up
    ("Tomas came back at noon carrying a sack of rice. “The guards let me through,” he said.\n\nMaria watched the "
     "road from the porch. Everyone who passes here stops for the well, she thought. Nobody stays for the dust.\n\n"
     "“Do they ever mention the checkpoint?” she asked.", "Do they ever mention the checkpoint?", "Maria"),
    ("Ivo Marr closed the meeting early. Anybody who wants the minutes can ask the clerk, he said.\n\n"
     "“The harbour will stay open,” he added.", "The harbour will stay open,", "Ivo Marr"),
    # near cases: a noun or an indefinite pronoun with a 'who' clause introduces someone a later 'he' takes up
    ("Lena Holt runs the ferry office. A sailor who works the night boats told her the timetable was wrong.\n\n"
     "“We sail when the tide says so,” he said.", "We sail when the tide says so,", "A sailor"),
    ("Lena Holt runs the ferry office. Someone who works the night boats told her the timetable was wrong.\n\n"
     "“We sail when the tide says so,” he said.", "We sail when the tide says so,", "Someone"),
])
def test_a_quantified_pronoun_is_no_centre(quotes_of, text, quote, name):
    assert quotes_of(text)[quote].speaker_name == name
