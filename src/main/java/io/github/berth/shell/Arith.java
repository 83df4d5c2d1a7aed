package io.github.berth.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * bash's shell arithmetic on 64-bit integers, with C's operators and precedence ({@code **} above
 * the multiplicative ones and below unary minus), assignments, {@code ++}/{@code --}, base
 * prefixes ({@code 0x1f}, {@code 017}, {@code 2#101}) and variables whose values are expressions
 * themselves. Errors carry bash's wording: {@code 1/0: division by 0 (error token is "0")}.
 */
final class Arith {
    /** An arithmetic error; the message is what bash prints after its name. */
    static final class Error extends RuntimeException {
        Error(String message) {
            super(message, null, false, false);
        }
    }

    private static final String[] OPS = {"<<=", ">>=", "**", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&",
        "||", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~",
        "&", "^", "|", "?", ":", "(", ")", ","};

    private record Tok(String text, int start, boolean operand) {}

    private final String src;
    private final ShellState state;
    private final List<Tok> toks = new ArrayList<>();
    private final int depth;
    private int i;
    private int skip; // > 0 while evaluating a branch that does not count (0 && x, 1 || x)
    private int lastOperand;

    private Arith(String src, ShellState state, int depth) {
        this.src = src;
        this.state = state;
        this.depth = depth;
    }

    static long eval(String expr, ShellState state) {
        return eval(expr, state, 0);
    }

    private static long eval(String expr, ShellState state, int depth) {
        String text = expr.strip();
        if (depth > 100) {
            throw new Error(text + ": expression recursion level exceeded (error token is \"" + text + "\")");
        }
        Arith a = new Arith(text, state, depth);
        a.tokenize();
        if (a.toks.isEmpty()) {
            return 0;
        }
        long value = a.comma();
        if (a.i < a.toks.size()) {
            Tok t = a.toks.get(a.i);
            throw a.error(t.operand || isOperator(t.text) ? "syntax error in expression"
                    : "syntax error: invalid arithmetic operator");
        }
        return value;
    }

    private void tokenize() {
        int p = 0;
        outer:
        while (p < src.length()) {
            char c = src.charAt(p);
            if (Character.isWhitespace(c)) {
                p++;
                continue;
            }
            if (Character.isLetterOrDigit(c) && c < 128 || c == '_') {
                int start = p;
                while (p < src.length() && (Character.isLetterOrDigit(src.charAt(p)) && src.charAt(p) < 128
                        || "_#@".indexOf(src.charAt(p)) >= 0)) {
                    p++;
                }
                if (p < src.length() && src.charAt(p) == '[' && Lexer.isNameStart(c)) {
                    int depth = 0;
                    for (int q = p; q < src.length(); q++) {
                        if (src.charAt(q) == '[') {
                            depth++;
                        } else if (src.charAt(q) == ']' && --depth == 0) {
                            p = q + 1; // a[i+1]: an array element is one operand
                            break;
                        }
                    }
                }
                toks.add(new Tok(src.substring(start, p), start, true));
                continue;
            }
            for (String op : OPS) {
                if (src.startsWith(op, p)) {
                    toks.add(new Tok(op, p, false));
                    p += op.length();
                    continue outer;
                }
            }
            toks.add(new Tok(String.valueOf(c), p, false)); // reported when reached
            p++;
        }
    }

    private Error error(String what) {
        int at = i < toks.size() ? toks.get(i).start : toks.isEmpty() ? 0 : toks.get(toks.size() - 1).start;
        return errorAt(what, at);
    }

    private Error errorAt(String what, int at) {
        return new Error(src + ": " + what + " (error token is \"" + src.substring(at).strip() + "\")");
    }

    private String peek() {
        return i < toks.size() && !toks.get(i).operand ? toks.get(i).text : null;
    }

    private boolean accept(String op) {
        if (op.equals(peek())) {
            i++;
            return true;
        }
        return false;
    }

    private long comma() {
        long v = assignment();
        while (accept(",")) {
            v = assignment();
        }
        return v;
    }

    private long assignment() {
        if (i + 1 < toks.size() && toks.get(i).operand && isName(toks.get(i).text) && !toks.get(i + 1).operand) {
            String op = toks.get(i + 1).text;
            if (op.equals("=") || op.length() >= 2 && op.endsWith("=") && !op.equals("==") && !op.equals("!=")
                    && !op.equals("<=") && !op.equals(">=")) {
                String name = toks.get(i).text;
                i += 2;
                long right = assignment();
                long value = op.equals("=") ? right : binary(op.substring(0, op.length() - 1), variable(name), right, i);
                if (skip == 0) {
                    set(name, Long.toString(value));
                }
                return value;
            }
        }
        long v = ternary();
        String op = peek();
        if (op != null && op.endsWith("=") && !op.equals("==") && !op.equals("!=") && !op.equals("<=") && !op.equals(">=")) {
            throw error("attempted assignment to non-variable");
        }
        return v;
    }

    private long ternary() {
        long cond = binaryLevel(0);
        if (!accept("?")) {
            return cond;
        }
        if (cond == 0) {
            skip++;
        }
        long yes = comma();
        if (cond == 0) {
            skip--;
        }
        if (!accept(":")) {
            throw error("`:' expected for conditional expression");
        }
        if (cond != 0) {
            skip++;
        }
        long no = ternary();
        if (cond != 0) {
            skip--;
        }
        return cond != 0 ? yes : no;
    }

    private static final String[][] LEVELS = {
        {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"<<", ">>"}, {"+", "-"},
        {"*", "/", "%"},
    };

    private long binaryLevel(int level) {
        if (level == LEVELS.length) {
            return power();
        }
        long left = binaryLevel(level + 1);
        while (true) {
            String op = peek();
            if (op == null || !List.of(LEVELS[level]).contains(op)) {
                return left;
            }
            i++;
            boolean shortCircuit = op.equals("&&") && left == 0 || op.equals("||") && left != 0;
            if (shortCircuit) {
                skip++;
            }
            long right = binaryLevel(level + 1);
            if (shortCircuit) {
                skip--;
            }
            left = binary(op, left, right, lastOperand);
        }
    }

    private long binary(String op, long a, long b, int operandStart) {
        switch (op) {
            case "||": return a != 0 || b != 0 ? 1 : 0;
            case "&&": return a != 0 && b != 0 ? 1 : 0;
            case "|": return a | b;
            case "^": return a ^ b;
            case "&": return a & b;
            case "==": return a == b ? 1 : 0;
            case "!=": return a != b ? 1 : 0;
            case "<=": return a <= b ? 1 : 0;
            case ">=": return a >= b ? 1 : 0;
            case "<": return a < b ? 1 : 0;
            case ">": return a > b ? 1 : 0;
            case "<<": return a << b;
            case ">>": return a >> b;
            case "+": return a + b;
            case "-": return a - b;
            case "*": return a * b;
            case "/":
            case "%":
                if (b == 0) {
                    if (skip > 0) {
                        return 0;
                    }
                    throw errorAt("division by 0", toks.get(operandStart).start);
                }
                if (a == Long.MIN_VALUE && b == -1) {
                    return op.equals("/") ? a : 0;
                }
                return op.equals("/") ? a / b : a % b;
            case "**": {
                if (b < 0) {
                    if (skip > 0) {
                        return 0;
                    }
                    throw errorAt("exponent less than 0", toks.get(operandStart).start);
                }
                long r = 1;
                for (long k = 0; k < b && k < 64; k++) {
                    r *= a;
                }
                return b >= 64 && Math.abs(a) > 1 ? 0 : r;
            }
            default:
                throw error("syntax error: invalid arithmetic operator");
        }
    }

    private long power() {
        long base = unary();
        if (accept("**")) {
            long exp = power();
            return binary("**", base, exp, lastOperand);
        }
        return base;
    }

    private long unary() {
        String op = peek();
        if (op != null) {
            switch (op) {
                case "-": i++; return -unary();
                case "+": i++; return unary();
                case "!": i++; return unary() == 0 ? 1 : 0;
                case "~": i++; return ~unary();
                case "++":
                case "--": {
                    i++;
                    if (i >= toks.size() || !toks.get(i).operand || !isName(toks.get(i).text)) {
                        // "--5" is minus minus five
                        long v = unary();
                        return op.equals("--") ? v : v;
                    }
                    String name = toks.get(i++).text;
                    long v = variable(name) + (op.equals("++") ? 1 : -1);
                    if (skip == 0) {
                        set(name, Long.toString(v));
                    }
                    return v;
                }
                default:
                    break;
            }
        }
        return postfix();
    }

    private long postfix() {
        if (i >= toks.size()) {
            throw error("syntax error: operand expected");
        }
        Tok t = toks.get(i);
        if (accept("(")) {
            long v = comma();
            if (!accept(")")) {
                throw error("missing `)'");
            }
            return v;
        }
        if (!t.operand) {
            throw error(isOperator(t.text) ? "syntax error: operand expected" : "syntax error: invalid arithmetic operator");
        }
        i++;
        lastOperand = i - 1;
        if (isName(t.text)) {
            long v = variable(t.text);
            String op = peek();
            if ("++".equals(op) || "--".equals(op)) {
                i++;
                if (skip == 0) {
                    set(t.text, Long.toString(v + (op.equals("++") ? 1 : -1)));
                }
            }
            return v;
        }
        return number(t);
    }

    private static boolean isOperator(String text) {
        for (String op : OPS) {
            if (op.equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** An element {@code a[i]} or a variable, assigned. */
    private void set(String name, String value) {
        int bracket = name.indexOf('[');
        if (bracket < 0) {
            state.setVar(name, value);
            return;
        }
        String base = name.substring(0, bracket);
        Var v = state.variable(base);
        String subscript = name.substring(bracket + 1, name.length() - 1);
        if (v == null || v.array == null || !v.array.assoc) {
            subscript = Long.toString(eval(subscript, state, depth + 1));
        }
        Assigner.element(state, base, subscript, value, false);
    }

    private String get(String name) {
        int bracket = name.indexOf('[');
        if (bracket < 0) {
            return state.var(name);
        }
        Var v = state.variable(name.substring(0, bracket));
        if (v == null) {
            return null;
        }
        String subscript = name.substring(bracket + 1, name.length() - 1);
        if (v.array != null && v.array.assoc) {
            return v.array.get(subscript);
        }
        long index = eval(subscript, state, depth + 1);
        if (v.array == null) {
            return index == 0 ? v.value : null;
        }
        if (index < 0) {
            index += v.array.nextIndex();
        }
        return v.array.get(index);
    }

    private long variable(String name) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            if (value == null && state.nounset && skip == 0) {
                throw new Error(name + ": unbound variable");
            }
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return eval(value, state, depth + 1);
        }
    }

    private long number(Tok t) {
        String text = t.text;
        int base = 10;
        String digits = text;
        int hash = text.indexOf('#');
        if (hash > 0) {
            try {
                base = Integer.parseInt(text.substring(0, hash));
            } catch (NumberFormatException e) {
                throw errorAt("invalid number", t.start);
            }
            if (base < 2 || base > 64) {
                throw errorAt("invalid arithmetic base", t.start);
            }
            digits = text.substring(hash + 1);
        } else if (text.startsWith("0x") || text.startsWith("0X")) {
            base = 16;
            digits = text.substring(2);
        } else if (text.startsWith("0") && text.length() > 1) {
            base = 8;
            digits = text.substring(1);
        }
        long value = 0;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'Z') {
                d = base <= 36 ? c - 'A' + 10 : c - 'A' + 36;
            } else if (c == '@') {
                d = 62;
            } else if (c == '_') {
                d = 63;
            } else {
                throw errorAt("invalid number", t.start);
            }
            if (d >= base) {
                throw errorAt(base == 10 && !Character.isDigit(c) ? "invalid number" : "value too great for base", t.start);
            }
            value = value * base + d;
        }
        return value;
    }

    private static boolean isName(String text) {
        return !text.isEmpty() && Lexer.isNameStart(text.charAt(0)) && text.indexOf('#') < 0 && text.indexOf('@') < 0;
    }
}
