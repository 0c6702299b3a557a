package org.divergence.launcher;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.divergence.scenario.AppDataFolder;

/**
 * Runs the window in a JVM with a small heap when the jar was started plainly, as
 * {@code java -jar divergence.jar} (with or without {@code -Dname=value} properties).
 *
 * <p>Why: with its defaults on a large machine the JVM gives the window a garbage-first heap of
 * 1/64 of the memory to start with (384 MB of 24 GB), and dragging a lever fills it with short-lived
 * chart points: resident memory reached 550 MB although the live heap stays under 100 MB. A
 * serial collector with a 512 MB ceiling keeps it near 300 MB (docs/BENCHMARKS.md). A jar cannot
 * carry JVM options, so the launcher starts one more JVM with them, passes arguments, input, output
 * and exit code through, and waits.
 *
 * <p>Never for the command line (it does not start the window), never twice (the child JVM is marked
 * with a system property), and never when the JVM was started with any other option than
 * {@code -D} properties: whoever chose JVM options ({@code mvn javafx:run}, jpackage's
 * {@code --java-options}, a debugger) keeps them. {@code -Ddivergence.relaunch=false} keeps the
 * window in the first JVM.
 */
final class WindowJvm {

    /**
     * The window's JVM options; the same as {@code mvn javafx:run} and the packaged app use (pom.xml,
     * packaging/app-image.args), all measured in docs/BENCHMARKS.md:
     * <ul>
     * <li>a serial collector and a 512 MB ceiling: resident memory near 300 MB, not 550;</li>
     * <li>a young generation of 64 MB with survivor spaces of 11 MB, and room for the classes' data
     *     from the start: what a frame, a model run or a Monte Carlo run leaves behind dies young, and
     *     the old generation is not collected every few seconds in 40-60 ms pauses while the levers
     *     move ("Painted frames");</li>
     * <li>C1 alone, on one compiler thread: on two cores C2's compiling took the CPU the first window
     *     needs (first chart 2.5 s, now 1.7 s) while dragging paints as fast ("First window").</li>
     * </ul>
     */
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-Xms128m", "-Xmn64m", "-XX:SurvivorRatio=4",
            "-XX:MetaspaceSize=64m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    /** Set in the child JVM, so that it never starts another. */
    static final String RELAUNCHED = "divergence.relaunched";
    /** {@code -Ddivergence.relaunch=false} runs the window in the JVM it was started in. */
    static final String RELAUNCH = "divergence.relaunch";

    /**
     * The command that runs the window in a JVM with {@link #OPTIONS}, or empty when this JVM should
     * run it itself.
     *
     * @param executable    this JVM's executable, if known
     * @param jvmArguments  the options this JVM was started with (not the class path or main class)
     * @param classPath     this JVM's class path; a single jar for {@code java -jar}
     * @param args          the application's arguments
     * @param classData     the options for the jar's class-data archive ({@link ClassDataArchive})
     */
    static Optional<List<String>> childCommand(Optional<String> executable, List<String> jvmArguments, String classPath,
                                               List<String> args, List<String> classData) {
        boolean plainStart = jvmArguments.stream().allMatch(a -> a.startsWith("-D"));
        boolean marked = jvmArguments.stream().anyMatch(a -> a.startsWith("-D" + RELAUNCHED + "=")
                || a.equals("-D" + RELAUNCH + "=false"));
        boolean fromJar = classPath != null && !classPath.isBlank()
                && !classPath.contains(File.pathSeparator)
                && classPath.toLowerCase(Locale.ROOT).endsWith(".jar");
        if (executable.isEmpty() || !plainStart || marked || !fromJar) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(executable.get());
        command.addAll(jvmArguments);
        command.addAll(OPTIONS);
        command.addAll(classData);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-jar");
        command.add(classPath);
        command.addAll(args);
        return Optional.of(command);
    }

    /** The window's JVM for the running JVM, if it should start one. */
    static Optional<WindowJvm> forThisJvm(String[] args) {
        String classPath = System.getProperty("java.class.path");
        Optional<String> java = javaExecutable();
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (childCommand(java, jvmArguments, classPath, List.of(args), List.of()).isEmpty()) {
            return Optional.empty();
        }
        ClassDataArchive archive = ClassDataArchive.of(AppDataFolder.get(), Path.of(classPath),
                System.getProperty("java.home"), System.getProperty("java.vm.version"));
        long pid = ProcessHandle.current().pid();
        List<String> command = childCommand(java, jvmArguments, classPath, List.of(args), archive.options(pid)).orElseThrow();
        return Optional.of(new WindowJvm(command, archive, pid, ClassDataArchive.ArchiveCheck.withJava(java.get(), classPath)));
    }

    private final List<String> command;
    private final ClassDataArchive archive;
    private final long pid;
    private final ClassDataArchive.ArchiveCheck check;

    private WindowJvm(List<String> command, ClassDataArchive archive, long pid, ClassDataArchive.ArchiveCheck check) {
        this.command = command;
        this.archive = archive;
        this.pid = pid;
        this.check = check;
    }

    /**
     * Runs the window's JVM with this process's input and output and returns its exit code, after
     * keeping the class-data archive it may have written. Stopping this JVM (Ctrl+C, a kill) stops
     * the child too.
     */
    int run() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "divergence-stop-window"));
        int exit = child.waitFor();
        archive.settle(pid, exit, check);
        return exit;
    }

    /** The executable of this JVM (java, or javaw on Windows), else the java in java.home. */
    private static Optional<String> javaExecutable() {
        Optional<String> running = ProcessHandle.current().info().command();
        if (running.isPresent()) {
            return running;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        return Files.isExecutable(java) ? Optional.of(java.toString()) : Optional.empty();
    }
}
