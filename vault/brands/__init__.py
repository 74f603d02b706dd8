"""The brand graph: brands and their names, queries over them, exposure, changes between exports."""
