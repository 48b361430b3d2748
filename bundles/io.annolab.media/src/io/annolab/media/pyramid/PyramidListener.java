package io.annolab.media.pyramid;

import io.annolab.core.api.AnnolabException;

/** Progress of a pyramid's background build; called on the builder thread, so UIs must hop to their own. */
public interface PyramidListener {

    /**
     * Level {@code level} can now be cut into tiles. A level first built from the reduced preview decode
     * ({@code preview} true) is announced again when its exact pixels replace it.
     */
    void levelReady(ImagePyramid pyramid, int level, boolean preview);

    /** The build stopped: the file could not be read or decoded, or there was not enough memory. */
    default void buildFailed(ImagePyramid pyramid, AnnolabException failure) {
    }
}
