"""Exceptions that carry every problem found, so that users can fix them all at once."""


class InputError(Exception):
    """Bad input: a list of one-line problems, each naming the file it concerns."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class ModelNotFoundError(Exception):
    """The configured spaCy pipeline is not installed."""


class SchemaError(ValueError):
    """A built table breaks its schema: a list of one-line problems, each naming the table and column."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))
