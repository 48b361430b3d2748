package io.annolab.ui.editor.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The keys of every editor action: CVAT's defaults, overridden by what the user set in
 * Settings › Keyboard shortcuts (kept in the instance preferences, one key per action).
 */
public final class Keymap {

    static final String NODE = "io.annolab.ui.editor.keymap";

    private final Map<String, List<String>> keys = new LinkedHashMap<>();

    private Keymap() {
    }

    public static Keymap defaults() {
        Keymap keymap = new Keymap();
        EditorActions.all().forEach(a -> keymap.keys.put(a.id(), a.defaultKeys()));
        return keymap;
    }

    /** Defaults with the user's overrides applied. */
    public static Keymap load() {
        Keymap keymap = defaults();
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        try {
            for (String id : node.keys()) {
                if (keymap.keys.containsKey(id)) {
                    keymap.keys.put(id, split(node.get(id, "")));
                }
            }
        } catch (BackingStoreException e) {
            // unreadable preferences: the defaults still work
        }
        return keymap;
    }

    /** Stores only the actions whose keys differ from the defaults. */
    public void save() throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.clear();
        Keymap defaults = defaults();
        keys.forEach((id, sequences) -> {
            if (!sequences.equals(defaults.keys.get(id))) {
                node.put(id, String.join("|", sequences));
            }
        });
        node.flush();
    }

    public List<String> keys(String actionId) {
        return keys.getOrDefault(actionId, List.of());
    }

    /**
     * Sets an action's keys (each an Eclipse key sequence such as "M1+S" or "T L"); a sequence
     * another action already uses is taken away from it, as CVAT does after its warning.
     * Returns the actions that lost a key.
     */
    public List<String> set(String actionId, List<String> sequences) {
        List<String> normalised = new ArrayList<>();
        for (String sequence : sequences) {
            normalised.add(normalise(sequence));
        }
        List<String> losers = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : keys.entrySet()) {
            if (!entry.getKey().equals(actionId) && entry.getValue().stream().anyMatch(normalised::contains)) {
                entry.setValue(entry.getValue().stream().filter(k -> !normalised.contains(k)).toList());
                losers.add(entry.getKey());
            }
        }
        keys.put(actionId, List.copyOf(normalised));
        return losers;
    }

    /** The action that uses a key sequence, if any. */
    public String actionFor(String sequence) {
        String wanted = normalise(sequence);
        return keys.entrySet().stream().filter(e -> e.getValue().contains(wanted)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The canonical form of a key sequence; throws IllegalArgumentException naming what cannot be parsed. */
    public static String normalise(String sequence) {
        try {
            KeySequence parsed = KeySequence.getInstance(sequence.trim());
            if (parsed.isEmpty()) {
                throw new IllegalArgumentException("No key given");
            }
            return parsed.format();
        } catch (ParseException e) {
            throw new IllegalArgumentException("\"" + sequence + "\" is not a key combination (examples: Ctrl+S, Shift+Del, T L)", e);
        }
    }

    private static List<String> split(String stored) {
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split("\\|")).map(String::trim).toList();
    }
}
