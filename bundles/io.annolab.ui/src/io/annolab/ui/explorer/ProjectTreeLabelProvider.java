package io.annolab.ui.explorer;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

import io.annolab.model.Label;

/** Name in the normal colour, details greyed after it; labels show their colour swatch. */
public class ProjectTreeLabelProvider extends LabelProvider implements IStyledLabelProvider {

    private final ColorSwatches swatches;

    public ProjectTreeLabelProvider(ColorSwatches swatches) {
        this.swatches = swatches;
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
            text.append("  " + details, StyledString.DECORATIONS_STYLER);
        }
        return text;
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof Label label ? swatches.get(label.getColor()) : null;
    }
}
