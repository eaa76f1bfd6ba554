"""The one exception tree of newsfacts.

::

    NewsfactsError
     +-- InputError            an input item cannot be read as news
     |    +-- EmptyInput           nothing but whitespace
     |    +-- BinaryInput          bytes that are not text (NUL bytes, an image, a zip ...)
     |    +-- UndecodableInput     text in no encoding we can decode
     |    +-- InputTooLarge        over the configured size limit
     |    +-- UnsafeInput          XML with entity declarations, or another hostile construct
     |    +-- MalformedInput       a broken JSONL line, feed, archive or page
     +-- ConfigurationError    a bad option or setting (e.g. an unknown --format)
     +-- ModelError            the spaCy model cannot be loaded
     +-- PipelineError         stages that do not fit together (a stage requires what none assigns)
     +-- EvalError             a gold set is missing or malformed
 +-- StoreError            the store cannot be opened, migrated or written (a bad URL, a missing driver,
                           an unreachable server, a database error that is not one item's fault)

The library raises these; the CLI turns them into a one-line message and an exit code. A batch never
stops on an ``InputError``: the item is recorded as a ``records.Failure`` with its reason.
"""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose."""


class InputError(NewsfactsError):
    """An input item cannot be read as news. ``source`` names the item."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class InputTooLarge(InputError):
    pass


class UnsafeInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class ConfigurationError(NewsfactsError):
    pass


class ModelError(NewsfactsError):
    pass


class PipelineError(NewsfactsError):
    pass


class EvalError(NewsfactsError):
    pass


class StoreError(NewsfactsError):
    """The store cannot be opened, migrated, read or written."""
