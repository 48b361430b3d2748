package io.annolab.core.tests.track;

import static io.annolab.core.tests.track.TrackInterpolationTest.attribute;
import static io.annolab.core.tests.track.TrackInterpolationTest.key;
import static io.annolab.core.tests.track.TrackInterpolationTest.outside;
import static io.annolab.core.tests.track.TrackInterpolationTest.track;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.track.Keyframes;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.core.api.track.TrackOperations;
import io.annolab.core.api.track.TrackOperations.SplitResult;
import io.annolab.model.AttributeSpec;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;

public class TrackOperationsTest {

    private static final float EPS = 1e-4f;

    @Test
    public void splitEndsTheFirstPartAndStartsTheSecondFromTheInterpolatedState() {
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), key(ShapeType.RECTANGLE, 10, 100, 0, 110, 10),
                key(ShapeType.RECTANGLE, 20, 100, 100, 110, 110));
        track.getAttributes().add(attribute("model", "sedan"));
        SplitResult result = TrackOperations.split(track, 4);

        List<Shape> first = result.firstKeyframes();
        assertEquals(2, first.size());
        assertEquals(0, first.get(0).getFrame());
        assertFalse(first.get(0).isOutside());
        assertEquals(4, first.get(1).getFrame());
        assertTrue(first.get(1).isOutside());
        assertTrue(first.get(1).isKeyframe());
        assertArrayEquals(new float[] { 40, 0, 50, 10 }, first.get(1).getPoints().toArray(), EPS);
        assertTrue(first.get(1).getAttributes().isEmpty(), "the track's own attributes stay on the track");

        Track second = result.second();
        assertArrayEquals(new int[] { 4, 10, 20 }, Keyframes.frames(second));
        assertEquals(4, second.getFrame());
        assertEquals(0, second.getId());
        assertEquals("sedan", second.getAttributes().get(0).getValue());
        assertEquals(track.getLabel(), second.getLabel());
        assertArrayEquals(new float[] { 40, 0, 50, 10 }, second.getShapes().get(0).getPoints().toArray(), EPS);
        assertTrue(second.getShapes().get(0).isKeyframe());
        // the second track moves on as the original did
        assertArrayEquals(new float[] { 70, 0, 80, 10 }, TrackInterpolation.shapeAt(second, 7).orElseThrow().getPoints().toArray(), EPS);
        assertEquals(3, track.getShapes().size(), "the original is not changed");

        // the first part applied: visible before 4, gone from 4 on
        Track firstTrack = track(ShapeType.RECTANGLE, first.toArray(Shape[]::new));
        assertTrue(TrackInterpolation.shapeAt(firstTrack, 3).isPresent());
        assertTrue(TrackInterpolation.shapeAt(firstTrack, 4).isEmpty());
        assertTrue(TrackInterpolation.shapeAt(firstTrack, 15).isEmpty());
    }

    @Test
    public void splitOnAKeyframeKeepsThatKeyframeInTheSecondPart() {
        Shape k10 = key(ShapeType.RECTANGLE, 10, 100, 0, 110, 10);
        k10.setOccluded(true);
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), k10);
        SplitResult result = TrackOperations.split(track, 10);
        assertArrayEquals(new int[] { 0, 10 }, result.firstKeyframes().stream().mapToInt(Shape::getFrame).toArray());
        assertTrue(result.firstKeyframes().get(1).isOutside());
        assertEquals(1, result.second().getShapes().size());
        assertTrue(result.second().getShapes().get(0).isOccluded());
    }

    @Test
    public void splitOfASkeletonSplitsItsElements() {
        Track skeleton = track(ShapeType.SKELETON, key(ShapeType.SKELETON, 0), key(ShapeType.SKELETON, 10));
        Track point = track(ShapeType.POINTS, key(ShapeType.POINTS, 0, 0, 0), key(ShapeType.POINTS, 10, 10, 0));
        skeleton.getElements().add(point);
        SplitResult result = TrackOperations.split(skeleton, 5);
        assertEquals(1, result.firstElementKeyframes().size());
        List<Shape> firstPoint = result.firstElementKeyframes().get(0);
        assertEquals(2, firstPoint.size());
        assertTrue(firstPoint.get(1).isOutside());
        Track secondPoint = result.second().getElements().get(0);
        assertArrayEquals(new float[] { 5, 0 }, secondPoint.getShapes().get(0).getPoints().toArray(), EPS);
        Shape at7 = TrackInterpolation.shapeAt(result.second(), 7).orElseThrow();
        assertArrayEquals(new float[] { 7, 0 }, at7.getElements().get(0).getPoints().toArray(), EPS);
    }

    @Test
    public void mergeJoinsTracksAndShapesInFrameOrder() {
        // track A 0..4 ending outside on 5, track B from 10, a shape on 20, a shape on 30 that
        // replaces B's keyframe on 30
        Track a = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), outside(key(ShapeType.RECTANGLE, 5, 5, 0, 15, 10)));
        Track b = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 10, 50, 0, 60, 10), key(ShapeType.RECTANGLE, 30, 70, 0, 80, 10));
        Shape onTwenty = key(ShapeType.RECTANGLE, 20, 60, 60, 70, 70);
        onTwenty.setKeyframe(false);
        onTwenty.setLabel(a.getLabel());
        Shape onThirty = key(ShapeType.RECTANGLE, 30, 0, 0, 1, 1);
        Track merged = TrackOperations.merge(List.of(onTwenty, b, onThirty, a)); // any order in

        assertArrayEquals(new int[] { 0, 5, 10, 20, 21, 30, 31 }, Keyframes.frames(merged));
        assertEquals(0, merged.getFrame());
        assertEquals(0, merged.getId());
        assertTrue(Keyframes.at(merged, 5).orElseThrow().isOutside(), "A's end is kept: B starts later");
        assertTrue(Keyframes.at(merged, 21).orElseThrow().isOutside(), "a single shape ends on the next frame");
        assertTrue(Keyframes.at(merged, 20).orElseThrow().isKeyframe());
        assertArrayEquals(new float[] { 0, 0, 1, 1 }, Keyframes.at(merged, 30).orElseThrow().getPoints().toArray(), EPS,
                "the later part wins on a shared frame");
        assertTrue(TrackInterpolation.shapeAt(merged, 7).isEmpty());
        assertArrayEquals(new float[] { 55, 30, 65, 40 }, TrackInterpolation.shapeAt(merged, 15).orElseThrow().getPoints().toArray(), EPS);
        assertEquals(2, a.getShapes().size(), "the parts are not changed");
    }

    @Test
    public void mergeDropsAnEarlierEndWhereTheNextPartHasBegun() {
        Track a = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), outside(key(ShapeType.RECTANGLE, 8, 0, 0, 10, 10)));
        Track b = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 4, 0, 0, 10, 10), key(ShapeType.RECTANGLE, 12, 8, 0, 18, 10));
        Track merged = TrackOperations.merge(List.of(a, b));
        assertArrayEquals(new int[] { 0, 4, 12 }, Keyframes.frames(merged));
        assertTrue(TrackInterpolation.shapeAt(merged, 10).isPresent());
    }

    @Test
    public void trackFromShapeSplitsImmutableAttributes() {
        AttributeSpec fixed = ModelFactory.eINSTANCE.createAttributeSpec();
        fixed.setName("model");
        AttributeSpec mutable = ModelFactory.eINSTANCE.createAttributeSpec();
        mutable.setName("speed");
        mutable.setMutable(true);
        Shape shape = key(ShapeType.POLYGON, 3, 0, 0, 4, 0, 4, 4);
        shape.setKeyframe(false);
        shape.setLabel(TrackInterpolationTest.label("car"));
        var model = attribute("model", "sedan");
        model.setSpec(fixed);
        var speed = attribute("speed", "fast");
        speed.setSpec(mutable);
        shape.getAttributes().add(model);
        shape.getAttributes().add(speed);
        Track track = TrackOperations.fromShape(shape);
        assertEquals(ShapeType.POLYGON, track.getType());
        assertEquals(3, track.getFrame());
        assertEquals(1, track.getShapes().size());
        assertTrue(track.getShapes().get(0).isKeyframe());
        assertEquals("model", track.getAttributes().get(0).getName());
        assertEquals("speed", track.getShapes().get(0).getAttributes().get(0).getName());
        assertEquals(1, track.getShapes().get(0).getAttributes().size());
        assertArrayEquals(new float[] { 0, 0, 4, 0, 4, 4 }, TrackInterpolation.shapeAt(track, 50).orElseThrow().getPoints().toArray(), EPS);
        assertEquals(2, TrackInterpolation.shapeAt(track, 50).orElseThrow().getAttributes().size());
    }
}
