package org.riposte.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal, or nothing when output is not a terminal (logs, pipes, CI). */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) { this.bar = bar; }

  static Progress start(String task, long total, boolean enabled) {
    if (!enabled || System.console() == null || total <= 1) return new Progress(null);
    return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build());
  }

  void step() {
    if (bar != null) bar.step();
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
