package io.chunkwise.dataset.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureSpecTest {
    @Test
    void parsesColumnsAndWarmup() {
        FeatureSpec s = FeatureSpec.parse("ret, logret,vol:20,ema:12,rsi:14,atr:14,sma:5,bb:30,z:10");
        assertThat(s.columns()).containsExactly("ret", "logret", "vol_20", "ema_12", "rsi_14", "atr_14",
                "sma_5", "bb_30", "z_10");
        assertThat(s.warmup()).isEqualTo(29);
        assertThat(s.toString()).isEqualTo("ret,logret,vol:20,ema:12,rsi:14,atr:14,sma:5,bb:30,z:10");
    }

    @Test
    void badSpecsNameTheItem() {
        assertThatThrownBy(() -> FeatureSpec.parse("ret,macd:3")).hasMessageContaining("unknown feature 'macd'");
        assertThatThrownBy(() -> FeatureSpec.parse("vol")).hasMessageContaining("needs a period");
        assertThatThrownBy(() -> FeatureSpec.parse("ret:3")).hasMessageContaining("takes no period");
        assertThatThrownBy(() -> FeatureSpec.parse("ema:x")).hasMessageContaining("bad period in feature 'ema:x'");
        assertThatThrownBy(() -> FeatureSpec.parse("ret,,logret")).hasMessageContaining("empty item");
        assertThatThrownBy(() -> FeatureSpec.parse("sma:5,sma:5")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> FeatureSpec.parse("sma:0")).hasMessageContaining("out of range");
    }
}
