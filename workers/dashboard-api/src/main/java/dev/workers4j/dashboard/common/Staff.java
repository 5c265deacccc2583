package dev.workers4j.dashboard.common;

import dev.workers4j.access.AccessIdentity;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.middleware.CloudflareAccess;

/** Who made a write: the Access identity's name (a staff email or a service token's common name). */
public final class Staff {
    private Staff() {
    }

    public static String name(Context<?> c) {
        AccessIdentity identity = CloudflareAccess.identity(c);
        if (identity == null) {
            // Only reachable if a route were mounted before the Access middleware.
            throw new HttpException(401, "access_token_missing", "this route needs a Cloudflare Access identity");
        }
        return identity.name();
    }
}
