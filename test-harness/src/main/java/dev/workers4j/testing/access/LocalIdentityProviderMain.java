package dev.workers4j.testing.access;

import dev.workers4j.testing.LocalServiceMain;

/**
 * The identity provider of {@code build/dev.sh}: a {@link LocalIdentityProvider} on
 * 127.0.0.1:{@code ACCESS_PORT} (default 8790) for the audience {@code CF_ACCESS_AUD} (default
 * dashboard-api's local one), printing {@code READY <origin>} and serving until stopped or until
 * the script that started it exits. dashboard-api's team domain points at it for the dev session
 * only; {@code build/access-token.sh you@brand.example} mints a token from it.
 */
public final class LocalIdentityProviderMain {
    public static final int DEFAULT_PORT = 8790;
    public static final String DEFAULT_AUDIENCE = "local-dev-audience";

    private LocalIdentityProviderMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String port = System.getenv("ACCESS_PORT");
        String audience = System.getenv("CF_ACCESS_AUD");
        LocalIdentityProvider idp = LocalIdentityProvider.start(
                audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience,
                port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()));
        Runtime.getRuntime().addShutdownHook(new Thread(idp::close, "local-idp-stop"));
        LocalServiceMain.announceAndServe("local Access identity provider: JWKS at " + idp.origin()
                + LocalIdentityProvider.CERTS_PATH + ", tokens for aud " + idp.audience(), idp.origin());
    }
}
