package io.annolab.formats.coco;

import java.util.EnumSet;
import java.util.Set;

import io.annolab.core.api.format.DatasetExporter;
import io.annolab.core.api.format.NamedFormat;
import io.annolab.core.api.format.DatasetImporter;

/** Datumaro's COCO format names: the family ({@code coco}) and one sub-format per task. */
public final class CocoFormats {

    private CocoFormats() {
    }

    /** A COCO format over a set of tasks; sub-formats "only limit the set of annotation files they work with". */
    public abstract static class Base extends NamedFormat {
        private final Set<CocoTask> tasks;
        private final boolean family;

        Base(String id, String name, Set<CocoTask> tasks, boolean family) {
            super(id, name);
            this.tasks = tasks;
            this.family = family;
        }

        @Override
        public DatasetImporter importer() {
            return new CocoImporter(tasks, family);
        }

        @Override
        public DatasetExporter exporter() {
            return new CocoExporter(id(), tasks, family);
        }
    }

    public static final class Coco extends Base {
        public Coco() {
            super("coco", "MS COCO (all tasks)", CocoTask.all(), true);
        }
    }

    public static final class Instances extends Base {
        public Instances() {
            super("coco_instances", "MS COCO instances", EnumSet.of(CocoTask.INSTANCES), false);
        }
    }

    public static final class PersonKeypoints extends Base {
        public PersonKeypoints() {
            super("coco_person_keypoints", "MS COCO person keypoints", EnumSet.of(CocoTask.PERSON_KEYPOINTS), false);
        }
    }

    public static final class Captions extends Base {
        public Captions() {
            super("coco_captions", "MS COCO captions", EnumSet.of(CocoTask.CAPTIONS), false);
        }
    }

    public static final class Labels extends Base {
        public Labels() {
            super("coco_labels", "MS COCO labels (Datumaro extension)", EnumSet.of(CocoTask.LABELS), false);
        }
    }

    public static final class ImageInfo extends Base {
        public ImageInfo() {
            super("coco_image_info", "MS COCO image info", EnumSet.of(CocoTask.IMAGE_INFO), false);
        }
    }

    public static final class Panoptic extends Base {
        public Panoptic() {
            super("coco_panoptic", "MS COCO panoptic", EnumSet.of(CocoTask.PANOPTIC), false);
        }
    }

    public static final class Stuff extends Base {
        public Stuff() {
            super("coco_stuff", "MS COCO stuff", EnumSet.of(CocoTask.STUFF), false);
        }
    }
}
