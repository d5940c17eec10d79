package snapfit.store;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import snapfit.model.OptionalField;

/**
 * The one Jackson configuration for every snap-fit JSON file. The model records carry their
 * snake_case names and enum values themselves; this adds strictness so that a malformed file fails
 * on read instead of producing zeros: unknown or missing fields, {@code null} for numbers, numbers
 * written as strings and fractions for whole numbers are all errors.
 *
 * <p>Thread-safe: the readers and writers handed out are immutable.
 */
public final class Json {

    private static final ObjectMapper MAPPER = createMapper();

    /** Objects indented two spaces, arrays on one line: {@code "top_left": [12, 34]}. */
    private static final DefaultPrettyPrinter INDENTED = new DefaultPrettyPrinter(separators(Separators.Spacing.NONE))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);

    /** Everything on one line except the elements of the top-level array, one per line. */
    private static final DefaultPrettyPrinter ONE_PER_LINE = new DefaultPrettyPrinter(separators(Separators.Spacing.AFTER))
            .withObjectIndenter(DefaultPrettyPrinter.NopIndenter.instance)
            .withArrayIndenter(new DefaultIndenter("", "\n"));

    private Json() {
    }

    /** A reader with the strict settings; choose the type with {@code forType}. */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** A writer that indents objects and keeps arrays of numbers on one line. */
    public static ObjectWriter writer() {
        return MAPPER.writer(INDENTED);
    }

    /** A writer for long arrays: one element per line, each on a single line. */
    static ObjectWriter oneElementPerLineWriter() {
        return MAPPER.writer(ONE_PER_LINE);
    }

    /** A writer that puts everything on one line, for JSON kept in a database column. */
    static ObjectWriter compactWriter() {
        return MAPPER.writer();
    }

    /** A private copy of the configured mapper, for callers that need more than a reader or writer. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** {@code "key": value} and {@code [1, 2]}; a space after the comma between fields only where no newline follows. */
    private static Separators separators(Separators.Spacing betweenFields) {
        return Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEntrySpacing(betweenFields)
                .withArrayValueSpacing(Separators.Spacing.AFTER);
    }

    private static ObjectMapper createMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        InjectableValues.Std absent = new InjectableValues.Std();
        OptionalField.KEYS.forEach(key -> absent.addValue(key, null));
        mapper.setInjectableValues(absent);
        return mapper;
    }
}
