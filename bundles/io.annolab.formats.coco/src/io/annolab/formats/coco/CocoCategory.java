package io.annolab.formats.coco;

import java.util.List;

/** One entry of a COCO {@code categories} list; {@code skeleton} edges as written in the file. */
record CocoCategory(int id, String name, String supercategory, List<String> keypoints, int[][] skeleton) {
}
