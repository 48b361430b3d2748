package io.annolab.core.tests.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.annolab.core.api.track.Keyframes;
import io.annolab.core.api.track.TrackInterpolation;
import io.annolab.model.AttributeValue;
import io.annolab.model.Label;
import io.annolab.model.ModelFactory;
import io.annolab.model.Shape;
import io.annolab.model.ShapeType;
import io.annolab.model.Track;
import io.annolab.model.values.Coordinates;

/** Interpolation against values computed by hand from CVAT's rules (TRK-04). */
public class TrackInterpolationTest {

    static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final float EPS = 1e-4f;

    static Label label(String name) {
        Label label = F.createLabel();
        label.setName(name);
        return label;
    }

    static Shape key(ShapeType type, int frame, float... points) {
        Shape shape = F.createShape();
        shape.setType(type);
        shape.setFrame(frame);
        shape.setKeyframe(true);
        shape.setPoints(Coordinates.of(points));
        return shape;
    }

    static Shape outside(Shape key) {
        key.setOutside(true);
        return key;
    }

    static Track track(ShapeType type, Shape... keys) {
        Track track = F.createTrack();
        track.setType(type);
        track.setId(7);
        track.setLabel(label("car"));
        track.setFrame(keys.length == 0 ? 0 : keys[0].getFrame());
        for (Shape key : keys) {
            track.getShapes().add(key);
        }
        return track;
    }

    static AttributeValue attribute(String name, Object value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setName(name);
        attribute.setValue(value);
        return attribute;
    }

    static float[] at(Track track, int frame) {
        return TrackInterpolation.shapeAt(track, frame).orElseThrow().getPoints().toArray();
    }

