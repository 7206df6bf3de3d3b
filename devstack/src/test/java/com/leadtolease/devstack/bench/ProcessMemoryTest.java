package com.leadtolease.devstack.bench;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** VmRSS from /proc/PID/status text, the stack role of a command line, and growth in percent. */
class ProcessMemoryTest {

    @Test
    void readsVmRssInKib() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmHWM:\t  600000 kB\nVmRSS:\t  512345 kB\nThreads:\t42\n";
        assertThat(ProcessMemory.vmRssKib(status)).isEqualTo(OptionalLong.of(512_345));
        assertThat(ProcessMemory.vmRssKib("Name:\tzombie\nState:\tZ (zombie)\n")).isEmpty();
        assertThatThrownBy(() -> ProcessMemory.vmRssKib("VmRSS:\t 12 MB\n")).hasMessageContaining("VmRSS");
    }

    @Test
    void namesTheServiceOrKafkaFromTheCommandLine() {
        assertThat(ProcessMemory.role("/usr/lib/jvm/bin/java -Xmx384m -jar /work/wt/load/agent-service/target/"
                + "quarkus-app/quarkus-run.jar")).isEqualTo("agent-service");
        assertThat(ProcessMemory.role("java -cp /x/libs/* kafka.Kafka /data/kafka/server.properties"))
                .isEqualTo("kafka");
        assertThat(ProcessMemory.role("/bin/sh -c sleep 1")).isNull();
    }

    @Test
    void growthIsInPercentOfTheBaseline() {
        assertThat(ProcessMemory.growthPercent(400_000, 440_000)).isEqualTo(10.0);
        assertThat(ProcessMemory.growthPercent(400_000, 380_000)).isEqualTo(-5.0);
        assertThatThrownBy(() -> ProcessMemory.growthPercent(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
