package io.annolab.ui.editor.actions;

import java.util.List;

/**
 * One thing a user can do in the annotation editor, with CVAT's default keys (Appendix A of the
 * feature inventory) in Eclipse's key-sequence syntax ("M1" is Ctrl, "M2" Shift, "M3" Alt).
 */
public record EditorAction(String id, String name, String description, List<String> defaultKeys) {

    public static EditorAction of(String id, String name, String description, String... keys) {
        return new EditorAction(id, name, description, List.of(keys));
    }
}
