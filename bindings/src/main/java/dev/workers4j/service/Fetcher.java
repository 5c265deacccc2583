package dev.workers4j.service;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;

/**
 * A service binding ([[services]] in wrangler.toml): calls another Worker's fetch handler
 * directly, without a trip through the public internet. The request's URL picks the path; its
 * host is not used for routing.
 */
public interface Fetcher {
    Response fetch(Request request);
}
