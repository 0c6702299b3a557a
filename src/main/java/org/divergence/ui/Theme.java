package org.divergence.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark look. Switching is a stylesheet swap: the AtlantaFX user-agent sheet plus our own
 * palette sheet, which names the series colours every chart and view uses.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), "theme-light.css"),
    DARK(new PrimerDark().getUserAgentStylesheet(), "theme-dark.css");

    private static final String APP_SHEET = sheet("app.css");

    private final String userAgentSheet;
    private final String paletteSheet;

    Theme(String userAgentSheet, String paletteFile) {
        this.userAgentSheet = userAgentSheet;
        this.paletteSheet = sheet(paletteFile);
    }

    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(userAgentSheet);
        scene.getStylesheets().setAll(APP_SHEET, paletteSheet);
    }

    private static String sheet(String file) {
        return Theme.class.getResource(file).toExternalForm();
    }
}
