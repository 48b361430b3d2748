package io.annolab.ui.editor.actions;

import io.annolab.ui.editor.canvas.CanvasSettings;

/** Canvas settings for a new editor, starting from what the user stored in Settings › Editor. */
public final class EditorSettings {

    private EditorSettings() {
    }

    public static CanvasSettings fromPreferences() {
        CanvasSettings settings = new CanvasSettings();
        SettingsDialog.apply(settings);
        return settings;
    }
}
