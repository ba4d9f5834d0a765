package org.riposte.cli;

/** Output formats of the listing commands. */
enum Format { TABLE, JSONL, CSV }
