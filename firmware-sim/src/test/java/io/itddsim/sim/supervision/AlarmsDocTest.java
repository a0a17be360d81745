package io.itddsim.sim.supervision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/ALARMS.md has a row for every alarm type, and every test a row names exists. */
class AlarmsDocTest {
    private static final Pattern TEST_REF = Pattern.compile("`(\\w+)\\.(\\w+)`");

    private static List<String> rows() throws IOException {
        return Files.readAllLines(Path.of("..", "docs", "ALARMS.md")).stream()
                .filter(l -> l.startsWith("| `") || l.startsWith("| *(none)*"))
                .toList();
    }

    @Test
    @DisplayName("every alarm type has a row in docs/ALARMS.md with its severity")
    void everyAlarmHasARow() throws IOException {
        List<String> rows = rows();
        for (AlarmType t : AlarmType.values()) {
            String severity =
                    t.severity().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertTrue(
                    rows.stream().anyMatch(r -> r.startsWith("| `" + t.name() + "` | " + severity + " |")),
                    "docs/ALARMS.md lacks a row for " + t + " (" + severity + ")");
        }
    }

    @Test
    @DisplayName("every test named in the hazard table exists")
    void everyNamedTestExists() throws IOException, ClassNotFoundException {
        int named = 0;
        for (String row : rows()) {
            Matcher m = TEST_REF.matcher(row.substring(row.lastIndexOf("| ", row.length() - 3)));
            boolean any = false;
            while (m.find()) {
                Class<?> c = Class.forName(getClass().getPackageName() + "." + m.group(1));
                String method = m.group(2);
                assertTrue(
                        Arrays.stream(c.getDeclaredMethods())
                                .map(Method::getName)
                                .anyMatch(method::equals),
                        "docs/ALARMS.md names " + m.group() + ", which does not exist");
                any = true;
                named++;
            }
            assertTrue(any, "row has no test: " + row);
        }
        assertTrue(named >= AlarmType.values().length + 1, "the hazard row is there too");
    }
}
