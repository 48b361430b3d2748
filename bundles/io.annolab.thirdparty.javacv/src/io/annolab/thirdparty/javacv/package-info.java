/**
 * JavaCPP and its presets (OpenCV, FFmpeg, OpenBLAS) and JavaCV, embedded on this one bundle's
 * class path together with their linux-x86_64 native jars.
 * <p>
 * Why one bundle: JavaCPP finds a preset's native libraries as class-path resources next to the
 * preset's classes, and a preset inherits the natives of the presets below it (OpenCV needs
 * OpenBLAS). Split across wrapped bundles and fragments, those lookups cross class loaders and
 * fail ({@code no jniopenblas_nolapack}); under one class loader every lookup succeeds.
 * The jars are copied from Maven Central into {@code lib/} at build time, never committed.
 */
package io.annolab.thirdparty.javacv;
