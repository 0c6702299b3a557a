import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Divergence's self-contained app image and this platform's installer from the shaded jar.
 * {@code mvn -B -Ppackage package} runs it after the jar is built (see packaging/README.md); by hand,
 * from the project root:
 *
 * <pre>
 * java packaging/Package.java --version 0.1.0 [--jar target/divergence.jar] [--out target/packaging]
 *      [--installer auto|none|deb|msi|dmg] [--training window|cli|none]
 * </pre>
 *
 * Steps, each timed:
 * <ol>
 *   <li>the runtime: jlink with packaging/jlink.args, while jdeps checks that the jar needs no module
 *       outside that list; on Linux the native libraries are stripped of their symbol tables;</li>
 *   <li>the app image: jpackage with packaging/app.args, app-image.args and OS/app-image.args; the
 *       jar goes on the class path (with JavaFX inside it) and JavaFX's native libraries next to it,
 *       where JavaFX loads them from instead of unpacking them into the user's home; on Linux the
 *       native launcher is replaced by a shell script (see {@link #writeLinuxLauncher});</li>
 *   <li>the class-data sharing archive: a training run records the classes the command line and the
 *       window load up to the first drawn chart (on Linux under Xvfb when it is installed), then
 *       {@code -Xshare:dump} archives them into lib/app/divergence.jsa and a check run confirms that
 *       the launcher maps it;</li>
 *   <li>the installer: .deb (Linux), .msi (Windows, needs WiX 3) or .dmg (macOS), from the image.</li>
 * </ol>
 *
 * Needs a JDK 17 or newer with jlink, jpackage and jmods. Writes only under --out.
 */
public class Package {

    enum Os {
        LINUX("linux"), WINDOWS("windows"), MACOS("macos");

        final String folder;

        Os(String folder) {
            this.folder = folder;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        String defaultInstaller() {
            return switch (this) {
                case LINUX -> "deb";
                case WINDOWS -> "msi";
                case MACOS -> "dmg";
            };
        }

        /** The app image's folder inside the --dest folder of jpackage. */
        Path image(Path dest) {
            return dest.resolve(this == MACOS ? "Divergence.app" : "Divergence");
        }

        Path launcher(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("bin/Divergence");
                case WINDOWS -> image.resolve("Divergence.exe");
                case MACOS -> image.resolve("Contents/MacOS/Divergence");
            };
        }

        /** jpackage's $APPDIR: where the jar, the cfg and the archive are. */
        Path appDir(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/app");
                case WINDOWS -> image.resolve("app");
                case MACOS -> image.resolve("Contents/app");
            };
        }

        Path runtime(Path image) {
            return switch (this) {
                case LINUX -> image.resolve("lib/runtime");
                case WINDOWS -> image.resolve("runtime");
                case MACOS -> image.resolve("Contents/runtime");
            };
        }
    }

    static final Path PACKAGING = Path.of("packaging");
    static final String ARCHIVE = "divergence.jsa";
    static final String CLASS_LIST = "divergence.classlist";
    static final String FIRST_CHART = "first chart painted";

    final Os os = Os.current();
    final String version;
    final Path jar;
    final Path out;
    final String installer;
    final String training;
    final long started = System.nanoTime();

    Package(Map<String, String> options) {
        version = required(options, "version");
        jar = Path.of(options.getOrDefault("jar", "target/divergence.jar"));
        out = Path.of(options.getOrDefault("out", "target/packaging"));
        String wanted = options.getOrDefault("installer", "auto");
        installer = wanted.equals("auto") ? os.defaultInstaller() : wanted;
        training = options.getOrDefault("training", "window");
        if (!List.of("none", "deb", "msi", "dmg").contains(installer)) {
            throw new Failure("--installer must be auto, none, deb, msi or dmg, not " + wanted);
        }
        if (!List.of("window", "cli", "none").contains(training)) {
            throw new Failure("--training must be window, cli or none, not " + training);
        }
    }

    public static void main(String[] args) {
        try {
            new Package(parse(args)).run();
        } catch (Failure e) {
            System.err.println("packaging failed: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() {
        if (!Files.isRegularFile(PACKAGING.resolve("app.args"))) {
            throw new Failure("run this from the project root (packaging/app.args not found)");
        }
        if (!Files.isRegularFile(jar)) {
            throw new Failure(jar + " not found; build it first (mvn -B package -DskipTests)");
        }
        System.out.printf("Packaging Divergence %s for %s (installer: %s) with the JDK in %s (%s)%n",
                version, os.folder, installer, System.getProperty("java.home"), System.getProperty("java.version"));
        Path runtime = step("runtime (jlink) and module check (jdeps)", this::runtime);
        Path image = step("app image (jpackage)", () -> appImage(runtime));
        if (training.equals("none")) {
            System.out.println("== no class-data archive (--training none): a smaller image, a slower start");
        } else {
            step("class-data archive (training run, -Xshare:dump)", () -> {
                classDataArchive(image);
                return null;
            });
        }
        System.out.printf("App image: %s, %s%n", image, megabytes(size(image)));
        if (!installer.equals("none")) {
            Path file = step(installer + " installer (jpackage)", () -> installer(image));
            System.out.printf("Installer: %s, %s%n", file, megabytes(size(file)));
        }
        System.out.printf("Done in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    // ---- 1. runtime -------------------------------------------------------------------------

    Path runtime() throws Exception {
        Path runtime = out.resolve("runtime");
        Path stamp = out.resolve("runtime.stamp");
        List<String> jlinkArgs = argFile(PACKAGING.resolve("jlink.args"));
        Set<String> modules = modulesOf(jlinkArgs);
        CompletableFuture<Void> check = CompletableFuture.runAsync(() -> checkModules(modules));
        String wantedStamp = System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version") + "\n"
                + String.join(" ", jlinkArgs) + "\n";
        if (Files.isDirectory(runtime) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(wantedStamp)) {
            System.out.println("  runtime is current (" + runtime + ")");
        } else {
            delete(runtime);
            Files.deleteIfExists(stamp);
            Files.createDirectories(out);
            List<String> args = new ArrayList<>(jlinkArgs);
            args.addAll(List.of("--output", runtime.toString()));
            tool("jlink", args);
            if (os == Os.LINUX) {
                stripNativeLibraries(runtime);
            }
            Files.writeString(stamp, wantedStamp);
        }
        check.join();
        return runtime;
    }

    /** jdeps on the shaded jar: every module it needs must be in the runtime. */
    void checkModules(Set<String> modules) {
        String report = toolOutput("jdeps", List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", "17", jar.toString())).strip();
        Set<String> needed = new TreeSet<>(Arrays.asList(report.substring(report.lastIndexOf('\n') + 1).split(",")));
        needed.removeAll(modules);
        if (!needed.isEmpty()) {
            throw new Failure("the jar needs modules that packaging/jlink.args does not add: " + needed
                    + " (jdeps reports " + report + ")");
        }
        System.out.println("  jdeps: the jar needs " + report + "; all in the runtime");
    }

    static Set<String> modulesOf(List<String> jlinkArgs) {
        int i = jlinkArgs.indexOf("--add-modules");
        if (i < 0 || i + 1 >= jlinkArgs.size()) {
            throw new Failure("packaging/jlink.args has no --add-modules");
        }
        return new TreeSet<>(Arrays.asList(jlinkArgs.get(i + 1).split(",")));
    }

    /**
     * jlink's --strip-debug removes Java debug attributes but leaves the native libraries' symbol
     * tables (4 MB of libjvm.so with Debian's JDK); strip removes them as distributions do. Skipped
     * with a note where binutils is not installed (packaging/check.sh installs it).
     */
    void stripNativeLibraries(Path runtime) throws Exception {
        if (!onPath("strip")) {
            System.out.println("  note: 'strip' (binutils) not found; the runtime's native libraries keep their symbol tables");
            return;
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(runtime)) {
            files.filter(p -> p.getFileName().toString().endsWith(".so")).forEach(p -> command.add(p.toString()));
        }
        exec(command, Map.of(), Optional.empty(), 120);
    }

    // ---- 2. app image -----------------------------------------------------------------------

    Path appImage(Path runtime) throws Exception {
        Path input = out.resolve("input");
        Path dest = out.resolve("image");
        delete(input);
        delete(dest);
        Files.createDirectories(input);
        Path imageJar = input.resolve("divergence.jar");
        Files.copy(jar, imageJar);
        List<String> natives = extractNativeLibraries(jar, input);
        // Beside the jar is where JavaFX loads them from, so the image's jar need not carry them twice.
        try (FileSystem zip = FileSystems.newFileSystem(imageJar)) {
            for (String name : natives) {
                Files.delete(zip.getPath(name));
            }
        }
        System.out.println("  input: divergence.jar (" + megabytes(Files.size(imageJar)) + ") and its " + natives.size()
                + " JavaFX native libraries beside it, instead of inside it");
        List<String> args = new ArrayList<>(List.of("--type", "app-image",
                "@" + PACKAGING.resolve("app.args"),
                "@" + PACKAGING.resolve("app-image.args"),
                "@" + PACKAGING.resolve(os.folder).resolve("app-image.args"),
                "--app-version", version,
                "--input", input.toString(),
                "--runtime-image", runtime.toString(),
                "--dest", dest.toString()));
        tool("jpackage", args);
        Path image = os.image(dest);
        if (os == Os.LINUX) {
            writeLinuxLauncher(image);
        }
        return image;
    }

    /**
     * JavaFX's native libraries are inside the shaded jar; unpacked next to it, JavaFX loads them
     * from there (NativeLibLoader looks beside the jar that holds it first) instead of copying them
     * into ~/.openjfx/cache and comparing them there at every start, and jpackage finds the system
     * libraries they link to (GTK 3, ...) for the .deb's dependencies.
     */
    static List<String> extractNativeLibraries(Path jar, Path folder) throws IOException {
        List<String> extracted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, folder.resolve(name));
                    }
                    extracted.add(name);
                }
            }
        }
        return extracted;
    }

    /**
     * Replaces jpackage's native Linux launcher by a shell script that starts the same JVM with the
     * same options and class path (read from the launcher's configuration, lib/app/Divergence.cfg).
     * jpackage's launcher runs {@code rpm -qf} and {@code dpkg -S} on itself at every start to find
     * out whether a package installed it (src/jdk.jpackage/linux/native/applauncher/LinuxPackage.c);
     * dpkg -S reads every installed package's file list, 0.1 to 0.7 s on this machine, a large part of
     * a one-second start. The script needs the runtime's bin/java, which jlink keeps; the native
     * launcher's library, lib/libapplauncher.so, is removed with it.
     */
    void writeLinuxLauncher(Path image) throws IOException {
        Path cfg = os.appDir(image).resolve("Divergence.cfg");
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(cfg)) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("[")) {
                values.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
            }
        }
        String classPath = single(values, "app.classpath", cfg);
        String mainClass = single(values, "app.mainclass", cfg);
        List<String> javaOptions = values.getOrDefault("java-options", List.of());
        StringBuilder script = new StringBuilder();
        script.append("#!/bin/sh\n")
                .append("# Starts Divergence. Written by packaging/Package.java from jpackage's launcher configuration\n")
                .append("# (lib/app/Divergence.cfg) in place of jpackage's native launcher, which asks rpm and dpkg at\n")
                .append("# every start whether a package installed it (up to 0.7 s; see docs/BENCHMARKS.md).\n")
                .append("# The JVM options below also tell Divergence not to start a second JVM for the window.\n")
                .append("ROOT=$(dirname \"$(dirname \"$(readlink -f \"$0\")\")\")\n")
                .append("APPDIR=\"$ROOT/lib/app\"\n")
                .append("exec \"$ROOT/lib/runtime/bin/java\"");
        for (String option : javaOptions) {
            script.append(" \\\n    ").append(shellWord(option));
        }
        script.append(" \\\n    ").append(shellWord("-Djpackage.app-path=$ROOT/bin/Divergence"))
                .append(" \\\n    -cp ").append(shellWord(classPath))
                .append(" \\\n    ").append(mainClass).append(" \"$@\"\n");
        Path launcher = os.launcher(image);
        Files.writeString(launcher, script.toString());
        // The native launcher's library (0.2 MB): nothing else loads it.
        Files.delete(image.resolve("lib/libapplauncher.so"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!Files.isExecutable(os.runtime(image).resolve("bin/java"))) {
            throw new Failure("the runtime has no bin/java for the launcher script; do not add --strip-native-commands to packaging/jlink.args");
        }
    }

    /** A word for sh in double quotes, with $APPDIR and $ROOT left for the shell to expand. */
    static String shellWord(String value) {
        if (value.matches("[A-Za-z0-9_./=:+,@%-]+")) {
            return value;
        }
        if (value.contains("\"") || value.contains("`") || value.contains("\\")) {
            throw new Failure("cannot put this JVM option in the launcher script: " + value);
        }
        return "\"" + value + "\"";
    }

    static String single(Map<String, List<String>> values, String key, Path cfg) {
        List<String> found = values.getOrDefault(key, List.of());
        if (found.size() != 1) {
            throw new Failure(cfg + " should have one " + key + ", has " + found);
        }
        return found.get(0);
    }

    // ---- 3. class-data sharing archive --------------------------------------------------------

    /**
     * JDK 17 uses an archive only with the class path it was made with, so it is made in place
     * from a class list: here for the image where it was built, and by the .deb's postinst again for
     * the installed jar. A list (rather than -XX:ArchiveClassesAtExit) also gives a static archive,
     * which the JVM ignores silently when it does not match, where a dynamic one prints a warning on
     * standard output, in the middle of {@code --csv -}.
     */
    void classDataArchive(Path image) throws Exception {
        Path launcher = os.launcher(image);
        Path appDir = os.appDir(image);
        Path work = out.resolve("training");
        delete(work);
        Files.createDirectories(work.resolve("data"));
        // The app's own files (autosave, recent files) go to a scratch folder, not the builder's home.
        String common = "-Ddivergence.dataDir=" + work.resolve("data").toAbsolutePath();

        Path cliList = work.resolve("cli.classlist");
        exec(List.of(launcher.toString(), "--csv", work.resolve("training.csv").toString()),
                Map.of("JAVA_TOOL_OPTIONS", common + " -XX:DumpLoadedClassList=" + cliList.toAbsolutePath()),
                Optional.of(work.resolve("cli.log")), 120);
        List<Path> lists = new ArrayList<>(List.of(cliList));
        if (training.equals("window")) {
            Path windowList = work.resolve("window.classlist");
            try (Display display = Display.forTraining(os)) {
                Map<String, String> env = new LinkedHashMap<>(display.environment());
                env.put("JAVA_TOOL_OPTIONS", common + " -Ddivergence.firstChart=exit -XX:DumpLoadedClassList="
                        + windowList.toAbsolutePath());
                Path log = work.resolve("window.log");
                exec(List.of(launcher.toString()), env, Optional.of(log), 180);
                String text = Files.readString(log);
                if (!text.contains(FIRST_CHART)) {
                    throw new Failure("the window's training run did not draw a chart; its output:\n" + tail(text));
                }
                System.out.println("  training: window " + text.lines().filter(l -> l.contains(FIRST_CHART))
                        .findFirst().orElse("").strip() + " (" + display.description() + ")");
            }
            lists.add(0, windowList);
        } else {
            System.out.println("  training: command line only (--training cli): the window's classes are not archived");
        }
        List<String> lines = mergeClassLists(lists);
        Path classList = appDir.resolve(CLASS_LIST);
        Files.write(classList, lines);
        long classes = lines.stream().filter(l -> !l.startsWith("#") && !l.startsWith("@") && !l.isBlank()).count();

        // -Xshare:dump through the launcher, so the archive is made with the launcher's own options
        // (heap, collector, and -XX:SharedArchiveFile naming where it goes). JDK 17 exits after the
        // dump; newer JDKs then run main, hence --version, which needs no display.
        exec(List.of(launcher.toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + classList.toAbsolutePath()),
                Optional.of(work.resolve("dump.log")), 300);
        Path archive = appDir.resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            throw new Failure("-Xshare:dump made no " + archive + "; see " + work.resolve("dump.log"));
        }
        // The archive must be used: the launcher's first class has to come from it.
        Path loaded = work.resolve("check-class-load.log");
        exec(List.of(launcher.toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + loaded.toAbsolutePath()),
                Optional.of(work.resolve("check.log")), 60);
        if (Files.readAllLines(loaded).stream().noneMatch(l ->
                l.contains("org.divergence.launcher.Launcher source: shared objects file"))) {
            throw new Failure("the launcher does not use " + archive + "; see " + loaded);
        }
        System.out.printf("  archive: %d classes, %s; the launcher maps it%n", classes, megabytes(Files.size(archive)));
    }

    /**
     * One class list from several (-XX:DumpLoadedClassList files), each line once, in order. Newer
     * JDKs number the classes ("java/lang/Object id: 0"); the numbers are made unique again. A list
     * that refers to numbers (classes of custom class loaders: "super:", "interfaces:") is refused,
     * as this app loads none.
     */
    static List<String> mergeClassLists(List<Path> lists) throws IOException {
        List<String> merged = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int nextId = 0;
        boolean header = true;
        for (Path list : lists) {
            for (String line : Files.readAllLines(list)) {
                if (line.startsWith("#")) {
                    if (header) {
                        merged.add(line);
                    }
                    continue;
                }
                if (line.contains(" super: ") || line.contains(" interfaces: ")) {
                    throw new Failure(list + " has a class of a custom class loader, which the merge does not handle: " + line);
                }
                int id = line.startsWith("@") ? -1 : line.indexOf(" id: ");
                String key = id < 0 ? line : line.substring(0, id);
                if (!line.isBlank() && seen.add(key)) {
                    merged.add(id < 0 ? line : key + " id: " + nextId++);
                }
            }
            header = false;
        }
        return merged;
    }

    /** Where the window's training run shows its window. */
    interface Display extends AutoCloseable {
        Map<String, String> environment();

        String description();

        @Override
        void close();

        /**
         * On Linux a private Xvfb when one is installed (nothing flashes on the builder's desktop,
         * and a build machine needs no desktop), else the desktop in DISPLAY or WAYLAND_DISPLAY.
         * Windows and macOS always show it on the desktop.
         */
        static Display forTraining(Os os) throws Exception {
            if (os == Os.LINUX && onPath("Xvfb")) {
                return Xvfb.start();
            }
            if (os == Os.LINUX && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
                throw new Failure("the training run needs a display: install Xvfb (Debian/Ubuntu: apt-get install xvfb),"
                        + " run on a desktop, or pass --training cli (-Dpackaging.training=cli) for an archive without"
                        + " the window's classes");
            }
            return new Display() {
                public Map<String, String> environment() {
                    return Map.of();
                }

                public String description() {
                    return "on this desktop";
                }

                public void close() {}
            };
        }
    }

    static final class Xvfb implements Display {
        final Process process;
        final int number;

        Xvfb(Process process, int number) {
            this.process = process;
            this.number = number;
        }

        static Xvfb start() throws Exception {
            for (int n = 90; n < 190; n++) {
                Path socket = Path.of("/tmp/.X11-unix/X" + n);
                if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int i = 0; i < 100 && p.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(50);
                }
                if (p.isAlive() && Files.exists(socket)) {
                    return new Xvfb(p, n);
                }
                p.destroy(); // display taken meanwhile, or Xvfb failed: try the next number
            }
            throw new Failure("could not start Xvfb on any display from :90 to :189");
        }

        public Map<String, String> environment() {
            return Map.of("DISPLAY", ":" + number);
        }

        public String description() {
            return "under Xvfb :" + number + ", 1440x900";
        }

        public void close() {
            process.destroy();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- 4. installer -----------------------------------------------------------------------

    Path installer(Path image) throws Exception {
        Path dest = out.resolve("installer");
        delete(dest);
        List<String> args = new ArrayList<>(List.of("--type", installer,
                "@" + PACKAGING.resolve("app.args"),
                "@" + PACKAGING.resolve(os.folder).resolve(installer + ".args"),
                "--app-version", version,
                "--dest", dest.toString()));
        // Every installer gets the image without its archive: JDK 17 maps an archive only where the
        // class path is the one it was made with, and an installed app runs from another folder. The
        // .deb's postinst makes one for the installed path; see packaging/README.md for the others.
        args.addAll(List.of("--app-image", imageWithoutArchive(image).toString()));
        if (installer.equals("deb")) {
            args.addAll(List.of("--resource-dir", debResources().toString()));
        }
        // A separate process, so that dpkg-deb sees DPKG_DEB_COMPRESSOR_TYPE/LEVEL if the caller set them.
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "jpackage.exe" : "jpackage");
        List<String> command = new ArrayList<>(List.of(jpackage.toString()));
        command.addAll(args);
        exec(command, Map.of(), Optional.of(out.resolve(installer + ".log")), 900);
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(f -> f.getFileName().toString().endsWith("." + installer)).findFirst()
                    .orElseThrow(() -> new Failure("jpackage made no ." + installer + "; see " + out.resolve(installer + ".log")));
        }
    }

    /**
     * The image for an installer: the same without the archive, which would not match the installed
     * path on JDK 17 (the .deb's postinst makes one for /opt/divergence).
     */
    Path imageWithoutArchive(Path image) throws IOException {
        Path copy = out.resolve("installer-image").resolve(image.getFileName());
        delete(copy.getParent());
        copyTree(image, copy);
        Files.deleteIfExists(os.appDir(copy).resolve(ARCHIVE));
        return copy;
    }

    /** packaging/linux/resources with the control file's long description filled in from ABOUT.txt. */
    Path debResources() throws IOException {
        Path resources = out.resolve("deb-resources");
        delete(resources);
        copyTree(PACKAGING.resolve("linux/resources"), resources);
        String about = Files.readAllLines(PACKAGING.resolve("ABOUT.txt")).stream()
                .map(l -> l.isBlank() ? " ." : " " + l.strip())
                .collect(Collectors.joining("\n"));
        Path control = resources.resolve("control");
        Files.writeString(control, Files.readString(control).replace("@LONG_DESCRIPTION@", about.stripTrailing()));
        return resources;
    }

    // ---- helpers ----------------------------------------------------------------------------

    interface Step<T> {
        T run() throws Exception;
    }

    static <T> T step(String name, Step<T> step) {
        System.out.println("== " + name);
        long t0 = System.nanoTime();
        try {
            T result = step.run();
            System.out.printf("   %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return result;
        } catch (Failure e) {
            throw e;
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Failure f ? f : new Failure(name + ": " + e.getCause());
        } catch (Exception e) {
            throw new Failure(name + ": " + e);
        }
    }

    static void tool(String name, List<String> args) {
        StringWriter text = new StringWriter();
        int code = run(name, args, text);
        if (code != 0) {
            throw new Failure(name + " " + String.join(" ", args) + " failed (" + code + "):\n" + text);
        }
    }

    static String toolOutput(String name, List<String> args) {
        StringWriter text = new StringWriter();
        int code = run(name, args, text);
        if (code != 0) {
            throw new Failure(name + " failed (" + code + "):\n" + text);
        }
        return text.toString();
    }

    static int run(String name, List<String> args, StringWriter text) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new Failure(
                "this JDK (" + System.getProperty("java.home") + ") has no " + name + "; use a full JDK 17 or newer"));
        PrintWriter writer = new PrintWriter(text, true);
        return tool.run(writer, writer, args.toArray(String[]::new));
    }

    /** Runs a command; its output goes to the log file (or is discarded), a failure shows its end. */
    static void exec(List<String> command, Map<String, String> env, Optional<Path> log, int timeoutSeconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path output = log.orElse(Files.createTempFile("divergence-packaging", ".log"));
        pb.redirectOutput(output.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            throw new Failure(String.join(" ", command) + " took more than " + timeoutSeconds + " s; output:\n"
                    + tail(Files.readString(output)));
        }
        String text = Files.readString(output);
        if (log.isEmpty()) {
            Files.delete(output);
        }
        if (p.exitValue() != 0) {
            throw new Failure(String.join(" ", command) + " failed (" + p.exitValue() + ")"
                    + (env.isEmpty() ? "" : " with " + env) + "; output:\n" + tail(text));
        }
    }

    static String tail(String text) {
        List<String> lines = text.lines().collect(Collectors.toList());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An @argfile's words, as jpackage and jlink read it: # lines are comments, "..." groups words. */
    static List<String> argFile(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder word = null;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
        }
        return words;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                file.toFile().setWritable(true); // the archive is written read-only
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decimal megabytes, and mebibytes (what du -sh shows). */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%.1f MiB)", bytes / 1e6, bytes / 1048576.0);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new Failure("usage: java packaging/Package.java --version V [--jar JAR] [--out DIR]"
                        + " [--installer auto|none|deb|msi|dmg] [--training window|cli|none]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (blank(value)) {
            throw new Failure("--" + name + " is required");
        }
        return value;
    }

    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }
}
