package io.annolab.formats.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.annolab.core.api.AnnolabException;

/**
 * A large COCO file read on two threads gives exactly what one thread reads, wherever the
 * guessed half-way point falls, and errors name the same line and column.
 */
class SecondHalfParseTest {

    private static final long ALWAYS_SPLIT = 0;
    private static final long NEVER_SPLIT = Long.MAX_VALUE;

    @Test
    void theSecondHalfIsTakenAndTheResultIsTheSameAsReadingInOnePiece(@TempDir Path root) throws IOException {
        Path file = write(root, new Sample(200, 4000).json());
        int before = SecondHalfParse.handOvers();
        CocoFileData split = CocoFileReader.read(file, CocoTask.INSTANCES, "train", ALWAYS_SPLIT);
        assertEquals(before + 1, SecondHalfParse.handOvers(), "the second thread's half was used");
        assertSame(CocoFileReader.read(file, CocoTask.INSTANCES, "train", NEVER_SPLIT), split);
        assertEquals(4000, split.annotations.length);
    }

    @Test
    void categoriesAfterTheAnnotationsAreReadAfterTheHandOver(@TempDir Path root) throws IOException {
        Sample sample = new Sample(50, 2000);
        sample.categoriesLast = true;
        Path file = write(root, sample.json() + "\n  ");
        int before = SecondHalfParse.handOvers();
        CocoFileData split = CocoFileReader.read(file, CocoTask.INSTANCES, "train", ALWAYS_SPLIT);
        assertEquals(before + 1, SecondHalfParse.handOvers());
        assertEquals(List.of("cat", "dog"), split.categories.stream().map(CocoCategory::name).toList());
        assertSame(CocoFileReader.read(file, CocoTask.INSTANCES, "train", NEVER_SPLIT), split);
    }

    @Test
    void aGuessInsideTheImagesOrInsideStringsIsAbandoned(@TempDir Path root) throws IOException {
        Sample manyImages = new Sample(6000, 40); // the middle of the file is in the image list
        manyImages.imageExtra = ",\"flickr_url\":\"http://x/{a},{b}\",\"meta\":{\"a\":1}";
        Path file = write(root, manyImages.json());
        int before = SecondHalfParse.handOvers();
        assertSame(CocoFileReader.read(file, CocoTask.INSTANCES, "train", NEVER_SPLIT),
                CocoFileReader.read(file, CocoTask.INSTANCES, "train", ALWAYS_SPLIT));
        assertEquals(before, SecondHalfParse.handOvers());

        Sample trickyCaptions = new Sample(100, 3000);
        trickyCaptions.captionEvery = 1; // every annotation has "}, {" inside a string, then nested objects
        Path captions = write(root, trickyCaptions.json());
        assertSame(CocoFileReader.read(captions, CocoTask.INSTANCES, "train", NEVER_SPLIT),
                CocoFileReader.read(captions, CocoTask.INSTANCES, "train", ALWAYS_SPLIT));
    }

    @Test
    void errorsInTheSecondHalfNameTheSameLineAndColumnAsReadingInOnePiece(@TempDir Path root) throws IOException {
        String json = new Sample(100, 3000).json();
        int late = json.indexOf("\"bbox\"", json.length() * 3 / 4);
        for (String broken : List.of(json.substring(0, late) + "\"bbox\":[1,2,\"x\"]," + json.substring(late + 7), // not a number
                json.substring(0, late) + "]]" + json.substring(late), // malformed
                json.substring(0, json.length() - 40))) { // truncated
            Path file = write(root, broken);
            AnnolabException one = assertThrows(AnnolabException.class,
                    () -> CocoFileReader.read(file, CocoTask.INSTANCES, "train", NEVER_SPLIT));
            AnnolabException two = assertThrows(AnnolabException.class,
                    () -> CocoFileReader.read(file, CocoTask.INSTANCES, "train", ALWAYS_SPLIT));
            assertEquals(one.getMessage(), two.getMessage());
            assertEquals(one.line(), two.line());
            assertEquals(one.column(), two.column());
            assertTrue(one.line() > 1000, "the error is in the second half: line " + one.line());
        }
    }

