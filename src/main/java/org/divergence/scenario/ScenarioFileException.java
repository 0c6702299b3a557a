package org.divergence.scenario;

import java.util.List;

/**
 * A scenario file (or preset) that cannot be opened or saved. The message is one line meant for
 * the user: the file, then the field and the problem ("x.divergence.json: levers.npuThroughput:
 * must be a number, got the text "fast""). {@link #problems()} lists every problem found.
 */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;
    /** How many problems the one-line message spells out before "and N more". */
    private static final int PROBLEMS_IN_MESSAGE = 3;

    private final String source;
    private final List<Problem> problems;

    public ScenarioFileException(String source, List<Problem> problems) {
        this(source, problems, null);
    }

    public ScenarioFileException(String source, List<Problem> problems, Throwable cause) {
        super(oneLine(source, problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioFileException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public ScenarioFileException(String source, String problem) {
        this(source, List.of(Problem.ofFile(problem)), null);
    }

    public ScenarioFileException(String source, String problem, Throwable cause) {
        this(source, List.of(Problem.ofFile(problem)), cause);
    }

    /** The file name (or "preset NAME") the problem is in. */
    public String source() { return source; }

    public List<Problem> problems() { return problems; }

    private static String oneLine(String source, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(source).append(": ");
        int shown = Math.min(PROBLEMS_IN_MESSAGE, problems.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(problems.get(i));
        }
        if (problems.size() > shown) {
            int more = problems.size() - shown;
            sb.append("; and ").append(more).append(more == 1 ? " more problem" : " more problems");
        }
        // One line whatever the file contained: control characters from a broken file never reach a terminal.
        return sb.toString().replaceAll("[\\p{Cntrl}]", " ");
    }
}
