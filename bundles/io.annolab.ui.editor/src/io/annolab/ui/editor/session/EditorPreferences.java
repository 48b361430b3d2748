package io.annolab.ui.editor.session;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's editor settings (CVAT's Settings › Player and Workspace), kept in the instance
 * preferences so they survive restarts. Read when used, so a change applies to open editors.
 */
public final class EditorPreferences {

    static final String NODE = "io.annolab.ui.editor.settings";
    public static final String PLAYER_STEP = "playerStep";
    public static final String AUTOSAVE_SECONDS = "autosaveSeconds";
    public static final String SHOW_TEXT = "showText";
    public static final String SHOW_TAGS = "showTags";
    public static final String CONTROL_POINT_SIZE = "controlPointSize";

    private EditorPreferences() {
    }

    /** Frames C and V jump (default 10, as in CVAT). */
    public static int playerStep() {
        return Math.max(1, node().getInt(PLAYER_STEP, 10));
    }

    /** Seconds between autosaves, 0 for none; -Dannolab.autosave.seconds overrides it (tests, kiosks). */
    public static int autosaveSeconds() {
        Integer forced = Integer.getInteger("annolab.autosave.seconds");
        return forced != null ? forced : Math.max(0, node().getInt(AUTOSAVE_SECONDS, 60));
    }

    public static boolean showText() {
        return node().getBoolean(SHOW_TEXT, true);
    }

    public static boolean showTags() {
        return node().getBoolean(SHOW_TAGS, true);
    }

    public static int controlPointSize() {
        return Math.max(3, node().getInt(CONTROL_POINT_SIZE, 5));
    }

    public static void store(int playerStep, int autosaveSeconds, boolean showText, boolean showTags, int controlPointSize)
            throws BackingStoreException {
        IEclipsePreferences node = node();
        node.putInt(PLAYER_STEP, playerStep);
        node.putInt(AUTOSAVE_SECONDS, autosaveSeconds);
        node.putBoolean(SHOW_TEXT, showText);
        node.putBoolean(SHOW_TAGS, showTags);
        node.putInt(CONTROL_POINT_SIZE, controlPointSize);
        node.flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
