import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the installers' icons from the app's PNG icons in assets/icons, byte for byte the same on
 * every run (no dates, no tool versions inside):
 *
 * <ul>
 *   <li>packaging/icons/divergence.png: the 256 px PNG (Linux: the menu entry's and the
 *       scenario files' icon);</li>
 *   <li>packaging/icons/divergence.ico: Windows, 16 to 256 px, each stored as PNG (Windows Vista
 *       and later read PNG entries);</li>
 *   <li>packaging/icons/divergence.icns: macOS, 16 to 512 px at 1x and 2x, each stored as PNG.</li>
 * </ul>
 *
 * Run from the project root: {@code java packaging/MakeIcons.java} writes them;
 * {@code java packaging/MakeIcons.java --check} only says whether the committed ones are current
 * (exit code 1 if not). Needs nothing but a JDK 11 or newer.
 */
public class MakeIcons {

    static final Path ASSETS = Path.of("assets", "icons");
    static final Path OUT = Path.of("packaging", "icons");

    public static void main(String[] args) throws IOException {
        boolean check = Arrays.asList(args).contains("--check");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("divergence.png", png(256));
        files.put("divergence.ico", ico(List.of(16, 32, 48, 64, 128, 256)));
        files.put("divergence.icns", icns());
        boolean stale = false;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = OUT.resolve(f.getKey());
            boolean same = Files.exists(target) && Arrays.equals(Files.readAllBytes(target), f.getValue());
            if (check) {
                if (!same) {
                    System.err.println(target + " is not what MakeIcons makes from " + ASSETS + "; run: java packaging/MakeIcons.java");
                    stale = true;
                }
            } else if (!same) {
                Files.createDirectories(OUT);
                Files.write(target, f.getValue());
                System.out.println("wrote " + target + " (" + f.getValue().length + " bytes)");
            } else {
                System.out.println(target + " is current");
            }
        }
        if (stale) {
            System.exit(1);
        }
    }

    /** The PNG of one size from assets/icons, checked to be a PNG of that size. */
    static byte[] png(int size) throws IOException {
        Path file = ASSETS.resolve("divergence-" + size + ".png");
        byte[] bytes = Files.readAllBytes(file);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, 8), signature)) {
            throw new IOException(file + " is not a PNG file");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8).order(ByteOrder.BIG_ENDIAN);
        int width = header.getInt();
        int height = header.getInt();
        if (width != size || height != size) {
            throw new IOException(file + " is " + width + "x" + height + ", not " + size + "x" + size);
        }
        return bytes;
    }

    /** ICONDIR, one ICONDIRENTRY per size, then the PNGs; little-endian. */
    static byte[] ico(List<Integer> sizes) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int offset = 6 + 16 * sizes.size();
        ByteBuffer out = ByteBuffer.allocate(offset + images.stream().mapToInt(i -> i.length).sum())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int i = 0; i < sizes.size(); i++) {
            int size = sizes.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);          // no palette, reserved
            out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** "icns", the total length, then one (type, length, PNG) element per size; big-endian. */
    static byte[] icns() throws IOException {
        // type -> pixel size: icp4/icp5/icp6/ic07/ic08/ic09 at 1x (16, 32, 64, 128, 256, 512 points),
        // ic11/ic12/ic13/ic14 at 2x (16, 32, 128, 256 points). ic10 (512 points at 2x) needs 1024 px,
        // which assets/icons does not have.
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] image = png(t.getValue());
            data.writeBytes(t.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(8 + elements.size());
        elements.writeTo(out);
        return file.toByteArray();
    }
}
