"""geoalign's top floor: the CLI, the ingest pipeline, the live explorer, the demo and the Neo4j helper.

It sits above ``graph`` (model, stores, queries, analysis, views, exports) and ``loaders`` (readers,
extraction); neither of them imports it.
"""
