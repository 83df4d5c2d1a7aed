package io.github.berth.tutor.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Moodle's GIFT question format, read into berth's questions so that an instructor's existing bank
 * can be a quiz step ({@code import: FILE.gift}). Questions are separated by blank lines; {@code //}
 * lines are comments; {@code ::title::} gives the id; {@code [markdown]} and the other format marks
 * are dropped. Kinds berth asks: multiple choice ({@code =right ~wrong}), several right answers
 * ({@code ~%50%a ~%50%b ~%-100%c}: the options with a positive weight are the right ones), true/false
 * ({@code {T}}, with {@code #if wrong#if right} feedback), short answer ({@code {=a =b}}), numbers
 * ({@code {#2375}}, {@code {#3:0.5}}, {@code {#1..5}}) and missing words (text after the braces: the
 * braces become a blank), matching ({@code =Docker Hub -> Docker Inc.}); {@code ####} is the explanation.
 * Essay and text-only items have no berth counterpart: they are left out with a warning. Escapes
 * {@code \~ \= \# \{ \} \: \\ \n} are read.
 */
final class Gift {
    private final String path;
    private final List<Question> questions = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Gift(String path) {
        this.path = path;
    }

    /** The questions of a GIFT file and the problems found in it (each question with one is left out). */
    record Result(List<Question> questions, List<Problem> problems) {}

    static Result read(String path, String text) {
        Gift gift = new Gift(path);
        gift.blocks(text.replace("\r\n", "\n"));
        return new Result(List.copyOf(gift.questions), List.copyOf(gift.problems));
    }

    /** Splits the file into blocks at blank lines, dropping comment lines. */
    private void blocks(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder block = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    question(block.toString(), start);
                    block.setLength(0);
                }
                continue;
            }
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (block.isEmpty()) {
                start = i + 1;
            }
            block.append(line).append('\n');
        }
    }

    private void question(String block, int line) {
        String text = block.strip();
        if (text.startsWith("$CATEGORY:")) {
            return;
        }
        String title = null;
        if (text.startsWith("::")) {
            int end = find(text, "::", 2);
            if (end < 0) {
                error(line, "the title has no closing '::'");
                return;
            }
            title = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        if (text.matches("(?s)^\\[(plain|moodle|markdown|html)].*")) {
            text = text.substring(text.indexOf(']') + 1).strip();
        }
        int open = find(text, "{", 0);
        String name = title != null ? "question '" + title + "'" : "the question on line " + line;
        if (open < 0) {
            warn(line, name + " has no answer in { }: text-only items are not asked, so it is left out");
            return;
        }
        int close = find(text, "}", open + 1);
        if (close < 0) {
            error(line, name + ": the '{' has no closing '}'");
            return;
        }
        String stem = unescape(text.substring(0, open)).strip();
        String tail = unescape(text.substring(close + 1)).strip();
        String prompt = tail.isEmpty() ? stem : stem + " _____" + (tail.matches("^[.,;:!?)].*") ? "" : " ") + tail;
        String id = id(title, line);
        if (id == null) {
            return;
        }
        String body = text.substring(open + 1, close).strip();
        String explanation = null;
        int general = find(body, "####", 0);
        if (general >= 0) {
            explanation = unescape(body.substring(general + 4)).strip();
            body = body.substring(0, general).strip();
        }
        Question question = body.isEmpty() ? skip(line, name + " is an essay: berth cannot mark a free answer, so it is left out")
                : body.startsWith("#") ? numeric(line, name, id, prompt, body.substring(1), explanation)
                : find(body, "->", 0) >= 0 ? matching(line, name, id, prompt, body, explanation)
                : isTrueFalse(body) ? trueFalse(id, prompt, body, explanation)
                : find(body, "~", 0) >= 0 ? choice(line, name, id, prompt, body, explanation)
                : shortAnswer(line, name, id, prompt, body, explanation);
        if (question != null) {
            ids.add(id);
            questions.add(question);
        }
    }

    private String id(String title, int line) {
        String id;
        if (title == null || title.isEmpty()) {
            id = "gift-" + (questions.size() + 1);
            warn(line, "the question on line " + line + " has no ::title::, so its id is '" + id
                    + "' after its place in the file; moving it would start learners' review of it again");
        } else {
            id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
        if (id.isEmpty()) {
            id = "gift-" + (questions.size() + 1);
        }
        if (ids.contains(id)) {
            error(line, "question id '" + id + "' (from its title) is used twice in this file");
            return null;
        }
        return id;
    }

    private Question skip(int line, String why) {
        warn(line, why);
        return null;
    }

    private static boolean isTrueFalse(String body) {
        return body.split("#", 2)[0].strip().toUpperCase(Locale.ROOT).matches("T|F|TRUE|FALSE");
    }

    /** {@code T#feedback if wrong#feedback if right}: two options, True and False. */
    private static Question trueFalse(String id, String prompt, String body, String explanation) {
        List<String> parts = split(body, '#');
        boolean truth = parts.get(0).strip().toUpperCase(Locale.ROOT).startsWith("T");
        String ifWrong = parts.size() > 1 ? blankToNull(unescape(parts.get(1)).strip()) : null;
        String ifRight = parts.size() > 2 ? blankToNull(unescape(parts.get(2)).strip()) : null;
        return new Question(id, prompt, List.of(
                new Question.Option("True", truth, truth ? ifRight : ifWrong),
                new Question.Option("False", !truth, truth ? ifWrong : ifRight)), explanation);
    }

    /** {@code =left -> right} pairs; a pair with no left item (an extra right one) is left out with a warning. */
    private Question matching(int line, String name, String id, String prompt, String body, String explanation) {
        List<Question.Match> pairs = new ArrayList<>();
        for (Answer a : answers(body)) {
            int arrow = find(a.raw(), "->", 0);
            String left = arrow < 0 ? "" : unescape(a.raw().substring(0, arrow)).strip();
            String right = arrow < 0 ? "" : unescape(a.raw().substring(arrow + 2)).strip();
            if (left.isEmpty() || right.isEmpty()) {
                warn(line, name + ": '" + unescape(a.raw()).strip() + "' is not a 'left -> right' pair; berth shows only "
                        + "the pairs, so it is left out");
            } else {
                pairs.add(new Question.Match(left, right));
            }
        }
        if (pairs.size() < 2 || pairs.size() > 26) {
            error(line, name + " needs between 2 and 26 pairs");
            return null;
        }
        return Question.arranged(id, prompt, List.of(), pairs, explanation);
    }

    /** {@code =right#why ~wrong#why}, or weights {@code ~%50%a}: positive weights are right. */
    private Question choice(int line, String name, String id, String prompt, String body, String explanation) {
        List<Question.Option> options = new ArrayList<>();
        for (Answer a : answers(body)) {
            boolean right = a.weight() == null ? a.marker() == '=' : a.weight() > 0;
            options.add(new Question.Option(a.text(), right, a.feedback()));
        }
        if (options.size() < 2 || options.size() > 26) {
            error(line, name + " needs between 2 and 26 options");
            return null;
        }
        if (options.stream().noneMatch(Question.Option::correct)) {
            error(line, name + " has no right option (one starting with '=' or with a positive %weight%)");
            return null;
        }
        return new Question(id, prompt, options, explanation);
    }

    /** {@code =one =another}: every full-credit answer is accepted. */
    private Question shortAnswer(int line, String name, String id, String prompt, String body, String explanation) {
        List<String> accepted = new ArrayList<>();
        for (Answer a : answers(body)) {
            if (a.weight() == null || a.weight() >= 100) {
                accepted.add(a.text());
            } else {
                warn(line, name + ": the answer '" + a.text() + "' is worth " + a.weight().intValue()
                        + "%, and berth counts an answer right or wrong: it is not accepted");
            }
        }
        if (accepted.isEmpty() || accepted.stream().allMatch(String::isBlank)) {
            error(line, name + " has no full-credit answer ('=answer')");
            return null;
        }
        return new Question(id, prompt, accepted, null, 0, explanation);
    }

    /** {@code 2375}, {@code 3:0.5} (value and tolerance), {@code 1..5} (a range), or {@code =a =%50%b}. */
    private Question numeric(int line, String name, String id, String prompt, String body, String explanation) {
        List<Answer> answers = body.strip().startsWith("=") ? answers(body) : List.of(answer('=', body));
        List<Answer> full = answers.stream().filter(a -> a.weight() == null || a.weight() >= 100).toList();
        if (full.isEmpty()) {
            error(line, name + " has no full-credit number");
            return null;
        }
        if (answers.size() > 1) {
            warn(line, name + ": berth accepts one number (with its tolerance); only '" + full.get(0).text()
                    + "' is used");
        }
        String value = full.get(0).text().strip();
        try {
            double number;
            double tolerance;
            if (value.contains("..")) {
                double low = Double.parseDouble(value.substring(0, value.indexOf("..")).strip());
                double high = Double.parseDouble(value.substring(value.indexOf("..") + 2).strip());
                number = (low + high) / 2;
                tolerance = Math.abs(high - low) / 2;
            } else if (value.contains(":")) {
                number = Double.parseDouble(value.substring(0, value.indexOf(':')).strip());
                tolerance = Math.abs(Double.parseDouble(value.substring(value.indexOf(':') + 1).strip()));
            } else {
                number = Double.parseDouble(value);
                tolerance = 0;
            }
            return new Question(id, prompt, List.of(), number, tolerance, explanation);
        } catch (NumberFormatException e) {
            error(line, name + ": '" + value + "' is not a number, a number:tolerance or a low..high range");
            return null;
        }
    }

    /** One answer in braces: its marker ({@code =} or {@code ~}), weight in percent, text and feedback, and the raw text. */
    private record Answer(char marker, Double weight, String text, String feedback, String raw) {}

    private static List<Answer> answers(String body) {
        List<Answer> answers = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= body.length(); i++) {
            boolean end = i == body.length();
            char c = end ? 0 : body.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (end || c == '=' || c == '~') {
                if (start >= 0) {
                    answers.add(answer(body.charAt(start), body.substring(start + 1, i)));
                }
                start = i;
            }
        }
        return answers;
    }

    private static Answer answer(char marker, String raw) {
        String text = raw.strip();
        Double weight = null;
        if (text.startsWith("%")) {
            int end = text.indexOf('%', 1);
            if (end > 0) {
                try {
                    weight = Double.parseDouble(text.substring(1, end));
                    text = text.substring(end + 1);
                } catch (NumberFormatException e) {
                    weight = null;
                }
            }
        }
        List<String> parts = split(text, '#');
        String feedback = parts.size() > 1 ? blankToNull(unescape(parts.get(1)).strip()) : null;
        return new Answer(marker, weight, unescape(parts.get(0)).strip(), feedback, raw);
    }

    /** {@code text} split at unescaped {@code separator}s, escapes kept. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Where {@code token} first occurs in {@code text} from {@code from}, not escaped; -1 if nowhere. */
    private static int find(String text, String token, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? "\n" : "~=#{}:\\".indexOf(next) >= 0 ? String.valueOf(next) : "\\" + next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private void warn(int line, String message) {
        problems.add(new Problem(path, line, 1, Problem.Severity.WARNING, message));
    }

    private void error(int line, String message) {
        problems.add(new Problem(path, line, 1, Problem.Severity.ERROR, message));
    }
}
