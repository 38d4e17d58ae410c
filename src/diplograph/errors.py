"""Named errors; each message says what went wrong and what to do."""


class DiplographError(Exception):
    """Base class for errors a user can act on."""


class InputError(DiplographError):
    """A file or record could not be read; the message names it and the problem."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DataFileError(DiplographError):
    """A packaged dictionary or ontology file is malformed."""


class ModelMissing(DiplographError):
    def __init__(self, name: str):
        super().__init__(
            f"the spaCy model package {name!r} is not installed; run `make setup` "
            f"(or `pip install -r requirements-model.txt --require-hashes --no-deps`)"
        )


class DatabaseError(DiplographError):
    """The DuckDB file cannot be opened or has an unexpected schema."""


class FilterError(DiplographError):
    """A query filter is malformed; the message names the filter and the form it takes."""

    def __init__(self, option: str, message: str):
        self.option = option
        super().__init__(message)


class ServeError(DiplographError):
    """The HTTP server cannot start (the port is taken, the address is not this machine's)."""


class UnknownCountry(DiplographError):
    """A value given as a country (``--home-country``) names none."""

    def __init__(self, value: str):
        self.value = value
        super().__init__(f"{value!r} is not a country; give a code such as GBR or a name such as Britain")
