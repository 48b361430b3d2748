package io.annolab.formats.voc;

import java.util.EnumSet;
import java.util.Set;

/** Datumaro's VOC tasks, each with the ImageSets folder that lists its items. */
enum VocTask {
    CLASSIFICATION("Main"), DETECTION("Main"), SEGMENTATION("Segmentation"), ACTION("Action"), LAYOUT("Layout");

    static final Set<VocTask> ALL = EnumSet.allOf(VocTask.class);

    private final String listFolder;

    VocTask(String listFolder) {
        this.listFolder = listFolder;
    }

    /** The folder under ImageSets holding this task's subset lists. */
    String listFolder() {
        return listFolder;
    }

    /** Datumaro's name of the task, as given to {@code --tasks}. */
    String datumaroName() {
        return switch (this) {
            case ACTION -> "action_classification";
            case LAYOUT -> "person_layout";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static VocTask fromDatumaroName(String name) {
        for (VocTask task : values()) {
            if (task.datumaroName().equals(name.trim()) || task.name().equalsIgnoreCase(name.trim())) {
                return task;
            }
        }
        throw new IllegalArgumentException("unknown VOC task '" + name + "'; known: classification, detection, segmentation, "
                + "action_classification, person_layout");
    }
}
