package io.github.berth.cli;

import java.util.List;

/**
 * docker/cli cli/command/formatter/formatter.go Context.Write for list commands: "table …" strips
 * the word and lays the rows out with a header through {@link GoTabwriter}, "json" is
 * {@code {{json .}}}, anything else is a Go template per row; {@code \t} and {@code \n} typed
 * literally become tab and newline. Errors are "template parsing error: …".
 */
final class ListFormat {
    /** The output, or the error docker prints (exit status 1). */
    record Result(String output, String error) {}

    private ListFormat() {}

    static boolean isTable(String format) {
        return format.startsWith("table");
    }

    static Result write(String format, GoStruct header, List<GoStruct> rows) {
        String fin = format;
        if (isTable(format)) {
            fin = fin.substring("table".length());
        } else if (format.equals("json")) {
            fin = "{{json .}}";
        }
        fin = trimSpaces(fin).replace("\\t", "\t").replace("\\n", "\n");
        GoTemplate.Parsed parsed = GoTemplate.parse(fin);
        if (parsed instanceof GoTemplate.Error e) {
            return new Result(null, "template parsing error: " + e.message());
        }
        GoTemplate template = ((GoTemplate.Ok) parsed).template();
        StringBuilder buffer = new StringBuilder();
        for (GoStruct row : rows) {
            String error = template.execute(row, GoTemplate.Options.DEFAULT, buffer);
            if (error != null) {
                return new Result(null, "template parsing error: " + error);
            }
            buffer.append('\n');
        }
        if (!isTable(format)) {
            return new Result(buffer.toString(), null);
        }
        // the header's errors are ignored: what was written before one stays
        String head = template.execute(header, new GoTemplate.Options(false, true, (v, f, p) -> GoFmt.value(v)))
                .output();
        return new Result(GoTabwriter.format(head + "\n" + buffer), null);
    }

    /** strings.Trim(s, " "). */
    private static String trimSpaces(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        return s.substring(a, b);
    }

    /** A header context: every field is its column's title (SubHeaderContext), .Label "a.b" is "b". */
    static GoStruct header(java.util.Map<String, String> titles) {
        java.util.Map<String, java.util.function.Supplier<Object>> fields = new java.util.LinkedHashMap<>();
        titles.forEach((k, v) -> fields.put(k, () -> v));
        return new GoStruct("formatter.SubHeaderContext", fields, java.util.Map.of("Label", name -> {
            String[] parts = name.split("\\.", -1);
            return parts[parts.length - 1].replace('-', ' ').replace('_', ' ');
        }));
    }
}
