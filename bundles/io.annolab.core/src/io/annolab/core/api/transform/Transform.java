package io.annolab.core.api.transform;

import java.io.IOException;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.registry.Identified;

/**
 * A dataset transform (Datumaro's plugin kind of the same name), contributed to
 * {@code io.annolab.core.transforms}. Transforms stream where they can: they wrap the source
 * and change items as they pass.
 */
public interface Transform extends Identified {

    DatasetSource apply(DatasetSource source, FormatOptions options) throws IOException;
}
