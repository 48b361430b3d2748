package io.annolab.formats.mot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOption;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.model.AttributeValue;
import io.annolab.model.Dataset;
import io.annolab.model.ModelFactory;

/**
 * Reads a MOT Challenge sequence as Datumaro's {@code mot_seq} does: one item per frame (from
 * seqinfo.ini when present, else from the images of img1/ and the frames the rows name), each
 * row a box with {@code track_id} (positive ids only), and for ground truth {@code visibility},
 * {@code ignored} (confidence 0) and occluded (visibility ≤ the occlusion threshold); for
 * detections the confidence is the score. A .zip of the sequence (CVAT's export) is read too.
 */
final class MotSeqImporter implements DatasetImporter {

    static final String OCCLUSION_THRESHOLD = "occlusion-threshold";

    /** Datumaro's labels when gt/labels.txt is absent: the MOT Challenge classes 1..12. */
    static final List<String> DEFAULT_LABELS = List.of("pedestrian", "person on vehicle", "car", "bicycle", "motorbike",
            "non motorized vehicle", "static person", "distractor", "occluder", "occluder on the ground", "occluder full",
            "reflection");

    @Override
    public int detect(Path path) throws IOException {
        if (UnpackedArchive.anyEntry(path, MotSeqImporter::isAnnotationEntry)) {
            return MEDIUM;
        }
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            Path parent = path.toAbsolutePath().getParent();
            return (name.equals("gt.txt") || name.equals("det.txt")) && parent.getFileName() != null
                    && (parent.getFileName().toString().equals("gt") || parent.getFileName().toString().equals("det")) ? MEDIUM : NONE;
        }
        return Files.isDirectory(path) && !MotSequence.find(path).isEmpty() ? MEDIUM : NONE;
    }

    /** gt/gt.txt or det/det.txt at most three folders deep in a zip. */
    private static boolean isAnnotationEntry(String entry) {
        String[] parts = entry.split("/");
        return parts.length >= 2 && parts.length <= 5 && ((parts[parts.length - 2] + "/" + parts[parts.length - 1]).equals(MotSequence.GT)
                || (parts[parts.length - 2] + "/" + parts[parts.length - 1]).equals(MotSequence.DET));
    }

    @Override
    public List<FormatOption> options() {
        return List.of(FormatOption.value(OCCLUSION_THRESHOLD, "0",
                "ground-truth boxes whose visibility is at most this are occluded (Datumaro's default 0)"));
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        if (io.annolab.core.api.io.SafeArchive.looksLikeZip(path)) {
            return UnpackedArchive.open(path, folder -> open(folder, options));
        }
        MotSequence sequence = MotSequence.at(path);
        float threshold = threshold(options);
        Path labelsFile = sequence.annotations().resolveSibling("labels.txt");
        List<String> labels = Files.isRegularFile(labelsFile) ? LabelsFile.read(labelsFile) : DEFAULT_LABELS;
        Path seqInfoFile = sequence.root().resolve(SeqInfo.FILE);
        SeqInfo seqInfo = Files.isRegularFile(seqInfoFile) ? SeqInfo.read(seqInfoFile) : null;
        Path imageDir = sequence.root().resolve(seqInfo != null ? seqInfo.imageDir() : "img1");
        Map<Integer, Path> images = seqInfo == null ? images(imageDir) : Map.of();
        String labelSource = Files.isRegularFile(labelsFile) ? labelsFile.toString()
                : "the MOT Challenge class list (" + labelsFile + " is absent)";
        MotRows rows = MotRows.read(sequence.annotations(), labels.size(), seqInfo != null ? seqInfo.length() : Integer.MAX_VALUE,
                labelSource);

        Dataset header = ModelFactory.eINSTANCE.createDataset();
        header.setName(seqInfo != null && seqInfo.name() != null ? seqInfo.name() : String.valueOf(sequence.root().getFileName()));
        LabelsFile.declare(header, labels);
        if (seqInfo != null && seqInfo.frameRate() != null) {
            AttributeValue frameRate = ModelFactory.eINSTANCE.createAttributeValue();
            frameRate.setName(MotFrames.FRAME_RATE);
            frameRate.setValue(seqInfo.frameRate());
            header.getAttributes().add(frameRate);
        }
        int[] frames = seqInfo != null ? IntStream.rangeClosed(1, seqInfo.length()).toArray()
                : IntStream.concat(images.keySet().stream().mapToInt(Integer::intValue), IntStream.of(rows.frames())).sorted().distinct()
                        .toArray();
        MotFrames reader = new MotFrames(header, rows, sequence.groundTruth(), threshold, seqInfo, imageDir, images);
        return DatasetSource.of(header, () -> new FrameCursor(frames, reader), frames.length);
    }

    /** Items frame by frame, over the frame numbers without boxing them (seqinfo.ini may list millions). */
    private static final class FrameCursor implements ItemCursor {
        private final int[] frames;
        private final MotFrames reader;
        private int next;

        FrameCursor(int[] frames, MotFrames reader) {
            this.frames = frames;
            this.reader = reader;
        }

        @Override
        public io.annolab.model.DatasetItem next() throws IOException {
            return next < frames.length ? reader.item(frames[next++]) : null;
        }

        @Override
        public void close() {
        }
    }

    private static float threshold(FormatOptions options) throws AnnolabException {
        String text = options.get(OCCLUSION_THRESHOLD, "0");
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new AnnolabException("--" + OCCLUSION_THRESHOLD + " is '" + text + "', not a number", null,
                    "Give a visibility between 0 and 1", e);
        }
    }

    /** The frames' images in img1/, by the frame number their names hold. */
    private static Map<Integer, Path> images(Path imageDir) throws IOException {
        Map<Integer, Path> images = new TreeMap<>();
        if (!Files.isDirectory(imageDir)) {
            return images;
        }
        try (Stream<Path> files = Files.list(imageDir)) {
            for (Path image : files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().toList()) {
                String stem = ImageFiles.stripExtension(image.getFileName().toString());
                int frame;
                try {
                    frame = Integer.parseInt(stem);
                } catch (NumberFormatException e) {
                    throw new AnnolabException("the image name '" + stem + "' is not a frame number", image,
                            "MOT frames are named by their number, for example 000001.jpg", e);
                }
                if (frame < 0) {
                    throw new AnnolabException("the image names a negative frame", image, "MOT frames are numbered from 1");
                }
                Path other = images.put(frame, image);
                if (other != null) {
                    throw new AnnolabException("two images are frame " + frame + ": " + other.getFileName() + " and " + image.getFileName(),
                            image, "Keep one image per frame");
                }
            }
        }
        return images;
    }
}
