package io.annolab.ui.shapes.polygon;

import io.annolab.model.ShapeType;

/** The three shapes made of a list of clicked vertices, and what makes each one valid. */
public enum PathKind {

    POLYGON(ShapeType.POLYGON, 3, "polygon"),
    POLYLINE(ShapeType.POLYLINE, 2, "polyline"),
    POINTS(ShapeType.POINTS, 1, "points");

    private final ShapeType type;
    private final int minimumPoints;
    private final String noun;

    PathKind(ShapeType type, int minimumPoints, String noun) {
        this.type = type;
        this.minimumPoints = minimumPoints;
        this.noun = noun;
    }

    public ShapeType type() {
        return type;
    }

    /** The fewest vertices a valid shape of this kind has. */
    public int minimumPoints() {
        return minimumPoints;
    }

    public boolean closed() {
        return this == POLYGON;
    }

    /** Whether the vertices are joined by lines at all (points are drawn as markers only). */
    public boolean joined() {
        return this != POINTS;
    }

    String noun() {
        return noun;
    }
}
