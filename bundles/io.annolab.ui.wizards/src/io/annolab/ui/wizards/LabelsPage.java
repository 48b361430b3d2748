package io.annolab.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.task.CvatLabelsJson;
import io.annolab.core.api.task.LabelRules;
import io.annolab.model.Label;

/**
 * The project's labels, in two views kept in step: the Constructor (a form per label) and Raw
 * (CVAT's label JSON, for pasting label sets). Switching to Raw writes the JSON; switching back
 * reads it, and a parse error keeps the user on Raw with the line and column shown.
 */
final class LabelsPage extends WizardPage {

    private final List<Label> labels = new ArrayList<>();
    private TabFolder tabs;
    private TabItem rawTab;
    private Text raw;
    private LabelConstructor constructor;
    private boolean rawShown;

    LabelsPage() {
        super("labels", "Labels", null);
        setDescription("Add the labels annotators will use; the Raw tab takes CVAT's label JSON");
    }

    @Override
    public void createControl(Composite root) {
        tabs = WizardIds.tag(new TabFolder(root, SWT.TOP), WizardIds.LABEL_TABS);
        TabItem constructorTab = new TabItem(tabs, SWT.NONE);
        constructorTab.setText("Constructor");
        constructor = new LabelConstructor(tabs, labels, this::validate);
        constructorTab.setControl(constructor);
        rawTab = new TabItem(tabs, SWT.NONE);
        rawTab.setText("Raw");
        Composite rawPage = new Composite(tabs, SWT.NONE);
        rawPage.setLayout(new FillLayout());
        raw = WizardIds.tag(new Text(rawPage, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), WizardIds.LABEL_RAW);
        raw.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        raw.addListener(SWT.Modify, e -> validate());
        rawTab.setControl(rawPage);
        tabs.addListener(SWT.Selection, e -> switched());
        setControl(tabs);
        validate();
    }

    private void switched() {
        boolean toRaw = tabs.getSelection().length > 0 && tabs.getSelection()[0] == rawTab;
        if (toRaw == rawShown) {
            return;
        }
        if (toRaw) {
            raw.setText(CvatLabelsJson.write(labels));
            rawShown = true;
        } else {
            try {
                List<Label> parsed = CvatLabelsJson.read(raw.getText());
                labels.clear();
                labels.addAll(parsed);
                rawShown = false;
                constructor.refresh();
            } catch (AnnolabException e) {
                tabs.setSelection(rawTab); // stay until the JSON reads
                showError(e);
                return;
            }
        }
        validate();
    }

    /** The labels as they stand, or null (with the reason on the page) when the raw JSON does not read. */
    List<Label> labels() {
        if (rawShown) {
            try {
                return CvatLabelsJson.read(raw.getText());
            } catch (AnnolabException e) {
                showError(e);
                return null;
            }
        }
        return labels;
    }

    private void showError(AnnolabException e) {
        setErrorMessage("The raw labels do not read: " + e.what());
        if (e.line() > 0) {
            int offset = offsetOf(raw.getText(), e.line(), e.column());
            raw.setSelection(offset);
        }
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    private void validate() {
        List<String> problems;
        if (rawShown) {
            try {
                problems = LabelRules.check(CvatLabelsJson.read(raw.getText()));
            } catch (AnnolabException e) {
                setErrorMessage("The raw labels do not read: " + e.what());
                setPageComplete(false);
                return;
            }
        } else {
            problems = LabelRules.check(labels);
        }
        setErrorMessage(problems.isEmpty() ? null : problems.get(0));
        setPageComplete(problems.isEmpty());
    }
}
