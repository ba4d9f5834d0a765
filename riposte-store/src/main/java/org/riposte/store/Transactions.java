package org.riposte.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.riposte.api.StoreException;

/**
 * One transaction on a connection, the same way for every store class: auto-commit off, the work, commit; when the
 * work throws, a rollback (a failing rollback is added to the exception as suppressed) and the exception goes on.
 * Auto-commit is on again afterwards in both cases.
 */
final class Transactions {

  /** Work done inside a transaction. */
  @FunctionalInterface
  interface Body<T> {
    T run() throws SQLException, StoreException;
  }

  private Transactions() {}

  /** Runs {@code body} in one transaction on {@code c} and returns what it returns. */
  static <T> T run(Connection c, Body<T> body) throws SQLException, StoreException {
    c.setAutoCommit(false);
    try {
      T out = body.run();
      c.commit();
      return out;
    } catch (SQLException | StoreException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
