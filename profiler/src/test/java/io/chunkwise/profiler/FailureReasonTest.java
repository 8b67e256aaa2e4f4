package io.chunkwise.profiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.profiler.probe.FailureReason;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import org.junit.jupiter.api.Test;

class FailureReasonTest {
    @Test
    void aWrapperWithoutMessageGivesItsCausesMessage() {
        Throwable e = new UndeclaredThrowableException(new IOException("Connection closed\nat the far end"));
        assertThat(FailureReason.of(e)).isEqualTo("IOException: Connection closed");
    }

    @Test
    void aChainWithoutAnyMessageNamesItsTypesNeverNull() {
        Throwable e = new UndeclaredThrowableException(new EOFException());
        assertThat(FailureReason.of(e)).isEqualTo("UndeclaredThrowableException caused by EOFException")
                .doesNotContain("null");
        assertThat(FailureReason.of(new IllegalStateException((String) null))).isEqualTo("IllegalStateException");
    }

    @Test
    void anOwnMessageIsKept() {
        assertThat(FailureReason.of(new IllegalStateException("cannot attach to JVM 12: refused", new IOException("x"))))
                .isEqualTo("IllegalStateException: cannot attach to JVM 12: refused");
    }
}
