package jp.kajimaru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class MemoryUsageTest {

    private static final Pattern LINE = Pattern.compile("Resident memory \\(VmRSS\\): total (\\d+) MiB = 0 services 0 MiB"
            + " \\+ launcher JVM with Kafka (\\d+) MiB \\+ other children \\(MariaDB\\) \\d+ MiB; proportional set size"
            + " \\(shared pages counted once\\) (\\d+) MiB, of which private and dirty (\\d+) MiB");

    @Test
    void thisJvmsMemoryIsSplitIntoResidentProportionalAndPrivateDirty() {
        String line = MemoryUsage.report(List.of());

        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        long launcher = Long.parseLong(m.group(2));
        long proportional = Long.parseLong(m.group(3));
        long privateDirty = Long.parseLong(m.group(4));
        assertThat(launcher).as("a JVM is resident").isPositive();
        assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(launcher);
        // A JVM's heap is private and dirty; the pages of libjvm.so it reads are not.
        assertThat(privateDirty).isPositive().isLessThanOrEqualTo(proportional);
    }
}
