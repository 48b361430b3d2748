package io.annolab.formats.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/**
 * Reads a folder of images recursively. Item ids are paths relative to the folder, with '/'
 * and without the extension; sizes come from the image headers, so no pixel is decoded.
 */
final class ImageDirImporter implements DatasetImporter {

    /** Detection looks at this many entries at most, so a huge folder answers at once. */
    private static final int DETECTION_LOOKS = 2_000;

    @Override
    public int detect(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return NONE;
        }
        try (Stream<Path> files = Files.walk(path)) {
            // Any folder with images qualifies, so this is the fallback: richer formats answer higher.
            return files.limit(DETECTION_LOOKS).anyMatch(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)) ? LOW : NONE;
        }
    }

    @Override
    public DatasetSource open(Path folder, FormatOptions options) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new AnnolabException("an image directory must be a folder", folder, "Give the folder that holds the images");
        }
        List<Path> images;
        try (Stream<Path> files = Files.walk(folder)) {
            images = files.filter(f -> Files.isRegularFile(f) && ImageFiles.isImage(f)).sorted().toList();
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        header.setName(folder.getFileName() == null ? "images" : folder.getFileName().toString());
        return DatasetSource.of(header, () -> ItemCursor.over(images, image -> item(folder, image)), images.size());
    }

    static DatasetItem item(Path folder, Path image) throws IOException {
        String relative = folder.relativize(image).toString().replace('\\', '/');
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId(ImageFiles.stripExtension(relative));
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(image.toAbsolutePath().toString());
        ImageSize size = ImageHeaders.readSize(image);
        if (size != null) {
            media.setWidth(size.width());
            media.setHeight(size.height());
        }
        item.setMedia(media);
        return item;
    }
}
