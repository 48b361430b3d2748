package io.annolab.formats.voc;

import java.util.Set;

/** Datumaro's {@code voc_action}: Pascal VOC, person boxes with actions. */
public class VocActionFormat extends VocFormatBase {

    public VocActionFormat() {
        super("voc_action", "Pascal VOC action classification", Set.of(VocTask.ACTION));
    }
}
