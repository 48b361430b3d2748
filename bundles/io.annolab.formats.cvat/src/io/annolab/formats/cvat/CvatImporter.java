package io.annolab.formats.cvat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.annolab.core.api.io.Folders;
import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.dataset.DatasetSource;
import io.annolab.core.api.format.DatasetImporter;
import io.annolab.core.api.format.FormatOptions;
import io.annolab.core.api.format.StagedOutput;
import io.annolab.core.api.image.ImageFiles;
import io.annolab.core.api.io.SafeArchive;
import io.annolab.core.api.io.SafeXml;

/**
 * Reads CVAT XML 1.1, both layouts (images and video), from a {@code .xml} file, a folder of
 * {@code SUBSET.xml} files with an {@code images/} folder, or a {@code .zip} holding either
 * (CVAT's export: {@code annotations.xml} and {@code images/}). Each file is a subset named
 * after it, as in Datumaro.
 */
final class CvatImporter implements DatasetImporter {

    /** Folders are searched this deep for annotation files (the folder itself and its children). */
    private static final int SEARCH_DEPTH = 2;

    private final boolean detects;

    /** @param detects false for the second format id, so that detection does not end in a tie */
    CvatImporter(boolean detects) {
        this.detects = detects;
    }

    @Override
    public int detect(Path path) throws IOException {
        if (!detects) {
            return NONE;
        }
        if (Files.isDirectory(path)) {
            for (Path xml : xmlFiles(path)) {
                if (hasAnnotationsRoot(xml)) {
                    return HIGH;
                }
            }
            return NONE;
        }
        if (isXml(path)) {
            return hasAnnotationsRoot(path) ? HIGH : NONE;
        }
        if (SafeArchive.looksLikeZip(path)) {
            try (SafeArchive archive = SafeArchive.open(path)) {
                for (String name : archive.names()) {
                    if (isXml(Path.of(name))) {
                        try (InputStream in = archive.open(name)) {
                            if (hasAnnotationsRoot(in, path)) {
                                return HIGH;
                            }
                        }
                    }
                }
            } catch (AnnolabException e) {
                return NONE; // a damaged archive is reported by open(), not by detection
            }
        }
        return NONE;
    }

    @Override
    public DatasetSource open(Path path, FormatOptions options) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files = xmlFiles(path);
            if (files.isEmpty()) {
                throw new AnnolabException("the folder holds no CVAT annotation file (*.xml)", path,
                        "Give the folder with annotations.xml, or the .xml or .zip file itself");
            }
            return CvatSource.open(name(path), files, files, null);
        }
        if (isXml(path)) {
            return CvatSource.open(name(path), List.of(path), List.of(path), null);
        }
        if (SafeArchive.looksLikeZip(path)) {
            return openZip(path);
        }
        if (!Files.exists(path)) {
            throw new AnnolabException("no such file or folder", path, "Check the path");
        }
        throw new AnnolabException("this is neither a CVAT .xml file, nor a .zip, nor a folder", path,
                "Give annotations.xml, the exported .zip, or the folder that holds them");
    }

    /**
     * Unpacks the annotation files and images of a zip into a temporary folder that lives as long
     * as the source (read the images before closing it); errors name the zip entry.
     */
    private static DatasetSource openZip(Path zip) throws IOException {
        Path temp = Files.createTempDirectory("annolab-cvat-");
        try (SafeArchive archive = SafeArchive.open(zip)) {
            List<Path> files = new ArrayList<>();
            List<Path> shownAs = new ArrayList<>();
            for (String name : archive.names()) {
                boolean xml = isXml(Path.of(name));
                if (!xml && !ImageFiles.isImage(Path.of(name))) {
                    continue;
                }
                Path destination = StagedOutput.inside(temp, name);
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.open(name)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                } catch (java.util.zip.ZipException | java.io.EOFException e) {
                    throw new AnnolabException("the archive entry '" + name + "' is damaged or truncated (" + e.getMessage()
                            + ")", zip, "Download or copy the archive again", e);
                }
                if (xml && depth(name) < SEARCH_DEPTH) {
                    files.add(destination);
                    shownAs.add(Path.of(zip + "!/" + name));
                }
            }
            if (files.isEmpty()) {
                throw new AnnolabException("the archive holds no CVAT annotation file (*.xml)", zip,
                        "A CVAT export holds annotations.xml (and images/)");
            }
            return CvatSource.open(name(zip), files, shownAs, temp);
        } catch (IOException | RuntimeException e) {
            Folders.deleteTree(temp);
            throw e;
        }
    }

    private static int depth(String entry) {
        return (int) entry.chars().filter(c -> c == '/').count();
    }

    private static List<Path> xmlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, SEARCH_DEPTH)) {
            return files.filter(f -> Files.isRegularFile(f) && isXml(f))
                    .sorted(Comparator.comparing((Path f) -> f.getNameCount()).thenComparing(Path::toString)).toList();
        }
    }

    private static boolean isXml(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static String name(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? "cvat" : CvatFrames.stripExtension(name.toString());
    }

    private static boolean hasAnnotationsRoot(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            return hasAnnotationsRoot(in, xml);
        }
    }

    /** Reads only up to the root element. */
    private static boolean hasAnnotationsRoot(InputStream in, Path shownAs) throws IOException {
        XMLStreamReader reader;
        try {
            reader = SafeXml.open(in, shownAs);
        } catch (AnnolabException e) {
            return false;
        }
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    return reader.getLocalName().equals("annotations");
                }
            }
            return false;
        } catch (XMLStreamException e) {
            return false;
        } finally {
            SafeXml.close(reader);
        }
    }
}
