package io.annolab.ui.editor.actions;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandParameter;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.commands.MParameter;

import jakarta.annotation.PostConstruct;

/**
 * Puts the editor's key bindings into the application model at start-up: one command with an
 * action parameter, its handler, the editor binding context (active while a job editor is), and
 * one binding per key of {@link Keymap#load()} — CVAT's defaults with the user's changes.
 * {@link #apply} rebuilds the bindings after the user edits them.
 */
public class KeymapAddon {

    public static final String COMMAND_ID = "io.annolab.ui.editor.command.action";
    public static final String ACTION_PARAMETER = "io.annolab.ui.editor.action.id";
    static final String TABLE_ID = "io.annolab.ui.editor.bindings";
    static final String WINDOW_CONTEXT = "org.eclipse.ui.contexts.window";
    static final String DIALOG_AND_WINDOW_CONTEXT = "org.eclipse.ui.contexts.dialogAndWindow";

    @PostConstruct
    public void install(MApplication application) {
        MCommand command = command(application);
        handler(application, command);
        MBindingContext editorContext = bindingContexts(application);
        apply(application, Keymap.load(), command, editorContext);
    }

    /** Replaces the editor bindings with the given keymap. */
    public static void apply(MApplication application, Keymap keymap) {
        MCommand command = command(application);
        apply(application, keymap, command, bindingContexts(application));
    }

    private static void apply(MApplication application, Keymap keymap, MCommand command, MBindingContext context) {
        MBindingTable table = application.getBindingTables().stream().filter(t -> TABLE_ID.equals(t.getElementId())).findFirst().orElse(null);
        if (table == null) {
            table = MCommandsFactory.INSTANCE.createBindingTable();
            table.setElementId(TABLE_ID);
            table.setBindingContext(context);
            application.getBindingTables().add(table);
        }
        table.getBindings().clear();
        for (EditorAction action : EditorActions.all()) {
            for (String keys : keymap.keys(action.id())) {
                MKeyBinding binding = MCommandsFactory.INSTANCE.createKeyBinding();
                binding.setElementId("io.annolab.ui.editor.binding." + action.id() + "." + keys.replace(' ', '_'));
                binding.setKeySequence(keys);
                binding.setCommand(command);
                MParameter parameter = MCommandsFactory.INSTANCE.createParameter();
                parameter.setElementId(binding.getElementId() + ".parameter");
                parameter.setName(ACTION_PARAMETER);
                parameter.setValue(action.id());
                binding.getParameters().add(parameter);
                table.getBindings().add(binding);
            }
        }
    }

    private static MCommand command(MApplication application) {
        for (MCommand existing : application.getCommands()) {
            if (COMMAND_ID.equals(existing.getElementId())) {
                return existing;
            }
        }
        MCommand command = MCommandsFactory.INSTANCE.createCommand();
        command.setElementId(COMMAND_ID);
        command.setCommandName("Annotation editor action");
        MCommandParameter parameter = MCommandsFactory.INSTANCE.createCommandParameter();
        parameter.setElementId(ACTION_PARAMETER);
        parameter.setName("Action");
        parameter.setOptional(false);
        command.getParameters().add(parameter);
        application.getCommands().add(command);
        return command;
    }

    private static void handler(MApplication application, MCommand command) {
        boolean present = application.getHandlers().stream().anyMatch(h -> h.getCommand() == command);
        if (!present) {
            MHandler handler = MCommandsFactory.INSTANCE.createHandler();
            handler.setElementId("io.annolab.ui.editor.handler.action");
            handler.setContributionURI("bundleclass://io.annolab.ui.editor/" + EditorActionHandler.class.getName());
            handler.setCommand(command);
            application.getHandlers().add(handler);
        }
    }

    /** dialogAndWindow › window › editor, created where the application model lacks them. */
    private static MBindingContext bindingContexts(MApplication application) {
        MBindingContext root = find(application.getRootContext(), DIALOG_AND_WINDOW_CONTEXT);
        if (root == null) {
            root = context(DIALOG_AND_WINDOW_CONTEXT, "In Dialogs and Windows");
            application.getRootContext().add(root);
            application.getBindingContexts().add(root);
        }
        MBindingContext window = find(root.getChildren(), WINDOW_CONTEXT);
        if (window == null) {
            window = context(WINDOW_CONTEXT, "In Windows");
            root.getChildren().add(window);
            application.getBindingContexts().add(window);
        }
        MBindingContext editor = find(window.getChildren(), JobEditorContext.ID);
        if (editor == null) {
            editor = context(JobEditorContext.ID, "In the annotation editor");
            window.getChildren().add(editor); // activated by the editor part, not always on
        }
        return editor;
    }

    private static MBindingContext find(List<MBindingContext> contexts, String id) {
        return contexts.stream().filter(c -> id.equals(c.getElementId())).findFirst().orElse(null);
    }

    private static MBindingContext context(String id, String name) {
        MBindingContext context = MCommandsFactory.INSTANCE.createBindingContext();
        context.setElementId(id);
        context.setName(name);
        return context;
    }
}
