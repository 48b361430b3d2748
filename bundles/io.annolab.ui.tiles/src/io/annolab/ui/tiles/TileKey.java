package io.annolab.ui.tiles;

/** A tile of the pyramid: column and row of {@code level}. */
record TileKey(int level, int column, int row) {

    /** The tile of a coarser level that covers this one (levels halve, tiles keep their size). */
    TileKey coarser(int levels) {
        return new TileKey(level + levels, column >> levels, row >> levels);
    }
}
