package io.annolab.formats.cvat;

import java.io.IOException;
import java.util.List;

import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.SkeletonEdge;

/**
 * Writes {@code <version>} and {@code <meta>} of a task export, children in the order of CVAT's
 * writer (spec §3.6). Dates, owners and segments are left out: a dataset has none, and leaving
 * them out keeps exports reproducible byte for byte.
 */
final class CvatMetaWriter {

    /** What the meta says about one annotation file. */
    record Task(String name, String subset, boolean video, int size, int startFrame, int stopFrame, int frameStep,
            List<Label> labels, int frameWidth, int frameHeight) {
    }

    private CvatMetaWriter() {
    }

    static void write(CvatXmlWriter xml, Task task) throws IOException {
        xml.leaf("version", "1.1");
        xml.open("meta");
        xml.open("task");
        xml.leaf("name", task.name());
        xml.leaf("size", Integer.toString(task.size()));
        xml.leaf("mode", task.video() ? "interpolation" : "annotation");
        xml.leaf("overlap", "0");
        xml.leaf("bugtracker", "");
        xml.leaf("subset", task.subset());
        xml.leaf("start_frame", Integer.toString(task.startFrame()));
        xml.leaf("stop_frame", Integer.toString(task.stopFrame()));
        xml.leaf("frame_filter", task.frameStep() > 1 ? "step=" + task.frameStep() : "");
        xml.open("labels");
        for (Label label : task.labels()) {
            label(xml, label, null);
            for (Label point : label.getSublabels()) {
                label(xml, point, label.getName());
            }
        }
        xml.close("labels");
        if (task.video() && task.frameWidth() > 0 && task.frameHeight() > 0) {
            xml.open("original_size");
            xml.leaf("width", Integer.toString(task.frameWidth()));
            xml.leaf("height", Integer.toString(task.frameHeight()));
            xml.close("original_size");
        }
        xml.close("task");
        xml.close("meta");
    }

    /** {@code name, color, type, attributes, [parent], [svg]}. */
    private static void label(CvatXmlWriter xml, Label label, String parent) throws IOException {
        xml.open("label");
        xml.leaf("name", label.getName());
        if (label.getColor() != null) {
            xml.leaf("color", label.getColor());
        }
        LabelType type = label.getType() == LabelType.ANY && !label.getSublabels().isEmpty() ? LabelType.SKELETON : label.getType();
        xml.leaf("type", parent != null && type == LabelType.ANY ? "points" : type.getLiteral());
        xml.open("attributes");
        for (AttributeSpec spec : label.getAttributes()) {
            xml.open("attribute");
            xml.leaf("name", spec.getName());
            xml.leaf("mutable", spec.isMutable() ? "True" : "False");
            xml.leaf("input_type", spec.getInputType().getLiteral());
            xml.leaf("default_value", spec.getDefaultValue() == null ? "" : spec.getDefaultValue());
            xml.leaf("values", String.join("\n", spec.getValues()));
            xml.close("attribute");
        }
        xml.close("attributes");
        if (parent != null) {
            xml.leaf("parent", parent);
        }
        if (label.getSvg() != null) {
            xml.leaf("svg", label.getSvg());
        } else if (!label.getSublabels().isEmpty()) {
            xml.leaf("svg", svg(label));
        }
        xml.close("label");
    }

    /**
     * A skeleton drawing in CVAT's form when the label brings none: the reader takes the points'
     * names from data-label-name and the edges from data-node-from/-to.
     */
    static String svg(Label skeleton) {
        StringBuilder svg = new StringBuilder();
        List<Label> points = skeleton.getSublabels();
        for (SkeletonEdge edge : skeleton.getEdges()) {
            int from = points.indexOf(edge.getFrom()) + 1;
            int to = points.indexOf(edge.getTo()) + 1;
            if (from > 0 && to > 0) {
                svg.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"0\" stroke=\"black\" data-type=\"edge\" data-node-from=\"")
                        .append(from).append("\" stroke-width=\"0.5\" data-node-to=\"").append(to).append("\"></line>");
            }
        }
        for (int i = 0; i < points.size(); i++) {
            double x = 10 + 80.0 * i / Math.max(1, points.size() - 1);
            svg.append("<circle r=\"1.5\" stroke=\"black\" fill=\"#b3b3b3\" cx=\"").append(x).append("\" cy=\"50\" stroke-width=\"0.1\"")
                    .append(" data-type=\"element node\" data-element-id=\"").append(i + 1).append("\" data-node-id=\"").append(i + 1)
                    .append("\" data-label-name=\"").append(points.get(i).getName()).append("\"></circle>");
        }
        return svg.toString();
    }
}
