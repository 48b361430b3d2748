package io.annolab.formats.mot;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.annolab.formats.testing.Conformance;
import io.annolab.formats.testing.ConformanceCase;

/** The MOT and MOTS cases of the shared corpus read exactly as Datumaro reads them. */
class MotConformanceTest {

    @Test
    void mot() throws IOException {
        Conformance.assertConforms(ConformanceCase.named("mot"));
    }

    @Test
    void motSeqinfo() throws IOException {
        Conformance.assertConforms(ConformanceCase.named("mot_seqinfo"));
    }

    @Test
    void mots() throws IOException {
        Conformance.assertConforms(ConformanceCase.named("mots"));
    }
}
