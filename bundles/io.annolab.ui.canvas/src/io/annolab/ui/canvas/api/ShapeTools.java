package io.annolab.ui.canvas.api;

import java.util.Optional;

import io.annolab.core.api.registry.Contribution;
import io.annolab.core.api.registry.Registries;
import io.annolab.core.api.registry.Registry;
import io.annolab.model.ShapeType;

/** The registry of shape tools. */
public final class ShapeTools {

    public static final String EXTENSION_POINT = "io.annolab.ui.canvas.shapeTools";

    private ShapeTools() {
    }

    public static Registry<ShapeTool> registry() {
        return Registries.of(EXTENSION_POINT, ShapeTool.class);
    }

    /** The tool for a shape type, chosen from the declaration without loading other tools. */
    public static Optional<ShapeTool> forType(ShapeType type) {
        return registry().contributions().stream().filter(c -> type.getLiteral().equals(c.attribute("shapeType"))).findFirst()
                .map(Contribution::get);
    }
}
