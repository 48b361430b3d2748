package io.annolab.ui.shapes.skeleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annolab.model.Label;
import io.annolab.model.SkeletonEdge;
import io.annolab.ui.canvas.api.ShapeGeometry;

/**
 * A skeleton label's drawing template: where each point (sublabel) sits relative to the others
 * and which points are joined. Positions come from the label's SVG in CVAT's form
 * ({@code <circle cx cy data-node-id data-label-name>}); edges from {@link Label#getEdges()} or,
 * when the model has none, from the SVG's {@code <line data-node-from data-node-to>}. Points the
 * SVG does not place go on a row across the middle, as the CVAT writer lays them out.
 */
public final class SkeletonTemplate {

    private static final Pattern TAG = Pattern.compile("<(line|circle)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    private final List<Label> points;
    private final double[] positions; // x, y per point in the template's own units
    private final List<int[]> edges;

    private SkeletonTemplate(List<Label> points, double[] positions, List<int[]> edges) {
        this.points = points;
        this.positions = positions;
        this.edges = edges;
    }

    /** The template of {@code skeleton}; empty (no points) when the label is null or has no sublabels. */
    public static SkeletonTemplate of(Label skeleton) {
        List<Label> points = skeleton == null ? List.of() : List.copyOf(skeleton.getSublabels());
        double[] positions = new double[2 * points.size()];
        boolean[] placed = new boolean[points.size()];
        Map<String, Integer> byNode = new HashMap<>();
        List<String[]> lines = new ArrayList<>();
        if (skeleton != null && skeleton.getSvg() != null) {
            Matcher tag = TAG.matcher(skeleton.getSvg());
            while (tag.find()) {
                Map<String, String> attributes = attributes(tag.group(2));
                if (tag.group(1).equals("circle")) {
                    int index = indexOf(points, attributes.get("data-label-name"));
                    if (index >= 0) {
                        positions[2 * index] = number(attributes.get("cx"));
                        positions[2 * index + 1] = number(attributes.get("cy"));
                        placed[index] = true;
                        if (attributes.containsKey("data-node-id")) {
                            byNode.put(attributes.get("data-node-id"), index);
                        }
                    }
                } else if (attributes.containsKey("data-node-from") && attributes.containsKey("data-node-to")) {
                    lines.add(new String[] { attributes.get("data-node-from"), attributes.get("data-node-to") });
                }
            }
        }
        for (int i = 0; i < points.size(); i++) {
            if (!placed[i]) {
                positions[2 * i] = 10 + 80.0 * i / Math.max(1, points.size() - 1);
                positions[2 * i + 1] = 50;
            }
        }
        List<int[]> edges = new ArrayList<>();
        if (skeleton != null && !skeleton.getEdges().isEmpty()) {
            for (SkeletonEdge edge : skeleton.getEdges()) {
                int from = points.indexOf(edge.getFrom()), to = points.indexOf(edge.getTo());
                if (from >= 0 && to >= 0) {
                    edges.add(new int[] { from, to });
                }
            }
        } else {
            for (String[] line : lines) {
                Integer from = byNode.get(line[0]), to = byNode.get(line[1]);
                if (from != null && to != null) {
                    edges.add(new int[] { from, to });
                }
            }
        }
        return new SkeletonTemplate(points, positions, edges);
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static int indexOf(List<Label> points, String name) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).getName() != null && points.get(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static double number(String text) {
        try {
            return text == null ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<Label> points() {
        return points;
    }

    /** Pairs of point indexes joined by an edge. */
    public List<int[]> edges() {
        return edges;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * The points scaled from the template's bounding box into the box (x1, y1)–(x2, y2); a
     * template that is flat in one direction is centred in the box in that direction.
     */
    public List<ShapeGeometry.Element> placeIn(double x1, double y1, double x2, double y2) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points.size(); i++) {
            minX = Math.min(minX, positions[2 * i]);
            maxX = Math.max(maxX, positions[2 * i]);
            minY = Math.min(minY, positions[2 * i + 1]);
            maxY = Math.max(maxY, positions[2 * i + 1]);
        }
        double left = Math.min(x1, x2), top = Math.min(y1, y2), width = Math.abs(x2 - x1), height = Math.abs(y2 - y1);
        List<ShapeGeometry.Element> elements = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            double u = maxX - minX < 1e-9 ? 0.5 : (positions[2 * i] - minX) / (maxX - minX);
            double v = maxY - minY < 1e-9 ? 0.5 : (positions[2 * i + 1] - minY) / (maxY - minY);
            elements.add(new ShapeGeometry.Element(points.get(i), (float) (left + u * width), (float) (top + v * height), false, false));
        }
        return elements;
    }
}
