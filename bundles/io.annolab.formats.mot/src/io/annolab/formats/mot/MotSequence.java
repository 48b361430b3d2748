package io.annolab.formats.mot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;

/**
 * Where a MOT sequence's files are: the annotation file ({@code gt/gt.txt}, else
 * {@code det/det.txt}) found in the given folder or up to three levels below it, and the
 * sequence folder holding it. A path may also name the annotation file itself.
 */
record MotSequence(Path root, Path annotations, boolean groundTruth) {

    static final String GT = "gt/gt.txt";
    static final String DET = "det/det.txt";

    /** The annotation files below {@code folder} (depth ≤ 3, the first depth with hits), ground truth first. */
    static List<Path> find(Path folder) throws IOException {
        List<Path> candidates;
        // one walk for both names and every depth: detection runs on every folder a user drops in
        try (Stream<Path> files = Files.find(folder, 5, (p, a) -> a.isRegularFile() && (p.endsWith(GT) || p.endsWith(DET)))) {
            candidates = files.sorted().toList();
        }
        for (String name : List.of(GT, DET)) {
            for (int depth = 0; depth <= 3; depth++) {
                int levels = depth + 2;
                List<Path> hits = candidates.stream().filter(p -> p.endsWith(name) && folder.relativize(p).getNameCount() == levels).toList();
                if (!hits.isEmpty()) {
                    return hits;
                }
            }
        }
        return List.of();
    }

    static MotSequence at(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            Path absolute = path.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            Path root = parent.getParent() == null ? parent : parent.getParent();
            return new MotSequence(root, absolute, !absolute.getFileName().toString().equals("det.txt"));
        }
        if (!Files.isDirectory(path)) {
            throw new AnnolabException("there is no such folder", path, "Give the MOT sequence folder (the one holding gt/gt.txt)");
        }
        List<Path> hits = find(path);
        if (hits.isEmpty()) {
            throw new AnnolabException("no gt/gt.txt (or det/det.txt) was found in the folder or three levels below it", path,
                    "Give a MOT sequence folder: gt/gt.txt, gt/labels.txt, img1/ and optionally seqinfo.ini");
        }
        if (hits.size() > 1) {
            throw new AnnolabException("the folder holds " + hits.size() + " MOT sequences (" + hits.get(0) + ", " + hits.get(1)
                    + (hits.size() > 2 ? ", ..." : "") + ")", path, "Import one sequence folder at a time");
        }
        return at(hits.get(0));
    }
}
