package org.divergence.text;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

import org.divergence.model.OperatorClass;
import org.divergence.model.Output;
import org.divergence.model.Parameter;
import org.divergence.model.ParameterGroup;
import org.divergence.model.RegulationDesign;

/**
 * The English base bundle of the model's words: names, units, help and sources of the parameters,
 * the parameter groups, the regulation designs, the operator classes and the outputs. It is made from the model's
 * own table, so English is written once (where the command line and docs/MODEL.md read it);
 * {@code ModelWords_de.properties} gives the German beside it, under the same keys.
 */
public final class ModelWords extends ListResourceBundle {

    static String label(Parameter p) { return "parameter." + p.key() + ".label"; }
    static String unit(Parameter p) { return "parameter." + p.key() + ".unit"; }
    static String help(Parameter p) { return "parameter." + p.key() + ".help"; }
    static String source(Parameter p) { return "parameter." + p.key() + ".source"; }
    static String group(ParameterGroup g) { return "group." + g.name(); }
    static String design(RegulationDesign d) { return "design." + d.key() + ".label"; }
    static String designHelp(RegulationDesign d) { return "design." + d.key() + ".help"; }
    static String operatorClass(OperatorClass c) { return "operatorClass." + c.name(); }
    static String output(Output o) { return "output." + o.column() + ".label"; }
    static String outputUnit(Output o) { return "output." + o.column() + ".unit"; }

    @Override
    protected Object[][] getContents() {
        List<Object[]> contents = new ArrayList<>();
        for (Parameter p : Parameter.values()) {
            contents.add(new Object[] {label(p), p.label()});
            contents.add(new Object[] {unit(p), p.unit()});
            contents.add(new Object[] {help(p), p.description()});
            contents.add(new Object[] {source(p), p.source()});
        }
        for (ParameterGroup g : ParameterGroup.values()) {
            contents.add(new Object[] {group(g), g.label()});
        }
        for (RegulationDesign d : RegulationDesign.values()) {
            contents.add(new Object[] {design(d), d.label()});
            contents.add(new Object[] {designHelp(d), d.description()});
        }
        for (OperatorClass c : OperatorClass.values()) {
            contents.add(new Object[] {operatorClass(c), c.label()});
        }
        for (Output o : Output.values()) {
            contents.add(new Object[] {output(o), o.label()});
            contents.add(new Object[] {outputUnit(o), o.unit()});
        }
        return contents.toArray(Object[][]::new);
    }
}
