package io.annolab.formats.mot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.annolab.core.api.AnnolabException;

/** One comma-separated line, split with each field's column kept for messages. */
final class RowParser {

    private final Path file;
    private final int line;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    RowParser(Path file, int line, String text) {
        this.file = file;
        this.line = line;
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            String field = comma < 0 ? text.substring(start) : text.substring(start, comma);
            int lead = 0;
            while (lead < field.length() && Character.isWhitespace(field.charAt(lead))) {
                lead++;
            }
            fields.add(field.strip());
            columns.add(start + lead + 1);
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
    }

    int fieldCount() {
        return fields.size();
    }

    String field(int index) {
        return fields.get(index);
    }

    long whole(int index, String what) throws AnnolabException {
        String text = fields.get(index);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(index, what + " is '" + text + "', not a whole number");
        }
    }

    double decimal(int index, String what) throws AnnolabException {
        String text = fields.get(index);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(index, what + " is '" + text + "', not a number");
        }
        if (!Double.isFinite(value)) {
            throw error(index, what + " is '" + text + "', not a finite number");
        }
        return value;
    }

    AnnolabException error(int index, String what) {
        return error(index, what, "Correct the row: frame, id, x, y, w, h, confidence, class, visibility");
    }

    AnnolabException error(int index, String what, String hint) {
        return new AnnolabException(what, file, line, index < columns.size() ? columns.get(index) : 1, hint, null);
    }
}
