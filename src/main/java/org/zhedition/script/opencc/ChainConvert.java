package org.zhedition.script.opencc;

import com.github.houbb.opencc4j.support.convert.context.UnitConvertContext;
import com.github.houbb.opencc4j.support.convert.core.UnitConvert;
import java.util.List;

/**
 * OpenCC4j's unit-conversion seam, filled with an OpenCC conversion chain: the segment goes
 * through each stage in turn (OpenCC's {@code ConversionChain.cpp}), each stage being maximum
 * forward matching over its dictionary group ({@link Conversion}).
 *
 * <p>OpenCC4j's own {@code DefaultUnitConvert} looks the whole segment up in a phrase map and
 * otherwise converts it character by character (UTF-16 units, keeping a character whose answer is
 * not one unit long). That cannot express a chain, a match inside a segment, or OpenCC's
 * characters outside the Basic Multilingual Plane (𫝈, 𣨼), so the phrase and character maps OpenCC4j
 * passes in the context are not used here: the stages hold the same tables, compiled.
 */
final class ChainConvert implements UnitConvert {
    private final List<Conversion> stages;

    ChainConvert(List<Conversion> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    public String convert(UnitConvertContext context) {
        return Conversion.chain(stages, context.getUnit());
    }
}
