package org.divergence.ui.levers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class TypedNumberTest {

    private static OptionalDouble en(String text) {
        return TypedNumber.parse(text, Locale.UK);
    }

    private static OptionalDouble de(String text) {
        return TypedNumber.parse(text, Locale.GERMANY);
    }

    @Test
    void aPointIsADecimalPointEverywhere() {
        assertThat(en("0.05")).hasValue(0.05);
        assertThat(de("0.05")).hasValue(0.05);
        assertThat(de("17.5")).hasValue(17.5);
        assertThat(en(".5")).hasValue(0.5);
        assertThat(en("1e-3")).hasValue(0.001);
    }

    @Test
    void aCommaIsADecimalCommaWhereTheLocaleWritesOne() {
        assertThat(de("0,05")).hasValue(0.05);
        assertThat(de("17,5")).hasValue(17.5);
        assertThat(de(",5")).hasValue(0.5);
        assertThat(TypedNumber.parse("0,3", Locale.FRANCE)).hasValue(0.3);
    }

    @Test
    void thousandsAreGroupedTheLocalesWay() {
        assertThat(en("25,000")).hasValue(25_000);
        assertThat(en("1,250.5")).hasValue(1250.5);
        assertThat(de("25.000")).hasValue(25_000);
        assertThat(de("1.250,5")).hasValue(1250.5);
        assertThat(TypedNumber.parse("25 000", Locale.FRANCE)).hasValue(25_000);
    }

    @Test
    void aCommaIsNotADecimalWhereTheLocaleGroupsWithIt() {
        // In English "0,05" is neither a grouped number nor a decimal: refused rather than guessed.
        assertThat(en("0,05")).isEmpty();
        assertThat(en("17,5")).isEmpty();
    }

    @Test
    void whatIsNotANumberIsRefused() {
        for (String text : new String[] {"", "abc", "NaN", "Infinity", "0x10", "1d", "1.2.3", "1,2,3", "--1", "1e"}) {
            assertThat(en(text)).as(text).isEmpty();
            assertThat(de(text)).as(text).isEmpty();
        }
    }
}
