package io.github.berth.shell;

/**
 * What a program's standard input and output are, beyond their text: the file standard input was
 * redirected from ({@code < file}; a directory opens too, and reading it fails with EISDIR) and the
 * file standard output goes to ({@code > file}, {@code >> file}). GNU tools look at both: {@code wc <
 * file} pads its counts to the file's size, {@code cat f >> f} refuses ("input file is output file").
 *
 * @param stdinFile the absolute path standard input was opened from, or null (a pipe, a terminal)
 * @param stdinDirectory whether that path is a directory
 * @param stdoutFile the absolute path standard output writes to, or null
 */
public record Stdio(String stdinFile, boolean stdinDirectory, String stdoutFile) {
    /** Neither stream is a file. */
    public static final Stdio NONE = new Stdio(null, false, null);
}
