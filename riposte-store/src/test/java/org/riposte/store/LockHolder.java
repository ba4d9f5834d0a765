package org.riposte.store;

import java.io.IOException;

/**
 * A separate process for {@link LockTest}: opens the store named by its argument, prints {@code ready}, and keeps it
 * open until its standard input ends.
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (BatchEventStore store = EventStores.open(args[0])) {
      System.out.println("ready");
      System.out.flush();
      drain();
    }
  }

  private static void drain() throws IOException {
    while (System.in.read() >= 0) {
      // wait for the parent to close our input
    }
  }
}
