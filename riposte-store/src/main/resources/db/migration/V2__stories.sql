-- Riposte schema, version 2: stories, reactions, channel ledgers, near-duplicate groups. Portable SQL (DuckDB and
-- PostgreSQL). Story membership is events.story_id; reactions between events are events.reacts_to (both in V1).
-- List-valued columns hold JSON arrays of strings; stories.dates holds "value=count" strings.

-- One row per story: one real-world act told by one or more articles.
CREATE TABLE stories (
  id             VARCHAR PRIMARY KEY,
  pair           VARCHAR NOT NULL,
  source_party   VARCHAR,
  target_party   VARCHAR,
  root           VARCHAR,
  cameo          VARCHAR,
  plover         VARCHAR,
  quad_class     INTEGER,
  goldstein      DOUBLE PRECISION,
  status         VARCHAR,
  "date"         VARCHAR,
  date_precision VARCHAR NOT NULL,
  date_first     DATE,
  date_last      DATE,
  dates          VARCHAR NOT NULL,
  event_ids      VARCHAR NOT NULL,
  doc_ids        VARCHAR NOT NULL,
  outlets        VARCHAR NOT NULL,
  num_articles   INTEGER NOT NULL,
  num_sources    INTEGER NOT NULL,
  first_seen     DATE,
  last_seen      DATE,
  label          VARCHAR
);

CREATE INDEX stories_pair ON stories (pair);

-- One row per reaction link: story_id answers reacts_to.
CREATE TABLE reactions (
  pair              VARCHAR NOT NULL,
  story_id          VARCHAR NOT NULL,
  reacts_to         VARCHAR NOT NULL,
  kind              VARCHAR NOT NULL,
  cue               VARCHAR,
  event_id          VARCHAR,
  answered_event_id VARCHAR,
  lag_days          INTEGER
);

CREATE INDEX reactions_pair ON reactions (pair);

-- The channel ledger: one row per story and channel it changed.
CREATE TABLE channel_states (
  pair           VARCHAR NOT NULL,
  channel        VARCHAR NOT NULL,
  kind           VARCHAR NOT NULL,
  owner          VARCHAR,
  state          VARCHAR NOT NULL,
  "date"         VARCHAR,
  date_precision VARCHAR NOT NULL,
  date_first     DATE,
  status         VARCHAR,
  story_id       VARCHAR,
  event_id       VARCHAR,
  evidence       VARCHAR,
  figures        VARCHAR,
  mentions       INTEGER NOT NULL
);

CREATE INDEX channel_states_pair ON channel_states (pair);

-- One row per article whose events are in stories: its MinHash signature, near-duplicate group and anchor date.
CREATE TABLE story_docs (
  doc_id    VARCHAR PRIMARY KEY,
  signature VARCHAR NOT NULL,
  group_id  VARCHAR NOT NULL,
  anchor    DATE
);
