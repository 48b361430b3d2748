package io.annolab.cli.commands;

import java.nio.file.Path;

import io.annolab.cli.Arguments;
import io.annolab.cli.Cli;
import io.annolab.cli.Command;
import io.annolab.cli.UsageException;
import io.annolab.demo.DemoProject;
import io.annolab.model.Project;

/** {@code annolab demo create DIR}: writes the demo project (used by ./annolab on first start). */
public class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "create the demo project (generated images, a video, labels, tasks and annotations)";
    }

    @Override
    public String help() {
        return """
                Usage: annolab demo create DIR

                Generates the demo media and writes a project with labels of several kinds, an image
                task in two jobs and a video task whose tracks follow the moving shapes.
                """;
    }

    @Override
    public int run(Arguments arguments, Cli cli) throws Exception {
        arguments.expectPositional(2, 2, "'create DIR'");
        if (!arguments.positional().get(0).equals("create")) {
            throw new UsageException("unknown demo action '" + arguments.positional().get(0) + "'; use 'demo create DIR'");
        }
        Path folder = Path.of(arguments.positional().get(1));
        Project project = DemoProject.create(folder);
        cli.out().println("created the demo project '" + project.getName() + "' in " + folder + ": "
                + project.getTasks().size() + " tasks, " + project.getLabels().size() + " labels");
        return Cli.OK;
    }
}
