package dev.workers4j.http.middleware;

import dev.workers4j.access.AccessException;
import dev.workers4j.access.AccessIdentity;
import dev.workers4j.access.AccessTokens;
import dev.workers4j.access.AccessVerifier;
import dev.workers4j.access.TeamDomain;
import dev.workers4j.env.Env;
import dev.workers4j.http.Context;
import dev.workers4j.http.ContextKey;
import dev.workers4j.http.ErrorResponses;
import dev.workers4j.http.Middleware;
import dev.workers4j.http.Next;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.log.Log;
import dev.workers4j.worker.Attempt;
import dev.workers4j.worker.PerIsolate;

/**
 * Puts every route after it behind Cloudflare Access, in one line:
 * {@code router.use(CloudflareAccess.middleware())}. The token comes from the
 * {@code Cf-Access-Jwt-Assertion} header, else from the {@code CF_Authorization} cookie, and is
 * validated by {@link AccessVerifier} against the vars {@value #TEAM_DOMAIN_VAR} (the team's origin)
 * and {@value #AUDIENCE_VAR} (the application's audience tag). A valid token puts its
 * {@link AccessIdentity} on the context ({@link #IDENTITY}) and in the request's log line; any
 * other answers 401 (503 when the team's keys cannot be had) in the project's error shape, and
 * the log says which check failed, never the token.
 */
public final class CloudflareAccess<E extends Env> implements Middleware<E> {
    public static final ContextKey<AccessIdentity> IDENTITY = ContextKey.named("access-identity");
    public static final String TEAM_DOMAIN_VAR = "CF_ACCESS_TEAM_DOMAIN";
    public static final String AUDIENCE_VAR = "CF_ACCESS_AUD";

    /** One verifier, and so one key cache, per isolate. */
    private final PerIsolate<Env, AccessVerifier> verifier = PerIsolate.of(
            env -> new AccessVerifier(TeamDomain.of(env.var(TEAM_DOMAIN_VAR)), env.var(AUDIENCE_VAR)));

    private CloudflareAccess() {
    }

    public static <E extends Env> CloudflareAccess<E> middleware() {
        return new CloudflareAccess<>();
    }

    /** The verified identity of the request (set by this middleware; null on routes before it). */
    public static AccessIdentity identity(Context<?> c) {
        return c.get(IDENTITY);
    }

    @Override
    public Response handle(Context<E> c, Next next) {
        AccessVerifier verifier = this.verifier.get(c.env());
        Request request = c.req();
        AccessIdentity[] verified = new AccessIdentity[1];
        RuntimeException failure = Attempt.run(() -> verified[0] = verifier.verify(AccessTokens.from(request)));
        if (failure instanceof AccessException) {
            AccessException denied = (AccessException) failure;
            Log.warn("access: " + c.req().method() + " " + c.req().path() + " refused (" + denied.code() + "): "
                    + denied.check() + " (request " + c.requestId() + ")");
            return ErrorResponses.body(denied.status(), denied.code(), denied.getMessage(), c.requestId());
        }
        if (failure != null) {
            throw failure;
        }
        c.set(IDENTITY, verified[0]);
        c.logAttribute("access", verified[0].name());
        return next.run();
    }
}
