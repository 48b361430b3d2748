package io.annolab.core.api.task;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

/**
 * A skeleton's drawing in CVAT's SVG form (the label's {@code svg}): one {@code <circle>} per
 * point, in a 100 × 100 box, naming its sublabel by {@code data-label-name}, and one
 * {@code <line>} per edge joining {@code data-node-from} and {@code data-node-to} (1-based point
 * numbers). CVAT reads the edges from here, so this is what makes them survive a round trip.
 */
public final class SkeletonSvg {

    /** The side of the square the points live in. */
    public static final double SIZE = 100;

    private static final Pattern TAG = Pattern.compile("<(circle|line)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");

    private SkeletonSvg() {
    }

    /** The SVG of the skeleton's points at {@code positions} (by point; missing ones are spread along a line). */
    public static String write(Label skeleton, Map<Label, double[]> positions) {
        List<Label> points = skeleton.getSublabels();
        double[][] at = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            double[] p = positions.get(points.get(i));
            at[i] = p != null ? p : new double[] { 10 + 80.0 * i / Math.max(1, points.size() - 1), 50 };
        }
        StringBuilder svg = new StringBuilder();
        for (SkeletonEdge edge : skeleton.getEdges()) {
            int from = points.indexOf(edge.getFrom());
            int to = points.indexOf(edge.getTo());
            if (from >= 0 && to >= 0) {
                svg.append("<line x1=\"").append(number(at[from][0])).append("\" y1=\"").append(number(at[from][1]))
                        .append("\" x2=\"").append(number(at[to][0])).append("\" y2=\"").append(number(at[to][1]))
                        .append("\" stroke=\"black\" data-type=\"edge\" data-node-from=\"").append(from + 1)
                        .append("\" stroke-width=\"0.5\" data-node-to=\"").append(to + 1).append("\"></line>");
            }
        }
        for (int i = 0; i < points.size(); i++) {
            svg.append("<circle r=\"1.5\" stroke=\"black\" fill=\"#b3b3b3\" cx=\"").append(number(at[i][0])).append("\" cy=\"")
                    .append(number(at[i][1])).append("\" stroke-width=\"0.1\" data-type=\"element node\" data-element-id=\"")
                    .append(i + 1).append("\" data-node-id=\"").append(i + 1).append("\" data-label-name=\"")
                    .append(escape(points.get(i).getName())).append("\"></circle>");
        }
        return svg.toString();
    }

    /** Where the SVG puts each point, by point name (in the 100 × 100 box). */
    public static Map<String, double[]> positions(String svg) {
        Map<String, double[]> positions = new LinkedHashMap<>();
        if (svg == null) {
            return positions;
        }
        Matcher tag = TAG.matcher(svg);
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            if (tag.group(1).equals("circle") && attributes.containsKey("data-label-name")) {
                positions.put(unescape(attributes.get("data-label-name")),
                        new double[] { parse(attributes.get("cx"), 50), parse(attributes.get("cy"), 50) });
            }
        }
        return positions;
    }

    /**
     * Adds the edges the skeleton's SVG draws between its points (points found by
     * {@code data-label-name}, or by {@code data-label-id} among {@code pointIds}); returns how many.
     */
    public static int readEdges(Label skeleton, Map<String, Label> pointIds) {
        if (skeleton.getSvg() == null) {
            return 0;
        }
        Map<String, Label> byNode = new HashMap<>();
        int added = 0;
        Matcher tag = TAG.matcher(skeleton.getSvg());
        List<String[]> lines = new java.util.ArrayList<>();
        while (tag.find()) {
            Map<String, String> attributes = attributes(tag.group(2));
            if (tag.group(1).equals("circle") && attributes.containsKey("data-node-id")) {
                Label point = null;
                if (attributes.containsKey("data-label-name")) {
                    String name = unescape(attributes.get("data-label-name"));
                    point = skeleton.getSublabels().stream().filter(l -> name.equals(l.getName())).findFirst().orElse(null);
                }
                if (point == null && attributes.containsKey("data-label-id")) {
                    point = pointIds.get(attributes.get("data-label-id"));
                }
                if (point != null) {
                    byNode.put(attributes.get("data-node-id"), point);
                }
            } else if (attributes.containsKey("data-node-from") && attributes.containsKey("data-node-to")) {
                lines.add(new String[] { attributes.get("data-node-from"), attributes.get("data-node-to") });
            }
        }
        for (String[] line : lines) {
            Label from = byNode.get(line[0]);
            Label to = byNode.get(line[1]);
            if (from != null && to != null && from != to && !hasEdge(skeleton, from, to)) {
                SkeletonEdge edge = ModelFactory.eINSTANCE.createSkeletonEdge();
                edge.setFrom(from);
                edge.setTo(to);
                skeleton.getEdges().add(edge);
                added++;
            }
        }
        return added;
    }

    /** Whether the two points are joined, either way round. */
    public static boolean hasEdge(Label skeleton, Label a, Label b) {
        return skeleton.getEdges().stream()
                .anyMatch(e -> (e.getFrom() == a && e.getTo() == b) || (e.getFrom() == b && e.getTo() == a));
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static double parse(String text, double fallback) {
        try {
            return text == null ? fallback : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
