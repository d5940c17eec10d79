package snapfit.kernel;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds calls that would end the kernel's JVM in a compiled cell: {@code System.exit},
 * {@code Runtime.exit} and {@code Runtime.halt}, called or taken as method references. It reads the class
 * file's constant pool (JVMS 4.4), where every method a class calls is named, so the check cannot be
 * fooled by imports, variables or comments, and costs microseconds.
 */
final class ExitCalls {

    /** Owner and name of each method that ends the JVM, as {@code java/lang/System.exit}. */
    private static final Set<String> EXITS = Set.of("java/lang/System.exit", "java/lang/Runtime.exit", "java/lang/Runtime.halt");

    private ExitCalls() {
    }

    /**
     * The first JVM-ending method {@code classFile} refers to, as {@code System.exit}; empty if none.
     *
     * @throws IllegalArgumentException if {@code classFile} is not a class file
     */
    static Optional<String> in(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file: it does not start with 0xCAFEBABE");
            }
            in.readInt(); // minor and major version
            ConstantPool pool = ConstantPool.read(in);
            return pool.methodRefs().filter(EXITS::contains)
                    .map(ref -> ref.substring("java/lang/".length())).findFirst();
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated class file: " + e.getMessage(), e);
        }
    }

    /** The constant pool entries needed to name method references; the others are skipped. */
    private record ConstantPool(String[] utf8, int[] first, int[] second, int[] tags) {

        static final int UTF8 = 1;
        static final int INTEGER = 3;
        static final int FLOAT = 4;
        static final int LONG = 5;
        static final int DOUBLE = 6;
        static final int CLASS = 7;
        static final int STRING = 8;
        static final int FIELD_REF = 9;
        static final int METHOD_REF = 10;
        static final int INTERFACE_METHOD_REF = 11;
        static final int NAME_AND_TYPE = 12;
        static final int METHOD_HANDLE = 15;
        static final int METHOD_TYPE = 16;
        static final int DYNAMIC = 17;
        static final int INVOKE_DYNAMIC = 18;
        static final int MODULE = 19;
        static final int PACKAGE = 20;

        static ConstantPool read(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] first = new int[count];
            int[] second = new int[count];
            int[] tags = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case UTF8 -> utf8[i] = in.readUTF();
                    case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> first[i] = in.readUnsignedShort();
                    case METHOD_HANDLE -> in.skipBytes(3);
                    case INTEGER, FLOAT, FIELD_REF, INTERFACE_METHOD_REF, DYNAMIC, INVOKE_DYNAMIC, METHOD_REF,
                            NAME_AND_TYPE -> {
                        first[i] = in.readUnsignedShort();
                        second[i] = in.readUnsignedShort();
                    }
                    case LONG, DOUBLE -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two entries
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
                }
            }
            return new ConstantPool(utf8, first, second, tags);
        }

        /** Every method reference as {@code owner.name}, owner in internal form ({@code java/lang/System}). */
        Stream<String> methodRefs() {
            return IntStream.range(1, tags.length)
                    .filter(i -> tags[i] == METHOD_REF)
                    .mapToObj(i -> utf8[first[first[i]]] + "." + utf8[first[second[i]]]);
        }
    }
}
