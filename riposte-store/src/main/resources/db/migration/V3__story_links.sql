-- Riposte schema, version 3: the scratch table through which a story update links events to their stories in one
-- set-based UPDATE (events.story_id, events.reacts_to). Rows live only inside that update's transaction: it
-- bulk-loads them (DuckDB's appender, PostgreSQL's COPY), updates events from them and deletes them before it
-- commits, so outside a transaction the table is empty. A regular table, not a temporary one, so that both
-- databases' bulk loaders can write it.
CREATE TABLE story_links (
  event_id  VARCHAR NOT NULL,
  story_id  VARCHAR,
  reacts_to VARCHAR NOT NULL
);
