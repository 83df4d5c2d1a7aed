package io.github.berth.engine.dockerfile;

/** A parser directive ({@code # syntax=}, {@code # escape=}, {@code # check=}) with its 1-based line. */
public record Directive(String name, String value, int line) {
}
