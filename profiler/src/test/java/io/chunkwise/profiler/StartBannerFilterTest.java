package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.async.StartBannerFilter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartBannerFilterTest {
    @Test
    void dropsOnlyTheAgentsFirstLine() throws IOException {
        assertThat(filtered("Profiling started\nhello\nProfiling started\n")).isEqualTo("hello\nProfiling started\n");
        assertThat(filtered("hello\n")).isEqualTo("hello\n");
        assertThat(filtered("Profiling starts soon\n")).isEqualTo("Profiling starts soon\n");
        assertThat(filtered("Profiling")).as("output ending inside the banner is kept").isEqualTo("Profiling");
        assertThat(filtered("")).isEmpty();
    }

    @Test
    void theBannerSplitAcrossWritesIsStillDropped() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        StartBannerFilter filter = new StartBannerFilter(sink);
        for (String part : new String[] {"Prof", "iling st", "arted", "\nrest"}) {
            filter.write(part.getBytes(StandardCharsets.US_ASCII));
        }
        filter.flush();
        assertThat(sink.toString(StandardCharsets.US_ASCII)).isEqualTo("rest");
    }

    private static String filtered(String text) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        StartBannerFilter filter = new StartBannerFilter(sink);
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        filter.write(bytes, 0, bytes.length);
        filter.flush();
        return sink.toString(StandardCharsets.US_ASCII);
    }
}