    private static void assertSame(CocoFileData expected, CocoFileData actual) {
        assertEquals(Arrays.toString(expected.imageIds), Arrays.toString(actual.imageIds));
        assertEquals(Arrays.toString(expected.fileNames), Arrays.toString(actual.fileNames));
        assertEquals(Arrays.toString(expected.start), Arrays.toString(actual.start));
        assertEquals(expected.categories.stream().map(c -> c.id() + " " + c.name()).toList(),
                actual.categories.stream().map(c -> c.id() + " " + c.name()).toList());
        assertEquals(expected.annotations.length, actual.annotations.length);
        for (int i = 0; i < expected.annotations.length; i++) {
            assertEquals(describe(expected.annotations[i]), describe(actual.annotations[i]), "annotation " + i);
        }
    }

    private static String describe(RawAnnotation a) {
        return a.id + " " + a.imageId + " " + a.categoryId + " " + a.crowd + " " + a.hasScore + " " + a.score + " "
                + Arrays.toString(a.bbox) + " " + Arrays.deepToString(a.polygons) + " " + Arrays.toString(a.rleCounts) + " "
                + a.rleHeight + "x" + a.rleWidth + " " + a.caption + " " + a.attributes;
    }

    private static Path write(Path root, String json) throws IOException {
        Path file = root.resolve("instances_train.json");
        Files.writeString(file, json);
        return file;
    }

    /** A deterministic COCO instances file, one annotation object per line. */
    private static final class Sample {
        final int images;
        final int annotations;
        boolean categoriesLast;
        String imageExtra = "";
        int captionEvery = 0;

        Sample(int images, int annotations) {
            this.images = images;
            this.annotations = annotations;
        }

        String json() {
            String categories = "\"categories\":[{\"id\":3,\"name\":\"cat\"},{\"id\":7,\"name\":\"dog\"}]";
            StringBuilder out = new StringBuilder("{");
            if (!categoriesLast) {
                out.append(categories).append(",\n");
            }
            out.append("\"images\":[\n");
            for (int i = 1; i <= images; i++) {
                out.append("{\"id\":").append(i).append(",\"file_name\":\"").append(i).append(".jpg\",\"width\":640,\"height\":480")
                        .append(imageExtra).append(i < images ? "},\n" : "}\n");
            }
            out.append("],\n\"annotations\": [\n");
            List<String> kinds = new ArrayList<>();
            for (int a = 1; a <= annotations; a++) {
                int image = 1 + a * 7919 % images;
                StringBuilder one = new StringBuilder("{\"id\":").append(a).append(",\"image_id\":").append(image)
                        .append(",\"category_id\":").append(a % 2 == 0 ? 3 : 7);
                switch (a % 4) {
                    case 0 -> one.append(",\"segmentation\":[[").append(a % 97).append(".5,2,30,4.25,9,").append(a % 13).append("]]");
                    case 1 -> one.append(",\"segmentation\":{\"counts\":[").append(a % 50).append(",3,").append(307200 - 3 - a % 50)
                            .append("],\"size\":[480,640]},\"iscrowd\":1");
                    case 2 -> one.append(",\"score\":0.").append(a % 10);
                    default -> one.append(",\"attributes\":{\"occluded\":").append(a % 3 == 0).append(",\"note\":\"n").append(a).append("\"}");
                }
                one.append(",\"bbox\":[").append(a % 100).append(",1,").append(a % 7 + 1).append(",2.5]");
                if (captionEvery > 0 && a % captionEvery == 0) {
                    one.append(",\"caption\":\"a }, {\\\"id\\\": ").append(a).append("} b\",\"extra\":[{\"x\":{}}, {\"y\":[]}]");
                }
                kinds.add(one.append("}").toString());
            }
            out.append(String.join(",\n", kinds)).append("\n]");
            if (categoriesLast) {
                out.append(",\n").append(categories);
            }
            return out.append("}").toString();
        }
    }
}
