package io.annolab.formats.voc;

import java.util.Set;

/** Datumaro's {@code voc_classification}: Pascal VOC, image labels. */
public class VocClassificationFormat extends VocFormatBase {

    public VocClassificationFormat() {
        super("voc_classification", "Pascal VOC classification", Set.of(VocTask.CLASSIFICATION));
    }
}
