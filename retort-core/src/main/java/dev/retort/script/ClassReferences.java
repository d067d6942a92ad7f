package dev.retort.script;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;

/**
 * The classes a class file refers to, read from its constant pool: class entries, and the class
 * types named in descriptors and signatures. Used to keep a revision from depending on another
 * revision file's classes, which javac lets it do when the two are compiled together but which
 * are not there when it runs in its own class loader.
 */
final class ClassReferences {
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_CLASS = 7;
    private static final int CONSTANT_STRING = 8;
    private static final Pattern CLASS_TYPE = Pattern.compile("L([^;<>:]+)[;<]");

    private ClassReferences() {}

    /** Binary names ({@code a.b.C$D}) of the classes {@code bytes} refers to, its own included. */
    static Set<String> of(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> names = new HashSet<>();
        // string literals are texts, not types, even when they read like a descriptor
        Set<Integer> literals = new HashSet<>();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset != 0 && bytes[offset - 1] == CONSTANT_STRING) {
                literals.add(reader.readUnsignedShort(offset));
            }
        }
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                continue; // the second slot of a long or double
            }
            int tag = bytes[offset - 1];
            if (tag == CONSTANT_CLASS) {
                String name = reader.readUTF8(offset, buffer);
                if (!name.startsWith("[")) {
                    names.add(name.replace('/', '.'));
                }
                addTypes(name, names); // array classes: [Lx/Y;
            } else if (tag == CONSTANT_UTF8 && !literals.contains(i)) {
                addTypes(utf8At(bytes, offset), names);
            }
        }
        return names;
    }

    /** The text of the CONSTANT_Utf8 entry whose length field starts at {@code offset}. */
    private static String utf8At(byte[] bytes, int offset) {
        int length = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
        try {
            // the class file's "modified UTF-8" with its length in front is DataInput's format
            return new DataInputStream(new ByteArrayInputStream(bytes, offset, length + 2)).readUTF();
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed constant pool entry at " + offset, e);
        }
    }

    private static void addTypes(String text, Set<String> names) {
        if (text.indexOf('L') < 0 || text.indexOf(';') < 0) {
            return;
        }
        Matcher m = CLASS_TYPE.matcher(text);
        while (m.find()) {
            names.add(m.group(1).replace('/', '.'));
        }
    }
}
