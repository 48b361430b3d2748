package io.annolab.formats.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/**
 * A COCO dataset opened for streaming. The header needs only the categories; items are read one
 * subset at a time (all of that subset's task files, merged by item id), and model objects are
 * made only when an item is handed out.
 */
final class CocoSource implements DatasetSource {

    private final CocoLayout layout;
    private final Dataset header;
    private final CocoLabels labels = new CocoLabels();

    CocoSource(CocoLayout layout, String name) throws IOException {
        this.layout = layout;
        for (CocoLayout.CocoFile file : layout.files) {
            if (file.task().labelBearing()) {
                labels.addAll(CocoFileReader.readCategories(file.path()));
            }
        }
        header = ModelFactory.eINSTANCE.createDataset();
        header.setName(name);
        header.getLabels().addAll(labels.labels());
    }

    @Override
    public Dataset header() {
        return header;
    }

    @Override
    public ItemCursor items() {
        List<String> subsets = layout.files.stream().map(CocoLayout.CocoFile::subset).distinct().toList();
        return new ItemCursor() {
            private int subset = -1;
            private SubsetItems current;

            @Override
            public DatasetItem next() throws IOException {
                while (current == null || !current.hasNext()) {
                    current = null; // let the previous subset's data go before reading the next
                    if (++subset >= subsets.size()) {
                        return null;
                    }
                    current = new SubsetItems(subsets.get(subset));
                }
                return current.next();
            }

            @Override
            public void close() {
                current = null;
            }
        };
    }

    /** One subset: its files read, its items in order of first appearance. */
    private final class SubsetItems {
        private final String subset;
        private final List<CocoFileData> files = new ArrayList<>();
        private final List<CocoLabels.CategoryMap> maps = new ArrayList<>();
        /** Per item: pairs of (file index, image index). */
        private final List<int[]> items = new ArrayList<>();
        private final Path images;
        private int next;

        SubsetItems(String subset) throws IOException {
            this.subset = subset;
            this.images = layout.imagesOf(subset);
            for (CocoLayout.CocoFile file : layout.files) {
                if (file.subset().equals(subset)) {
                    CocoFileData data = CocoFileReader.read(file.path(), file.task(), subset);
                    files.add(data);
                    maps.add(labels.mapOf(data));
                }
            }
            if (files.size() == 1) {
                CocoFileData data = files.get(0);
                Map<String, Integer> seen = new HashMap<>(data.imageCount() * 2);
                for (int i = 0; i < data.imageCount(); i++) {
                    if (seen.put(data.fileNames[i], i) != null) {
                        throw duplicate(data, i);
                    }
                    items.add(new int[] { 0, i });
                }
                return;
            }
            Map<String, int[]> byId = new LinkedHashMap<>();
            for (int f = 0; f < files.size(); f++) {
                CocoFileData data = files.get(f);
                Map<String, Integer> seen = new HashMap<>(data.imageCount() * 2);
                for (int i = 0; i < data.imageCount(); i++) {
                    if (seen.put(data.fileNames[i], i) != null) {
                        throw duplicate(data, i);
                    }
                    int[] refs = byId.get(data.fileNames[i]);
                    int[] grown = refs == null ? new int[2] : java.util.Arrays.copyOf(refs, refs.length + 2);
                    grown[grown.length - 2] = f;
                    grown[grown.length - 1] = i;
                    byId.put(data.fileNames[i], grown);
                }
            }
            items.addAll(byId.values());
        }

        boolean hasNext() {
            return next < items.size();
        }

        DatasetItem next() throws IOException {
            int[] refs = items.get(next);
            items.set(next++, null);
            CocoFileData first = files.get(refs[0]);
            int image = refs[1];
            String fileName = first.fileNames[image];
            DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
            item.setId(ImageFiles.stripExtension(fileName));
            item.setSubset(subset);
            Media media = ModelFactory.eINSTANCE.createMedia();
            media.setType(MediaType.IMAGE);
            media.setPath(imagePath(first, fileName).toString());
            media.setWidth(first.widths[image]);
            media.setHeight(first.heights[image]);
            item.setMedia(media);
            item.getAttributes().add(CocoAnnotations.attribute("id", first.imageIds[image]));
            for (int r = 0; r < refs.length; r += 2) {
                CocoFileData data = files.get(refs[r]);
                Path panoptic = data.file.resolveSibling(stem(data.file));
                CocoAnnotations.add(item.getAnnotations(), data, refs[r + 1], maps.get(refs[r]), panoptic);
            }
            return item;
        }

        private Path imagePath(CocoFileData data, String fileName) throws AnnolabException {
            Path path = images.resolve(fileName).normalize();
            if (!path.startsWith(images) || Path.of(fileName).isAbsolute()) {
                throw new AnnolabException("the file_name '" + fileName + "' points outside the images folder", data.file,
                        "Use a path relative to images/" + subset + "/");
            }
            return path;
        }

        private AnnolabException duplicate(CocoFileData data, int image) {
            return new AnnolabException("two images are named " + data.fileNames[image], data.file,
                    "Each file_name must appear once per file: rename or remove one");
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
