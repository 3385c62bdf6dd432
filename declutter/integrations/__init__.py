"""Adapters that let other data-processing frameworks call declutter as one of their steps.

- :mod:`declutter.integrations.datatrove`: a step for datatrove-style pipelines (documents in,
  documents out), with no dependency on datatrove itself.

pandas needs no adapter: ``df["html"].map(declutter.extract)`` (see the README).
"""
