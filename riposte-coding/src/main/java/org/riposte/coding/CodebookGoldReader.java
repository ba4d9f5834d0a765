package org.riposte.coding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CAMEO codebook as CSV (RFC 4180 quoting, a header naming the columns {@code code} and {@code example}):
 * each row with an example sentence is a gold sentence whose expected code is the row's code. Rows without an
 * example ({@code NA} or empty) are not gold and are passed over silently. A file that is not UTF-8 is read as
 * Windows-1252 with UTF-8 mojibake repaired ({@link GoldText}).
 * The expected PLOVER type is the code's in the built-in {@link CameoOntology} ({@code STATEMENT} for 01x).
 */
final class CodebookGoldReader {
  private CodebookGoldReader() {}

  static GoldSet read(Path file) throws IOException {
    CameoOntology ontology;
    try {
      ontology = CameoOntology.builtIn();
    } catch (org.riposte.api.ConfigException e) {
      throw new IllegalStateException("the coder's built-in ontology is broken: " + e.getMessage(), e);
    }
    List<List<String>> rows = parseCsv(GoldText.decode(Files.readAllBytes(file)));
    if (rows.isEmpty()) throw new IOException("empty CSV");
    List<String> header = rows.get(0);
    int code = header.indexOf("code");
    int example = header.indexOf("example");
    if (code < 0 || example < 0) throw new IOException("the CSV header has no 'code' and 'example' columns: " + header);
    List<GoldSentence> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.size() <= Math.max(code, example)) {
        if (!(r.size() == 1 && r.get(0).isBlank())) problems.add(file + ": row " + (i + 1) + ": too few columns");
        continue;
      }
      String c = r.get(code).strip();
      String text = r.get(example).strip();
      if (text.isEmpty() || text.equals("NA")) continue;
      if (!c.matches("\\d{2,4}")) {
        problems.add(file + ": row " + (i + 1) + ": code '" + c + "' is not a CAMEO code; skipped");
        continue;
      }
      Map<EvalLevel, String> labels = new HashMap<>();
      labels.put(EvalLevel.ROOT, c.substring(0, 2));
      if (c.length() >= 3) labels.put(EvalLevel.CODE3, c.substring(0, 3));
      CameoCode known = ontology.get(c);
      if (known != null) labels.put(EvalLevel.PLOVER, known.plover() == null ? "STATEMENT" : known.plover());
      out.add(new GoldSentence(c, text, null, labels, List.of(), List.of()));
    }
    return new GoldSet(GoldFormat.CODEBOOK, file, out, problems);
  }

  /** Rows of an RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
