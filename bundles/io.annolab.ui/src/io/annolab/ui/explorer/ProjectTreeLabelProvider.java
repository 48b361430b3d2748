package io.annolab.ui.explorer;

import java.util.Map;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;

import io.annolab.model.Job;
import io.annolab.model.Label;
import io.annolab.model.Project;
import io.annolab.model.Task;

/** Name in the normal colour, details greyed after it; labels show their colour swatch. */
public class ProjectTreeLabelProvider extends LabelProvider implements IStyledLabelProvider {

    /**
     * Our own grey: JFace's DECORATIONS_STYLER takes its colour from the 3.x workbench theme,
     * which a pure e4 application does not have (it would stay black).
     */
    private static final StyledString.Styler DETAILS = new StyledString.Styler() {
        private final Color grey = new Color(0x76, 0x7c, 0x85);

        @Override
        public void applyStyles(TextStyle style) {
            style.foreground = grey;
        }
    };

    /** Red, for what the user cannot work on (a job whose file is damaged). */
    private static final StyledString.Styler PROBLEM = new StyledString.Styler() {
        private final Color red = new Color(0xc5, 0x22, 0x1f);

        @Override
        public void applyStyles(TextStyle style) {
            style.foreground = red;
        }
    };

    private final ColorSwatches swatches;
    private final ExplorerIcons icons;
    private Map<Job, String> unavailableJobs = Map.of();

    public ProjectTreeLabelProvider(ColorSwatches swatches, ExplorerIcons icons) {
        this.swatches = swatches;
        this.icons = icons;
    }

    /** Jobs to mark as unavailable, with the reason (from the store); set before each new input. */
    public void setUnavailableJobs(Map<Job, String> unavailableJobs) {
        this.unavailableJobs = Map.copyOf(unavailableJobs);
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString text = new StyledString(ExplorerTexts.name(element));
        String details = ExplorerTexts.details(element);
        if (!details.isEmpty()) {
            text.append("  " + details, DETAILS);
        }
        String problem = element instanceof Job job ? unavailableJobs.get(job) : null;
        if (problem != null) {
            text.append("  unavailable: " + problem, PROBLEM);
        }
        return text;
    }

    @Override
    public Image getImage(Object element) {
        return switch (element) {
            case Label label -> swatches.get(label.getColor());
            case Project project -> icons.project();
            case ExplorerGroup group -> icons.folder();
            case Task task -> icons.task();
            case Job job -> unavailableJobs.containsKey(job) ? icons.broken() : icons.job(job.getState());
            default -> null;
        };
    }
}
