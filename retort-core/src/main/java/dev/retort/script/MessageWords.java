package dev.retort.script;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Derives a file name slug and a Java class name from a revision message. */
final class MessageWords {
    static final int SLUG_LENGTH = 40;
    private static final int CLASS_NAME_LENGTH = 60;
    private static final Set<String> TAKEN = Set.of(
            "Migration",
            "Revision",
            "Ops",
            "Override",
            "Object",
            "String",
            "Deprecated",
            "SuppressWarnings",
            "FunctionalInterface",
            "SafeVarargs");

    private MessageWords() {}

    /** The message's words, lowercased, joined by {@code _}, cut at a word end near 40 chars. */
    static String slug(String message) {
        String slug = String.join("_", words(message)).toLowerCase(Locale.ROOT);
        if (slug.length() <= SLUG_LENGTH) {
            return slug;
        }
        if (slug.charAt(SLUG_LENGTH) == '_') {
            return slug.substring(0, SLUG_LENGTH);
        }
        String cut = slug.substring(0, SLUG_LENGTH);
        int lastWord = cut.lastIndexOf('_');
        return lastWord > 0 ? cut.substring(0, lastWord) : cut;
    }

    /**
     * The message's words capitalised and joined ({@code AddPhoneToUsers}), always a valid class
     * name that does not shadow what the generated file imports.
     */
    static String className(String message) {
        StringBuilder name = new StringBuilder();
        for (String word : words(message)) {
            if (name.length() + word.length() > CLASS_NAME_LENGTH && name.length() > 0) {
                break;
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        if (name.length() == 0) {
            return "UnnamedRevision";
        }
        if (Character.isDigit(name.charAt(0))) {
            name.insert(0, "Revision");
        }
        String result = name.toString();
        return TAKEN.contains(result) ? result + "Revision" : result;
    }

    /**
     * The message's letter and digit runs, reduced to ASCII ({@code café} gives {@code cafe}, other
     * scripts are dropped): file and class names must survive a JVM whose file name encoding is
     * ASCII.
     */
    private static List<String> words(String message) {
        List<String> words = new ArrayList<>();
        for (String run : message.split("[^\\p{L}\\p{N}]+")) {
            String ascii = Normalizer.normalize(run, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
            if (!ascii.isEmpty()) {
                words.add(ascii);
            }
        }
        return words;
    }
}
