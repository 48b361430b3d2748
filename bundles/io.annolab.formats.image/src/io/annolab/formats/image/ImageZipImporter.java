package io.annolab.formats.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.image.ImageHeaders;
import io.annolab.core.api.image.ImageSize;
import io.annolab.core.api.io.SafeArchive;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/**
 * Reads the images inside a zip (or inside every zip of a folder, to depth 3, as Datumaro does).
 * Item ids are entry paths without the extension; sizes come from the image headers read
 * straight from the archive, so no image is decoded or extracted.
 */
final class ImageZipImporter implements DatasetImporter {

    private static final int SEARCH_DEPTH = 3;

    @Override
    public int detect(Path path) throws IOException {
        for (Path zip : zips(path)) {
            try (SafeArchive archive = SafeArchive.open(zip)) {
                if (archive.names().stream().anyMatch(n -> ImageFiles.isImage(Path.of(n)))) {
                    return LOW; // any zip of images qualifies; richer formats answer higher
                }
            } catch (AnnolabException e) {
                // a damaged zip is not ours to claim
            }
        }
        return NONE;
    }

    private static List<Path> zips(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return SafeArchive.looksLikeZip(path) ? List.of(path) : List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(path, SEARCH_DEPTH)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().toLowerCase().endsWith(".zip")).sorted().toList();
        }
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        List<Path> zips = zips(path);
        if (zips.isEmpty()) {
            throw new AnnolabException("no zip archive found", path, "Give a .zip file, or a folder holding .zip files");
        }
        // names are listed up front (cheap, from the central directory); headers are read per item
        List<Path> archives = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path zip : zips) {
            try (SafeArchive archive = SafeArchive.open(zip)) {
                for (String name : archive.names().stream().filter(n -> ImageFiles.isImage(Path.of(n))).sorted().toList()) {
                    String id = ImageFiles.stripExtension(name);
                    String previous = seen.putIfAbsent(id, zip + "!/" + name);
                    if (previous != null) {
                        throw new AnnolabException("two images have the item id '" + id + "': " + previous + " and " + name, zip,
                                "Item ids are entry paths without extension; rename one of the images");
                    }
                    archives.add(zip.toAbsolutePath().normalize());
                    entries.add(name);
                }
            }
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        String name = path.getFileName() == null ? "images" : path.getFileName().toString();
        header.setName(name.toLowerCase().endsWith(".zip") ? name.substring(0, name.length() - 4) : name);
        return new DatasetSource() {
            @Override
            public Dataset header() {
                return header;
            }

            @Override
            public ItemCursor items() {
                return new ItemCursor() {
                    private int next;
                    private SafeArchive open;

                    @Override
                    public DatasetItem next() throws IOException {
                        if (next >= entries.size()) {
                            return null;
                        }
                        Path zip = archives.get(next);
                        if (open == null || !open.file().equals(zip)) {
                            close();
                            open = SafeArchive.open(zip);
                        }
                        return item(open, entries.get(next++));
                    }

                    @Override
                    public void close() throws IOException {
                        if (open != null) {
                            open.close();
                            open = null;
                        }
                    }
                };
            }

            @Override
            public long sizeHint() {
                return entries.size();
            }
        };
    }

    private static DatasetItem item(SafeArchive archive, String entry) throws IOException {
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId(ImageFiles.stripExtension(entry));
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(ZipEntryPaths.of(archive.file(), entry));
        ImageSize size;
        try (InputStream in = archive.open(entry)) {
            size = ImageHeaders.readSize(in, Path.of(media.getPath()));
        } catch (java.util.zip.ZipException e) {
            throw new AnnolabException("the archive entry '" + entry + "' is damaged (" + e.getMessage() + ")", archive.file(),
                    "The archive is truncated or corrupt; copy it again");
        }
        if (size != null) {
            media.setWidth(size.width());
            media.setHeight(size.height());
        }
        item.setMedia(media);
        return item;
    }
}
