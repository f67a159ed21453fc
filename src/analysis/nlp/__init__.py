"""NLP layer: the spaCy pipeline and its components, the gazetteer, entities, sentences and lemma matching."""
