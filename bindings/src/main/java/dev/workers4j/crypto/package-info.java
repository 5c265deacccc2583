/**
 * Crypto the application uses without knowing the runtime: {@link dev.workers4j.crypto.Crypto}
 * (SHA-256 one-shot and incremental, RS256 verification with JWK keys, secure random bytes and
 * version 4 UUIDs), {@link dev.workers4j.crypto.Encoding} (hex, base64, base64url) and
 * {@link dev.workers4j.crypto.RandomIds} (request ids).
 *
 * <p>In workerd the calls run on WebCrypto ({@code dev.workers4j.runtime.js.crypto}); digests and
 * RSA verification suspend the green thread on their Promise. Incremental SHA-256 writes into
 * workerd's {@code crypto.DigestStream}, awaiting the writer's {@code ready} whenever its queue is
 * full, so a streamed body is never accumulated (it would be only where DigestStream is missing).
 * On the JVM the calls run on java.security. {@code workers/crypto-parity} plays the same
 * scenarios on both.
 *
 * <p>Errors: bad input throws {@link dev.workers4j.crypto.CryptoException}; a well-formed RS256
 * signature that does not match answers {@code false}.
 */
package dev.workers4j.crypto;
