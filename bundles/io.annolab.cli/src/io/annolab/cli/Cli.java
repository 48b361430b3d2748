package io.annolab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.annolab.cli.commands.ConvertCommand;
import io.annolab.cli.commands.CreateCommand;
import io.annolab.cli.commands.DemoCommand;
import io.annolab.cli.commands.DetectCommand;
import io.annolab.cli.commands.ExportCommand;
import io.annolab.cli.commands.FormatsCommand;
import io.annolab.cli.commands.ImportCommand;
import io.annolab.cli.commands.InferCommand;
import io.annolab.cli.commands.InfoCommand;
import io.annolab.core.api.AnnolabException;

/**
 * Dispatches {@code annolab <verb> ...} to its command. Exit codes: 0 success, 1 failure (one
 * line on standard error saying why), 2 wrong usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        for (Command command : List.of(new ConvertCommand(), new DetectCommand(), new FormatsCommand(), new InfoCommand(),
                new CreateCommand(), new ImportCommand(), new ExportCommand(), new InferCommand(), new DemoCommand())) {
            commands.put(command.name(), command);
        }
    }

    /** Adds a verb contributed by another bundle (for example {@code demo}). */
    public void add(Command command) {
        commands.put(command.name(), command);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public IProgressMonitor progress() {
        return new ProgressBar(err);
    }

    public int run(String[] args) {
        if (args.length == 0 || Arguments.helpWords().contains(args[0]) || args[0].equals("help")) {
            out.print(overview());
            return args.length == 0 ? USAGE : OK;
        }
        // Datumaro spells detection 'detect-format'; accept it so scripts carry over.
        Command command = commands.get(args[0].equals("detect-format") ? "detect" : args[0]);
        if (command == null) {
            err.println("annolab: unknown command '" + args[0] + "'. Commands: " + String.join(", ", commands.keySet()));
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().takeWhile(w -> !w.equals("--")).anyMatch(Arguments.helpWords()::contains)) {
            out.print(command.help());
            return OK;
        }
        try {
            return command.run(Arguments.parse(rest, command.valuedOptions(), command.flagOptions()), this);
        } catch (UsageException e) {
            err.println("annolab " + command.name() + ": " + e.getMessage() + " (see 'annolab " + command.name() + " --help')");
            return USAGE;
        } catch (OperationCanceledException e) {
            err.println("annolab " + command.name() + ": cancelled; nothing was written");
            return FAILED;
        } catch (AnnolabException e) {
            err.println("annolab " + command.name() + ": " + e.getMessage());
            return FAILED;
        } catch (Exception | LinkageError e) {
            err.println("annolab " + command.name() + ": " + e + " (this is a bug: please report it with the command you ran)");
            return FAILED;
        }
    }

    private String overview() {
        StringBuilder text = new StringBuilder("Usage: annolab <command> [options]   (annolab with no command starts the workbench)\n\nCommands:\n");
        commands.values().forEach(c -> text.append(String.format("  %-9s %s%n", c.name(), c.summary())));
        text.append("\nRun 'annolab <command> --help' for a command's options.\n");
        return text.toString();
    }
}
