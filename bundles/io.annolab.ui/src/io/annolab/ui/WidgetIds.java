package io.annolab.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets ({@code widget.getData(KEY)}), so UI tests and scripted checks find
 * controls without depending on layout or texts.
 */
public final class WidgetIds {

    /** The {@code setData} key under which every Annolab widget id is stored. */
    public static final String KEY = "annolab.id";

    public static final String EXPLORER_TREE = "explorer.tree";
    public static final String EXPLORER_MESSAGE = "explorer.message";

    private WidgetIds() {
    }

    /** Tags {@code widget} with {@code id} and returns it, for use inside constructors chains. */
    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
