package io.annolab.inference.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes tiny ONNX models whose outputs are known: each output is a Constant node holding the
 * tensor a real model would produce, beside an image input of the shape the family expects. No
 * YOLO weights exist in the registries this project can reach, so the decoders are tested on
 * these. Only the few fields of onnx.proto a loader needs are written, with a hand-rolled
 * protobuf encoder (field numbers from onnx.proto, ONNX IR 8, opset 17).
 */
final class OnnxGraph {

    private static final int FLOAT = 1; // TensorProto.DataType.FLOAT
    private static final int ATTRIBUTE_TENSOR = 4; // AttributeProto.AttributeType.TENSOR

    private record Input(String name, long[] shape) {
    }

    private record Output(String name, long[] shape, float[] values) {
    }

    private final List<Input> inputs = new ArrayList<>();
    private final List<Output> outputs = new ArrayList<>();

    /** A float input; a negative dimension is dynamic. */
    OnnxGraph input(String name, long... shape) {
        inputs.add(new Input(name, shape));
        return this;
    }

    /** A float output that always holds these values. */
    OnnxGraph output(String name, float[] values, long... shape) {
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        if (size != values.length) {
            throw new IllegalArgumentException(values.length + " values for shape of " + size);
        }
        outputs.add(new Output(name, shape, values));
        return this;
    }

    Path write(Path file) throws IOException {
        Files.write(file, model());
        return file;
    }

    private byte[] model() {
        Proto graph = new Proto();
        for (Output output : outputs) {
            Proto tensor = new Proto();
            for (long d : output.shape) {
                tensor.varint(1, d);
            }
            tensor.varint(2, FLOAT);
            ByteBuffer raw = ByteBuffer.allocate(output.values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            raw.asFloatBuffer().put(output.values);
            tensor.bytes(9, raw.array());
            Proto attribute = new Proto().string(1, "value").message(5, tensor).varint(20, ATTRIBUTE_TENSOR);
            graph.message(1, new Proto().string(2, output.name).string(3, "const_" + output.name).string(4, "Constant")
                    .message(5, attribute));
        }
        graph.string(2, "test_graph");
        for (Input input : inputs) {
            graph.message(11, valueInfo(input.name, input.shape));
        }
        for (Output output : outputs) {
            graph.message(12, valueInfo(output.name, output.shape));
        }
        Proto opset = new Proto().string(1, "").varint(2, 17);
        return new Proto().varint(1, 8).string(2, "annolab-tests").message(7, graph).message(8, opset).toBytes();
    }

    private static Proto valueInfo(String name, long[] shape) {
        Proto dims = new Proto();
        for (int i = 0; i < shape.length; i++) {
            dims.message(1, shape[i] >= 0 ? new Proto().varint(1, shape[i]) : new Proto().string(2, "d" + i));
        }
        Proto tensorType = new Proto().varint(1, FLOAT).message(2, dims);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensorType));
    }

    /** A protobuf message being written: tags, varints and length-delimited fields. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            tag(field, 0);
            raw(value);
            return this;
        }

        Proto bytes(int field, byte[] value) {
            tag(field, 2);
            raw(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto value) {
            return bytes(field, value.toBytes());
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void tag(int field, int wireType) {
            raw((long) field << 3 | wireType);
        }

        private void raw(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
