package io.annolab.cli.commands;

import java.nio.file.Path;
import java.util.Map;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.core.api.store.ProjectStore;
import io.annolab.model.ModelFactory;
import io.annolab.model.Project;

/** {@code annolab create -o DIR [-n NAME]}: an empty project, as {@code datum create}. */
public class CreateCommand implements Command {

    @Override
    public String name() {
        return "create";
    }

    @Override
    public String summary() {
        return "create an empty Annolab project folder";
    }

    @Override
    public String help() {
        return """
                Usage: annolab create -o DIR [-n NAME]

                  -o, --output-dir DIR   the project folder (created; must not hold a project yet)
                  -n, --name NAME        the project's name (default: the folder's name)
                """;
    }

    @Override
    public Map<String, String> valuedOptions() {
        return Map.of("-o", "output", "--output-dir", "output", "-n", "name", "--name", "name");
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(0, 0, "");
        Path folder = Path.of(arguments.required("output", "the project folder (-o DIR)"));
        Project project = ModelFactory.eINSTANCE.createProject();
        String name = arguments.option("name");
        project.setName(name != null ? name : folder.toAbsolutePath().getFileName().toString());
        ProjectStore.create(folder, project).close();
        cli.out().println("created project '" + project.getName() + "' in " + folder);
        return Cli.OK;
    }
}
