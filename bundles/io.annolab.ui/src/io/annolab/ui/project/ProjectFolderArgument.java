package io.annolab.ui.project;

import java.nio.file.Path;
import java.util.Optional;

/** Reads the {@code -project <folder>} program argument. */
public final class ProjectFolderArgument {

    public static final String FLAG = "-project";

    private ProjectFolderArgument() {
    }

    /** The folder following {@code -project}, if the arguments name one. */
    public static Optional<Path> find(String[] args) {
        if (args == null) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < args.length; i++) {
            if (FLAG.equals(args[i]) && !args[i + 1].isBlank()) {
                return Optional.of(Path.of(args[i + 1]).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }
}
