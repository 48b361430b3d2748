package io.annolab.formats.coco;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Label;
import io.annolab.model.SkeletonEdge;

/**
 * The {@code categories} of an export. Ids are the labels' own ids when they are distinct and
 * positive (so a COCO dataset keeps its ids, gaps included, through a round trip), otherwise
 * Datumaro's label index + 1; with {@code --reindex} always index + 1.
 */
final class CocoCategories {

    private final List<Label> labels;
    private final Map<String, Integer> idByName = new HashMap<>();
    private final int[] ids;

    CocoCategories(List<Label> labels, boolean reindex) {
        this.labels = List.copyOf(labels);
        ids = new int[this.labels.size()];
        Set<Integer> own = new HashSet<>();
        boolean keep = !reindex;
        for (Label label : this.labels) {
            keep &= label.getId() > 0 && own.add(label.getId());
        }
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keep ? this.labels.get(i).getId() : i + 1;
            idByName.putIfAbsent(this.labels.get(i).getName(), ids[i]);
        }
    }

    /** The category id of a label, 0 for none; a label missing from the dataset's list is an error. */
    int idOf(Label label) throws AnnolabException {
        if (label == null) {
            return 0;
        }
        Integer id = idByName.get(label.getName());
        if (id == null) {
            throw new AnnolabException("an annotation uses the label '" + label.getName() + "', which the dataset does not declare", null,
                    "Add the label to the dataset's labels");
        }
        return id;
    }

    /** licenses, info and categories (with keypoints for person_keypoints), as an object still open. */
    byte[] header(CocoTask task) throws IOException {
        return CocoTaskFile.openObject(g -> {
            g.writeArrayFieldStart("licenses");
            g.writeStartObject();
            g.writeStringField("name", "");
            g.writeNumberField("id", 0);
            g.writeStringField("url", "");
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("info");
            for (String field : List.of("contributor", "date_created", "description", "url", "version", "year")) {
                g.writeStringField(field, "");
            }
            g.writeEndObject();
            g.writeArrayFieldStart("categories");
            if (task != CocoTask.CAPTIONS && task != CocoTask.IMAGE_INFO) {
                for (int i = 0; i < labels.size(); i++) {
                    category(g, labels.get(i), ids[i], task);
                }
            }
            g.writeEndArray();
        });
    }

    private static void category(JsonGenerator g, Label label, int id, CocoTask task) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("name", label.getName());
        g.writeStringField("supercategory", label.getParent() == null ? "" : label.getParent());
        if (task == CocoTask.PERSON_KEYPOINTS) {
            g.writeArrayFieldStart("keypoints");
            for (Label point : label.getSublabels()) {
                g.writeString(point.getName());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("skeleton");
            for (SkeletonEdge edge : label.getEdges()) {
                int from = label.getSublabels().indexOf(edge.getFrom()), to = label.getSublabels().indexOf(edge.getTo());
                if (from >= 0 && to >= 0) {
                    g.writeStartArray();
                    g.writeNumber(from + 1); // COCO numbers skeleton points from 1
                    g.writeNumber(to + 1);
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
        }
        if (task == CocoTask.PANOPTIC) {
            g.writeNumberField("isthing", 0);
        }
        g.writeEndObject();
    }
}
