package io.annolab.ui.explorer;

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

    private final ColorSwatches swatches;
    private final ExplorerIcons icons;

    public ProjectTreeLabelProvider(ColorSwatches swatches, ExplorerIcons icons) {
        this.swatches = swatches;
        this.icons = icons;
    }

    @Override
    public String getText(Object element) {
        String details = ExplorerTexts.details(element);
        return details.isEmpty() ? ExplorerTexts.name(element) : ExplorerTexts.name(element) + "  " + details;
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString text = new StyledString(ExplorerTexts.name(element));
        String details = ExplorerTexts.details(element);
        if (!details.isEmpty()) {
            text.append("  " + details, DETAILS);
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
            case Job job -> icons.job(job.getState());
            default -> null;
        };
    }
}
