package org.riposte.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.riposte.api.IngestException;
import org.riposte.api.IngestStage;
import org.riposte.api.SourceRecord;

/**
 * The records of an {@link IngestStage}, read by a background thread into a bounded queue, so that a corpus of any size
 * is analysed with only {@value #CAPACITY} records read ahead in memory. Iterate it on one thread; close it to stop
 * the reader early. A reading error that ends the stage's run is thrown by {@link #hasNext()} as an unchecked
 * {@link Failure} carrying the {@link IngestException}.
 */
final class RecordStream implements Iterator<SourceRecord>, AutoCloseable {

  static final int CAPACITY = 64;

  /** The stage's run ended with this error. */
  static final class Failure extends RuntimeException {
    Failure(IngestException cause) { super(cause.getMessage(), cause); }

    @Override
    public synchronized IngestException getCause() { return (IngestException) super.getCause(); }
  }

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread reader;
  private Object next;

  /** A run of a reader that hands its records to a sink. */
  interface Reading {
    void read(Consumer<SourceRecord> sink) throws IngestException;
  }

  private RecordStream(Reading reading) {
    reader = new Thread(() -> {
      try {
        reading.read(this::put);
        put(END);
      } catch (IngestException e) {
        put(e);
      } catch (Stopped e) {
        // closed early: nobody is listening
      }
    }, "riposte-reader");
    reader.setDaemon(true);
  }

  /** Starts reading {@code inputs} with {@code stage}. */
  static RecordStream open(IngestStage stage, List<Path> inputs) {
    return open(sink -> stage.read(inputs, sink));
  }

  /** Starts {@code reading} (files, folders and URLs, for instance). */
  static RecordStream open(Reading reading) {
    RecordStream s = new RecordStream(reading);
    s.reader.start();
    return s;
  }

  private static final class Stopped extends RuntimeException {
    Stopped() { super(null, null, false, false); }
  }

  private void put(Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the inputs", e);
      }
    }
    if (next instanceof IngestException e) throw new Failure(e);
    return next != END;
  }

  @Override
  public SourceRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    SourceRecord r = (SourceRecord) next;
    next = null;
    return r;
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
