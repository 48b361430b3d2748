package io.annolab.formats.coco;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annolab.core.api.AnnolabException;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

/**
 * The dataset's labels, made from the categories of the label-bearing files in Datumaro's order
 * (position in the list, not the category id). Each file keeps its own id → label mapping, so
 * ids that are not contiguous (COCO's own 1..90 with gaps) resolve correctly.
 */
final class CocoLabels {

    private final Map<String, Label> byName = new LinkedHashMap<>();

    /** Adds the labels of one file's categories (once per name). */
    void addAll(List<CocoCategory> categories) {
        for (CocoCategory category : categories) {
            byName.computeIfAbsent(category.name(), name -> label(category));
        }
    }

    List<Label> labels() {
        return List.copyOf(byName.values());
    }

    /** One file's category id → label lookup. */
    CategoryMap mapOf(CocoFileData data) {
        Map<Integer, Label> map = new HashMap<>();
        for (CocoCategory category : data.categories) {
            map.put(category.id(), byName.get(category.name()));
        }
        return new CategoryMap(data, map);
    }

    private static Label label(CocoCategory category) {
        Label label = ModelFactory.eINSTANCE.createLabel();
        label.setName(category.name());
        label.setId(category.id());
        if (!category.supercategory().isEmpty()) {
            label.setParent(category.supercategory());
        }
        if (!category.keypoints().isEmpty()) {
            label.setType(LabelType.SKELETON);
            for (String point : category.keypoints()) {
                Label sublabel = ModelFactory.eINSTANCE.createLabel();
                sublabel.setName(point);
                sublabel.setType(LabelType.POINTS);
                label.getSublabels().add(sublabel);
            }
            // COCO numbers skeleton points from 1; files written 0-based (a 0 appears) are read as such.
            boolean zeroBased = false;
            for (int[] edge : category.skeleton()) {
                zeroBased |= edge[0] == 0 || edge[1] == 0;
            }
            int base = zeroBased ? 0 : 1;
            for (int[] edge : category.skeleton()) {
                int from = edge[0] - base, to = edge[1] - base;
                if (from >= 0 && to >= 0 && from < label.getSublabels().size() && to < label.getSublabels().size()) {
                    SkeletonEdge skeletonEdge = ModelFactory.eINSTANCE.createSkeletonEdge();
                    skeletonEdge.setFrom(label.getSublabels().get(from));
                    skeletonEdge.setTo(label.getSublabels().get(to));
                    label.getEdges().add(skeletonEdge);
                }
            }
        }
        return label;
    }

    /** Resolves a file's category ids. */
    static final class CategoryMap {
        private final CocoFileData data;
        private final Map<Integer, Label> map;

        CategoryMap(CocoFileData data, Map<Integer, Label> map) {
            this.data = data;
            this.map = map;
        }

        /** The label, null for id 0 ("not specified"); an undeclared id is an error. */
        Label get(int categoryId, long annotationId) throws AnnolabException {
            if (categoryId == 0) {
                return null;
            }
            Label label = map.get(categoryId);
            if (label == null) {
                throw new AnnolabException("annotation " + annotationId + " refers to category " + categoryId
                        + ", which 'categories' does not declare", data.file, "Add the category or fix the annotation");
            }
            return label;
        }
    }
}
