package io.annolab.ui.shapes.skeleton.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.SkeletonEdge;
import io.annolab.ui.canvas.api.Drawing;
import io.annolab.ui.canvas.api.DrawingOptions;
import io.annolab.ui.canvas.api.Handle;
import io.annolab.ui.canvas.api.PointerEvent;
import io.annolab.ui.canvas.api.ShapeGeometry;
import io.annolab.ui.canvas.api.ShapeGeometry.Element;
import io.annolab.ui.canvas.api.ShapeStyle;
import io.annolab.ui.canvas.api.ShapeTool;
import io.annolab.ui.canvas.api.ShapeTools;
import io.annolab.ui.canvas.api.ViewTransform;

class SkeletonToolTest {

    /** A person template in CVAT's SVG form: head on top, hands below left and right; only head–left hand is a line. */
    private static final String PERSON_SVG = "<line x1=\"50\" y1=\"10\" x2=\"10\" y2=\"60\" stroke=\"black\" data-type=\"edge\" data-node-from=\"1\""
            + " stroke-width=\"0.5\" data-node-to=\"2\"></line>"
            + "<circle r=\"1.5\" cx=\"50\" cy=\"10\" data-type=\"element node\" data-element-id=\"1\" data-node-id=\"1\" data-label-name=\"head\"></circle>"
            + "<circle r=\"1.5\" cx=\"10\" cy=\"60\" data-type=\"element node\" data-element-id=\"2\" data-node-id=\"2\" data-label-name=\"left hand\"></circle>"
            + "<circle r=\"1.5\" cx=\"90\" cy=\"60\" data-type=\"element node\" data-element-id=\"3\" data-node-id=\"3\" data-label-name=\"right hand\"></circle>";

    private final ShapeTool tool = ShapeTools.forType(ShapeType.SKELETON).orElseThrow();

    @Test
    void placesTheTemplateIntoTheDraggedBox() {
        Label person = skeleton(PERSON_SVG, "head", "left hand", "right hand");
        ShapeGeometry geometry = draw(person, 100, 200, 300, 300);
        assertEquals(ShapeType.SKELETON, geometry.type());
        List<Element> elements = geometry.elements();
        assertEquals(3, elements.size());
        assertElement(elements.get(0), person.getSublabels().get(0), 200, 200);
        assertElement(elements.get(1), person.getSublabels().get(1), 100, 300);
        assertElement(elements.get(2), person.getSublabels().get(2), 300, 300);
    }

    @Test
    void placesCvatsOwnTemplateFromTheConformanceDataset() throws IOException {
        String shared = System.getProperty("annolab.shared");
        assumeTrue(shared != null, "System property annolab.shared is not set; the CVAT skeleton template test is skipped");
        Path file = Path.of(shared, "conformance/assets/cvat_dataset/for_images/train.xml");
        assumeTrue(Files.isRegularFile(file), file + " is missing; the CVAT skeleton template test is skipped");
        Matcher svgElement = Pattern.compile("<svg>(.*?)</svg>").matcher(Files.readString(file));
        assertTrue(svgElement.find(), "the CVAT dataset declares a skeleton template");
        String svg = svgElement.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        TreeMap<Integer, String> names = new TreeMap<>();
        Matcher circle = Pattern.compile("data-node-id=\"(\\d+)\" data-label-name=\"([^\"]*)\"").matcher(svg);
        while (circle.find()) {
            names.put(Integer.valueOf(circle.group(1)), circle.group(2));
        }
        assertEquals(4, names.size());
        Label skeleton = skeleton(svg, names.values().toArray(String[]::new));
        // CVAT's nodes: 1 (15.01, 22.44) top left, 2 (17.69, 58.56), 3 (69.70, 25.45), 4 (74.21, 59.06) bottom right
        List<Element> elements = draw(skeleton, 100, 200, 300, 300).elements();
        assertElement(elements.get(0), skeleton.getSublabels().get(0), 100, 200);
        assertElement(elements.get(3), skeleton.getSublabels().get(3), 300, 300);
        assertEquals(100 + (17.690 - 15.0145) / (74.2132 - 15.0145) * 200, elements.get(1).x(), 0.05);
        assertEquals(200 + (58.5582 - 22.4370) / (59.0599 - 22.4370) * 100, elements.get(1).y(), 0.05);

        // the SVG's lines join 3–2 and 1–4: a pixel on the 1–4 diagonal is drawn, the middle of 1–2 is not
        Shape shape = shape(skeleton, elements);
        ImageData pixels = render(shape, ShapeStyle.of(0xFF0000), new ViewTransform(0.5, -40, -90));
        // view = image / 2 − (40, 90): node 1 → (10, 10), node 4 → (110, 60)
        assertEquals(new RGB(255, 0, 0), rgb(pixels, 30, 20), "edge 1–4");
        assertEquals(new RGB(0, 0, 0), rgb(pixels, 12, 35), "no edge 1–2");
    }

    @Test
    void modelEdgesWinOverSvgLinesAndJointsUseTheirLabelColour() {
        Label person = skeleton(PERSON_SVG, "head", "left hand", "right hand");
        SkeletonEdge edge = ModelFactory.eINSTANCE.createSkeletonEdge();
        edge.setFrom(person.getSublabels().get(0));
        edge.setTo(person.getSublabels().get(2));
        person.getEdges().add(edge);
        person.getSublabels().get(0).setColor("#0000ff");
        Shape shape = shape(person, draw(person, 0, 0, 80, 50).elements()); // head (40,0), hands (0,50) and (80,50)
        ImageData pixels = render(shape, ShapeStyle.of(0xFF0000), new ViewTransform(1, 10, 10));
        assertEquals(new RGB(255, 0, 0), rgb(pixels, 70, 35), "head – right hand, from the model");
        assertEquals(new RGB(0, 0, 0), rgb(pixels, 30, 35), "head – left hand is only an SVG line, the model's edges win");
        assertEquals(new RGB(0, 0, 255), rgb(pixels, 50, 10), "the head joint in the head's colour");
    }

