package io.annolab.formats.mot;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.values.Coordinates;
import io.annolab.model.values.MaskRle;

/**
 * Reads a MOTS instance PNG as Datumaro does: each distinct pixel value v ≠ 0 is one mask,
 * class v / 1000 (class 1 is the first line of labels.txt, 0 the background), track
 * v % 1000. Class 10 means "ignored" when fewer than 10 labels are declared, drawn above the
 * others. Masks come in ascending pixel value, cropped to their box.
 */
final class MotsMaskReader {

    /** More pixels than this is a decompression bomb, not a mask (64 M). */
    static final long MAX_PIXELS = 1L << 26;

    static final int INSTANCES_PER_CLASS = 1000;
    private static final int IGNORED_CLASS = 10;

    private MotsMaskReader() {
    }

    static List<Shape> read(Path file, List<Label> labels) throws IOException {
        int[] values = new int[0];
        ImageSize size = ImageHeaders.readSize(file);
        if (size == null || !file.getFileName().toString().toLowerCase().endsWith(".png")) {
            throw new AnnolabException("the mask is not a PNG image", file, "MOTS masks are 16-bit grey PNG files; replace it");
        }
        if ((long) size.width() * size.height() > MAX_PIXELS) {
            throw new AnnolabException("the mask claims " + size.width() + "x" + size.height() + " pixels, more than a mask may have", file,
                    "The file is corrupt or hostile; replace it");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new AnnolabException("the mask PNG cannot be decoded (" + e.getMessage() + ")", file,
                    "The file is damaged or truncated; replace it", e);
        }
        if (image == null) {
            throw new AnnolabException("the mask PNG cannot be decoded", file, "The file is damaged; replace it");
        }
        Raster raster = image.getRaster();
        if (raster.getNumBands() > 2) {
            throw new AnnolabException("the mask has " + raster.getNumBands() + " colour channels", file,
                    "MOTS masks are single-channel 16-bit PNGs holding class * 1000 + instance");
        }
        int width = image.getWidth(), height = image.getHeight();
        values = raster.getSamples(0, 0, width, height, 0, new int[width * height]);
        Map<Integer, int[]> boxes = new TreeMap<>(); // value -> left, top, right, bottom
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                int x = i % width, y = i / width;
                int[] box = boxes.computeIfAbsent(values[i], v -> new int[] { x, y, x, y });
                box[0] = Math.min(box[0], x);
                box[2] = Math.max(box[2], x);
                box[3] = y;
            }
        }
        List<Shape> masks = new ArrayList<>();
        for (Map.Entry<Integer, int[]> entry : boxes.entrySet()) {
            int value = entry.getKey(), classId = value / INSTANCES_PER_CLASS;
            if (classId == 0) {
                continue; // background with an instance number: Datumaro skips it too
            }
            Shape mask = ModelFactory.eINSTANCE.createShape();
            mask.setType(ShapeType.MASK);
            if (classId == IGNORED_CLASS && labels.size() < IGNORED_CLASS) {
                mask.setLabel(labels.stream().filter(l -> "ignored".equals(l.getName())).findFirst().orElse(null));
                mask.setZOrder(1);
            } else if (classId > labels.size()) {
                throw new AnnolabException("pixel value " + value + " is class " + classId + ", but labels.txt declares " + labels.size()
                        + " labels", file, "Add the label to instances/labels.txt (line N is class N), or repaint the mask");
            } else {
                mask.setLabel(labels.get(classId - 1));
            }
            AnnotationAttributes.put(mask, AnnotationAttributes.TRACK_ID, (long) (value % INSTANCES_PER_CLASS));
            int[] box = entry.getValue();
            int boxWidth = box[2] - box[0] + 1, boxHeight = box[3] - box[1] + 1;
            boolean[] pixels = new boolean[boxWidth * boxHeight];
            for (int y = 0; y < boxHeight; y++) {
                int offset = (box[1] + y) * width + box[0];
                for (int x = 0; x < boxWidth; x++) {
                    pixels[y * boxWidth + x] = values[offset + x] == value;
                }
            }
            mask.setPoints(Coordinates.of((float) box[0], box[1], box[2], box[3]));
            mask.setMask(MaskRle.encode(boxWidth, boxHeight, pixels));
            masks.add(mask);
        }
        return masks;
    }
}
