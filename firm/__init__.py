"""The firm's inbox: verify many bundles, load them into DuckDB, export Parquet, delete and acknowledge."""
