package io.annolab.formats.mot;

import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;

/**
 * Watches the items of an export to decide whether a {@code seqinfo.ini} tells the truth about
 * them: every item is frame N named exactly "N", frames are 1..count, and all images share one
 * size and extension. A reader given that file rebuilds the same items (ids, sizes), even where
 * the images themselves were not copied.
 */
final class SeqInfoWitness {

    private boolean truthful = true;
    private int width = -1, height = -1, last;
    private String extension;

    void see(DatasetItem item, int frame, String copiedExtension) {
        Media media = item.getMedia();
        if (!truthful) {
            return;
        }
        if (!item.getId().equals(Integer.toString(frame)) || media == null || media.getWidth() <= 0 || media.getHeight() <= 0) {
            truthful = false;
            return;
        }
        String ext = copiedExtension != null ? copiedExtension : media.getPath() != null ? extension(media.getPath()) : ".jpg";
        if (width < 0) {
            width = media.getWidth();
            height = media.getHeight();
            extension = ext;
        }
        truthful = width == media.getWidth() && height == media.getHeight() && extension.equals(ext);
        last = Math.max(last, frame);
    }

    /** The sequence's seqinfo.ini, or null when one would misdescribe the items. */
    SeqInfo result(Dataset header, int distinctFrames) {
        if (!truthful || width < 0 || last != distinctFrames) {
            return null;
        }
        Double frameRate = null;
        for (AttributeValue attribute : header.getAttributes()) {
            if (MotFrames.FRAME_RATE.equals(attribute.getName()) && attribute.getValue() instanceof Number number) {
                frameRate = number.doubleValue();
            }
        }
        return new SeqInfo(header.getName(), "img1", frameRate, last, width, height, extension);
    }

    /** The extension of a path's file name, with its dot; ".jpg" when it has none. */
    static String extension(String path) {
        String name = java.nio.file.Path.of(path.contains("!/") ? path.substring(path.lastIndexOf("!/") + 2) : path).getFileName()
                .toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : ".jpg";
    }
}
