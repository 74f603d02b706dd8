"""The safe archive reader: one or more zips or a folder as one tree of streamed members."""
