package io.tradewind.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type of the SPI and every package carries Javadoc. */
class JavadocPresenceTest {

    private static final Pattern TYPE = Pattern.compile("^\\s*public\\s+(final\\s+|abstract\\s+)?(class|interface|record|enum)\\s");
    private static final Pattern MEMBER = Pattern.compile("^ {4}(?! )(public\\s+|default\\s+|static\\s+)?[\\w<>\\[\\], ?.]+\\s+\\w+\\(.*");

    @Test
    void everyPublicTypeAndMethodIsDocumented() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (file.getFileName().toString().equals("package-info.java")) {
                    if (lines.stream().noneMatch(l -> l.startsWith("/**"))) {
                        undocumented.add(file.toString());
                    }
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean declaration = TYPE.matcher(line).find()
                            || (MEMBER.matcher(line).matches() && !line.contains("=") && !line.trim().startsWith("return")
                                && !line.trim().startsWith("throw") && !line.trim().startsWith("new "));
                    if (declaration && !documented(lines, i)) {
                        undocumented.add(file + ":" + (i + 1) + " " + line.trim());
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && (lines.get(i).trim().startsWith("@"))) {
            if (lines.get(i).trim().equals("@Override")) {
                return true; // documented by the overridden method
            }
            i--;
        }
        return i >= 0 && lines.get(i).trim().endsWith("*/");
    }
}
