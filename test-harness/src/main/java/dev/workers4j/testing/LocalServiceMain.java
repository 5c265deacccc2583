package dev.workers4j.testing;

/**
 * The protocol of build/dev.sh's local services (PostgreSQL, the Access identity provider, the
 * Shopify stand-in): a line saying what runs, one line {@code READY <address>}, then serve until
 * stopped (the services' shutdown hooks run) or until the script that started it is gone, even if
 * that script was killed outright.
 */
public final class LocalServiceMain {
    private LocalServiceMain() {
    }

    public static void announceAndServe(String description, String address) throws InterruptedException {
        System.out.println(description);
        System.out.println("READY " + address);
        System.out.flush();
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
        Thread.currentThread().join();
    }
}