    @Test
    void outsideElementsAreNotDrawnAndOccludedOnesAreHollow() {
        Label person = skeleton(PERSON_SVG, "head", "left hand", "right hand");
        List<Element> placed = draw(person, 0, 0, 80, 50).elements();
        Element head = placed.get(0), left = placed.get(1), right = placed.get(2);
        Shape shape = shape(person, List.of(new Element(head.label(), head.x(), head.y(), false, true), new Element(left.label(), left.x(), left.y(),
                true, false), right));
        ImageData pixels = render(shape, ShapeStyle.of(0xFF0000), new ViewTransform(1, 10, 10));
        assertEquals(new RGB(0, 0, 0), rgb(pixels, 10, 60), "the outside left hand is not drawn");
        assertEquals(new RGB(255, 0, 0), rgb(pixels, 90, 60), "the right hand is drawn");
        assertEquals(new RGB(0, 0, 0), rgb(pixels, 50, 10), "the occluded head is a hollow ring");
        assertEquals(new RGB(255, 0, 0), rgb(pixels, 54, 10), "the ring itself");
        assertArrayEquals(new double[] { 40, 0, 80, 50 }, tool.bounds(shape), "bounds leave the outside hand out");
    }

    @Test
    void elementHandlesMoveOneElementAndCornersScaleAll() {
        Label person = skeleton(PERSON_SVG, "head", "left hand", "right hand");
        Shape shape = shape(person, draw(person, 0, 0, 80, 50).elements());
        List<Handle> handles = tool.handles(shape);
        assertEquals(3 + 4, handles.size());
        List<Element> moved = tool.dragHandle(shape, handles.get(0), press(40, -20)).elements();
        assertEquals(-20, moved.get(0).y());
        assertEquals(50, moved.get(1).y(), "the others stay");

        Handle bottomRight = handles.stream().filter(h -> h.kind() == Handle.Kind.CORNER && h.x() == 80 && h.y() == 50).findFirst().orElseThrow();
        List<Element> scaled = tool.dragHandle(shape, bottomRight, press(160, 100)).elements();
        assertElement(scaled.get(0), person.getSublabels().get(0), 80, 0);
        assertElement(scaled.get(1), person.getSublabels().get(1), 0, 100);
        assertElement(scaled.get(2), person.getSublabels().get(2), 160, 100);

        List<Element> translated = tool.translate(shape, 5, 5).elements();
        assertEquals(45, translated.get(0).x());
    }

    @Test
    void hitsNearAJointOrInsideTheBox() {
        Label person = skeleton(PERSON_SVG, "head", "left hand", "right hand");
        Shape shape = shape(person, draw(person, 0, 0, 80, 50).elements());
        assertTrue(tool.hits(shape, 40, 25, 0), "inside the box");
        assertTrue(tool.hits(shape, 40, -3, 3), "near the head");
        assertFalse(tool.hits(shape, 40, -10, 3));
    }

    @Test
    void aLabelWithoutPointsDrawsNothingAndSaysWhy() {
        Label empty = skeleton(null);
        Drawing drawing = tool.startDrawing(new DrawingOptions(empty, null, 0, List.of(), null, 640, 480));
        drawing.mouseDown(press(0, 0));
        drawing.mouseUp(press(50, 50));
        assertTrue(drawing.result().isEmpty());
        assertNotEquals("", drawing.hint());
    }

    private ShapeGeometry draw(Label label, double x1, double y1, double x2, double y2) {
        Drawing drawing = tool.startDrawing(new DrawingOptions(label, null, 0, List.of(), null, 640, 480));
        drawing.mouseDown(press(x1, y1));
        drawing.mouseMove(new PointerEvent((x1 + x2) / 2, (y1 + y2) / 2, 0, SWT.BUTTON1, 0));
        assertFalse(drawing.isComplete());
        drawing.mouseUp(press(x2, y2));
        assertTrue(drawing.isComplete());
        return drawing.result().orElseThrow();
    }

    private ImageData render(Shape shape, ShapeStyle style, ViewTransform view) {
        Display display = Display.getDefault();
        Image image = new Image(display, 120, 120);
        GC gc = new GC(image);
        try {
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(0, 0, 120, 120);
            tool.render(gc, shape, view, style);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    private static void assertElement(Element element, Label label, double x, double y) {
        assertEquals(label, element.label());
        assertEquals(x, element.x(), 1e-3, "x of " + label.getName());
        assertEquals(y, element.y(), 1e-3, "y of " + label.getName());
    }

    private static RGB rgb(ImageData data, int x, int y) {
        return data.palette.getRGB(data.getPixel(x, y));
    }

    private static PointerEvent press(double x, double y) {
        return new PointerEvent(x, y, 1, 0, 1);
    }

    private static Label skeleton(String svg, String... points) {
        Label skeleton = ModelFactory.eINSTANCE.createLabel();
        skeleton.setName("skeleton");
        skeleton.setType(LabelType.SKELETON);
        skeleton.setSvg(svg);
        for (String name : points) {
            Label point = ModelFactory.eINSTANCE.createLabel();
            point.setName(name);
            point.setType(LabelType.POINTS);
            skeleton.getSublabels().add(point);
        }
        return skeleton;
    }

    private static Shape shape(Label label, List<Element> elements) {
        Shape shape = new ShapeGeometry(ShapeType.SKELETON, null, 0, null, elements).toShape();
        shape.setLabel(label);
        return shape;
    }
}
