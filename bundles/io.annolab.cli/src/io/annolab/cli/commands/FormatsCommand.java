package io.annolab.cli.commands;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.format.DatasetFormat;
import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;

/** {@code annolab formats}: what the installed bundles can read and write. */
public class FormatsCommand implements Command {

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String summary() {
        return "list the dataset formats the installed bundles can read and write";
    }

    @Override
    public String help() {
        return """
                Usage: annolab formats

                Lists every installed dataset format: its name (as used with -if and -f), whether it can
                be imported and exported, and the bundle that provides it.
                """;
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        cli.out().printf("%-28s %-7s %-7s %s%n", "FORMAT", "IMPORT", "EXPORT", "PROVIDED BY");
        for (Contribution<DatasetFormat> contribution : Registries.formats().contributions()) {
            DatasetFormat format = contribution.get();
            cli.out().printf("%-28s %-7s %-7s %s%n", contribution.id(), format.importer() != null ? "yes" : "-",
                    format.exporter() != null ? "yes" : "-", contribution.contributor());
        }
        return Cli.OK;
    }
}
