package io.annolab.core.api.validate;

import java.io.IOException;
import java.util.List;

import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.registry.Identified;

/** Checks a dataset, contributed to {@code io.annolab.core.validators}. */
public interface Validator extends Identified {

    List<ValidationIssue> validate(DatasetSource source) throws IOException;
}
