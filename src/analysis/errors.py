"""Exceptions that carry every problem found, so that users can fix them all at once."""

import argparse

EXIT_BAD_INPUT = 2


class OneLineArgumentParser(argparse.ArgumentParser):
    """An argument parser that reports a bad option in one line (`error: …` and how to get help), exit status 2."""

    def error(self, message: str):
        self.exit(EXIT_BAD_INPUT, f"error: {message} (see {self.prog} --help)\n")


class InputError(Exception):
    """Bad input: a list of one-line problems, each naming the file it concerns."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class ModelNotFoundError(Exception):
    """The configured spaCy pipeline is not installed."""


class OutputError(Exception):
    """An output or cache folder that cannot be written safely: one line naming it and what to do."""


class ArticleError(Exception):
    """An unexpected failure while analysing one article: names the article and the stage."""

    def __init__(self, doc_id: str, stage: str, cause: BaseException):
        self.doc_id, self.stage, self.cause = doc_id, stage, cause
        super().__init__(f"{doc_id}: failed while {stage}: {type(cause).__name__}: {cause}")

    def __reduce__(self):
        """Pickle with the constructor's arguments, so a worker process can report the failure."""
        return type(self), (self.doc_id, self.stage, self.cause)


class SchemaError(ValueError):
    """A built table breaks its schema: a list of one-line problems, each naming the table and column."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))

    def __reduce__(self):
        """Pickle with the problems, so a worker process can report them."""
        return type(self), (self.problems,)
