package io.annolab.ui.handlers;

/** Event topics of the workbench (IEventBroker). */
public final class ProjectEvents {

    /** The open project gained or lost tasks or labels; the explorer reloads its tree. */
    public static final String CHANGED = "annolab/project/changed";

    private ProjectEvents() {
    }
}
