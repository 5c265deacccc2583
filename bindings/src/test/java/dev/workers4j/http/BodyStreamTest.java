package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class BodyStreamTest {
    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @Test
    void chunksAndInputStreamReadsMixWithoutLosingBytes() {
        byte[] source = bytes(3 * BodyStream.CHUNK_SIZE + 10);
        BodyStream stream = BodyStream.of(source);
        assertEquals(source.length, stream.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1000];
        int n = stream.read(buffer, 0, buffer.length);
        out.write(buffer, 0, n);
        for (byte[] chunk = stream.readChunk(); chunk != null; chunk = stream.readChunk()) {
            out.write(chunk, 0, chunk.length);
        }
        assertArrayEquals(source, out.toByteArray());
        assertEquals(-1, stream.read());
    }

    @Test
    void aStreamIsTakenOnce() {
        BodyStream read = BodyStream.of(bytes(10));
        read.readChunk();
        assertThrows(IllegalStateException.class, () -> read.handOver("R2 put"));
        BodyStream taken = BodyStream.of(bytes(10));
        taken.handOver("R2 put");
        assertThrows(IllegalStateException.class, taken::readChunk);
        assertThrows(IllegalStateException.class, () -> taken.handOverBytes("Response"));
    }

    @Test
    void inputStreamOfUnknownLength() {
        byte[] source = bytes(BodyStream.CHUNK_SIZE + 1);
        BodyStream stream = BodyStream.of(new ByteArrayInputStream(source), -1);
        assertEquals(-1, stream.length());
        assertArrayEquals(source, stream.readAllBytes());
        assertNull(stream.readChunk());
    }

    @Test
    void requestBodyStreamKeepsTheBodyLimit() {
        Request request = Request.builder("PUT", "/x").body(bytes(2000)).build().bodyLimit(1000);
        BodyStream stream = request.bodyStream();
        assertThrows(PayloadTooLargeException.class, stream::readAllBytes);
        Request declared = Request.builder("PUT", "/x").header("content-length", "2000").body(bytes(2000)).build()
                .bodyLimit(1000);
        assertThrows(PayloadTooLargeException.class, declared::bodyStream);
    }

    @Test
    void responseReadsAStreamedBodyOnce() {
        byte[] source = bytes(100_000);
        Response response = Response.stream(200, BodyStream.of(source), "application/octet-stream");
        assertEquals("application/octet-stream", response.header("content-type"));
        assertArrayEquals(source, response.bytes());
        assertArrayEquals(source, response.bytes());
        BodyStream partly = BodyStream.of(source);
        partly.readChunk();
        assertThrows(IllegalStateException.class, () -> Response.stream(200, partly, null));
    }
}
