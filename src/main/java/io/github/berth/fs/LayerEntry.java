package io.github.berth.fs;

/**
 * One entry of a layer, as one header of a layer tarball: a file, directory or link put there,
 * a whiteout (the OCI {@code .wh.NAME} marker: whatever the lower layers have at the path is
 * deleted), or an opaque directory ({@code .wh..wh..opq}: the lower layers' content of the
 * directory is hidden).
 */
public sealed interface LayerEntry permits LayerEntry.Put, LayerEntry.Whiteout, LayerEntry.Opaque {

    /** A file, symbolic link or directory (only its mode counts: its children are entries of their own). */
    record Put(Node node) implements LayerEntry {}

    /** Deletes what the lower layers have at this path. */
    record Whiteout() implements LayerEntry {}

    /** A directory that replaces the lower layers' directory of the same path, content and all. */
    record Opaque(int mode) implements LayerEntry {}
}
