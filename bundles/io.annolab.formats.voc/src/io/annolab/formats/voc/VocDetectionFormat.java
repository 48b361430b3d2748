package io.annolab.formats.voc;

import java.util.Set;

/** Datumaro's {@code voc_detection}: Pascal VOC, boxes. */
public class VocDetectionFormat extends VocFormatBase {

    public VocDetectionFormat() {
        super("voc_detection", "Pascal VOC detection", Set.of(VocTask.DETECTION));
    }
}
