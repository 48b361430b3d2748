package io.annolab.inference.internal;

import java.nio.FloatBuffer;

import io.annolab.inference.api.StagedModel;

/** An image turned into a [1, 3, H, W] float tensor, and where it lies in that tensor. */
public record PreparedImage(FloatBuffer chw, Geometry geometry) implements StagedModel.Prepared {

    public long[] shape() {
        return new long[] { 1, 3, geometry.inputHeight(), geometry.inputWidth() };
    }
}
