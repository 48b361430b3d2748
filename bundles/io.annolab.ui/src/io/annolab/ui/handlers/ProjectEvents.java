package io.annolab.ui.handlers;

/** Event topics of the workbench (IEventBroker). */
public final class ProjectEvents {

    /** The open project gained or lost tasks or labels; the explorer reloads its tree. */
    public static final String CHANGED = "annolab/project/changed";

    /** Open the project folder given as the event's data (a java.nio.file.Path) in the explorer. */
    public static final String OPEN = "annolab/project/open";

    private ProjectEvents() {
    }
}
