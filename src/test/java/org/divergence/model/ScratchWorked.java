package org.divergence.model;
import org.junit.jupiter.api.Test;
class ScratchWorked {
    static Projection run(Scenario s) { return DivergenceModel.run(s); }
    @Test void print() {
        Scenario d = Scenario.defaults();
        for (double e : new double[]{0.03, 0.05, 0.10}) System.out.printf("elec %.2f hhi2030 %.1f%n", e, run(d.with(Parameter.ELECTRICITY_PRICE, e)).valueAt(Output.MINING_HHI, 2030));
        System.out.printf("no premiums hhi2030 %.1f%n", run(d.with(Parameter.HOME_POWER_PREMIUM, 1).with(Parameter.SMALL_FARM_POWER_PREMIUM, 1)).valueAt(Output.MINING_HHI, 2030));
        Projection b = run(d.with(Parameter.ASIC_EFFICIENCY, 10)), p = run(d);
        System.out.printf("10J 2029 hyper %.4f vs %.4f hhi %.1f vs %.1f; 2040 hhi %.1f vs %.1f%n", b.valueAt(Output.SHARE_HYPERSCALE, 2029), p.valueAt(Output.SHARE_HYPERSCALE, 2029), b.valueAt(Output.MINING_HHI, 2029), p.valueAt(Output.MINING_HHI, 2029), b.last(Output.MINING_HHI), p.last(Output.MINING_HHI));
        for (double t : new double[]{100, 10, 40}) { Projection q = run(d.with(Parameter.NPU_THROUGHPUT, t)); System.out.printf("npu %.0f edge2040 %.4f di %.2f%n", t, q.last(Output.EDGE_SHARE), q.last(Output.EDGE_DECENTRALIZATION)); }
        Scenario s60 = d.with(Parameter.REGULATION_STRENGTH, 60);
        Projection a = run(s60), c = run(s60.withRegulationDesign(RegulationDesign.COMPLIANCE_BURDEN)), n = run(d.with(Parameter.REGULATION_STRENGTH, 0));
        System.out.printf("60%% anti hhi %.1f edge %.2f; compliance %.1f %.2f; none %.1f %.2f%n", a.last(Output.MINING_HHI), a.last(Output.EDGE_DECENTRALIZATION), c.last(Output.MINING_HHI), c.last(Output.EDGE_DECENTRALIZATION), n.last(Output.MINING_HHI), n.last(Output.EDGE_DECENTRALIZATION));
        System.out.printf("top3 2025 %.4f%n", p.value(Output.MINING_TOP3_SHARE, 0));
        Projection npu = run(d.with(Parameter.NPU_THROUGHPUT, 500));
        double big=0; double at=0; for (int k=1;k<npu.steps();k++){double m=Math.abs(npu.value(Output.EDGE_SHARE,k)-npu.value(Output.EDGE_SHARE,k-1)); if(m>big){big=m;at=npu.year(k);}}
        System.out.printf("npu500 biggest quarter %.4f at %.2f; 2026.75 %.4f 2027 %.4f; edgecost 2026.75 %.4f 2027 %.4f%n", big, at, npu.valueAt(Output.EDGE_SHARE,2026.75), npu.valueAt(Output.EDGE_SHARE,2027), npu.valueAt(Output.EDGE_COST,2026.75), npu.valueAt(Output.EDGE_COST,2027));
        for (double y=2025; y<=2030; y+=1) System.out.printf("ai-capable %.0f %.4f%n", y, p.valueAt(Output.CAPABLE_DEVICE_SHARE, y));
    }
}
