package io.annolab.formats.coco;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Annotation;
import io.annolab.model.Shape;
import io.annolab.model.values.MaskRle;

/**
 * COCO panoptic masks: one PNG per image in {@code annotations/panoptic_<subset>/}, where a
 * pixel's segment id is R + 256·G + 256²·B. Each {@code segments_info} entry becomes one mask
 * with {@code id = group = segment id}, cut to the tight box of its pixels.
 */
final class PanopticMasks {

    private PanopticMasks() {
    }

    static void add(List<Annotation> out, CocoFileData data, int image, CocoLabels.CategoryMap categories, Path folder)
            throws IOException {
        int from = data.start[image], to = data.start[image + 1];
        String pngName = data.annotations[from].pngName;
        if (pngName == null) {
            throw new AnnolabException("the panoptic annotation of image " + data.fileNames[image] + " has no 'file_name'", data.file,
                    "Name the PNG that holds its segments");
        }
        Path png = folder.resolve(pngName).normalize();
        if (!png.startsWith(folder) || !Files.isRegularFile(png)) {
            throw new AnnolabException("the panoptic mask " + pngName + " is missing", png,
                    "Put the PNG masks in " + folder.getFileName() + "/ beside the annotation file");
        }
        BufferedImage picture = ImageIO.read(png.toFile());
        if (picture == null) {
            throw new AnnolabException("the panoptic mask is not a readable PNG", png, "Replace the file");
        }
        int width = picture.getWidth(), height = picture.getHeight();
        int[] rgb = picture.getRGB(0, 0, width, height, null, 0, width);
        int segments = to - from;
        int[] minX = new int[segments], minY = new int[segments], maxX = new int[segments], maxY = new int[segments];
        java.util.Arrays.fill(minX, Integer.MAX_VALUE);
        java.util.Arrays.fill(minY, Integer.MAX_VALUE);
        java.util.Arrays.fill(maxX, -1);
        java.util.Arrays.fill(maxY, -1);
        LongIndex index = new LongIndex(segments);
        for (int s = 0; s < segments; s++) {
            index.put(data.annotations[from + s].id, s);
        }
        int[] owner = new int[rgb.length];
        for (int p = 0; p < rgb.length; p++) {
            int pixel = rgb[p];
            long id = ((pixel >> 16) & 0xff) + 256L * ((pixel >> 8) & 0xff) + 65536L * (pixel & 0xff);
            int s = id == 0 ? -1 : index.get(id);
            owner[p] = s;
            if (s >= 0) {
                int x = p % width, y = p / width;
                minX[s] = Math.min(minX[s], x);
                maxX[s] = Math.max(maxX[s], x);
                minY[s] = Math.min(minY[s], y);
                maxY[s] = Math.max(maxY[s], y);
            }
        }
        for (int s = 0; s < segments; s++) {
            RawAnnotation raw = data.annotations[from + s];
            CocoRle.Placed placed;
            if (maxX[s] < 0) {
                placed = new CocoRle.Placed(0, 0, MaskRle.of(0, 0));
            } else {
                int boxWidth = maxX[s] - minX[s] + 1, boxHeight = maxY[s] - minY[s] + 1;
                boolean[] pixels = new boolean[boxWidth * boxHeight];
                for (int y = minY[s]; y <= maxY[s]; y++) {
                    for (int x = minX[s]; x <= maxX[s]; x++) {
                        pixels[(y - minY[s]) * boxWidth + (x - minX[s])] = owner[y * width + x] == s;
                    }
                }
                placed = new CocoRle.Placed(minX[s], minY[s], MaskRle.encode(boxWidth, boxHeight, pixels));
            }
            Shape mask = CocoAnnotations.mask(raw, categories.get(raw.categoryId, raw.id), placed);
            out.add(mask);
        }
    }

}
