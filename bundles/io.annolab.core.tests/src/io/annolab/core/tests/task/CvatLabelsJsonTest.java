package io.annolab.core.tests.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.annolab.core.api.AnnolabException;
import io.annolab.core.api.task.CvatLabelsJson;
import io.annolab.core.api.task.LabelRules;
import io.annolab.core.api.task.SkeletonSvg;
import io.annolab.model.AttributeInputType;
import io.annolab.model.AttributeSpec;
import io.annolab.model.Label;
import io.annolab.model.LabelType;
import io.annolab.model.ModelFactory;
import io.annolab.model.SkeletonEdge;

class CvatLabelsJsonTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    /** As CVAT's raw editor shows a project (ids, a skeleton whose svg names points by label id). */
    private static final String FROM_CVAT = """
            [
              {
                "name": "car",
                "id": 7,
                "color": "#fa3253",
                "type": "rectangle",
                "attributes": [
                  {"id": 11, "name": "model", "mutable": false, "input_type": "select", "default_value": "bmw",
                   "values": ["bmw", "audi"]},
                  {"id": 12, "name": "speed", "mutable": true, "input_type": "number", "default_value": "0",
                   "values": ["0", "200", "5"]}
                ]
              },
              {
                "name": "hand",
                "id": 8,
                "color": "#33ddff",
                "type": "skeleton",
                "attributes": [],
                "sublabels": [
                  {"name": "wrist", "id": 9, "color": "#aaaaaa", "type": "points", "attributes": []},
                  {"name": "thumb", "id": 10, "color": "#bbbbbb", "type": "points", "attributes": []}
                ],
                "svg": "<line x1=\\"1\\" y1=\\"2\\" x2=\\"3\\" y2=\\"4\\" data-type=\\"edge\\" data-node-from=\\"1\\" data-node-to=\\"2\\"></line><circle r=\\"0.75\\" cx=\\"1\\" cy=\\"2\\" data-type=\\"element node\\" data-element-id=\\"1\\" data-node-id=\\"1\\" data-label-id=\\"9\\"></circle><circle r=\\"0.75\\" cx=\\"3\\" cy=\\"4\\" data-type=\\"element node\\" data-element-id=\\"2\\" data-node-id=\\"2\\" data-label-id=\\"10\\"></circle>",
                "has_parent": false
              }
            ]
            """;

    @Test
    void readsCvatsRawLabelsAndStripsTheIds() throws AnnolabException {
        List<Label> labels = CvatLabelsJson.read(FROM_CVAT);
        assertEquals(2, labels.size());
        Label car = labels.get(0);
        assertEquals(0, car.getId(), "ids are stripped from pasted text");
        assertEquals(LabelType.RECTANGLE, car.getType());
        assertEquals("#fa3253", car.getColor());
        AttributeSpec speed = car.getAttributes().get(1);
        assertEquals(0, speed.getId());
        assertEquals(AttributeInputType.NUMBER, speed.getInputType());
        assertTrue(speed.isMutable());
        assertEquals(List.of("0", "200", "5"), speed.getValues());
        Label hand = labels.get(1);
        assertEquals(LabelType.SKELETON, hand.getType());
        assertEquals(List.of("wrist", "thumb"), hand.getSublabels().stream().map(Label::getName).toList());
        assertEquals(1, hand.getEdges().size(), "the edge is read from the svg, its points found by label id");
        assertEquals("wrist", hand.getEdges().get(0).getFrom().getName());
        assertEquals("thumb", hand.getEdges().get(0).getTo().getName());
        assertTrue(LabelRules.check(labels).isEmpty(), LabelRules.check(labels).toString());
    }

    @Test
    void writtenLabelsReadBackEqualIncludingSkeletonEdges() throws AnnolabException {
        Label person = label("person", LabelType.SKELETON);
        Label head = label("head", LabelType.POINTS);
        Label foot = label("foot", LabelType.POINTS);
        person.getSublabels().addAll(List.of(head, foot));
        SkeletonEdge edge = F.createSkeletonEdge();
        edge.setFrom(head);
        edge.setTo(foot);
        person.getEdges().add(edge);
        person.setSvg(SkeletonSvg.write(person, Map.of(head, new double[] { 50, 10 }, foot, new double[] { 50, 90 })));
        Label tag = label("sunny \"day\"", LabelType.TAG);
        AttributeSpec spec = F.createAttributeSpec();
        spec.setName("ok");
        spec.setInputType(AttributeInputType.CHECKBOX);
        spec.setDefaultValue("false");
        spec.getValues().add("false");
        tag.getAttributes().add(spec);
        List<Label> labels = List.of(person, tag);

        List<Label> read = CvatLabelsJson.read(CvatLabelsJson.write(labels));
        assertTrue(EcoreUtil.equals(labels, read), CvatLabelsJson.write(read));
        assertEquals(50, SkeletonSvg.positions(read.get(0).getSvg()).get("foot")[0]);
        assertEquals(90, SkeletonSvg.positions(read.get(0).getSvg()).get("foot")[1]);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        AnnolabException error = assertThrows(AnnolabException.class, () -> CvatLabelsJson.read("[\n  {\"name\": \"car\",,}\n]"));
        assertEquals(2, error.line());
        assertTrue(error.column() > 1, "column " + error.column());
        assertTrue(error.getMessage().startsWith("line 2, column "), error.getMessage());

        AnnolabException type = assertThrows(AnnolabException.class, () -> CvatLabelsJson.read("[{\"name\": \"a\",\n \"type\": \"blob\"}]"));
        assertEquals(2, type.line());
        assertTrue(type.getMessage().contains("unknown label type 'blob'"), type.getMessage());

        AnnolabException unnamed = assertThrows(AnnolabException.class, () -> CvatLabelsJson.read("[\n\n   {\"type\": \"tag\"}]"));
        assertEquals(3, unnamed.line());
        assertEquals(4, unnamed.column());
        assertTrue(assertThrows(AnnolabException.class, () -> CvatLabelsJson.read("{}")).getMessage().contains("JSON list"));
    }

    @Test
    void labelRulesExplainWhatIsWrong() {
        Label a = label("a", LabelType.ANY);
        AttributeSpec number = F.createAttributeSpec();
        number.setName("n");
        number.setInputType(AttributeInputType.NUMBER);
        number.getValues().addAll(List.of("0", "x", "1"));
        a.getAttributes().add(number);
        Label skeleton = label("a", LabelType.SKELETON);
        List<String> problems = LabelRules.check(List.of(a, skeleton));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("min;max;step"), problems.get(0));
        assertTrue(problems.get(1).contains("Two labels are named 'a'"), problems.get(1));
        assertTrue(problems.get(2).contains("has no points"), problems.get(2));
    }

    private static Label label(String name, LabelType type) {
        Label label = F.createLabel();
        label.setName(name);
        label.setType(type);
        label.setColor("#112233");
        return label;
    }
}
