package org.riposte.web;

import java.util.List;
import org.riposte.api.Outcome;
import org.riposte.api.RiposteException;

/**
 * What {@code POST /api/v1/articles} hands its articles to: the same reading, coding, saving and story update as
 * {@code riposte ingest} of a JSON Lines file (riposte-cli implements it; the web module does not depend on the NLP
 * pipeline). {@link WebServer} calls it from one thread at a time.
 */
public interface ArticleIngestor {

  /**
   * Reads articles from JSON Lines (one JSON object a line, the fields {@code riposte ingest} reads from a
   * {@code .jsonl} file: {@code text} required; {@code url}, {@code outlet}, {@code title}, {@code published}), codes
   * and stores them, and brings the stories of the pairs they touch up to date.
   *
   * @param jsonLines the UTF-8 bytes
   * @param origin    the origin prefix of the outcomes ({@code origin:line})
   * @return one outcome per non-blank line (ok, skipped or failed, with the reason and article id), in order
   * @throws RiposteException when nothing could be done at all (the store or the pipeline cannot be used)
   */
  List<Outcome> ingest(byte[] jsonLines, String origin) throws RiposteException;
}
