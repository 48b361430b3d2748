package io.annolab.inference.tests;

import java.io.IOException;
import java.nio.file.Path;

import io.annolab.inference.api.DescriptorReader;
import io.annolab.inference.api.StagedModel;
import io.annolab.inference.families.DetectorFamily;

/** Loads a family on a tiny constant graph through a descriptor, as a user's model would be loaded. */
final class TinyModels {

    private TinyModels() {
    }

    static StagedModel load(DetectorFamily family, Path folder, OnnxGraph graph, String descriptorBody) throws IOException {
        graph.write(folder.resolve("model.onnx"));
        Path descriptor = Fixtures.descriptor(folder, "{ \"family\": \"" + family.id() + "\", \"model\": \"model.onnx\", "
                + descriptorBody + " }");
        return family.load(new DescriptorReader().read(descriptor));
    }

    /** A black BGR image. */
    static byte[] black(int width, int height) {
        return new byte[width * height * 3];
    }
}
