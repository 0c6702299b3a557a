package org.divergence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * docs/MODEL.md, section 13: how well the model reproduces 2016-2025 from the recorded BTC price and
 * fees, at its default assumptions. The figures below are the ones the document reports; a model
 * change that moves them must update both. Errors are mean absolute percentage errors (MAPE) against
 * assets/history/network-hashrate.csv and hashprice.csv on 1 January of each year.
 */
class BackcastTest {

    private static final History.Table HASHRATE = History.table("network-hashrate.csv");
    private static final History.Table HASHPRICE = History.table("hashprice.csv");
    // The figures docs/MODEL.md reports, in percent.
    static final double FULL_HASHRATE_MAPE = 82.86;
    static final double FULL_HASHPRICE_MAPE = 664.67;
    static final double ONE_YEAR_HASHRATE_MAPE = 35.86;
    static final double ONE_YEAR_HASHPRICE_MAPE = 68.06;

    @Test
    void oneRunFrom2016MissesTheHashrateBy83PercentOnAverage() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, 2016));
        // It starts on the record (the installed base is scaled so the running hashrate matches it).
        assertThat(p.value(Output.NETWORK_HASHRATE, 0)).isCloseTo(0.8, within(1e-9));
        double[] years = HASHRATE.column("year");
        double hashrateError = 0;
        double hashpriceError = 0;
        int n = 0;
        for (int i = 1; i < years.length; i++) {
            hashrateError += Math.abs(p.valueAt(Output.NETWORK_HASHRATE, years[i]) / HASHRATE.column("hashrate_ehs")[i] - 1);
            hashpriceError += Math.abs(p.valueAt(Output.HASHPRICE, years[i]) / HASHPRICE.column("usd_per_th_day")[i] - 1);
            n++;
        }
        assertThat(100 * hashrateError / n).isCloseTo(FULL_HASHRATE_MAPE, within(0.05));
        assertThat(100 * hashpriceError / n).isCloseTo(FULL_HASHPRICE_MAPE, within(0.05));
        // Always short: the model's capacity cannot grow as fast as the network did.
        for (int i = 1; i < years.length; i++) {
            assertThat(p.valueAt(Output.NETWORK_HASHRATE, years[i])).isLessThan(HASHRATE.column("hashrate_ehs")[i]);
        }
    }

    @Test
    void oneYearAheadFromEachRecordedYearMissesByAThirdOnAverage() {
        double[] years = HASHRATE.column("year");
        double hashrateError = 0;
        double hashpriceError = 0;
        int n = 0;
        for (int i = 0; i + 1 < years.length; i++) {
            Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, years[i]));
            hashrateError += Math.abs(p.valueAt(Output.NETWORK_HASHRATE, years[i + 1]) / HASHRATE.column("hashrate_ehs")[i + 1] - 1);
            hashpriceError += Math.abs(p.valueAt(Output.HASHPRICE, years[i + 1]) / HASHPRICE.column("usd_per_th_day")[i + 1] - 1);
            n++;
        }
        assertThat(100 * hashrateError / n).isCloseTo(ONE_YEAR_HASHRATE_MAPE, within(0.05));
        assertThat(100 * hashpriceError / n).isCloseTo(ONE_YEAR_HASHPRICE_MAPE, within(0.05));
    }

    @Test
    void beforeTheStartOf2025TheRecordDrivesPriceFeesAndTheHalvings() {
        Projection p = DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, 2016)
                .with(Parameter.STEPS_PER_YEAR, 12));
        assertThat(p.valueAt(Output.BTC_PRICE, 2018.0)).isCloseTo(13_700, within(1e-6));
        assertThat(p.valueAt(Output.BTC_PRICE, 2025.0)).isEqualTo(95_000); // the btcPrice assumption from 2025
        // Halvings on their recorded dates: 9 July 2016, 11 May 2020, 20 April 2024.
        assertThat(Halving.subsidyAt(Halving.decimalYear("2016-07-09T16:40:00"))).isEqualTo(25.0);
        assertThat(Halving.subsidyAt(Halving.decimalYear("2016-07-09T16:50:00"))).isEqualTo(12.5);
        assertThat(Halving.subsidyAt(Halving.decimalYear("2020-05-11T19:20:00"))).isEqualTo(12.5);
        assertThat(Halving.subsidyAt(Halving.decimalYear("2020-05-11T19:30:00"))).isEqualTo(6.25);
        assertThat(Halving.subsidyAt(Halving.decimalYear("2024-04-20T00:05:00"))).isEqualTo(6.25);
        assertThat(Halving.subsidyAt(Halving.decimalYear("2024-04-20T00:15:00"))).isEqualTo(3.125);
        assertThat(Halving.subsidyAt(2016.0)).isEqualTo(25.0);
        // Fees: the 2017 average at mid-2017, then towards the feesPerBlock assumption on 1 January 2025.
        assertThat(History.feesPerBlock(2017.5, 0.036)).isCloseTo(1.1, within(1e-12));
        assertThat(History.feesPerBlock(2025.0, 0.036)).isCloseTo(0.036, within(1e-12));
    }

    @Test
    void aProjectionFrom2025IsUntouchedByTheRecord() {
        // The record only ever enters through startYear < 2025 and machines or devices bought before 2025.
        Scenario s = Scenario.defaults().with(Parameter.START_HASHRATE, 700);
        assertThat(DivergenceModel.run(s).value(Output.NETWORK_HASHRATE, 0))
                .isLessThan(DivergenceModel.run(Scenario.defaults()).value(Output.NETWORK_HASHRATE, 0));
    }
}
