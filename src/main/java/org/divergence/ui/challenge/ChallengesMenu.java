package org.divergence.ui.challenge;

import org.divergence.ui.explorer.WindowText;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.divergence.challenge.Challenge;
import org.divergence.challenge.Challenges;

/** Challenges: the shipped challenges (easiest first), a teacher's own file, and Close. */
final class ChallengesMenu {

    private final Menu menu = new Menu();

    ChallengesMenu(ChallengeFeature challenges, WindowText text) {
        menu.textProperty().bind(text.get("menu.challenges"));
        menu.setId("menu-challenges");
        for (Challenge challenge : Challenges.all()) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(text.of(() -> ChallengeText.title(challenge, text.now())));
            item.setId("menu-challenge-" + challenge.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> challenges.choose(challenge));
            menu.getItems().add(item);
        }
        MenuItem open = new MenuItem();
        open.textProperty().bind(text.get("menu.challenges.openFile"));
        open.setId("menu-challenge-file");
        open.setOnAction(e -> challenges.openFile());
        MenuItem close = new MenuItem();
        close.textProperty().bind(text.get("menu.challenges.close"));
        close.setId("menu-challenge-close");
        close.setOnAction(e -> challenges.close());
        close.disableProperty().bind(challenges.activeProperty().isNull());
        menu.getItems().addAll(new SeparatorMenuItem(), open, close);
    }

    Menu menu() { return menu; }
}
