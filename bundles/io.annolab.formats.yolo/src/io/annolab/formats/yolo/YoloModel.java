package io.annolab.formats.yolo;

import java.nio.file.Path;
import java.util.List;

import io.annolab.core.api.image.ImageSize;
import io.annolab.model.Dataset;
import io.annolab.model.DatasetItem;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.Media;
import io.annolab.model.MediaType;
import io.annolab.model.ModelFactory;

/** Builds the model objects every YOLO reader makes: the header with its labels and image items. */
final class YoloModel {

    private YoloModel() {
    }

    static Dataset header(Path root, List<String> labelNames) {
        Dataset header = ModelFactory.eINSTANCE.createDataset();
        Path name = root.toAbsolutePath().normalize().getFileName();
        header.setName(name == null ? "yolo" : name.toString());
        for (int i = 0; i < labelNames.size(); i++) {
            header.getLabels().add(label(i, labelNames.get(i)));
        }
        return header;
    }

    static Label label(int id, String name) {
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setId(id);
        label.setName(name);
        return label;
    }

    /** Turns every label into a skeleton of {@code points} points named "LABEL_point_I", as Datumaro does. */
    static void makeSkeletons(Dataset header, int points) {
        for (Label skeleton : header.getLabels()) {
            skeleton.setType(LabelType.SKELETON);
            for (int i = 0; i < points; i++) {
                Label point = label(i, skeleton.getName() + "_point_" + i);
                point.setType(LabelType.POINTS);
                point.setParent(skeleton.getName());
                skeleton.getSublabels().add(point);
            }
        }
    }

    static DatasetItem imageItem(String id, String subset, Path image, ImageSize size) {
        DatasetItem item = ModelFactory.eINSTANCE.createDatasetItem();
        item.setId(id);
        item.setSubset(subset);
        Media media = ModelFactory.eINSTANCE.createMedia();
        media.setType(MediaType.IMAGE);
        media.setPath(image.toAbsolutePath().normalize().toString());
        if (size != null) {
            media.setWidth(size.width());
            media.setHeight(size.height());
        }
        item.setMedia(media);
        return item;
    }
}
