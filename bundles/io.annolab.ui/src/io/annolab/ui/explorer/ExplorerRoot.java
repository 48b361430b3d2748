package io.annolab.ui.explorer;

import io.annolab.model.Project;

/**
 * The viewer's input. It wraps the project because JFace asks the content provider for
 * top-level elements (not children) of any element equal to the input, so the project itself
 * could not be a node if it were the input.
 */
public record ExplorerRoot(Project project) {
}
