package dev.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the documentation to the repository: every relative link in README.md, docs/*.md and
 * bench/README.md names a file that exists (and, for a link into a markdown file, a heading that
 * exists), and nothing points at documents outside the repository, which readers of a clone cannot open.
 * Plain JUnit: it reads files, so it needs no Quarkus and no database.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    /** {@code [text](target)} or {@code [text](target "title")}; the text may not hold brackets. */
    private static final Pattern INLINE_LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    /** {@code [label]: target} on a line of its own. */
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^\\s*\\[[^\\]]+\\]:\\s*(\\S+)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkInTheDocsNamesAFileAndHeadingThatExist() {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            for (String target : links(prose(read(doc)))) {
                problem(doc, target).ifPresent(p -> broken.add(ROOT.relativize(doc) + ": (" + target + ") " + p));
            }
        }
        assertEquals(List.of(), broken, "broken links");
    }

    @Test
    void noDocumentPointsOutsideTheRepository() {
        for (Path doc : documents()) {
            String text = read(doc);
            assertFalse(text.contains("../shared"), ROOT.relativize(doc) + " names ../shared");
            assertFalse(text.contains("/work/shared"), ROOT.relativize(doc) + " names /work/shared");
        }
    }

    @Test
    void theDocumentationPagesTheReadmeLinksAllExist() {
        List<String> missing = new ArrayList<>();
        for (String page : List.of("architecture", "configuration", "api", "permissions", "ldap",
                "passwords-and-import", "security", "operations", "backends", "testing")) {
            Path file = ROOT.resolve("docs/" + page + ".md");
            if (!Files.isRegularFile(file) || !links(prose(read(ROOT.resolve("README.md")))).contains(
                    "docs/" + page + ".md")) {
                missing.add(page);
            }
        }
        assertEquals(List.of(), missing, "docs pages missing or not linked from README.md");
    }

    private static Optional<String> problem(Path doc, String target) {
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return Optional.empty(); // absolute URLs (the dev server's Swagger UI, say) are not files
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = pathPart.isEmpty() ? doc : doc.getParent().resolve(pathPart).normalize();
        if (!file.startsWith(ROOT)) {
            return Optional.of("points outside the repository");
        }
        if (!Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md")
                && !anchors(read(file)).contains(anchor)) {
            return Optional.of("no heading with anchor #" + anchor);
        }
        return Optional.empty();
    }

    private static List<Path> documents() {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        docs.add(ROOT.resolve("bench/README.md"));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static Set<String> links(String prose) {
        Set<String> targets = new LinkedHashSet<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_LINK)) {
            Matcher m = pattern.matcher(prose);
            while (m.find()) {
                String target = m.group(1);
                targets.add(target.startsWith("<") && target.endsWith(">") ? target.substring(1, target.length() - 1)
                        : target);
            }
        }
        return targets;
    }

    /** The text outside fenced code blocks and inline code spans, where brackets are not links. */
    private static String prose(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                out.append('\n');
                continue;
            }
            out.append(fenced ? "" : line.replaceAll("`[^`]*`", "code")).append('\n');
        }
        return out.toString();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String text = m.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
