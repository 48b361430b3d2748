package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.List;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.format.FormatDetection;
import io.annolab.core.api.format.FormatDetection.Candidate;

/** {@code annolab detect PATH}: which formats a dataset may be in, with confidences. */
public class DetectCommand implements Command {

    @Override
    public String name() {
        return "detect";
    }

    @Override
    public String summary() {
        return "detect a dataset's format, with each format's confidence";
    }

    @Override
    public String help() {
        return """
                Usage: annolab detect PATH

                Asks every installed importer how confident it is (0-100) that PATH holds its format.
                The most confident one is the detected format; a tie at the top is reported and exits 1.
                """;
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(1, 1, "the dataset PATH");
        Path path = Path.of(arguments.positional().get(0));
        List<Candidate> candidates = new FormatDetection().candidates(path);
        if (candidates.isEmpty()) {
            cli.err().println("annolab detect: " + path + ": no installed format recognises this dataset");
            return Cli.FAILED;
        }
        for (Candidate candidate : candidates) {
            cli.out().printf("%-28s %3d%n", candidate.formatId(), candidate.confidence());
        }
        String best = new FormatDetection().detect(path);
        cli.out().println("detected: " + best);
        return Cli.OK;
    }
}
