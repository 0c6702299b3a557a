package org.divergence.scenario;

import static org.divergence.scenario.FigureFiles.Kind.PNG;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The scenario in a PNG: one {@code iTXt} chunk (keyword, compression flag and method, empty language
 * tag, empty translated keyword, UTF-8 text) just before {@code IEND}. The chunks are walked by their
 * length fields, never decoded, and every length is checked against the bytes there really are.
 */
final class PngScenario {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** The keyword and its NUL separator: what our chunk's data starts with. */
    private static final byte[] KEYWORD = (FigureFiles.PNG_KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
    private static final int ITXT = type("iTXt");
    private static final int IEND = type("IEND");
    /** Length, type and CRC around each chunk's data. */
    private static final int OVERHEAD = 12;

    private PngScenario() {}

    static byte[] embed(byte[] png, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + json.length / 2 + 64);
        out.write(SIGNATURE, 0, SIGNATURE.length);
        try {
            for (int at = checkedSignature(png, "figure"); ; ) {
                int end = chunkEnd(png, at, "figure");
                if (type(png, at) == IEND) {
                    byte[] chunk = chunk(json);
                    out.write(chunk, 0, chunk.length);
                    out.write(png, at, end - at);
                    return out.toByteArray();
                }
                if (!isScenarioChunk(png, at)) {
                    out.write(png, at, end - at);
                }
                at = end;
            }
        } catch (ScenarioFileException e) {
            throw new IllegalArgumentException("not a complete PNG: " + e.problems().get(0).message(), e);
        }
    }

    static byte[] read(byte[] png, String source) throws ScenarioFileException {
        int found = -1;
        // Every chunk up to IEND is walked, so a file cut off anywhere is refused, not half-read.
        for (int at = checkedSignature(png, source); ; ) {
            int end = chunkEnd(png, at, source);
            if (type(png, at) == IEND) {
                break;
            }
            if (isScenarioChunk(png, at)) {
                if (found >= 0) {
                    throw new ScenarioFileException(source, "this PNG carries two Divergence scenarios; "
                            + "it is not clear which one the figure shows");
                }
                found = at;
            }
            at = end;
        }
        if (found < 0) {
            throw FigureFiles.noScenario(PNG, source, "metadata");
        }
        return text(png, found, source);
    }

    /** Position of the first chunk, after checking the signature. */
    private static int checkedSignature(byte[] png, String source) throws ScenarioFileException {
        if (png.length < SIGNATURE.length) {
            throw cutOff(source, png.length);
        }
        if (!FigureFiles.startsWith(png, SIGNATURE)) {
            throw new ScenarioFileException(source, "this PNG is damaged: its first bytes are not a PNG signature"
                    + " (was it copied as text, changing its line ends?)");
        }
        return SIGNATURE.length;
    }

    /** End of the chunk at {@code at}, after checking that all of it is there. */
    private static int chunkEnd(byte[] png, int at, String source) throws ScenarioFileException {
        if (png.length - at < OVERHEAD) {
            throw cutOff(source, png.length);
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(png, at, 4).getInt());
        if (length > png.length - at - OVERHEAD) {
            // A length past the end is a lie or a cut: either way the rest of the file is not there.
            throw new ScenarioFileException(source, "this PNG is damaged or cut off: the chunk at byte " + at
                    + " claims " + length + " bytes but the file ends " + (png.length - at - OVERHEAD)
                    + " bytes later (copy the figure again)");
        }
        return at + OVERHEAD + (int) length;
    }

    private static ScenarioFileException cutOff(String source, int length) {
        return new ScenarioFileException(source, "this PNG is cut off after " + length
                + " bytes: the file is incomplete (copy the figure again)");
    }

    private static int type(byte[] png, int at) {
        return ByteBuffer.wrap(png, at + 4, 4).getInt();
    }

    private static int type(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static int dataLength(byte[] png, int at) {
        return ByteBuffer.wrap(png, at, 4).getInt();
    }

    private static boolean isScenarioChunk(byte[] png, int at) {
        int data = at + 8;
        return type(png, at) == ITXT && dataLength(png, at) >= KEYWORD.length
                && Arrays.equals(png, data, data + KEYWORD.length, KEYWORD, 0, KEYWORD.length);
    }

    /** The JSON in our chunk, after its CRC and header are checked and its text inflated (if compressed). */
    private static byte[] text(byte[] png, int at, String source) throws ScenarioFileException {
        int length = dataLength(png, at);
        int data = at + 8;
        int end = data + length;
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, length + 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(png, end, 4).getInt()) {
            throw new ScenarioFileException(source, "the scenario in this PNG is damaged (its checksum does not match)");
        }
        int p = data + KEYWORD.length;
        int flag = p < end ? png[p] : -1;
        int method = p + 1 < end ? png[p + 1] : -1;
        p = afterNul(png, afterNul(png, p + 2, end), end); // skip the language tag and translated keyword
        if (p < 0 || (flag != 0 && flag != 1) || method != 0) {
            throw new ScenarioFileException(source, "the scenario in this PNG is damaged (its chunk header is not valid)");
        }
        if (flag == 1) {
            return FigureFiles.inflate(png, p, end - p, PNG, source);
        }
        if (end - p > ScenarioFormat.MAX_FILE_BYTES) {
            throw FigureFiles.scenarioTooBig(PNG, source);
        }
        return Arrays.copyOfRange(png, p, end);
    }

    /** Index after the next NUL in [from, end), or -1. */
    private static int afterNul(byte[] bytes, int from, int end) {
        for (int i = Math.max(from, 0); from >= 0 && i < end; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Our chunk: compressed only when that makes it smaller (it nearly always does: JSON is repetitive). */
    static byte[] chunk(byte[] json) {
        byte[] deflated = deflate(json);
        boolean compress = deflated.length < json.length;
        byte[] text = compress ? deflated : json;
        ByteBuffer chunk = ByteBuffer.allocate(OVERHEAD + KEYWORD.length + 4 + text.length);
        chunk.putInt(KEYWORD.length + 4 + text.length).putInt(ITXT).put(KEYWORD)
                .put((byte) (compress ? 1 : 0)) // compression flag
                .put((byte) 0)                   // compression method: zlib
                .put((byte) 0)                   // empty language tag
                .put((byte) 0)                   // empty translated keyword
                .put(text);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, chunk.position() - 4);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION); // zlib format, as PNG requires
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
