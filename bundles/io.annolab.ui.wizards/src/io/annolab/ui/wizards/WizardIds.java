package io.annolab.ui.wizards;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on the wizards' widgets ({@code widget.getData(KEY)}, the same key as the
 * workbench's), so tests and scripted checks find controls without depending on layout or texts.
 */
public final class WizardIds {

    public static final String KEY = "annolab.id";

    public static final String PROJECT_NAME = "project.name";
    public static final String PROJECT_PARENT = "project.parent";
    public static final String PROJECT_FOLDER = "project.folder";

    public static final String LABEL_TABS = "labels.tabs";
    public static final String LABEL_RAW = "labels.raw";
    public static final String LABEL_LIST = "labels.list";
    public static final String LABEL_ADD = "labels.add";
    public static final String LABEL_REMOVE = "labels.remove";
    public static final String LABEL_NAME = "label.name";
    public static final String LABEL_COLOR = "label.color";
    public static final String LABEL_TYPE = "label.type";
    public static final String ATTRIBUTE_TABLE = "attributes.table";
    public static final String ATTRIBUTE_ADD = "attributes.add";
    public static final String ATTRIBUTE_REMOVE = "attributes.remove";
    public static final String ATTRIBUTE_NAME = "attribute.name";
    public static final String ATTRIBUTE_INPUT = "attribute.input";
    public static final String ATTRIBUTE_MUTABLE = "attribute.mutable";
    public static final String ATTRIBUTE_VALUES = "attribute.values";
    public static final String ATTRIBUTE_DEFAULT = "attribute.default";
    public static final String SKELETON_CANVAS = "skeleton.canvas";
    public static final String SKELETON_POINT_NAME = "skeleton.point.name";
    public static final String SKELETON_POINT_REMOVE = "skeleton.point.remove";

    public static final String TASK_NAME = "task.name";
    public static final String TASK_SUBSET = "task.subset";
    public static final String TASK_SOURCES = "task.sources";
    public static final String TASK_PATH = "task.path";
    public static final String TASK_ADD_PATH = "task.add.path";
    public static final String TASK_ADD_FILES = "task.add.files";
    public static final String TASK_ADD_FOLDER = "task.add.folder";
    public static final String TASK_ADD_ARCHIVE = "task.add.archive";
    public static final String TASK_REMOVE_SOURCE = "task.remove.source";
    public static final String TASK_FOUND = "task.found";
    public static final String TASK_SORTING = "task.sorting";
    public static final String TASK_SEED = "task.seed";
    public static final String TASK_START = "task.start";
    public static final String TASK_STOP = "task.stop";
    public static final String TASK_STEP = "task.step";
    public static final String TASK_SEGMENT = "task.segment";
    public static final String TASK_OVERLAP = "task.overlap";
    public static final String TASK_PREVIEW = "task.preview";

    private WizardIds() {
    }

    static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
