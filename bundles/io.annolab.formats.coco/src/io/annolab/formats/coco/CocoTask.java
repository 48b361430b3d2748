package io.annolab.formats.coco;

import java.util.EnumSet;
import java.util.Set;

/**
 * COCO's annotation tasks, named as the file prefix in {@code annotations/<task>_<subset>.json}.
 * The label-bearing tasks are declared in alphabetical order of their names: when a folder holds
 * several of them, Datumaro imports only the first (they would bring conflicting categories).
 */
public enum CocoTask {
    INSTANCES("instances", true),
    LABELS("labels", true),
    PANOPTIC("panoptic", true),
    PERSON_KEYPOINTS("person_keypoints", true),
    STUFF("stuff", true),
    CAPTIONS("captions", false),
    IMAGE_INFO("image_info", false);

    private final String prefix;
    private final boolean labelBearing;

    CocoTask(String prefix, boolean labelBearing) {
        this.prefix = prefix;
        this.labelBearing = labelBearing;
    }

    /** The file-name prefix, also the value of the {@code --tasks} option. */
    public String prefix() {
        return prefix;
    }

    /** Whether the task's categories define labels (captions and image_info have none). */
    public boolean labelBearing() {
        return labelBearing;
    }

    /** The task whose prefix starts {@code fileStem} followed by '_' (the longest match), or null. */
    public static CocoTask ofFileStem(String fileStem) {
        CocoTask best = null;
        for (CocoTask task : values()) {
            if (fileStem.startsWith(task.prefix + "_") && fileStem.length() > task.prefix.length() + 1
                    && (best == null || task.prefix.length() > best.prefix.length())) {
                best = task;
            }
        }
        return best;
    }

    /** The subset named after the task prefix in {@code fileStem}. */
    public String subsetOf(String fileStem) {
        return fileStem.substring(prefix.length() + 1);
    }

    public static CocoTask ofPrefix(String prefix) {
        for (CocoTask task : values()) {
            if (task.prefix.equals(prefix)) {
                return task;
            }
        }
        return null;
    }

    public static Set<CocoTask> all() {
        return EnumSet.allOf(CocoTask.class);
    }
}
