package io.annolab.formats.cvat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.io.Folders;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.dataset.ItemCursor;
import io.annolab.core.api.io.SafeXml;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.ModelFactory;

/**
 * A CVAT dataset of one or more annotation files, one subset each. The labels of every file's
 * meta are read at once (matched by name across files); frames are read file after file.
 */
final class CvatSource implements DatasetSource {

    private final Dataset header;
    private final List<Path> files;
    private final List<Path> shownAs;
    private final List<CvatMetaReader.Meta> metas;
    private final CvatLabels labels;
    private final Path temporary;

    private CvatSource(Dataset header, List<Path> files, List<Path> shownAs, List<CvatMetaReader.Meta> metas, CvatLabels labels,
            Path temporary) {
        this.header = header;
        this.files = files;
        this.shownAs = shownAs;
        this.metas = metas;
        this.labels = labels;
        this.temporary = temporary;
    }

    /**
     * @param shownAs the names errors give for each file (a zip entry's name rather than its copy)
     * @param temporary a folder to delete on close, or null
     */
    static CvatSource open(String name, List<Path> files, List<Path> shownAs, Path temporary) throws IOException {
        CvatLabels labels = new CvatLabels();
        List<CvatMetaReader.Meta> metas = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                try (InputStream in = Files.newInputStream(files.get(i))) {
                    XMLStreamReader reader = SafeXml.open(in, shownAs.get(i));
                    try {
                        CvatMetaReader.Meta meta = CvatMetaReader.read(reader, shownAs.get(i));
                        labels.merge(meta.labels());
                        metas.add(meta);
                    } finally {
                        SafeXml.close(reader);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                Folders.deleteTree(temporary);
            }
            throw e;
        }
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        header.setName(name);
        header.getLabels().addAll(labels.all());
        return new CvatSource(header, files, shownAs, metas, labels, temporary);
    }

    @Override
    public Dataset header() {
        return header;
    }

    @Override
    public ItemCursor items() {
        return new ItemCursor() {
            private final Set<String> itemKeys = new HashSet<>();
            private int index = -1;
            private InputStream in;
            private CvatBodyReader body;

            @Override
            public DatasetItem next() throws IOException {
                while (true) {
                    if (body != null) {
                        DatasetItem item = body.next();
                        if (item != null) {
                            return item;
                        }
                        closeFile();
                    }
                    if (++index >= files.size()) {
                        return null;
                    }
                    openFile(index);
                }
            }

            private void openFile(int i) throws IOException {
                Path file = files.get(i);
                in = Files.newInputStream(file);
                XMLStreamReader reader = SafeXml.open(in, shownAs.get(i));
                CvatMetaReader.read(reader, shownAs.get(i)); // positions the reader on the first frame
                CvatMetaReader.Meta meta = metas.get(i);
                String subset = CvatFrames.stripExtension(file.getFileName().toString());
                Path images = imagesDir(file, subset);
                // Frames with an image but no shapes are items when the images are surely this file's own.
                boolean ownImages = files.size() == 1 || images.getFileName().toString().equals(subset);
                CvatFrames frames = new CvatFrames(subset, images, meta.frameWidth(), meta.frameHeight(), ownImages);
                body = new CvatBodyReader(reader, shownAs.get(i), frames, labels, itemKeys);
            }

            private void closeFile() throws IOException {
                try {
                    body.close();
                } finally {
                    body = null;
                    in.close();
                }
            }

            @Override
            public void close() throws IOException {
                if (body != null) {
                    closeFile();
                }
            }
        };
    }

    /** Datumaro's rule: {@code images/} beside the annotation file if it exists, else the file's own folder. */
    /** images/<subset>/ (a video layout written per subset), else images/, else the file's own folder. */
    private static Path imagesDir(Path file, String subset) {
        Path folder = file.toAbsolutePath().getParent();
        Path images = folder.resolve("images");
        Path perSubset = images.resolve(subset);
        return Files.isDirectory(perSubset) ? perSubset : Files.isDirectory(images) ? images : folder;
    }

    @Override
    public void close() throws IOException {
        if (temporary != null) {
            Folders.deleteTree(temporary);
        }
    }
}
