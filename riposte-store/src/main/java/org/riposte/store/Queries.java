package org.riposte.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One query on a connection, read row by row, the same way for every store class (the writing stores, the story
 * store, the web's reader): prepare, bind, execute, map each row, close. Errors go to the caller, which names the
 * database and the operation.
 */
final class Queries {

  /** Maps the current row of a result. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement p) throws SQLException;
  }

  private Queries() {}

  /** Every row of {@code sql} with {@code binder}'s parameters, mapped by {@code reader}, in the result's order. */
  static <T> List<T> list(Connection c, String sql, Binder binder, RowReader<T> reader) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      binder.bind(p);
      try (ResultSet r = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) out.add(reader.read(r));
        return out;
      }
    }
  }

  /** As {@link #list(Connection, String, Binder, RowReader)}, the parameters bound in order ({@code ?1, ?2, …}). */
  static <T> List<T> list(Connection c, String sql, List<Object> params, RowReader<T> reader) throws SQLException {
    return list(c, sql, p -> {
      for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
    }, reader);
  }
}
