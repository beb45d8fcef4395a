package no.gevinst.platform.rest;

/**
 * A view of something a client changes with {@code If-Match}: every answer that carries one carries its version as the
 * {@code ETag} ({@link VersionTags}).
 */
public interface Versioned {

    long version();
}
