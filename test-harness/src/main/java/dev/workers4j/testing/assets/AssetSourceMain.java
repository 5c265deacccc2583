package dev.workers4j.testing.assets;

import dev.workers4j.testing.LocalServiceMain;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The asset host of {@code build/dev.sh}: on 127.0.0.1:{@code ASSET_SOURCE_PORT} (default 8792)
 * it serves a few files to try ASSET_INGEST with through POST /api/assets/ingest: a PNG, the same
 * PNG under another name (deduplicated), a file behind a redirect, a 404 and an HTML page.
 * Prints {@code READY <origin>} and serves until stopped or until the script that started it exits.
 */
public final class AssetSourceMain {
    public static final int DEFAULT_PORT = 8792;

    private AssetSourceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String port = System.getenv("ASSET_SOURCE_PORT");
        AssetSource source = AssetSource.start(port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()));
        byte[] png = demoImage();
        source.file("/files/hero.png", png, "image/png")
                .file("/files/hero-copy.png", png, "image/png")
                .redirect("/share/hero.png", "/files/hero.png")
                .status("/files/missing.jpg", 404)
                .htmlPage("/share/preview", "text/html; charset=utf-8");
        Runtime.getRuntime().addShutdownHook(new Thread(source::close, "asset-source-stop"));
        LocalServiceMain.announceAndServe("asset host: " + source.origin() + "/files/hero.png, /files/hero-copy.png"
                + " (the same bytes), /share/hero.png (a redirect), /files/missing.jpg (404), /share/preview (HTML)",
                source.origin());
    }

    /** A small generated PNG, so the repository holds no binary file. */
    private static byte[] demoImage() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF4, 0xE1, 0xD2));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new Color(0xB0, 0x4A, 0x5A));
        g.fillOval(110, 50, 100, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
