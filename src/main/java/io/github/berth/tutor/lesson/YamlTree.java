package io.github.berth.tutor.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML document as a tree whose every node knows its line and column, read with Jackson's
 * streaming YAML parser. Lesson files are mapped from it by hand, so every problem can be
 * reported where it is ({@code file:line:col}), and no reflection is spent at startup.
 */
final class YamlTree {
    /** A node and where it starts (1-based). */
    sealed interface Node permits Scalar, Mapping, Sequence {
        int line();

        int column();

        /** What kind of value this is, for messages: "a text", "a list", "a mapping". */
        String kind();
    }

    /** A scalar; {@code text} is null for YAML's null. */
    record Scalar(String text, int line, int column) implements Node {
        @Override
        public String kind() {
            return text == null ? "nothing" : "a single value";
        }
    }

    /** A key and its value, with where the key is written. */
    record Entry(String key, int line, int column, Node value) {}

    record Mapping(Map<String, Entry> entries, int line, int column) implements Node {
        @Override
        public String kind() {
            return "a mapping (key: value)";
        }
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final JsonParser parser;

    private YamlTree(String file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    /** Parses one YAML document; null when the text holds none. */
    static Node parse(String file, String text) throws LessonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(file, parser);
            return parser.nextToken() == null ? null : tree.node();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                // SnakeYAML says what it was reading and what went wrong, at the place of the problem
                Mark mark = yaml.getProblemMark();
                String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
                throw new LessonException(file, mark.getLine() + 1, mark.getColumn() + 1,
                        "not valid YAML: " + context + yaml.getProblem());
            }
            JsonLocation at = e.getLocation();
            throw new LessonException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new LessonException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private Node node() throws IOException, LessonException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String key = parser.currentName();
                if (entries.containsKey(key)) {
                    throw new LessonException(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                            "'" + key + "' appears twice");
                }
                parser.nextToken();
                entries.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), node()));
            }
            return new Mapping(entries, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node());
            }
            return new Sequence(items, line, column);
        }
        return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line, column);
    }
}
