/** Running ONNX models in process: descriptors, the shared ONNX Runtime environment, interactive segmentation. */
package io.annolab.inference.api;
