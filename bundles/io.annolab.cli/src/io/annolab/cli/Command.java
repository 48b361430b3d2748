package io.annolab.cli;

import java.util.Map;

/** One verb of the command line. */
public interface Command {

    String name();

    /** One line for the overview. */
    String summary();

    /** The full help text shown by {@code annolab <verb> --help}. */
    String help();

    /** Options that take a value: spelling (e.g. "-i", "--input") to key. */
    default Map<String, String> valuedOptions() {
        return Map.of();
    }

    /** Options without a value: spelling to key. */
    default Map<String, String> flagOptions() {
        return Map.of();
    }

    /** Runs the verb; returns the exit code. Throws UsageException for wrong arguments. */
    int run(Arguments arguments, Cli cli) throws Exception;
}
