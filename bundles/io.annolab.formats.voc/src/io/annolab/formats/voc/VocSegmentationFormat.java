package io.annolab.formats.voc;

import java.util.Set;

/** Datumaro's {@code voc_segmentation}: Pascal VOC, class and instance masks. */
public class VocSegmentationFormat extends VocFormatBase {

    public VocSegmentationFormat() {
        super("voc_segmentation", "Pascal VOC segmentation", Set.of(VocTask.SEGMENTATION));
    }
}
