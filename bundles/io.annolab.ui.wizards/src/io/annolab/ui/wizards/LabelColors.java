package io.annolab.ui.wizards;

import java.util.List;

import org.eclipse.swt.graphics.RGB;

import io.annolab.model.Label;

/** Colours for new labels: a distinct palette, skipping colours already taken. */
final class LabelColors {

    private static final List<String> PALETTE = List.of("#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
            "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#800000", "#aaffc3", "#808000", "#ffd8b1",
            "#000075", "#808080");

    private LabelColors() {
    }

    static String next(List<Label> taken) {
        for (String color : PALETTE) {
            if (taken.stream().noneMatch(l -> color.equalsIgnoreCase(l.getColor()))) {
                return color;
            }
        }
        return PALETTE.get(taken.size() % PALETTE.size());
    }

    static RGB rgb(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            return new RGB(128, 128, 128);
        }
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    static String hex(RGB rgb) {
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }
}
