package io.annolab.core.api.launch;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.core.api.registry.Identified;

/**
 * A model family (detector, interactor, tracker, classifier), contributed to
 * {@code io.annolab.core.launchers}: it knows how to prepare inputs, run a session and decode
 * the outputs into annotations. A concrete model is a descriptor file naming its family.
 */
public interface ModelLauncher extends Identified {

    /** Detector, interactor, tracker, classifier or segmenter. */
    String kind();

    /** Loads a model described by a descriptor file of this family. */
    LoadedModel load(Path descriptor) throws IOException;
}
