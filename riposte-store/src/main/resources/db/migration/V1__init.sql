-- Riposte schema, version 1. Portable SQL (DuckDB and PostgreSQL): no dialect types, reserved words quoted.
-- Column order matters: the bulk writer appends values in this order (see Columns.java).
-- The doc_id indexes serve the per-article delete that every save starts with.

-- One row per completely saved article; written last, so its presence means the save completed.
CREATE TABLE articles (
  id          VARCHAR PRIMARY KEY,
  url         VARCHAR,
  outlet      VARCHAR,
  published   DATE,
  title       VARCHAR,
  language    VARCHAR,
  text        VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

-- One row per coded event, one column per field of DESIGN.md's event schema.
-- date_first/date_last: the first and last day the (possibly coarse) date can mean; null when unknown.
-- reacts_to: the ids of the events this one answers, as a JSON array of strings ('[]' when none).
CREATE TABLE events (
  id                VARCHAR PRIMARY KEY,
  story_id          VARCHAR,
  doc_id            VARCHAR NOT NULL,
  "date"            VARCHAR,
  date_precision    VARCHAR NOT NULL,
  date_first        DATE,
  date_last         DATE,
  status            VARCHAR,
  source_code       VARCHAR,
  source_name       VARCHAR,
  source_country    VARCHAR,
  source_role       VARCHAR,
  source_kind       VARCHAR,
  target_code       VARCHAR,
  target_name       VARCHAR,
  target_country    VARCHAR,
  target_role       VARCHAR,
  target_kind       VARCHAR,
  cameo             VARCHAR,
  root              VARCHAR,
  plover            VARCHAR,
  goldstein         DOUBLE PRECISION,
  quad_class        INTEGER,
  location_name     VARCHAR,
  location_country  VARCHAR,
  evidence_sentence VARCHAR,
  evidence_start    INTEGER,
  evidence_end      INTEGER,
  "trigger"         VARCHAR,
  reacts_to         VARCHAR NOT NULL
);

CREATE INDEX events_doc_id ON events (doc_id);

-- One row per direct quotation. date_precision is null only when the quote has no date at all.
CREATE TABLE quotes (
  id              VARCHAR PRIMARY KEY,
  doc_id          VARCHAR NOT NULL,
  text            VARCHAR,
  speaker_name    VARCHAR,
  speaker_code    VARCHAR,
  speaker_role    VARCHAR,
  speaker_country VARCHAR,
  speaker_kind    VARCHAR,
  verb            VARCHAR,
  "start"         INTEGER,
  "end"           INTEGER,
  "date"          VARCHAR,
  date_precision  VARCHAR
);

CREATE INDEX quotes_doc_id ON quotes (doc_id);

-- The latest outcome per input origin.
CREATE TABLE outcomes (
  origin      VARCHAR PRIMARY KEY,
  doc_id      VARCHAR,
  kind        VARCHAR NOT NULL,
  reason      VARCHAR,
  recorded_at TIMESTAMP NOT NULL
);
