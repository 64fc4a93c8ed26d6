package se.dialogcoder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The peak resident memory as Linux reports it in /proc/self/status. */
class PeakMemoryTest {
    @Test
    void readsVmHwmInBytes() {
        assertThat(PeakMemory.parse("Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  722112 kB\nVmRSS:\t  500000 kB\n"))
                .isEqualTo(722_112L * 1024);
        assertThat(PeakMemory.parse("Name:\tjava\n")).isEqualTo(-1);
    }

    @Test
    void thisProcessHasAPeak() {
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(PeakMemory.residentBytes()).isPositive();
        } else {
            assertThat(PeakMemory.residentBytes()).isEqualTo(-1);
        }
    }
}
