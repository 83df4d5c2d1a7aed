package io.github.berth.engine.dockerfile;

/** A warning the parser gives without failing (parser.go, type Warning). */
public record ParseWarning(String shortText, String detail, String url, int line) {
}
