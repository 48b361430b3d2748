package io.annolab.formats.voc;

/** Datumaro's {@code voc}: Pascal VOC, every task. */
public class VocFormat extends VocFormatBase {

    public VocFormat() {
        super("voc", "Pascal VOC", VocTask.ALL);
    }
}