    @Test
    public void rectangleIsLinearBetweenKeyframes() {
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), key(ShapeType.RECTANGLE, 4, 40, 20, 60, 40));
        Shape shape = TrackInterpolation.shapeAt(track, 1).orElseThrow();
        // t = 1/4: 0 + 40/4, 0 + 20/4, 10 + 50/4, 10 + 30/4
        assertArrayEquals(new float[] { 10, 5, 22.5f, 17.5f }, shape.getPoints().toArray(), EPS);
        assertFalse(shape.isKeyframe());
        assertFalse(shape.isOutside());
        assertEquals(1, shape.getFrame());
        assertEquals("car", shape.getLabel().getName());
        assertEquals(ShapeType.RECTANGLE, shape.getType());
        assertEquals(7, shape.getId());
        assertTrue(TrackInterpolation.shapeAt(track, 4).orElseThrow().isKeyframe());
        assertArrayEquals(new float[] { 40, 20, 60, 40 }, at(track, 4), EPS);
        // detached: never the stored keyframe
        assertTrue(TrackInterpolation.shapeAt(track, 4).orElseThrow() != track.getShapes().get(1));
        assertTrue(TrackInterpolation.shapeAt(track, 2).orElseThrow().eContainer() == null);
    }

    @Test
    public void rotationTakesTheShortestArc() {
        Shape k0 = key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10);
        k0.setRotation(350);
        Shape k1 = key(ShapeType.RECTANGLE, 4, 0, 0, 10, 10);
        k1.setRotation(10);
        Track track = track(ShapeType.RECTANGLE, k0, k1);
        assertEquals(355f, TrackInterpolation.shapeAt(track, 1).orElseThrow().getRotation(), EPS);
        assertEquals(0f, TrackInterpolation.shapeAt(track, 2).orElseThrow().getRotation(), EPS);
        assertEquals(5f, TrackInterpolation.shapeAt(track, 3).orElseThrow().getRotation(), EPS);
        // and the other way round: 10 -> 350 goes down through 0
        k0.setRotation(10);
        k1.setRotation(350);
        assertEquals(0f, TrackInterpolation.shapeAt(track, 2).orElseThrow().getRotation(), EPS);
    }

    @Test
    public void ellipseIsLinear() {
        Track track = track(ShapeType.ELLIPSE, key(ShapeType.ELLIPSE, 10, 100, 100, 20, 10), key(ShapeType.ELLIPSE, 20, 200, 150, 40, 10));
        // t = 3/10: cx 100 + 30, cy 100 + 15, rx 20 + 6, ry 10
        assertArrayEquals(new float[] { 130, 115, 26, 10 }, at(track, 13), EPS);
    }

    @Test
    public void cuboidCornersAreLinear() {
        float[] a = new float[16];
        float[] b = new float[16];
        for (int i = 0; i < 16; i++) {
            a[i] = i;
            b[i] = i + (i % 2 == 0 ? 8 : -4); // x moves +8, y moves -4
        }
        Track track = track(ShapeType.CUBOID, key(ShapeType.CUBOID, 0, a), key(ShapeType.CUBOID, 2, b));
        float[] mid = at(track, 1);
        assertEquals(16, mid.length);
        for (int i = 0; i < 16; i++) {
            assertEquals(i + (i % 2 == 0 ? 4 : -2), mid[i], EPS, "coordinate " + i);
        }
    }

    @Test
    public void onePointIsLinearMorePointsAreHeld() {
        Track single = track(ShapeType.POINTS, key(ShapeType.POINTS, 0, 0, 0), key(ShapeType.POINTS, 10, 10, 20));
        assertArrayEquals(new float[] { 3, 6 }, at(single, 3), EPS);
        Track multi = track(ShapeType.POINTS, key(ShapeType.POINTS, 0, 0, 0, 5, 5), key(ShapeType.POINTS, 10, 10, 20, 15, 25));
        assertArrayEquals(new float[] { 0, 0, 5, 5 }, at(multi, 3), EPS);
        assertArrayEquals(new float[] { 0, 0, 5, 5 }, at(multi, 9), EPS);
        assertArrayEquals(new float[] { 10, 20, 15, 25 }, at(multi, 10), EPS);
    }

    @Test
    public void polygonWithTheSameVerticesMovesExactly() {
        Track track = track(ShapeType.POLYGON, key(ShapeType.POLYGON, 0, 0, 0, 10, 0, 10, 10, 0, 10),
                key(ShapeType.POLYGON, 4, 20, 40, 30, 40, 30, 50, 20, 50));
        // t = 1/4: moved by (5, 10)
        assertArrayEquals(new float[] { 5, 10, 15, 10, 15, 20, 5, 20 }, at(track, 1), EPS);
    }

    @Test
    public void polygonWithMoreVerticesIsResampledByArcLength() {
        // k0: square, perimeter 40, offsets 0, .25, .5, .75, 1 (closed back to (0,0))
        // k1: the same square moved by (10, 20) with an extra vertex in the middle of the first
        // edge: offsets 0, .125, .25, .5, .75, 1.
        // k0 -> k1 matching: 0->0, 1->2, 2->3, 3->4, 4->5; k1 vertex 1 (.125) is as near k0's 0 as
        // k0's 1, the first wins: k0 0 -> {0, 1}.
        // At t = 1/2: (5,10) (7.5,10) (15,10) (15,20) (5,20) (5,10). The run of k0 vertex 0 over
        // k1 vertices 0..1 has length 5, N = 2, threshold 1.25: (5,10)-(7.5,10) is 2.5 apart, both
        // stay. The closing point is dropped again.
        Track track = track(ShapeType.POLYGON, key(ShapeType.POLYGON, 0, 0, 0, 10, 0, 10, 10, 0, 10),
                key(ShapeType.POLYGON, 2, 10, 20, 15, 20, 20, 20, 20, 30, 10, 30));
        assertArrayEquals(new float[] { 5, 10, 7.5f, 10, 15, 10, 15, 20, 5, 20 }, at(track, 1), EPS);
    }

    @Test
    public void polylineGainsAndLosesVertices() {
        // k0 (0,0)-(10,0), offsets 0, 1; k1 (0,10)-(5,10)-(10,10), offsets 0, .5, 1.
        // 0->0, 1->2; k1's 1 (.5) is equally near both k0 vertices: k0 0 -> {0, 1}.
        // t = 1/2: (0,5) (2.5,5) (10,5); run length 5, N 2, threshold 1.25: kept.
        Track gain = track(ShapeType.POLYLINE, key(ShapeType.POLYLINE, 0, 0, 0, 10, 0), key(ShapeType.POLYLINE, 2, 0, 10, 5, 10, 10, 10));
        assertArrayEquals(new float[] { 0, 5, 2.5f, 5, 10, 5 }, at(gain, 1), EPS);
        // k0 (0,0)-(0.2,0)-(10,0), offsets 0, .02, 1; k1 (0,10)-(10,10). k0 0 and 1 both -> k1 0.
        // At t = .8: (0,8) and (0.04,8) are .04 apart; their run (k0 0..1) has length .2, N 2,
        // threshold .05, so they become their average (0.02, 8); then (10, 8).
        Track lose = track(ShapeType.POLYLINE, key(ShapeType.POLYLINE, 0, 0, 0, 0.2f, 0, 10, 0), key(ShapeType.POLYLINE, 10, 0, 10, 10, 10));
        assertArrayEquals(new float[] { 0.02f, 8, 10, 8 }, at(lose, 8), EPS);
        // at t = .5 the same two points are .1 apart, more than the threshold: all three stay
        assertArrayEquals(new float[] { 0, 5, 0.1f, 5, 10, 5 }, at(lose, 5), EPS);
    }

    @Test
    public void outsideKeyframeLeavesAGap() {
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), outside(key(ShapeType.RECTANGLE, 2, 5, 5, 15, 15)),
                key(ShapeType.RECTANGLE, 5, 50, 50, 60, 60));
        assertTrue(TrackInterpolation.shapeAt(track, -1).isEmpty(), "before the first keyframe");
        assertTrue(TrackInterpolation.stateAt(track, -1).isEmpty());
        // frame 1 interpolates towards the outside keyframe (CVAT does: the outside keyframe has a geometry)
        assertArrayEquals(new float[] { 2.5f, 2.5f, 12.5f, 12.5f }, at(track, 1), EPS);
        for (int frame = 2; frame < 5; frame++) {
            assertTrue(TrackInterpolation.shapeAt(track, frame).isEmpty(), "gap at " + frame);
            Shape state = TrackInterpolation.stateAt(track, frame).orElseThrow();
            assertTrue(state.isOutside());
            assertEquals(frame == 2, state.isKeyframe());
        }
        assertArrayEquals(new float[] { 50, 50, 60, 60 }, at(track, 5), EPS);
    }

    @Test
    public void lastKeyframeIsHeldUnlessOutside() {
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10), key(ShapeType.RECTANGLE, 2, 2, 2, 12, 12));
        assertArrayEquals(new float[] { 2, 2, 12, 12 }, at(track, 1000), EPS);
        assertFalse(TrackInterpolation.shapeAt(track, 1000).orElseThrow().isKeyframe());
        track.getShapes().add(outside(key(ShapeType.RECTANGLE, 3, 2, 2, 12, 12)));
        assertTrue(TrackInterpolation.shapeAt(track, 3).isEmpty());
        assertTrue(TrackInterpolation.shapeAt(track, 1000).isEmpty());
    }

    @Test
    public void attributesCarryForwardAndTheTracksAreOnEveryFrame() {
        Shape k0 = key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10);
        k0.getAttributes().add(attribute("speed", "slow"));
        k0.getAttributes().add(attribute("light", "on"));
        Shape k1 = key(ShapeType.RECTANGLE, 4, 0, 0, 10, 10);
        k1.getAttributes().add(attribute("speed", "fast"));
        Shape k2 = key(ShapeType.RECTANGLE, 8, 0, 0, 10, 10);
        Track track = track(ShapeType.RECTANGLE, k0, k1, k2);
        track.getAttributes().add(attribute("model", "sedan"));
        assertEquals(Map.of("model", "sedan", "speed", "slow", "light", "on"), attributes(track, 2));
        assertEquals(Map.of("model", "sedan", "speed", "fast", "light", "on"), attributes(track, 4));
        assertEquals(Map.of("model", "sedan", "speed", "fast", "light", "on"), attributes(track, 9));
        assertEquals(1, k1.getAttributes().size(), "the stored keyframe is not changed");
    }

    @Test
    public void occludedAndZOrderComeFromThePreviousKeyframe() {
        Shape k0 = key(ShapeType.RECTANGLE, 0, 0, 0, 10, 10);
        k0.setOccluded(true);
        k0.setZOrder(3);
        Track track = track(ShapeType.RECTANGLE, k0, key(ShapeType.RECTANGLE, 4, 0, 0, 10, 10));
        Shape mid = TrackInterpolation.shapeAt(track, 3).orElseThrow();
        assertTrue(mid.isOccluded());
        assertEquals(3, mid.getZOrder());
        assertFalse(TrackInterpolation.shapeAt(track, 4).orElseThrow().isOccluded());
    }

    @Test
    public void maskShowsOnItsKeyframesOnly() {
        Track track = track(ShapeType.MASK, key(ShapeType.MASK, 0, 0, 0, 4, 4), key(ShapeType.MASK, 4, 2, 2, 6, 6));
        assertTrue(TrackInterpolation.shapeAt(track, 0).isPresent());
        assertTrue(TrackInterpolation.shapeAt(track, 2).isEmpty());
        assertTrue(TrackInterpolation.shapeAt(track, 4).isPresent());
        assertTrue(TrackInterpolation.shapeAt(track, 5).isEmpty());
    }

    @Test
    public void skeletonElementsInterpolateOnTheirOwn() {
        Label skeletonLabel = label("person");
        Label head = label("head");
        Label hand = label("hand");
        Track track = track(ShapeType.SKELETON, key(ShapeType.SKELETON, 0), key(ShapeType.SKELETON, 10));
        track.setLabel(skeletonLabel);
        Track headTrack = track(ShapeType.POINTS, key(ShapeType.POINTS, 0, 0, 0), key(ShapeType.POINTS, 10, 10, 10));
        headTrack.setLabel(head);
        // the hand leaves on frame 4 and is back on frame 8
        Track handTrack = track(ShapeType.POINTS, key(ShapeType.POINTS, 0, 100, 0), outside(key(ShapeType.POINTS, 4, 100, 40)),
                key(ShapeType.POINTS, 8, 100, 80));
        handTrack.setLabel(hand);
        track.getElements().add(headTrack);
        track.getElements().add(handTrack);

        Shape at2 = TrackInterpolation.shapeAt(track, 2).orElseThrow();
        assertEquals(ShapeType.SKELETON, at2.getType());
        assertEquals(2, at2.getElements().size());
        assertArrayEquals(new float[] { 2, 2 }, at2.getElements().get(0).getPoints().toArray(), EPS);
        assertEquals(head, at2.getElements().get(0).getLabel());
        assertArrayEquals(new float[] { 100, 20 }, at2.getElements().get(1).getPoints().toArray(), EPS);
        assertFalse(at2.getElements().get(1).isOutside());

        Shape at5 = TrackInterpolation.shapeAt(track, 5).orElseThrow();
        assertArrayEquals(new float[] { 5, 5 }, at5.getElements().get(0).getPoints().toArray(), EPS);
        assertTrue(at5.getElements().get(1).isOutside(), "the hand is outside between 4 and 8");
        assertEquals(hand, at5.getElements().get(1).getLabel());

        Shape at9 = TrackInterpolation.shapeAt(track, 9).orElseThrow();
        assertArrayEquals(new float[] { 100, 80 }, at9.getElements().get(1).getPoints().toArray(), EPS, "held after its last keyframe");
        assertFalse(at9.getElements().get(1).isOutside());

        // every element outside: the skeleton is outside there
        headTrack.getShapes().get(1).setOutside(true);
        handTrack.getShapes().remove(2);
        assertTrue(TrackInterpolation.shapeAt(track, 12).isEmpty());
        assertTrue(TrackInterpolation.stateAt(track, 12).orElseThrow().isOutside());
    }

    @Test
    public void keyframeQueries() {
        Track track = track(ShapeType.RECTANGLE, key(ShapeType.RECTANGLE, 5, 0, 0, 1, 1), key(ShapeType.RECTANGLE, 20, 0, 0, 1, 1));
        track.getShapes().add(0, key(ShapeType.RECTANGLE, 12, 0, 0, 1, 1)); // out of order on purpose
        assertArrayEquals(new int[] { 5, 12, 20 }, Keyframes.frames(track));
        assertEquals(5, Keyframes.first(track));
        assertEquals(20, Keyframes.last(track));
        assertEquals(12, Keyframes.previous(track, 20).getAsInt());
        assertEquals(12, Keyframes.previous(track, 13).getAsInt());
        assertTrue(Keyframes.previous(track, 5).isEmpty());
        assertEquals(20, Keyframes.next(track, 12).getAsInt());
        assertTrue(Keyframes.next(track, 20).isEmpty());
        assertTrue(Keyframes.at(track, 12).orElseThrow() == track.getShapes().get(0));
        assertTrue(Keyframes.at(track, 13).isEmpty());
        // interpolation reads keyframes in frame order whatever the list order
        assertTrue(TrackInterpolation.shapeAt(track, 6).isPresent());
    }

    static Map<String, Object> attributes(Track track, int frame) {
        Map<String, Object> map = new TreeMap<>();
        for (AttributeValue value : TrackInterpolation.shapeAt(track, frame).orElseThrow().getAttributes()) {
            map.put(value.getName(), value.getValue());
        }
        return map;
    }
}
