package org.riposte.cli;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code riposte} command. The only class that calls {@code System.exit}. */
@Command(name = "riposte", mixinStandardHelpOptions = true, version = "riposte 0.1.0",
    description = "Reads news about international relations and codes who did what to whom, when, with evidence.",
    subcommands = {IngestCommand.class, EventsCommand.class, ArticlesCommand.class, DemoCommand.class,
        BenchCommand.class, SyntheticCommand.class,
        ExportCommand.class, StoriesCommand.class, ChainCommand.class, ChannelsCommand.class, DyadCommand.class,
        ActorsCommand.class,
        QuotesCommand.class,
        EvalCommand.class,
        ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: ingest, events, articles, demo");
  }

  /** Builds the command line, as the launcher and the tests use it. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    // CoreNLP's own progress lines ("Adding annotator …") would drown the command's output.
    RedwoodConfiguration.current().clear().apply();
    System.exit(commandLine().execute(args));
  }
}
