package io.github.berth.tutor.text;

/** The role of a piece of lesson text; the console decides how each looks (or that it looks plain). */
public enum Style { PLAIN, HEADING, STRONG, EMPHASIS, CODE, CODE_BLOCK, LINK, SUCCESS, FAILURE, HINT, DIM }
