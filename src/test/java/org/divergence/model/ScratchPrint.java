package org.divergence.model;
import org.junit.jupiter.api.Test;
class ScratchPrint {
    @Test void print() {
        Scenario s = Scenario.defaults().with(Parameter.START_YEAR, 2016);
        Projection p = DivergenceModel.run(s);
        History.Table h = History.table("network-hashrate.csv");
        History.Table hp = History.table("hashprice.csv");
        double[] hy = h.column("year"), hv = h.column("hashrate_ehs"), hpv = hp.column("usd_per_th_day");
        double e1=0,e2=0;
        for (int i = 0; i < hy.length; i++) {
            double m = p.valueAt(Output.NETWORK_HASHRATE, hy[i]);
            double q = p.valueAt(Output.HASHPRICE, hy[i]);
            e1 += Math.abs(m/hv[i]-1); e2 += Math.abs(q/hpv[i]-1);
            System.out.printf("%.0f hr model %.1f hist %.1f | hp model %.4f hist %.4f | price %.0f sub %.3f shares %.3f %.3f %.3f %.3f%n", hy[i], m, hv[i], q, hpv[i],
              p.valueAt(Output.BTC_PRICE, hy[i]), p.valueAt(Output.BLOCK_SUBSIDY, hy[i]),
              p.valueAt(Output.SHARE_HOME, hy[i]),p.valueAt(Output.SHARE_SMALL_FARM, hy[i]),p.valueAt(Output.SHARE_INDUSTRIAL, hy[i]),p.valueAt(Output.SHARE_HYPERSCALE, hy[i]));
        }
        System.out.printf("MAPE hashrate %.1f%% hashprice %.1f%%%n", 100*e1/hy.length, 100*e2/hy.length);
        double o1=0,o2=0;
        for (int i = 0; i + 1 < hy.length; i++) {
            Projection q = DivergenceModel.run(Scenario.defaults().with(Parameter.START_YEAR, hy[i]).with(Parameter.END_YEAR, 2026));
            double m = q.valueAt(Output.NETWORK_HASHRATE, hy[i+1]); double x = q.valueAt(Output.HASHPRICE, hy[i+1]);
            double m0 = q.valueAt(Output.NETWORK_HASHRATE, hy[i]);
            o1 += Math.abs(m/hv[i+1]-1); o2 += Math.abs(x/hpv[i+1]-1);
            System.out.printf("1y %d: start run %.1f, next model %.1f hist %.1f | hp %.4f hist %.4f%n", (int)hy[i], m0, m, hv[i+1], x, hpv[i+1]);
        }
        System.out.printf("1y MAPE hashrate %.1f%% hashprice %.1f%%%n", 100*o1/(hy.length-1), 100*o2/(hy.length-1));
        Projection d = DivergenceModel.run(Scenario.defaults());
        for (int y = 2025; y <= 2040; y += 5) System.out.printf("default %d hr %.1f hp %.4f hhi %.1f edge %.4f di %.2f %.2f%n", y, d.valueAt(Output.NETWORK_HASHRATE,y), d.valueAt(Output.HASHPRICE,y), d.valueAt(Output.MINING_HHI,y), d.valueAt(Output.EDGE_SHARE,y), d.valueAt(Output.MINING_DECENTRALIZATION,y), d.valueAt(Output.EDGE_DECENTRALIZATION,y));
        Projection n = DivergenceModel.run(Scenario.defaults().with(Parameter.NPU_THROUGHPUT, 500));
        for (int k = 0; k < 20; k++) System.out.printf("npu500 %.2f edge %.4f%n", n.year(k), n.value(Output.EDGE_SHARE,k));
    }
}
