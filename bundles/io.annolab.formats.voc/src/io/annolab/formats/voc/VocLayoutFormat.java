package io.annolab.formats.voc;

import java.util.Set;

/** Datumaro's {@code voc_layout}: Pascal VOC, person boxes with their parts. */
public class VocLayoutFormat extends VocFormatBase {

    public VocLayoutFormat() {
        super("voc_layout", "Pascal VOC person layout", Set.of(VocTask.LAYOUT));
    }
}
