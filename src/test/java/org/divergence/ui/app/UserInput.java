package org.divergence.ui.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.testfx.api.FxRobot;

/**
 * A user's keyboard and mouse for window tests: real input events, sent through JavaFX's own robot
 * into the platform's event queue (the glass robot TestFX uses too), so they go through focus,
 * event filters, key bindings and hit testing exactly as a person's do.
 *
 * <p>What it saves is waiting. TestFX waits at least 50 ms after every key press and release and
 * moves the mouse in up to 200 one-millisecond steps; here each action waits only until the FX
 * thread has handled its events and one frame has been laid out and drawn. The window suite ran
 * in about a third of the time (docs/BENCHMARKS.md).
 */
public final class UserInput {

    private static final int DRAG_STEPS = 8;

    private final FxRobot finder = new FxRobot();
    private final Robot robot = TestWindow.onFx(Robot::new);
    private final Set<KeyCode> keysDown = new LinkedHashSet<>();
    private final Set<MouseButton> buttonsDown = new LinkedHashSet<>();

    // --- keyboard ------------------------------------------------------------------------------

    /** Presses and releases each key in turn. */
    public UserInput type(KeyCode... keys) {
        for (KeyCode key : keys) {
            fx(() -> {
                robot.keyPress(real(key));
                robot.keyRelease(real(key));
            });
        }
        settle();
        return this;
    }

    public UserInput type(KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            type(key);
        }
        return this;
    }

    /** Holds keys down (modifiers for a shortcut), in order, until {@link #release}. */
    public UserInput press(KeyCode... keys) {
        for (KeyCode key : keys) {
            keysDown.add(key);
            fx(() -> robot.keyPress(real(key)));
        }
        settle();
        return this;
    }

    /** Lets keys go; with none given, every key still held. */
    public UserInput release(KeyCode... keys) {
        List<KeyCode> up = new ArrayList<>(keys.length == 0 ? keysDown : List.of(keys));
        if (keys.length == 0) {
            java.util.Collections.reverse(up);
        }
        for (KeyCode key : up) {
            keysDown.remove(key);
            fx(() -> robot.keyRelease(real(key)));
        }
        settle();
        return this;
    }

    /** Types text as key strokes on a US keyboard: letters, digits, '.', ',', '-', '+' and spaces. */
    public UserInput write(String text) {
        for (char c : text.toCharArray()) {
            KeyCode key = keyFor(c);
            boolean shift = Character.isUpperCase(c) || c == '+';
            fx(() -> {
                if (shift) {
                    robot.keyPress(KeyCode.SHIFT);
                }
                robot.keyPress(key);
                robot.keyRelease(key);
                if (shift) {
                    robot.keyRelease(KeyCode.SHIFT);
                }
            });
        }
        settle();
        return this;
    }

    // --- mouse ---------------------------------------------------------------------------------

    public UserInput moveTo(Node node) {
        return moveTo(centre(node));
    }

    public UserInput moveTo(Point2D screen) {
        fx(() -> robot.mouseMove(screen));
        settle();
        return this;
    }

    public UserInput clickOn(Node node) {
        return clickOn(centre(node));
    }

    /** Clicks the visible node a TestFX query finds: "#id", ".class", or a menu item's or button's text. */
    public UserInput clickOn(String query) {
        return clickOn(finder.lookup(query).match(Node::isVisible).query());
    }

    public UserInput clickOn(Point2D screen, MouseButton button) {
        fx(() -> {
            robot.mouseMove(screen);
            robot.mouseClick(button);
        });
        settle();
        return this;
    }

    public UserInput clickOn(Point2D screen) {
        fx(() -> {
            robot.mouseMove(screen);
            robot.mouseClick(MouseButton.PRIMARY);
        });
        settle();
        return this;
    }

    public UserInput press(MouseButton button) {
        buttonsDown.add(button);
        fx(() -> robot.mousePress(button));
        settle();
        return this;
    }

    /** Lets mouse buttons go; with none given, every button still held. */
    public UserInput release(MouseButton... buttons) {
        List<MouseButton> up = buttons.length == 0 ? new ArrayList<>(buttonsDown) : List.of(buttons);
        for (MouseButton button : up) {
            buttonsDown.remove(button);
            fx(() -> robot.mouseRelease(button));
        }
        settle();
        return this;
    }

    /** Presses on {@code node}'s centre and holds; follow with {@link #moveBy} and {@link #drop}. */
    public UserInput drag(Node node, MouseButton button) {
        moveTo(node);
        return press(button);
    }

    /** Moves the mouse by ({@code dx}, {@code dy}) in a few steps, as a hand does, so drags see each. */
    public UserInput moveBy(double dx, double dy) {
        Point2D from = TestWindow.onFx(robot::getMousePosition);
        for (int i = 1; i <= DRAG_STEPS; i++) {
            Point2D to = from.add(dx * i / DRAG_STEPS, dy * i / DRAG_STEPS);
            fx(() -> robot.mouseMove(to));
        }
        settle();
        return this;
    }

    public UserInput drop() {
        return release(new MouseButton[0]);
    }

    // --- waiting -------------------------------------------------------------------------------

    /** Until the FX thread has handled what was sent, and one frame has been laid out and drawn. */
    public void settle() {
        fx(() -> { });
        fx(() -> { });
        CountDownLatch frame = new CountDownLatch(1);
        Platform.runLater(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    // Runs after this pulse's layout and paint.
                    Platform.runLater(frame::countDown);
                }
            }.start();
            Platform.requestNextPulse();
        });
        try {
            if (!frame.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("no frame within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        fx(() -> { });
    }

    private static void fx(Runnable action) {
        TestWindow.onFx(() -> {
            action.run();
            return null;
        });
    }

    private static Point2D centre(Node node) {
        return TestWindow.onFx(() -> {
            Bounds b = node.localToScreen(node.getLayoutBounds());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /** The Shortcut key of menus is Control here (Command on a Mac). */
    private static KeyCode real(KeyCode key) {
        if (key != KeyCode.SHORTCUT) {
            return key;
        }
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac")
                ? KeyCode.COMMAND : KeyCode.CONTROL;
    }

    private static KeyCode keyFor(char c) {
        char upper = Character.toUpperCase(c);
        if (upper >= 'A' && upper <= 'Z') {
            return KeyCode.valueOf(String.valueOf(upper));
        }
        if (c >= '0' && c <= '9') {
            return KeyCode.valueOf("DIGIT" + c);
        }
        return switch (c) {
            case '.' -> KeyCode.PERIOD;
            case ',' -> KeyCode.COMMA;
            case '-' -> KeyCode.MINUS;
            case '+' -> KeyCode.EQUALS;
            case ' ' -> KeyCode.SPACE;
            default -> throw new IllegalArgumentException("no key for '" + c + "' in these tests");
        };
    }
}
