package io.annolab.ui.ai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * CVAT's label matching before automatic annotation: each label of the model goes to a project
 * label or is skipped. Same names (ignoring case) are matched at first; "background" is skipped.
 */
final class LabelMappingDialog extends Dialog {

    static final String SKIP = "(skip)";

    private final String modelName;
    private final List<String> modelLabels;
    private final List<io.annolab.model.Label> projectLabels;
    private final Map<String, io.annolab.model.Label> initial;
    private final List<Combo> choices = new ArrayList<>();
    private Map<String, io.annolab.model.Label> mapping;

    LabelMappingDialog(Shell parent, String modelName, List<String> modelLabels, List<io.annolab.model.Label> projectLabels,
            Map<String, io.annolab.model.Label> initial) {
        super(parent);
        this.modelName = modelName;
        this.modelLabels = modelLabels.stream().distinct().filter(l -> !isBackground(l)).toList();
        this.projectLabels = projectLabels;
        this.initial = initial;
    }

    /** Model labels to project labels by name, ignoring case; background never. */
    static Map<String, io.annolab.model.Label> byName(List<String> modelLabels, List<io.annolab.model.Label> projectLabels) {
        Map<String, io.annolab.model.Label> map = new LinkedHashMap<>();
        for (String name : modelLabels) {
            if (isBackground(name)) {
                continue;
            }
            projectLabels.stream().filter(p -> p.getName().equalsIgnoreCase(name)).findFirst().ifPresent(p -> map.put(name, p));
        }
        return map;
    }

    private static boolean isBackground(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("background") || lower.equals("__background__");
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Match the model's labels");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("What " + modelName + " finds becomes objects of these project labels; skipped labels are left out.");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 380;
        intro.setLayoutData(introData);
        for (String modelLabel : modelLabels) {
            new Label(area, SWT.NONE).setText(modelLabel);
            Combo choice = new Combo(area, SWT.READ_ONLY);
            choice.setData("annolab.id", "ai.mapping." + modelLabel);
            choice.add(SKIP);
            for (io.annolab.model.Label label : projectLabels) {
                choice.add(label.getName());
            }
            io.annolab.model.Label chosen = initial.get(modelLabel);
            choice.select(chosen == null ? 0 : projectLabels.indexOf(chosen) + 1);
            choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            choices.add(choice);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        mapping = new LinkedHashMap<>();
        for (int i = 0; i < modelLabels.size(); i++) {
            int index = choices.get(i).getSelectionIndex();
            if (index > 0) {
                mapping.put(modelLabels.get(i), projectLabels.get(index - 1));
            }
        }
        super.okPressed();
    }

    /** The chosen mapping, or null when cancelled. */
    Map<String, io.annolab.model.Label> ask() {
        return open() == OK ? mapping : null;
    }
}
