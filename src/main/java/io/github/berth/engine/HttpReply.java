package io.github.berth.engine;

import java.util.List;

/**
 * What a container's server sent back on a published port. {@link Http} is an HTTP response
 * (headers in order, as {@code Name: value}); {@link Raw} bytes that are not HTTP (redis's error
 * line, mysql's greeting); {@link Closed} a connection closed without a reply; {@link Refused}
 * nothing listening.
 */
public sealed interface HttpReply {
    record Http(String statusLine, List<String> headers, String body) implements HttpReply {}

    record Raw(String text) implements HttpReply {}

    record Closed() implements HttpReply {}

    /** The connection was reset: docker-proxy accepted it but nothing listens in the container. */
    record Reset() implements HttpReply {}

    record Refused() implements HttpReply {}
}
