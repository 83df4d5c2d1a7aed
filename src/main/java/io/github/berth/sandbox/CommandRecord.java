package io.github.berth.sandbox;

/** One line the learner ran and what it did. */
public record CommandRecord(String line, int exit, String stdout, String stderr) {}
